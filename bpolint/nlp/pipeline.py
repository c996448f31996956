"""The one spaCy pipeline bpolint uses: blank English, no statistical model.

* tokenizer special cases for legal abbreviations (``Sec.``, ``cl.``, ``e.g.``)
  and clause references (``12.3(a)(ii)`` is one token), and whitespace-free
  runs over ``MAX_RUN`` characters tokenised in pieces so hostile text stays linear;
* a rule-based sentence splitter that does not break after those and that
  treats each line (a table row, a definition) as its own sentence;
* lower-cased lookup lemmas from ``spacy-lookups-data`` (works offline).

A statistical model is never loaded unless a caller asks for one by name.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

ABBREVIATIONS = (
    "Sec.", "Secs.", "Art.", "Arts.", "cl.", "Cl.", "cls.", "Sch.", "Schs.", "No.", "Nos.", "no.",
    "para.", "Para.", "paras.", "e.g.", "i.e.", "E.g.", "I.e.", "etc.", "cf.", "viz.", "approx.",
    "Ltd.", "Inc.", "Corp.", "Co.", "L.L.C.", "LLC.", "N.A.", "U.S.", "U.K.", "Pty.", "p.a.", "vs.",
    # Indian and South-East Asian drafting: "Rs. 95 per query", "Acme Services Pvt. Ltd.", "Pte. Ltd.", "Sdn. Bhd."
    "Rs.", "Pvt.", "Pte.", "Sdn.", "Bhd.",
    # prices stated net or gross of a tax: "EUR 6,80 excl. VAT", "Price (EUR incl. GST)"
    "excl.", "Excl.", "incl.", "Incl.",
)
# 12.3(a)(ii), 4(b): a clause reference is one token.
_CLAUSE_REF = re.compile(r"^\d{1,3}(?:\.\d{1,3})*(?:\([a-zA-Z0-9]{1,4}\))+$")
_BREAK_AFTER = (".", "?", "!")
# Longest run without whitespace handed to spaCy's tokenizer in one piece (see BoundedTokenizer).
MAX_RUN = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


class BoundedTokenizer:
    """spaCy's tokenizer with whitespace-free runs cut into pieces of at most ``MAX_RUN`` characters.

    The tokenizer peels affixes off a run one at a time and searches what is left each time, so its
    cost grows with the square of the run's length: 27 s for one 19,000-character run of brackets,
    as damaged or hostile files contain. No word, reference or URL a rule reads is that long; the
    pieces are tokenised separately and joined with the text unchanged, so offsets stay exact.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if len(text) <= MAX_RUN or not _LONG_RUN.search(text):
            return self.tokenizer(text)  # type: ignore[no-any-return]
        from spacy.tokens import Doc

        cuts = [0]
        for run in _LONG_RUN.finditer(text):
            cuts.extend(range(run.start() + MAX_RUN, run.end(), MAX_RUN))
        cuts.append(len(text))
        pieces = [self.tokenizer(text[a:b]) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
        return Doc.from_docs(pieces, ensure_whitespace=False)


@contextmanager
def without_gc_pauses() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off, as it was before afterwards.

    Annotating a contract allocates hundreds of thousands of small objects (spans,
    tuples, sentence records) that live until the report is built; each allocation
    burst triggered collections that walked them, and spaCy's vocabulary, again and
    again - a tenth of annotation time, for nothing, since they are freed by
    reference counting. Nested blocks leave the collector off until the outer one ends.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _lemma_table() -> Any:
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


@lru_cache(maxsize=2)
def get_nlp(model: str | None = None) -> Language:
    """The cached pipeline. ``model`` names an installed spaCy model to use instead
    of the blank one (only when the user asks for it)."""
    import spacy
    from spacy.language import Language

    nlp = spacy.load(model, exclude=["ner"]) if model else spacy.blank("en")
    # spaCy refuses texts over a million characters (E088) for the sake of a parser's memory; the
    # blank pipeline has none, and document size is bounded where it is read (MAX_TEXT_CHARS,
    # MAX_CLAUSE_CHARS in bpolint.extract), so a long heading or clause must not raise here.
    nlp.max_length = max(nlp.max_length, 10**8)
    tokenizer: Any = nlp.tokenizer
    for abbreviation in ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    tokenizer.token_match = _CLAUSE_REF.match
    # PDF text often loses the space after a list label: "(a)at the option of" -> "(a)" "at ..."
    from spacy.util import compile_infix_regex

    # and the space after a clause number: "20.1If the Regulations apply" -> "20.1" "If ..."
    infixes = [*list(nlp.Defaults.infixes or ()), r"(?<=\))(?=[A-Za-z]{2})", r"(?<=\d)(?=[A-Z][a-z])",
               r"(?<=\d\.)(?=[A-Z][a-z])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # a lone capital letter ending a sentence is a label, not an initial: "... the prior written consent of Party A."
    # (spaCy keeps "A." whole, so the sentence ran on and "Party A" was no party); "U.S." and "No." stay special cases
    from spacy.util import compile_suffix_regex

    # ... and a draft's bracketed percentage is a number and a "%": "[80]%" -> "[" "80" "]" "%"
    suffixes = [*list(nlp.Defaults.suffixes or ()), r"(?<=^[A-Z])\.", r"(?<=\])%"]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer = BoundedTokenizer(tokenizer)
    table = _lemma_table()

    if "bpolint_lemmas" not in Language.factories:
        Language.component("bpolint_lemmas", func=_lemmas_factory(table))
        Language.component("bpolint_sentences", func=_sentences)
    if not model:
        nlp.add_pipe("bpolint_sentences")
    nlp.add_pipe("bpolint_lemmas")
    return nlp


# Function words the lookup table folds into other words ("as" -> "a", "less" -> "little",
# "does" -> "doe", "these" -> "this"): a phrase "as directed" must not match "a direct ...".
KEEP_AS_WRITTEN = frozenset({"as", "less", "does", "these", "those"})
# Plurals the lookup table gets wrong ("phases" -> "phasis", "criteria" -> "criterium"): "in phases" must
# match a phrase or pattern written "phase", as "in stages" matches "stage". Billing verbs it does not know
# ("we overbilled you") are inflected as "overcharged" is. The table lemmatises "meeting" as "meet" but
# "meetings" as "meeting", so a phrase written "governance meeting" missed "Governance meetings shall be held".
LEMMA_FIXES = {"phases": "phase", "criteria": "criterion", "chatbots": "chatbot", "voicebots": "voicebot",
               "overbilled": "overbill", "overbills": "overbill", "underbilled": "underbill", "underbills": "underbill",
               "meetings": "meet"}


_S_WORDS = ("'s", "\u2019s")
# the words after which "'s" is "is" or "has" ("it's", "there's", "what's", "let's" for "let us" is no verb either
# way): after anything else it is the possessive
_S_IS_AFTER = frozenset({"it", "that", "there", "here", "what", "who", "he", "she", "where", "how", "this", "which",
                         "everything", "nothing", "something", "one"})


def _possessive_s(lowers: list[int], strings: Any) -> list[int]:
    """Indices of the possessive "'s" tokens among ``lowers`` (LOWER hashes)."""
    marks = [strings.add(word) for word in _S_WORDS]
    if not any(mark in lowers for mark in marks):  # a scan in C: most sentences have no "'s"
        return []
    found = []
    for index, lower in enumerate(lowers):
        if lower in marks and (index == 0 or strings[lowers[index - 1]] not in _S_IS_AFTER):
            found.append(index)
    return found


def _lemmas_factory(table: Any) -> Any:
    """Set LEMMA from LOWER through the lookup table, on arrays (no Token objects)."""
    from spacy.attrs import LEMMA, LOWER

    cache: dict[int, int] = {}

    def lemma_of(lower: int, strings: Any) -> int:
        text = strings[lower]
        lemma: int = strings.add(text if text in KEEP_AS_WRITTEN else LEMMA_FIXES.get(text) or table.get(text, text))
        cache[lower] = lemma
        return lemma

    def bpolint_lemmas(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        import numpy

        strings = doc.vocab.strings
        # a list first and one array from it: setting numpy items one by one costs more than the lookups
        lowers = doc.to_array(LOWER).tolist()
        lemmas = list(map(cache.get, lowers))  # (no Python frame per token: most words are known)
        if None in lemmas:
            lemmas = [lemma if lemma is not None else lemma_of(lower, strings)
                      for lemma, lower in zip(lemmas, lowers, strict=True)]
        # the table reads every "'s" as "is": after a noun it is the possessive ("the Buyer's checklist", "the
        # Customer's licence"), which is no verb; only after a pronoun is it one ("it's", "there's", "that's")
        for index in _possessive_s(lowers, strings):
            lemmas[index] = lowers[index]
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))  # type: ignore[arg-type]
        return doc

    return bpolint_lemmas


# orth -> (is_space, holds a line break, is_punct, is_lower, ends a sentence): lexical attributes of
# the string, the same for every English vocabulary; one lookup per token instead of reading four
# attribute columns from the doc (Doc.to_array costs per attribute per token).
_FLAGS: dict[int, tuple[bool, bool, bool, bool, bool]] = {}
# the orths in _FLAGS whose text may open a tick box ("[", "(", "☐", ...): most clauses hold none
_BOX_ORTHS: set[int] = set()
# SENT_START is stored unsigned: -1 ("not a start") is the all-ones value, as Doc.to_array gives it.
_NOT_START = 2**64 - 1


def _flags(doc: Doc, orth: int) -> tuple[bool, bool, bool, bool, bool]:
    lexeme = doc.vocab[orth]
    text = lexeme.orth_
    flags = (lexeme.is_space, "\n" in text, lexeme.is_punct, lexeme.is_lower, text in _BREAK_AFTER)
    _FLAGS[orth] = flags
    if text[:1] in _BOX_FIRST:
        _BOX_ORTHS.add(orth)
    return flags


# Tick boxes of a form ("[ x ] Provider will comply ...", "(  ) {custom_start_date}", "☐ Option"): each
# box opens an option of its own, so an option left unticked can be told apart from the ticked one
# beside it in the same table cell (see ``tick_box``).
_BOX_CLOSE = {"[": "]", "(": ")"}
_TICKS = frozenset({"x", "X", "✓", "✔", "✗", "☓"})
_BOX_GLYPHS = frozenset({"☐", "☒", "☑", "■", "□"})
_BOX_FIRST = frozenset("[(" + "".join(_BOX_GLYPHS))
# what an option's text starts with: a capital, a figure, a {placeholder}, a quote, a currency sign
_OPTION_START = frozenset("{\"“‘'$£€[")
# what a box at the start of an option follows: the start, a line break, the end of a sentence, a
# bracket or a cell; a blank after a word ("within [ ] Business Days") is a blank to fill in, not a box
_BOX_AFTER = frozenset(".:;])}|")


def _box_at(texts: list[str], spaces: list[bool], index: int) -> int:
    """Number of tokens of the tick box starting at ``index`` (0 if none starts there).

    A box is ``☐`` / ``☒`` / ``☑``; ``[ ]``, ``[ x ]`` or ``[x]`` at the start of an option; or
    ``( )`` / ``( x )`` with a space inside (so ``(x)``, the list label, and ``()`` are not boxes).
    It must be followed by the option's text: a capital, a figure or a ``{placeholder}``, so a
    blank such as ``up to [ ]%`` is not one.
    """
    first = texts[index]
    if first in _BOX_GLYPHS:
        size = 1
    else:
        close = _BOX_CLOSE.get(first)
        if close is None:
            return 0
        inner = _skip_blank(texts, index + 1)
        ticked = inner < len(texts) and texts[inner] in _TICKS
        end = _skip_blank(texts, inner + 1) if ticked else inner
        if end >= len(texts) or texts[end] != close:
            return 0
        # a space inside the box: a space after a token, or a token of spaces ("(  )")
        spaced = any(spaces[k] or not texts[k].strip() for k in range(index, end))
        if first == "(" and not spaced:
            return 0  # "(x)" is a list label, "()" an empty citation
        if first == "[" and not (ticked and spaced):
            # an empty "[ ]" or an unspaced "[x]" is a box only where an option starts
            before = next((texts[k] for k in range(index - 1, -1, -1) if texts[k].strip()), "")
            newline = index > 0 and "\n" in texts[index - 1]
            if before and not newline and before[-1] not in _BOX_AFTER:
                return 0
        size = end - index + 1
    following = texts[index + size] if index + size < len(texts) else ""
    if not following.strip() and index + size + 1 < len(texts):
        following = texts[index + size + 1]
    head = following[:1]
    return size if head and (head.isupper() or head.isdigit() or head in _OPTION_START) else 0


def _skip_blank(texts: list[str], index: int) -> int:
    while index < len(texts) and not texts[index].strip():
        index += 1
    return index


def tick_box(text: str) -> str:
    """``"ticked"`` / ``"unticked"`` when ``text`` (a sentence) opens with a form's tick box, else ``""``."""
    match = _TICK_BOX.match(text)
    if match is None:
        return ""
    return "unticked" if match.group("empty") is not None else "ticked"


_TICK_BOX = re.compile(r"\s*(?:(?P<empty>\[\s*\]|\(\s+\)|[☐□])|\[\s*[xX✓✔✗☓]\s*\]|\(\s*[xX✓✔✗☓]\s*\)|[☒☑■])")


# opening quote marks as the tokenizer gives them ('"' is either; its blank before it decides)
_OPENING_QUOTES = ('"', "\u201c", "\u2018")
_QUOTE_ORTHS: set[int] = set()


def _quote_orths(doc: Doc) -> set[int]:
    if not _QUOTE_ORTHS:  # a string's hash is the same in every vocabulary
        _QUOTE_ORTHS.update(doc.vocab.strings.add(text) for text in _OPENING_QUOTES)
    return _QUOTE_ORTHS


_CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019", "''"})
_DEFINING_WORDS = frozenset({"means", "mean", "shall", "has", "includes", "refers", "will"})
_TERM_MAX = 10  # tokens from the opening quote to the closing one: a defined term, not a quoted passage


def _run_on_definitions(doc: Doc, orths: list[int], quotes: set[int]) -> set[int]:
    """Opening quotes after a semicolon that begin another definition: filings that run a glossary on
    in one paragraph ('... clause 19; "Group Company" means ...; "Intellectual Property Rights" means ...')
    define one term per sentence, as the same glossary does one per line in the PDF."""
    strings = doc.vocab.strings
    semicolon = strings.add(";")
    found: set[int] = set()
    for index in quotes:
        if orths[index - 1] != semicolon:
            continue
        for end in range(index + 2, min(index + _TERM_MAX, len(orths) - 1)):
            if strings[orths[end]] in _CLOSING_QUOTES:
                if strings[orths[end + 1]].lower() in _DEFINING_WORDS:
                    found.add(index)
                break
    return found


def _flags_of(doc: Doc, orth: int) -> tuple[bool, bool, bool, bool, bool]:
    flags = _FLAGS.get(orth)
    return flags if flags is not None else _flags(doc, orth)


# A line no sentence ends on: an article, a preposition or a modal verb at its end means the sentence runs on over
# the line break (a PDF page break, a running footer printed inside the text), as a wrapped line does. Not "and" /
# "or": "(a) provide the reports; and" ends a list item.
_DANGLING_LINE_END = ("a", "an", "the", "of", "in", "to", "for", "by", "with", "on", "at", "from", "that", "which",
                      "shall", "will", "may", "must", "is", "are", "be", "than", "such", "its", "their")
_DANGLING: set[int] = set()  # their orths (a string's orth is its hash, the same in every vocabulary)


def _dangling_orths(doc: Doc) -> set[int]:
    if not _DANGLING:
        _DANGLING.update(doc.vocab.strings.add(word) for word in _DANGLING_LINE_END)
    return _DANGLING


def _runs_on(doc: Doc, orths: list[int], index: int, dangling: set[int]) -> bool:
    """Does the line before token ``index`` end on a word no sentence ends on, with a word (not a list label,
    bullet or number) opening the next line?"""
    before = index - 1
    while before >= 0 and _FLAGS[orths[before]][0]:
        before -= 1
    if before < 0 or orths[before] not in dangling:
        return False
    bar = doc.vocab.strings.add("|")
    at = before
    while at >= 0 and not _FLAGS[orths[at]][1]:  # a table row's line ends with its row
        if orths[at] == bar:
            return False
        at -= 1
    text = doc.vocab.strings[orths[index]]
    after = doc.vocab.strings[orths[index + 1]] if index + 1 < len(orths) else ""
    return len(text) > 1 and text[:1].isalpha() and after not in (")", ".")


def _sentences(doc: Doc) -> Doc:
    """Sentence starts, computed from one array (no Token objects):

    * after a line break (a table row, a definition line, a list item);
    * after ``.``, ``?`` or ``!`` unless a lower-case word or more punctuation
      follows (so a closing quote or bracket stays with its sentence, and the
      abbreviation tokens ``Sec.``, ``e.g.`` never end one - they are not ``.``);
    * at an opening quote mark after such a stop and a blank, before a word that is not
      lower case: 'per month. "Net Sales" shall mean' opens the definition with its quote,
      while '."' (no blank) still closes the sentence before;
    * at an opening quote after a semicolon that begins another definition ('; "Group
      Company" means'): a glossary run on in one paragraph defines one term per sentence;
    * at a form's tick box (``[ x ]``, ``( )``, ``☐``): each option is a sentence of its own.
    """
    import numpy
    from spacy.attrs import ORTH, SENT_START, SPACY

    if not len(doc):
        return doc
    orths = doc.to_array(ORTH).tolist()
    distinct = set(orths)
    for orth in distinct.difference(_FLAGS):  # (a set less a dict's keys: one C-level pass)
        _flags(doc, orth)
    boxes: set[int] = set()
    spaces: list[bool] = []
    if not _BOX_ORTHS.isdisjoint(distinct):
        strings = doc.vocab.strings
        texts = [strings[orth] for orth in orths]
        spaces = [bool(flag) for flag in doc.to_array(SPACY).tolist()]
        boxes = {index for index, text in enumerate(texts) if text[:1] in _BOX_FIRST and _box_at(texts, spaces, index)}
    # a quote mark after a full stop and a space opens the next sentence ('per month. "Net Sales" shall mean'),
    # while one straight after it closes the sentence ('"Net Sales".'): only the blank tells them apart
    quotes: set[int] = set()
    definitions: set[int] = set()
    quote_orths = _quote_orths(doc)
    if not quote_orths.isdisjoint(distinct):
        if not spaces:
            spaces = [bool(flag) for flag in doc.to_array(SPACY).tolist()]
        quotes = {index for index, orth in enumerate(orths)
                  if orth in quote_orths and index and spaces[index - 1] and index + 1 < len(orths)
                  and not _flags_of(doc, orths[index + 1])[3] and not _flags_of(doc, orths[index + 1])[0]}
        definitions = _run_on_definitions(doc, orths, quotes)
    flags = _FLAGS
    starts = [1]  # the first token
    append = starts.append
    space, has_newline, punct, lower, ends = flags[orths[0]]
    newline = False
    period = ends
    dangling = _dangling_orths(doc)
    for index in range(1, len(orths)):
        space, has_newline, punct, lower, ends = flags[orths[index]]
        if boxes and index in boxes:
            append(1)
            newline = period = False  # "renewal. [ ] Fees": the box, not "Fees", opens the option
            continue
        if space:
            append(_NOT_START)
            newline = newline or has_newline
            continue
        if quotes and ((period and index in quotes) or index in definitions):
            append(1)
            newline = period = False  # the quoted term after it belongs to this sentence
            continue
        if newline and not punct and _runs_on(doc, orths, index, dangling):
            newline = False  # "... in substantial compliance with the\nProprietary ... requirements of"
        if newline or (period and not punct and not lower):
            append(1)
            newline = False
            period = ends
            continue
        append(_NOT_START)
        period = ends or (period and punct)  # '."' and '.)' still end the sentence
    doc.from_array([SENT_START], numpy.array(starts, dtype="uint64").reshape(-1, 1))  # type: ignore[arg-type]
    return doc
