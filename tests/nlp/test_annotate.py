from __future__ import annotations

import pytest

from bpolint.engine.examples import snippet_document
from bpolint.nlp.annotate import annotate

CONTRACT = """1. DEFINITIONS
"Verified Resolution" means a ticket closed in the Customer CRM.
12. AUDIT
12.3 The Customer may audit as set out in Schedule 3 and clause 1.
SCHEDULE 3 - AUDIT
1. Scope of audits.
2. The procedure in paragraph 1 applies to each Verified Resolution.
"""


@pytest.fixture(scope="module")
def annotated():
    return annotate(snippet_document(CONTRACT))


def _sentence(annotated, start):
    return next(s for s in annotated.sentences if s.text.startswith(start))


def test_annotate_cross_references_resolve_to_clauses(annotated):
    refs = {annotated.clause(i).path for i in _sentence(annotated, "The Customer may audit").refs}
    assert refs == {"Schedule 3", "1"}


def test_annotate_paragraph_reference_stays_inside_its_schedule(annotated):
    refs = {annotated.clause(i).path for i in _sentence(annotated, "The procedure").refs}
    assert refs == {"Schedule 3/1"}


CALL_OFF = """6. PERFORMANCE
6.1 The Supplier shall meet the Service Levels in Call-Off Schedule 14 (Service Levels).
6.2 Satisfaction is measured by the survey in paragraph 2 of Call-Off Schedule 14.
6.3 The Joint Schedule 14 glossary applies.
Joint Schedule 14 (Glossary)
1 Words have their usual meaning.
Call-Off Schedule 14 (Service Levels)
1 Calls answered | 85%
2 The survey is sent after every contact.
"""


CIVIL = """§ 2 Definitions
(5) "Processed Invoice" has the meaning given in Annex 2, No. 1.
§ 6 Termination
(3) The right to terminate for good cause under § 314 BGB remains unaffected.
§ 8 Prices
(4) The amount shall be agreed in the annual review under § 10 (3) and § 6.
§ 10 Governance
(3) The managing directors shall meet once a year.
Annex 2 – Prices
1. A "Processed Invoice" is an invoice posted in the SAP System.
2. The Base Fee is EUR 34.500,00 per month in months 1 to 6 and nil from month 13.
3. The Base Fee decreases in accordance with the table in No. 2.
"""


@pytest.mark.parametrize(("start", "paths"), [
    # an annex's numbered paragraph, named from the body and from inside the annex
    ('"Processed Invoice" has the meaning', {"Annex 2", "Annex 2/1"}),
    ("The Base Fee decreases", {"Annex 2/2"}),
    # "§ 10 (3)" is the contract's paragraph; "§ 314 BGB" is a statute
    ("The amount shall be agreed", {"10(3)", "6"}),
    ("The right to terminate", set()),
])
def test_annotate_civil_law_references(start, paths):
    annotated = annotate(snippet_document(CIVIL))
    assert {annotated.clause(i).path for i in _sentence(annotated, start).refs} == paths


@pytest.mark.parametrize(("start", "paths"), [
    # a reference names the schedule's family ("Call-Off Schedule 14", not "Joint Schedule 14")
    ("The Supplier shall meet", {"Call-Off Schedule 14"}),
    # "paragraph 2 of Schedule 14" is the paragraph inside that schedule, not the whole schedule or clause 2
    ("Satisfaction is measured", {"Call-Off Schedule 14/2"}),
    ("The Joint Schedule 14 glossary", {"Joint Schedule 14"}),
])
def test_annotate_references_to_schedules_of_a_family(start, paths):
    annotated = annotate(snippet_document(CALL_OFF))
    assert {annotated.clause(i).path for i in _sentence(annotated, start).refs} == paths


def test_annotate_definitions_and_defined_term_use(annotated):
    assert _sentence(annotated, '"Verified Resolution"').defines == "Verified Resolution"
    assert "verified resolution" in _sentence(annotated, "The procedure").terms


def test_annotate_spans_index_the_clause_text(annotated):
    for sentence in annotated.sentences:
        clause = annotated.clause(sentence.clause)
        assert clause.text[sentence.start:sentence.end] == sentence.text


def test_annotate_table_rows_are_sentences():
    annotated = annotate(snippet_document("SCHEDULE 2 - SERVICE LEVELS\nLevel | Target | Credit\nFCR | 75% | 2%"))
    assert [s.text for s in annotated.sentences if s.table_row] == ["Level | Target | Credit", "FCR | 75% | 2%"]


