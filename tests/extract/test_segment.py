"""The shared segmenter: every numbering style, nesting, headings, kinds."""

from __future__ import annotations

import pytest

from bpolint.extract.blocks import TextBlock
from bpolint.extract.segment import segment, split_heading
from bpolint.model import ClauseKind


def tree(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    """(path, heading, parent) for each clause built from plain paragraphs."""
    clauses, _ = segment(TextBlock(p) for p in paragraphs)
    return [(c.path, c.heading, c.parent) for c in clauses]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            ["1. Services", "1.1 The Supplier shall provide the Services.",
             "1.1.1 In particular it shall answer calls.", "1.2 The Customer shall pay.", "2. Charges"],
            [("1", "Services", None), ("1.1", "", "1"), ("1.1.1", "", "1.1"), ("1.2", "", "1"), ("2", "Charges", None)],
            id="decimal",
        ),
        pytest.param(
            # "2.0" numbers clause 2 where its sub-clauses run 2.1, 2.2: they nest under it (not "10.1" under "1.0")
            ["1.0 Services", "1.1 The Supplier shall provide the Services.", "2.0 Payment",
             "2.1 The Customer shall pay.", "10.1 Notices go to the address above."],
            [("1.0", "Services", None), ("1.1", "", "1.0"), ("2.0", "Payment", None), ("2.1", "", "2.0"),
             ("10.1", "", None)],
            id="decimal-point-zero",
        ),
        pytest.param(
            # a text layer that drops the space after the number; a figure or an abbreviation is not a number
            ["1.Services. You agree to serve.", "1.1The Supplier shall serve.", "18.2.2Timing of Instructions",
             "1.5million shares are issued.", "3Com shall not be a party."],
            [("1", "Services", None), ("1.1", "", "1"), ("18.2.2", "Timing of Instructions", None)],
            id="decimal-glued-to-its-heading",
        ),
        pytest.param(
            ["12.3 Audit. The Customer may audit the Supplier's records:",
             "(a) on reasonable notice;", "(i) during business hours; and", "(ii) at its own cost;",
             "(b) at most once a year."],
            [("12.3", "Audit", None), ("12.3(a)", "", "12.3"), ("12.3(a)(i)", "", "12.3(a)"),
             ("12.3(a)(ii)", "", "12.3(a)"), ("12.3(b)", "", "12.3")],
            id="letters-and-romans",
        ),
        pytest.param(
            ["5.1 The Supplier shall:", "(A) keep records;", "(B) allow inspection; and", "(1) first;", "(2) second."],
            [("5.1", "", None), ("5.1(A)", "", "5.1"), ("5.1(B)", "", "5.1"), ("5.1(B)(1)", "", "5.1(B)"),
             ("5.1(B)(2)", "", "5.1(B)")],
            id="upper-letters-and-digits",
        ),
        pytest.param(
            ["ARTICLE IV", "TERM AND TERMINATION", "Section 4.1 Term. This Agreement runs for three years.",
             "Section 4.2 Termination. The Client may terminate for convenience.", "ARTICLE V", "AUDIT",
             "5.1 The Client may audit."],
            [("Article IV", "TERM AND TERMINATION", None), ("4.1", "Term", "Article IV"),
             ("4.2", "Termination", "Article IV"), ("Article V", "AUDIT", None), ("5.1", "", "Article V")],
            id="articles-and-sections",
        ),
        pytest.param(
            ["1. Audit", "1.1 The Customer may audit.", "Schedule 3 - Service Levels",
             "1. The Supplier shall meet the targets below.", "Annex B", "EXIT PLAN", "1. The Supplier shall help."],
            [("1", "Audit", None), ("1.1", "", "1"), ("Schedule 3", "Service Levels", None),
             ("Schedule 3/1", "", "Schedule 3"), ("Annex B", "EXIT PLAN", None), ("Annex B/1", "", "Annex B")],
            id="schedules-and-annexes",
        ),
        pytest.param(
            # Gulf drafting brackets the numbers of its articles and annexes
            ["Article (1) Definitions", "Article (2) The Second Party shall provide the Services.",
             "Annex (2) Service Levels", "KPI 1 - Turnaround. Target: 95% of applications within 2 working days."],
            [("Article 1", "Definitions", None), ("Article 2", "", None), ("Annex 2", "Service Levels", None)],
            id="bracketed-articles-and-annexes",
        ),
        pytest.param(
            # schedules of a family named by a qualifier, titles in brackets
            ["1. Charges", "1.1 The Buyer shall pay the Charges.", "Order Schedule 4 (Service Levels)",
             "1 The Supplier shall meet the Service Levels.", "Framework Schedule 2 - Definitions",
             "Call-Off Schedule 1 (Definitions)", "1 Service Credits apply."],
            [("1", "Charges", None), ("1.1", "", "1"), ("Order Schedule 4", "Service Levels", None),
             ("Order Schedule 4/1", "", "Order Schedule 4"), ("Framework Schedule 2", "Definitions", None),
             ("Call-Off Schedule 1", "Definitions", None), ("Call-Off Schedule 1/1", "", "Call-Off Schedule 1")],
            id="qualified-schedules",
        ),
        pytest.param(
            # a body lead-in listing the schedules: the list lines do not open them; the body's
            # next clause (any numbering style) stays in the body, the real schedules follow it
            ["§ 1 Subject Matter", "(1) The Contractor shall provide the Services.",
             "(2) The following annexes form an integral part of this Agreement:",
             "Annex 1 – Service Description", "Annex 2 – Prices", "(3) The main body prevails.",
             "§ 2 Definitions", "Annex 1 – Service Description", "1. Input channels are e-mail and scan."],
            [("1", "Subject Matter", None), ("1(1)", "", "1"), ("1(2)", "", "1"), ("1(3)", "", "1"),
             ("2", "Definitions", None), ("Annex 1", "Service Description", None),
             ("Annex 1/1", "", "Annex 1")],
            id="list-of-schedules-under-a-lead-in",
        ),
        pytest.param(
            ["1. Structure", "1.1 This Agreement comprises the following documents:", "Schedule 1 - Services",
             "Schedule 2 - Charges", "2. Term", "2.1 The Agreement runs for three years.",
             "SCHEDULE 1 - SERVICES", "1. The Supplier shall answer calls."],
            [("1", "Structure", None), ("1.1", "", "1"), ("2", "Term", None), ("2.1", "", "2"),
             ("Schedule 1", "SERVICES", None), ("Schedule 1/1", "", "Schedule 1")],
            id="documents-listed-then-schedules",
        ),
        pytest.param(
            # a long title after a dash is a heading in plain text; "Art. 28" is no sentence break
            ["1. Data", "1.1 Annex 4 applies.",
             "Annex 4 – Agreement on Commissioned Processing pursuant to Art. 28 GDPR",
             "1. The Contractor processes data only on instructions."],
            [("1", "Data", None), ("1.1", "", "1"),
             ("Annex 4", "Agreement on Commissioned Processing pursuant to Art. 28 GDPR", None),
             ("Annex 4/1", "", "Annex 4")],
            id="dash-titled-schedule",
        ),
        pytest.param(
            ["DEFINITIONS", "In this Agreement words have these meanings.", "AUDIT RIGHTS",
             "The Customer may audit the records."],
            [("preamble", "", None), ("AUDIT RIGHTS", "AUDIT RIGHTS", None)],
            id="capital-headings-without-numbers",
        ),
    ],
)
def test_segment_builds_clause_tree(paragraphs: list[str], expected: list[tuple[str, str, str | None]]) -> None:
    assert tree(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected_paths"),
    [
        pytest.param(
            ["1. The Supplier shall:"] + [f"({c}) item;" for c in "abcdefghi"],
            ["1"] + [f"1({c})" for c in "abcdefghi"],
            id="(i)-after-(h)-is-a-letter",
        ),
        pytest.param(
            ["1. The Supplier shall:", "(a) item;", "(i) sub-item;", "(ii) sub-item;", "(b) item."],
            ["1", "1(a)", "1(a)(i)", "1(a)(ii)", "1(b)"],
            id="(i)-after-(a)-is-roman",
        ),
        pytest.param(
            ["1. The Supplier shall:", "(i) one;", "(ii) two;", "(iii) three;", "(iv) four;", "(v) five;"],
            ["1", "1(i)", "1(ii)", "1(iii)", "1(iv)", "1(v)"],
            id="(v)-after-(iv)-is-roman",
        ),
        pytest.param(
            ["1. The Supplier shall:"] + [f"({c}) item;" for c in "abcdefghijklmnopqrstuv"],
            ["1"] + [f"1({c})" for c in "abcdefghijklmnopqrstuv"],
            id="(v)-after-(u)-is-a-letter",
        ),
    ],
)
def test_segment_settles_roman_or_letter_by_sequence(paragraphs: list[str], expected_paths: list[str]) -> None:
    assert [path for path, _, _ in tree(*paragraphs)] == expected_paths


