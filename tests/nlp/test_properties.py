"""Properties that hold for any text: no crash, spans point where they say."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bpolint.engine.examples import snippet_document
from bpolint.nlp.annotate import annotate
from bpolint.nlp.numbers import quantities

WORDS = st.sampled_from([
    "The", "Customer", "Supplier", "shall", "may", "not", "audit", "records", "within", "24", "hours", "$6.50",
    "per", "Resolved", "Contact", "once", "every", "two", "years", "12.3(a)", "Sec.", "e.g.", "\"Audit\"", "means",
    "|", "75%", ".", ",", "\n", "Schedule", "3", "WHEREAS", "should", "to", "be", "agreed", "(a)", "1.", "—",
])
TEXT = st.lists(WORDS, min_size=1, max_size=60).map(" ".join)


@given(st.text(max_size=300))
def test_properties_quantities_never_crash_and_spans_hold(text):
    for quantity in quantities(text):
        assert text[quantity.start:quantity.end] == quantity.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_properties_sentence_spans_index_clause_text(text):
    if not text.strip(" \n.,|—"):
        return
    try:
        document = snippet_document(text)
    except Exception as error:  # an empty document is the extractor's business, not the engine's
        assert type(error).__name__ == "EmptyDocument"
        return
    annotated = annotate(document)
    for sentence in annotated.sentences:
        clause = annotated.clause(sentence.clause)
        assert clause.text[sentence.start:sentence.end] == sentence.text
        assert len(sentence.tokens) == len(sentence.token_starts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.just(""), TEXT))
def test_properties_sentence_bounds_are_spacys_sentences(text):
    # annotate reads sentence spans from arrays; they must be the spans Doc.sents gives
    from spacy.attrs import IDX, LENGTH, SENT_START

    from bpolint.nlp.annotate import sentence_bounds
    from bpolint.nlp.pipeline import get_nlp

    doc = get_nlp()(text)
    idx, lengths, starts = doc.to_array([IDX, LENGTH, SENT_START]).T.tolist() if len(doc) else ([], [], [])
    assert sentence_bounds(idx, lengths, starts) == [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]


QUOTING = st.lists(st.sampled_from(["The", "Supplier", "shall", "audit", "records", "\"", "“", "”", ".", "\n",
                                    "WHEREAS", "Customer", "may", ":", "(a)", "notify", "should", "No", "credits",
                                    "apply", "A", "model", "clause", "reads"]), min_size=1, max_size=80).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUOTING)
def test_properties_analysis_does_not_depend_on_when_it_is_made(text):
    # each sentence is analysed when first read; reading them in another order (a quote opened
    # in one sentence and running into the next, a recital) must give the same analyses
    try:
        document = snippet_document(text)
    except Exception as error:
        assert type(error).__name__ == "EmptyDocument"
        return
    forward = [s.analysis for s in annotate(document).sentences]
    backward = [s.analysis for s in reversed(annotate(document).sentences)][::-1]
    assert forward == backward


def _tick_box(doc, index):
    """A form's empty tick box "( )" (a space inside) before an option's text: a capital, a figure,
    a quote, a currency sign, a {placeholder} or a bracket."""
    words = [k for k in range(index, min(len(doc), index + 5)) if not doc[k].is_space]
    if len(words) < 3 or doc[words[0]].text != "(" or doc[words[1]].text != ")":
        return False
    spaced = bool(doc[words[0]].whitespace_) or words[1] - words[0] > 1
    head = doc[words[2]].text[:1]
    return spaced and (head.isupper() or head.isdigit() or head in "{\"“‘'$£€[")


def _opening_quote(doc, index):
    """A quote mark after a blank, before a word that is neither a blank nor lower case."""
    return (doc[index].text in ('"', "\u201c", "\u2018") and index > 0 and bool(doc[index - 1].whitespace_)
            and index + 1 < len(doc) and not doc[index + 1].is_lower and not doc[index + 1].is_space)


def _reference_starts(doc):
    """The sentence rule read off Token objects: a start after a line break, and after '.', '?' or
    '!' (and any punctuation right after it) when what follows is neither punctuation nor lower case,
    or at an opening quote after such a stop and a blank; a form's tick box opens an option of its own."""
    from bpolint.nlp.pipeline import _DANGLING_LINE_END

    starts, newline, period = [], False, False
    for index, token in enumerate(doc):
        if index and token.is_space:
            starts.append(False)
            newline = newline or "\n" in token.text
            continue
        if newline:
            # a line ending on a word no sentence ends on ("a", "the", "shall") runs on over the break into a word
            # (not a table row, not a list label, bullet or number)
            words = [t for t in doc[:index] if not t.is_space]
            line = doc[:words[-1].i + 1].text.rsplit("\n", 1)[-1] if words else ""
            after = doc[index + 1].text if index + 1 < len(doc) else ""
            if words and words[-1].text in _DANGLING_LINE_END and "|" not in line and len(token.text) > 1 \
                    and token.text[:1].isalpha() and after not in (")", "."):
                newline = False
        start = (index == 0 or newline or (period and not token.is_punct and not token.is_lower)
                 or _tick_box(doc, index) or (period and _opening_quote(doc, index)))
        starts.append(start)
        period = token.text in (".", "?", "!") or (period and not start and token.is_punct)
        newline = False
    return starts


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["The", "audit", ".", "?", "!", "\"", "“", ")", "(", "e.g.", "Sec.", "\n", "  ", "\n\n",
                                 "a", "Row", "|", "75%", "”", "i.e.", "12.3(a)", "'", ";"]), max_size=40)
       .map(" ".join))
def test_properties_sentence_starts_follow_the_rule(text):
    from bpolint.nlp.pipeline import get_nlp

    doc = get_nlp()(text)
    assert [bool(token.is_sent_start) for token in doc] == _reference_starts(doc)


PIECES = st.lists(st.sampled_from([
    "Clause", "clauses", "CL.", "Sch.", "sec.", "Section", "paragraph", "Para.", "Art.", "Article", "SCHEDULE",
    "Annexure", "Appendix", "appendices", "Exhibit", "Attachment", "12.3(a)", "3", "B", "IV", "ſ", "\u212a", "İ",
    "NOT USED", "not  used", "Intentionally left blank", "[Reserved]", "[DELETED]", "\"Audit\"", "means", "“Fee”",
    ":", "includes", "shall have the meaning", "refers to", " ", "\n", "x", "(", ")", "'", "claus", "e",
]), max_size=12).map(lambda words: "".join(words[::2]) + " ".join(words[1::2]))


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_properties_regex_prefilters_never_skip_a_match(text):
    # annotate skips a slow search when a substring test says it cannot match: it must never be wrong
    from bpolint.nlp import annotate as module

    if module._REFERENCE.search(text):
        assert module._may_match(text, module._REFERENCE_STEMS)
    if module._VOID.search(text):
        assert module._may_match(text, module._VOID_STEMS)
    if module._DEFINES.search(text):
        assert any(word in text for word in module._DEFINES_WORDS)