def test_annotate_table_rows_know_their_header_row():
    annotated = annotate(snippet_document(
        "SCHEDULE 3 - CHARGES\n1. The Customer shall pay the following Fees:\nFee | Unit | Amount (INR)\n"
        "Per Claim Fee | per Processed Claim | 380\nFixed Monthly Fee | per calendar month | 9,50,000\n"
        "2. The Fixed Monthly Fee is payable monthly.\nBand | Rate\nA | 4"))
    rows = {s.text: s for s in annotated.sentences if s.table_row}
    assert rows["Fee | Unit | Amount (INR)"].header == ""  # the header row itself
    assert rows["Per Claim Fee | per Processed Claim | 380"].header == "Fee | Unit | Amount (INR)"
    assert [(q.value, q.unit, q.per) for q in rows["Per Claim Fee | per Processed Claim | 380"].quantities
            if q.kind == "money"] == [(380, "INR", "Processed Claim")]
    assert rows["A | 4"].header == "Band | Rate"  # a new table starts its own header


def test_annotate_table_rows_know_their_lead_in():
    annotated = annotate(snippet_document(
        "SCHEDULE 4 - PER-CASE FEES\n1. The Council shall pay, for each Closed Case, the fee below.\n"
        "Case type | Fee (GBP)\nSimple | 5.10\n2. Complex cases are invoiced quarterly.\nBand | Volume\nA | 400"))
    rows = {s.text: s for s in annotated.sentences if s.table_row}
    # the clause heading, then the sentence right before the table; a later table has its own
    assert rows["Simple | 5.10"].table_lead_in == (
        "PER-CASE FEES\nThe Council shall pay, for each Closed Case, the fee below.")
    assert [(q.value, q.unit, q.per) for q in rows["Simple | 5.10"].quantities if q.kind == "money"] == [
        (5.1, "GBP", "Closed Case")]
    assert rows["A | 400"].table_lead_in.endswith("Complex cases are invoiced quarterly.")


def test_annotate_nested_lead_in_item_reads_with_its_items():
    annotated = annotate(snippet_document(
        "3. REPORTING\n3.2 The Supplier shall:\n(a) notify the Customer before deploying any bot; and\n"
        "(b) include in each monthly report:\n(i) the automation rate; and\n(ii) the share of contacts handled by "
        "bots.\n3.3 The Customer may audit the reports."))
    by_text = {s.text: s for s in annotated.sentences}
    nested = by_text["include in each monthly report:"]
    items = [annotated.sentences[i].text for i in nested.items]
    assert items == ["the automation rate; and", "the share of contacts handled by bots."]
    assert by_text["The Supplier shall:"].items == ()  # the top lead-in's items are candidates of their own
    assert by_text["The Customer may audit the reports."].items == ()


def test_annotate_analyses_sentences_only_when_read():
    # the obligation analysis is made on first reading: annotating a contract analyses the
    # list lead-ins and what the contract check needs, not every sentence
    annotated = annotate(snippet_document(
        "1. The Supplier shall provide the Services.\n2. The Services include claims processing.\n"
        "3. The Customer may audit the records:\n(a) once a year; and\n(b) on notice.\n"
        "4. This Agreement is governed by English law."))
    made = [s.text for s in annotated.sentences if "analysis" in vars(s)]
    assert made == ["The Supplier shall provide the Services.", "The Customer may audit the records:",
                    "once a year; and", "on notice."]
    assert _sentence(annotated, "This Agreement").analysis.predications == ()  # made now, on demand


@pytest.mark.parametrize(("text", "refers"), [
    ("The Customer may audit under clause 4.", True),
    ("as set out in SCHEDULE 3", True),
    ("see Sch. 2 and cl. 5", True),
    ("under clau\u017fe 4", True),  # a long s still matches 's' case-insensitively: non-ASCII text is searched
    ("The Supplier shall include the Services.", False),
])
def test_annotate_reference_prefilter_agrees_with_the_pattern(text, refers):
    from bpolint.nlp.annotate import _REFERENCE, _REFERENCE_STEMS, _may_match

    assert bool(_REFERENCE.search(text)) is refers
    assert _may_match(text, _REFERENCE_STEMS) or not refers


@pytest.mark.parametrize("text", [
    # the lead-in in an unnumbered paragraph (the parties' block of an excerpt, or under a bare heading)
    "The Service Provider shall:\n(a) process the data on the Client's instructions; and\n(b) keep records.",
    "DATA PROTECTION\nThe Service Provider shall:\n(a) process the data on the Client's instructions; and\n"
    "(b) keep records.",
    # the same items under a numbered lead-in were always bound: the unnumbered one reads the same way
    "12.1 The Service Provider shall:\n(a) process the data on the Client's instructions; and\n(b) keep records.",
])
def test_annotate_lettered_items_belong_to_the_lead_in_before_them(text):
    annotated = annotate(snippet_document(text))
    lead = _sentence(annotated, "The Service Provider shall:")
    items = [s for s in annotated.sentences if s.text.startswith(("process", "keep"))]
    assert [s.bound_by for s in items] == [lead.id, lead.id]
    assert all(annotated.parent[s.clause] == lead.clause for s in items)