@pytest.mark.parametrize(
    ("rest", "is_heading", "expected"),
    [
        ("Audit Rights", False, ("Audit Rights", "")),
        ("Audit Rights. The Customer may audit.", False, ("Audit Rights", "The Customer may audit.")),
        ("AUDIT. The Customer may audit.", False, ("AUDIT", "The Customer may audit.")),
        ("The Customer may audit the records.", False, ("", "The Customer may audit the records.")),
        ("Exit", True, ("Exit", "")),
        ('"Resolution" means a closed contact.', False, ("", '"Resolution" means a closed contact.')),
        ("(Definitions)", False, ("Definitions", "")),
        ("(Pricing Details)\nThe Charges are fixed.", False, ("Pricing Details", "The Charges are fixed.")),
        ("(the Customer shall pay)", False, ("", "(the Customer shall pay)")),
        # translated drafting runs the article's text on after its bracketed title
        ("(Inspection) Party A may inspect the records.", False, ("Inspection", "Party A may inspect the records.")),
        ("(Consequences of Audit) (1) If an audit finds", False, ("Consequences of Audit", "(1) If an audit finds")),
        ("(Return of Materials) Upon expiry, Party B shall return", False,
         ("Return of Materials", "Upon expiry, Party B shall return")),
        # a list label or a roman numeral is no title
        ("(A) The Supplier shall report.", False, ("", "(A) The Supplier shall report.")),
        ("(IV) The Supplier shall report monthly.", False, ("", "(IV) The Supplier shall report monthly.")),
        ("(the Customer) may audit.", False, ("", "(the Customer) may audit.")),
        # an unquoted term defined after a colon stays whole; a run-in heading with a colon is split
        ("Completed Case: a Case that has been closed on the CRM.", False,
         ("", "Completed Case: a Case that has been closed on the CRM.")),
        ("Service Credits: the Supplier shall pay a credit.", False,
         ("Service Credits", "the Supplier shall pay a credit.")),
        # a field and its short verbless value is one line of terms, not a heading over its value
        ("Operational Management Group: monthly.", False, ("", "Operational Management Group: monthly.")),
        ("Executive Steering Committee: twice a year.", False, ("", "Executive Steering Committee: twice a year.")),
        ("Governing Law: Delaware is chosen.", False, ("Governing Law", "Delaware is chosen.")),
    ],
)
def test_segment_splits_heading_from_body(rest: str, is_heading: bool, expected: tuple[str, str]) -> None:
    assert split_heading(rest, is_heading=is_heading) == expected


