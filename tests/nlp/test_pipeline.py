from __future__ import annotations

import sys

import pytest

from bpolint.nlp.pipeline import get_nlp, tick_box


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.mark.parametrize("token", ["12.3(a)(ii)", "4(b)", "Sec.", "cl.", "Sch.", "No.", "e.g.", "i.e.", "Art.", "Rs.",
                                   "Pvt.", "Pte."])
def test_pipeline_keeps_legal_tokens_whole(nlp, token):
    doc = nlp(f"as set out in {token} 5 of this Agreement")
    assert token in [t.text for t in doc]


@pytest.mark.parametrize("text", [
    "The Supplier shall comply with cl. 4 and Sch. 2 at all times.",
    "Charges (e.g. the Resolution Fee) are set out in Sec. 5 of No. 3.",
    "The parties i.e. the Customer and the Supplier shall meet.",
    # Indian and Singaporean drafting: the rupee sign and company suffixes end no sentence
    "The Company shall pay Rs. 95 per Resolved Ticket to Acme Services Pvt. Ltd. monthly.",
    "Lion City Contact Pte. Ltd. shall provide the Services.",
])
def test_pipeline_does_not_split_after_abbreviations(nlp, text):
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize(("text", "sentences"), [
    # a party's letter label ending a sentence ends it ("Party A." was one token, as an initial is)
    ("Party B shall notify Party A. Party A may audit Party B.",
     ["Party B shall notify Party A.", "Party A may audit Party B."]),
    ("The Services are set out in Schedule B. The Charges are in Schedule C.",
     ["The Services are set out in Schedule B.", "The Charges are in Schedule C."]),
    # letters within an abbreviation stay one token and end nothing
    ("The U.S. Government may terminate.", ["The U.S. Government may terminate."]),
])
def test_pipeline_ends_a_sentence_after_a_letter_label(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


def test_pipeline_splits_sentences_and_lines(nlp):
    doc = nlp("The Customer may audit. The Supplier shall assist.\nRow | 75% | 2%\nRow two | 80%")
    assert [s.text.strip() for s in doc.sents] == [
        "The Customer may audit.", "The Supplier shall assist.", "Row | 75% | 2%", "Row two | 80%"]


@pytest.mark.parametrize(("text", "sentences"), [
    # a form's options, flattened into one table cell: each tick box opens an option of its own
    ("Security | [ x ] Provider will use reasonable efforts. [ ] Provider will keep ISO 27001 certification.",
     ["Security |", "[ x ] Provider will use reasonable efforts.", "[ ] Provider will keep ISO 27001 certification."]),
    ("Fees | [ ] {fees} per {fee_unit} [ ] Fees may increase up to [ ]% per renewal.",
     ["Fees |", "[ ] {fees} per {fee_unit}", "[ ] Fees may increase up to [ ]% per renewal."]),
    ("Start date | ( x ) Date of last signature (  ) {custom_start_date}",
     ["Start date |", "( x ) Date of last signature", "(  ) {custom_start_date}"]),
    ("\u2610 Monthly reviews \u2612 Quarterly reviews", ["\u2610 Monthly reviews", "\u2612 Quarterly reviews"]),
    # not boxes: a blank to fill in after a word, a list label, an empty citation, a placeholder
    ("The Supplier shall notify breaches within [ ] Business Days.", None),
    ("The charges may rise by up to [ ]% each year.", None),
    ("(ix) the first; (x) The Supplier shall report.", None),
    ("Clause 19 () shall not apply to this paragraph.", None),
    ("The Supplier shall notify within [X] Business Days.", None),
])
def test_pipeline_starts_a_sentence_at_each_tick_box(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == (sentences or [text])


@pytest.mark.parametrize(("text", "state"), [
    ("[ ] Fees may increase", "unticked"), ("(  ) {custom_start_date}", "unticked"), ("\u2610 Option", "unticked"),
    ("[ x ] Provider will", "ticked"), ("( x ) Date", "ticked"), ("\u2612 Option", "ticked"), ("[X] Option", "ticked"),
    ("The Supplier shall", ""), ("(a) the Supplier", ""), ("[Drafting note: select one]", ""),
])
def test_tick_box_reads_the_box_an_option_opens_with(text, state):
    assert tick_box(text) == state


@pytest.mark.parametrize(("word", "lemma"), [
    ("Audits", "audit"), ("inspected", "inspect"), ("Records", "record"), ("terminates", "terminate"),
    ("Customers", "customer"), ("breaches", "breach"),
    # billing verbs the lookup table does not know, inflected as "overcharged" is
    ("overbilled", "overbill"), ("Overcharged", "overcharge"),
])
def test_pipeline_lemmas_are_lowercase_lookups(nlp, word, lemma):
    assert nlp(word)[0].lemma_ == lemma


def test_pipeline_uses_no_statistical_model(nlp):
    assert nlp.meta["name"] in ("pipeline", "") or not nlp.meta.get("vectors", {}).get("width")
    assert "parser" not in nlp.pipe_names and "tagger" not in nlp.pipe_names


def test_pipeline_spacy_is_not_imported_by_the_cli():
    import subprocess

    code = "import bpolint, bpolint.cli, bpolint.engine, bpolint.report, sys; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_pipeline_opening_quote_starts_the_next_line_sentence(nlp):
    doc = nlp('"Audit" means an inspection.\n"Exit Plan" means the plan.')
    assert [s.text.strip() for s in doc.sents] == ['"Audit" means an inspection.', '"Exit Plan" means the plan.']


def test_pipeline_closing_quote_stays_with_its_sentence(nlp):
    doc = nlp('The term is "Resolved." The Customer may audit.')
    assert [s.text.strip() for s in doc.sents] == ['The term is "Resolved."', "The Customer may audit."]


@pytest.mark.parametrize(("text", "sentences"), [
    # a definition run on after a full stop keeps its opening quote (and so is read as a definition)
    ('The Company shall pay 30% of the Net Sales. "Net Sales" shall mean all revenues less refunds.',
     ["The Company shall pay 30% of the Net Sales.", '"Net Sales" shall mean all revenues less refunds.']),
    ("The Customer shall pay $6 per Resolved Contact. \u201cResolved Contact\u201d means a closed contact.",
     ["The Customer shall pay $6 per Resolved Contact.", "\u201cResolved Contact\u201d means a closed contact."]),
    ('It is agreed? "Fees" means the fees.', ["It is agreed?", '"Fees" means the fees.']),
    # a closing quote right after the stop, with the next sentence after a blank, stays put
    ('The term is "Resolved." "Fees" means the fees.', ['The term is "Resolved."', '"Fees" means the fees.']),
    # a quote before a lower-case word, or with no stop before it, opens no sentence
    ('It ends here. "the next" is lower case.', ['It ends here. "the next" is lower case.']),
    ('The Supplier shall call it "Resolved" in the report.', ['The Supplier shall call it "Resolved" in the report.']),
])
def test_pipeline_opening_quote_after_a_full_stop_opens_the_next_sentence(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


@pytest.mark.parametrize(("text", "sentences"), [
    # a glossary run on in one paragraph, as filings' text often is: one definition per sentence
    ('"Garden Leave" means leave under clause 19; "Group Company" means the Company and its group undertakings; '
     '"Intellectual Property Rights" means patents and copyright.',
     ['"Garden Leave" means leave under clause 19;', '"Group Company" means the Company and its group undertakings;',
      '"Intellectual Property Rights" means patents and copyright.']),
    ("\u201cFees\u201d means the charges; \u201cService Levels\u201d shall mean the levels in Schedule 2.",
     ["\u201cFees\u201d means the charges;", "\u201cService Levels\u201d shall mean the levels in Schedule 2."]),
    # a quoted word after a semicolon that defines nothing stays in its sentence
    ('The Supplier shall keep records; "Records" are to be kept for six years.',
     ['The Supplier shall keep records; "Records" are to be kept for six years.']),
    ('The Supplier shall report monthly; "Resolved" status shall be shown in each report.',
     ['The Supplier shall report monthly; "Resolved" status shall be shown in each report.']),
    ('The Supplier shall provide (a) the reports; "as is" software; and (b) the plan.',
     ['The Supplier shall provide (a) the reports; "as is" software; and (b) the plan.']),
])
def test_pipeline_definition_after_a_semicolon_opens_the_next_sentence(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


@pytest.mark.parametrize(("text", "sentences"), [
    # a line ending on a word no sentence ends on runs on over the break (a page break, a running footer
    # printed inside the text)
    ("If audit results find Supplier is not in substantial compliance with the\nProprietary to Bank Page 26 "
     "requirements of this Agreement, then the Bank may audit again.",
     ["If audit results find Supplier is not in substantial compliance with the\nProprietary to Bank Page 26 "
      "requirements of this Agreement, then the Bank may audit again."]),
    ("The Supplier shall notify the Customer of any Security Incident within 24 hours and shall\nCooperate with "
     "the Customer's investigation.",
     ["The Supplier shall notify the Customer of any Security Incident within 24 hours and shall\nCooperate with "
      "the Customer's investigation."]),
    # ... but a list item, a bullet, a number or a table row still opens a sentence of its own, and "and" / "or"
    # closing a list item ends it
    ("The Supplier shall deliver the reports to the\n(a) Customer; and\n(b) Regulator.",
     ["The Supplier shall deliver the reports to the", "(a) Customer; and", "(b) Regulator."]),
    ("(a) provide the reports; and\nReturn the data on exit.",
     ["(a) provide the reports; and", "Return the data on exit."]),
    ("Fee | Amount | the\nPlatform | 10,000 | per month", ["Fee | Amount | the", "Platform | 10,000 | per month"]),
    ("The Fees are set out in\n12 Schedule 4.", ["The Fees are set out in", "12 Schedule 4."]),
])
def test_pipeline_line_ending_on_a_dangling_word_runs_on(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


@pytest.mark.parametrize(("text", "tokens"), [
    ("(a)at the option", ["(", "a)", "at", "the", "option"]),
    ("clause 4(b)of this", ["clause", "4(b)", "of", "this"]),
    ("see 12.3(a)(ii) here", ["see", "12.3(a)(ii)", "here"]),
    # a clause number glued to the first word of its text in PDF output
    ("20.1If the law applies", ["20.1", "If", "the", "law", "applies"]),
    ("7.Where notice is given", ["7.", "Where", "notice", "is", "given"]),
    ("ISO27001 and COVID19", ["ISO27001", "and", "COVID19"]),
])
def test_pipeline_splits_a_list_label_glued_to_its_word(text, tokens):
    assert [t.text for t in get_nlp().make_doc(text)] == tokens


@pytest.mark.parametrize("run", [
    "((((" * 5000 + "you" + "))))" * 5000,  # a damaged or hostile file: tens of thousands of brackets
    "https://example.com/" + "a" * 450,  # a very long URL
    "=" * 201,  # one character over the limit
])
def test_pipeline_cuts_long_whitespace_free_runs_and_keeps_the_text(nlp, run):
    # Whole, such a run costs spaCy's tokenizer time that grows with its length squared (27 s for
    # 19,000 characters); cut into pieces it is linear, and what is around it reads as before.
    from bpolint.nlp.pipeline import MAX_RUN

    text = f"12.1 The Supplier shall keep {run} records. The Customer may audit them."
    doc = nlp(text)
    assert doc.text == text
    assert max(len(token) for token in doc) <= MAX_RUN
    assert [t.text for t in doc][:5] == ["12.1", "The", "Supplier", "shall", "keep"]
    assert [t.text for t in doc][-6:] == ["The", "Customer", "may", "audit", "them", "."]
    assert [s.text for s in doc.sents][-1] == "The Customer may audit them."