@pytest.mark.parametrize("text", [
    # a paragraph that does not lead into a list keeps its lettered successors as clauses of their own
    "The Service Provider shall keep records.\n(a) The Client may audit the records.\n(b) The Client may copy them.",
    # numbered clauses are never re-parented, whatever precedes them
    "The Service Provider shall:\n1. The Client may audit the records.",
])
def test_annotate_items_after_a_non_lead_in_stay_where_they_are(text):
    annotated = annotate(snippet_document(text))
    assert all(p is None for p in annotated.parent)


@pytest.mark.parametrize(("text", "framed"), [
    # an opening condition or time phrase governs each item that has its own verb
    ("On expiry or termination of this Agreement:\n(a) the Provider shall return all Customer Data; and\n"
     "(b) the Provider shall destroy all copies.", True),
    ("7. EXIT\n7.1 Upon termination:\n(a) the Supplier shall return the Customer Data; and\n"
     "(b) the Supplier shall delete all copies.", True),
    ("If a Service Level Failure occurs:\n(a) the Supplier shall pay a Service Credit; and\n"
     "(b) the Supplier shall submit a remediation plan.", True),
    # a heading with a colon, or a binding lead-in whose items borrow its verb, is no condition
    ("Fees:\n(a) the Customer shall pay the Base Fee; and\n(b) the Customer shall pay the Outcome Fees.", False),
    ("The Supplier shall, on termination:\n(a) return the Customer Data; and\n(b) delete all copies.", False),
])
def test_annotate_condition_lead_in_frames_its_items(text, framed):
    annotated = annotate(snippet_document(text))
    items = [s for s in annotated.sentences if annotated.clause(s.clause).number.endswith(")")]
    assert len(items) == 2
    assert all((s.framed_by is not None) is framed for s in items)
    if framed:
        assert all(annotated.sentences[s.framed_by].text.endswith(":") for s in items)


@pytest.mark.parametrize(("text", "binding"), [
    # the new wording of an amended clause is the contract's term, on its own line or run on
    ('Clause 9.2 is deleted and replaced with the following:\n"9.2 The Supplier shall reduce the Base Fee by half '
     'on 1 January 2027."', True),
    ('Clause 9.2 is amended to read: "9.2 The Supplier shall reduce the Base Fee by half on 1 January 2027."', True),
    ('The following new clause 7.5 is inserted:\n"7.5 The Customer may audit the Supplier\'s records once a year."',
     True),
    # a model clause quoted in advice binds nobody, even when it is offered as a replacement
    ('Buyers should ask for clause 9.2 to be replaced with the following:\n"9.2 The Supplier shall reduce the Base '
     'Fee by half on 1 January 2027."', False),
    ('A model clause might read: "The Supplier shall reduce the Base Fee by half on 1 January 2027."', False),
])
def test_annotate_amended_wording_in_quotes_binds(text, binding):
    annotated = annotate(snippet_document(text))
    quoted = [s for s in annotated.sentences if "shall reduce" in s.text or "may audit" in s.text]
    assert quoted and all(bool(s.analysis.binding) is binding for s in quoted)


@pytest.mark.parametrize(("text", "defines"), [
    # the term named last defines it when the sentence binds nobody
    ('1.14 A query which has been closed in the CRM with a resolution code (hereinafter referred to as a '
     '"Resolved Query").', "Resolved Query"),
    ('2.3 A claim settled in the claims system (hereinafter called a "Settled Claim").', "Settled Claim"),
    # an obligation that names its object the same way is still an obligation
    ('2.3 The Service Provider shall settle claims in the claims system (hereinafter referred to as the '
     '"Claims Services").', ""),
])
def test_annotate_term_named_last_is_a_definition_only_without_a_verb(text, defines):
    (sentence,) = annotate(snippet_document(text)).sentences
    assert sentence.defines == defines
FIGURES = ("SCHEDULE 3 - CHARGES\n1. The Customer may audit once in any 24-month period on 10 days' notice.\n"
           "Fee | Unit | Amount (INR)\nPer Claim Fee | per Processed Claim | 380\n"
           "2. Credits of 5% apply monthly within 30 days, and interest at 4% per annum.")


@pytest.mark.parametrize("first", ["all", "money", "percent", "frequency", "duration"])
def test_annotate_a_sentences_figures_of_one_kind_do_not_depend_on_what_was_asked_first(first):
    """A rule's figure check parses only its measure; whatever is asked first, each kind is the
    share of all the sentence's figures that ``quantities`` lists."""
    fresh, reference = annotate(snippet_document(FIGURES)), annotate(snippet_document(FIGURES))
    for sentence, expected in zip(fresh.sentences, reference.sentences, strict=True):
        if first == "all":
            assert sentence.quantities == expected.quantities
        else:
            sentence.quantities_of(first)
        for kind in ("money", "percent", "frequency", "duration"):
            assert sentence.quantities_of(kind) == [q for q in expected.quantities if q.kind == kind]
    assert any(s.quantities_of("duration") for s in fresh.sentences)