@pytest.mark.parametrize("sentence", ["Schedule 3 sets out the service levels.",
                                      "See Schedule 3 for the service levels.",
                                      "The Schedule 3 targets apply from the second month.",
                                      "Each Schedule 3 (Service Levels) target is measured monthly."])
def test_segment_rejects_sentence_that_starts_with_schedule(sentence: str) -> None:
    paths = [p for p, _, _ in tree("1. Services", sentence)]
    assert paths == ["1"]


@pytest.mark.parametrize("line", [
    # a list of the schedules wrapped onto a new line, as a PDF prints it: the first one named is no heading
    "Appendix C - Consideration; Appendix D - Information Security.",
    "Schedule 4 (Charges), Schedule 5 (Service Levels) and Schedule 6 (Exit).",
    "Annex 3 - Prices; and Annex 4 - Governance.",
    # ... the further schedules numbered in roman numerals (a Spanish contract in translation)
    "ANNEX II - PRICE; ANNEX III - SECURITY MEASURES.",
    "Schedule IV (Charges), Schedule V (Service Levels) and Schedule VI (Exit).",
])
def test_segment_reads_a_wrapped_list_of_schedules_as_text(line: str) -> None:
    paths = [p for p, _, _ in tree("1. Appendices", "1.2 The following appendices are attached: Appendix A - Services;",
                                   line, "1.3 Definitions")]
    assert paths == ["1", "1.2", "1.3"]


@pytest.mark.parametrize(("line", "heading"), [
    # traps: a schedule's own heading, with a comma or "and" inside its title
    ("Appendix C - Consideration", "Consideration"),
    ("Schedule 4 - Charges, Invoicing and Payment", "Charges, Invoicing and Payment"),
])
def test_segment_still_opens_a_schedule_at_its_heading(line: str, heading: str) -> None:
    clauses = tree("1. Services", "1.1 The Supplier shall provide the Services.", line, "1. Fees")
    assert (clauses[2][0], clauses[2][1]) == (line.split(" - ")[0], heading)


def test_segment_keeps_text_before_first_clause_as_preamble() -> None:
    clauses, _ = segment([TextBlock("MASTER SERVICES AGREEMENT"), TextBlock("This Agreement is made between A and B."),
                          TextBlock("1. Services")])
    assert clauses[0].kind is ClauseKind.PREAMBLE
    assert clauses[0].text == "MASTER SERVICES AGREEMENT\nThis Agreement is made between A and B."


@pytest.mark.parametrize(
    ("blocks", "path", "kind"),
    [
        ([TextBlock("Schedule 2 - Service Levels"), TextBlock("1. Targets apply.")], "Schedule 2/1",
         ClauseKind.SCHEDULE),
        ([TextBlock('1.1 "Resolution" means a closed contact.')], "1.1", ClauseKind.DEFINITION),
        ([TextBlock("1. Table"), TextBlock("SLA | Target\nFCR | 75%", is_table=True)], "1", ClauseKind.BODY),
        ([TextBlock("SLA | Target\nFCR | 75%", is_table=True)], "preamble", ClauseKind.PREAMBLE),
        ([TextBlock("A note.", kind=ClauseKind.FOOTNOTE, number="1")], "footnote 1", ClauseKind.FOOTNOTE),
    ],
)
def test_segment_assigns_kind(blocks: list[TextBlock], path: str, kind: ClauseKind) -> None:
    clauses, _ = segment(blocks)
    clause = next(c for c in clauses if c.path == path)
    assert clause.kind is kind


def test_segment_keeps_table_rows_inside_their_clause() -> None:
    clauses, _ = segment([TextBlock("5. Service Levels"), TextBlock("The Supplier shall meet these targets."),
                          TextBlock("Service level | Target\nFirst contact resolution | 75%", is_table=True)])
    assert clauses[0].text.splitlines() == [
        "The Supplier shall meet these targets.", "Service level | Target", "First contact resolution | 75%"]


def test_segment_uses_number_given_by_the_format() -> None:
    clauses, _ = segment([TextBlock("Audit", number="12.", is_heading=True),
                          TextBlock("The Customer may audit.", number="12.1")])
    assert [(c.path, c.heading, c.number_source) for c in clauses] == [("12", "Audit", "auto"), ("12.1", "", "auto")]


def test_segment_keeps_original_text_of_pending_changes() -> None:
    clauses, _ = segment([TextBlock("1. The Customer may audit annually.",
                                    original_text="1. The Customer may audit at any time.")])
    assert clauses[0].text == "The Customer may audit annually."
    assert clauses[0].original_text == "The Customer may audit at any time."
    assert clauses[0].has_pending_changes


def test_segment_spans_index_the_linear_text() -> None:
    clauses, text = segment([TextBlock("1. Services"), TextBlock("The Supplier shall serve."), TextBlock("2. Fees")])
    start, end = clauses[0].span
    assert text[start:end] == "1. Services\nThe Supplier shall serve."


def test_segment_makes_duplicate_paths_unique() -> None:
    paths = [p for p, _, _ in tree("1. One", "1. One again")]
    assert paths == ["1", "1 (2)"]


def test_segment_treats_a_filing_exhibit_label_above_the_contract_as_preamble() -> None:
    clauses, _ = segment([TextBlock("Exhibit 10.14 MASTER SERVICES AGREEMENT"), TextBlock("1. Services"),
                          TextBlock("Exhibit A"), TextBlock("1. Fees")])
    assert [(c.path, c.kind.value) for c in clauses] == [
        ("preamble", "preamble"), ("1", "body"), ("Exhibit A", "schedule"), ("Exhibit A/1", "schedule")]


@pytest.mark.parametrize("label", ["Exhibit 10(l)", "Exhibit 10 (a)", "EXHIBIT 10(iii)"])
def test_segment_treats_a_lettered_filing_label_as_preamble(label) -> None:
    clauses, _ = segment([TextBlock(label), TextBlock("LICENSE AND HOSTING AGREEMENT"), TextBlock("1. Services"),
                          TextBlock("Exhibit 2"), TextBlock("1. Fees")])
    assert [c.kind.value for c in clauses if c.path.startswith("Exhibit")] == ["schedule", "schedule"]
    assert clauses[0].kind.value == "preamble" and not any(c.path.startswith("Exhibit 10") for c in clauses)


def test_segment_recognises_definitions_with_plural_suffix() -> None:
    clauses, _ = segment([TextBlock('(e) "Impression(s)" means the number of times a Creative is served.')])
    assert clauses[0].kind is ClauseKind.DEFINITION


@pytest.mark.parametrize(
    ("paragraph", "heading", "text"),
    [
        ("1. Defined terms", "Defined terms", ""),
        ("4. Books and records", "Books and records", ""),
        ("4.2 The Customer may audit", "", "The Customer may audit"),
        ("Section 7.1 Records are kept for six (6) years.", "", "Records are kept for six (6) years."),
        # a clause that is only its placeholder is titled by it, as a Word heading would be
        ("13. Intentionally omitted.", "Intentionally omitted", ""),
        ("B-4 [Reserved.]", "", "B-4 [Reserved.]"),
        ("4.2 Reserved.", "Reserved", ""),
        ("3.4 Gainshare. Intentionally omitted.", "Gainshare", "Intentionally omitted."),
    ],
)
def test_segment_accepts_sentence_case_headings_after_clause_numbers(paragraph: str, heading: str, text: str) -> None:
    clauses, _ = segment([TextBlock(paragraph)])
    assert (clauses[0].heading, clauses[0].text) == (heading, text)


def test_segment_does_not_take_a_list_item_for_a_heading() -> None:
    clauses, _ = segment([TextBlock("1. The Supplier shall:"), TextBlock("(a) Customer data")])
    assert (clauses[1].heading, clauses[1].text) == ("", "Customer data")


def test_segment_marks_recitals_before_the_operative_clauses_as_preamble() -> None:
    clauses, _ = segment([TextBlock("SERVICES AGREEMENT"), TextBlock("RECITALS"),
                          TextBlock("(A) The Customer wishes to outsource its contact centre."),
                          TextBlock("(B) The Supplier should provide audit rights."),
                          TextBlock("1. Definitions"), TextBlock("(a) Services means the services.")])
    assert [(c.path, c.kind.value) for c in clauses] == [
        ("preamble", "preamble"), ("RECITALS", "preamble"), ("(A)", "preamble"), ("(B)", "preamble"),
        ("1", "body"), ("1(a)", "body")]


def test_segment_marks_lettered_recitals_without_a_heading_as_preamble() -> None:
    clauses, _ = segment([TextBlock("Recitals"), TextBlock("(A) The Client wishes to outsource."),
                          TextBlock("1. Services"), TextBlock("(a) The Provider shall serve.")])
    assert [(c.path, c.kind.value) for c in clauses] == [
        ("Recitals", "preamble"), ("(A)", "preamble"), ("1", "body"), ("1(a)", "body")]


@pytest.mark.parametrize("title", [
    "Deed of Variation No. 1", "DEED OF AMENDMENT", "Amendment No. 2 to the Master Services Agreement",
    "First Amendment", "Variation Agreement", "Amending Deed",
])
def test_segment_an_amending_instrument_after_a_schedule_is_not_part_of_it(title: str) -> None:
    # a deed of variation bound in after the deed it varies has its own parties, background and clauses 1, 2 ...
    clauses, _ = segment([TextBlock("Schedule 4 - Governance"), TextBlock("1. The committees meet monthly."),
                          TextBlock(title, is_heading=True, level=1), TextBlock("Background", is_heading=True, level=2),
                          TextBlock("A. The parties wish to vary the Deed."), TextBlock("1. Variation"),
                          TextBlock("1.1 Clause 9.4 is deleted.")])
    by_path = {c.path: c for c in clauses}
    assert by_path[title].kind is ClauseKind.BODY and by_path[title].parent is None
    assert by_path["Background"].kind is ClauseKind.PREAMBLE
    assert by_path["Schedule 4/1"].parent == "Schedule 4"
    assert by_path["1"].parent is None and by_path["1.1"].parent == "1"
    assert by_path["1.1"].kind is ClauseKind.BODY


@pytest.mark.parametrize("heading", ["Amendment", "Variation", "Variations to this Schedule"])
def test_segment_a_boilerplate_amendment_heading_stays_in_its_schedule(heading: str) -> None:
    clauses, _ = segment([TextBlock("Schedule 4 - Change Control"), TextBlock(heading, is_heading=True, level=2),
                          TextBlock("The parties may agree a Change in writing.")])
    assert [c.path for c in clauses] == ["Schedule 4", f"Schedule 4/{heading}"]


@pytest.mark.parametrize(("paragraph", "path", "text"), [
    # translated drafting numbers articles as decimals, or in brackets
    ("Article 16.2 The Supplier shall return all data.", "16.2", "The Supplier shall return all data."),
    ("Article (16): Should the audit reveal an overcharge, the Second Party shall refund it.", "Article 16",
     "Should the audit reveal an overcharge, the Second Party shall refund it."),
    ("Article 5. The number of Completed Verifications shall be counted.", "Article 5",
     "The number of Completed Verifications shall be counted."),
    # a bracketed decimal article is a section, as "Article 16.2" is
    ("Article (12.3) Should the inspection reveal an overcharge, the Second Party shall refund it.", "12.3",
     "Should the inspection reveal an overcharge, the Second Party shall refund it."),
    # "Clause 14.1" before a capitalised word or a quoted term opens clause 14.1
    ("Clause 14.1 The CONTRATADA shall process personal data only on instructions.", "14.1",
     "The CONTRATADA shall process personal data only on instructions."),
    ('Clause 1.1 "Resolved Ticket" means a ticket closed in the Customer CRM.', "1.1",
     '"Resolved Ticket" means a ticket closed in the Customer CRM.'),
    # ... and the Spanish and Portuguese word a translation keeps
    # (its run-in title is the clause's heading, as after "Clause 19.")
    ("Clausula 19. Governance: weekly operational meetings; a quarterly business review.", "19",
     "weekly operational meetings; a quarterly business review."),
    ("Cláusula 7.2 The CONTRATADA shall keep records.", "7.2", "The CONTRATADA shall keep records."),
])
def test_segment_reads_article_and_clause_words_as_numbers(paragraph: str, path: str, text: str) -> None:
    clauses, _ = segment([TextBlock("1. Services"), TextBlock("The Supplier shall serve."), TextBlock(paragraph)])
    last = clauses[-1]
    assert (last.path, last.text) == (path, text)


@pytest.mark.parametrize("paragraph", [
    # a sentence about a clause stays a sentence: an amendment's deletion, a survival clause, a citation
    "Clause 12 is deleted in its entirety.",
    "Clause 22.4 (Transition Assistance) is deleted.",
    "Clause 14 (Audit) shall survive termination.",
    "Art. 28 GDPR applies to the processing.",
])
def test_segment_keeps_a_sentence_about_a_clause_as_text(paragraph: str) -> None:
    clauses, _ = segment([TextBlock("1. Services"), TextBlock(paragraph)])
    assert [c.path for c in clauses] == ["1"]
    assert paragraph in clauses[0].text
