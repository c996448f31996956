"""Headings as each format shows them: one contract drafted one way gives one clause tree.

Plain text has only the line to show a heading, DOCX also has styles and bold, a PDF
font weight and size. These specify how a heading drafted a given way is read, so
that the text, DOCX and PDF copies of a contract agree (tests/extract/test_format_parity.py
checks the labelled contracts themselves), with traps that look like headings and are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint import extract
from bpolint.extract.blocks import TextBlock
from bpolint.extract.pdf import _is_heading
from bpolint.extract.pdf_layout import Item, Line, page_items
from bpolint.extract.pdf_read import PageContent, Run
from bpolint.extract.segment import is_plain_heading_line, segment
from bpolint.extract.text import text_blocks

BODY = ("The parties agree the terms below, which apply to every service the Supplier provides "
        "to the Customer under this agreement from the Start Date.")


def tree(*paragraphs: str) -> list[tuple[str, str]]:
    clauses, _ = segment(TextBlock(p) for p in paragraphs)
    return [(c.path, c.heading) for c in clauses]


# -- a numbered line that titles the sub-clauses below it ----------------------------------------
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(["3. What we will do", "3.1 We will answer calls.", "3.2 We will report."],
                     [("3", "What we will do"), ("3.1", ""), ("3.2", "")], id="plain-english-title-with-a-verb"),
        pytest.param(["4. Authority Data and the system of record", "4.1 The CRM is the system of record."],
                     [("4", "Authority Data and the system of record"), ("4.1", "")],
                     id="sentence-case-title-of-seven-words"),
        pytest.param(["Section 7 How you can end this agreement", "Section 7.1 You may end it on notice."],
                     [("7", "How you can end this agreement"), ("7.1", "")], id="section-numbers"),
        pytest.param(["5. How we charge you?", "5.1 We invoice monthly in arrears."],
                     [("5", "How we charge you?"), ("5.1", "")],
                     id="a-question-as-title"),
        # traps: the line is a sentence, a lead-in, or is not followed by its own sub-clause
        pytest.param(["3. The Supplier shall provide the Services.", "3.1 It shall answer calls."],
                     [("3", ""), ("3.1", "")], id="trap-a-sentence-with-a-full-stop"),
        pytest.param(["3. The Supplier shall provide the following services:", "3.1 answering calls;"],
                     [("3", ""), ("3.1", "")], id="trap-a-lead-in"),
        pytest.param(["3. What we will do", "We will do it well and on time.", "3.1 We will answer calls."],
                     [("3", ""), ("3.1", "")], id="trap-text-between-line-and-sub-clause"),
        pytest.param(["3. What we will do", "(a) answer calls;", "(b) report."],
                     [("3", ""), ("3(a)", ""), ("3(b)", "")], id="trap-followed-by-a-list-item"),
        pytest.param(["3. What we will do", "4. What you will do"], [("3", ""), ("4", "")],
                     id="trap-a-numbered-list-of-short-lines"),
        pytest.param(["3. Charges are fixed. They include travel", "3.1 Invoices are monthly."],
                     [("3", ""), ("3.1", "")], id="trap-two-sentences"),
    ],
)
def test_numbered_title_line_followed_by_its_first_sub_clause_is_a_heading(
        paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert tree(*paragraphs) == expected


# -- schedule headings in sentence case -----------------------------------------------------------
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(["1. Term", "Schedule 1 – Service description", "1. The services cover all sites.",
                      "2. Cut-off is noon.", "Schedule 2 - Service levels", "Level | Target\nCalls | 90%"],
                     [("1", "Term"), ("Schedule 1", "Service description"), ("Schedule 1/1", ""),
                      ("Schedule 1/2", ""), ("Schedule 2", "Service levels")], id="dash-and-sentence-case"),
        pytest.param(["1. Term", "Annex B: Data processing", "1. Subject matter: payroll."],
                     [("1", "Term"), ("Annex B", "Data processing"), ("Annex B/1", "")], id="colon"),
        pytest.param(["1. Term", "Schedule 1 Exit plan", "1. The plan is agreed in writing."],
                     [("1", "Term"), ("Schedule 1", "Exit plan"), ("Schedule 1/1", "")], id="no-separator"),
        # traps: a sentence that starts with a schedule's name, and its numbered paragraphs
        pytest.param(["1. Term", "Schedule 1 sets out the services.", "2. Charges"],
                     [("1", "Term"), ("2", "Charges")], id="trap-schedule-as-subject"),
        pytest.param(["1. Term", "Schedule 3 Service levels will be measured monthly", "2. Charges"],
                     [("1", "Term"), ("2", "Charges")], id="trap-sentence-without-full-stop"),
    ],
)
def test_schedule_heading_in_sentence_case(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert tree(*paragraphs) == expected


# -- paragraphs numbered by their schedule's letter ---------------------------------------------
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(["1. Term", "EXHIBIT B - COMPENSATION", "B-1. Fee Schedule. Hospital shall pay the Fees.",
                      "B-2. Base Fee. It is payable monthly.", "B-3. Transition. [Reserved.]"],
                     [("1", "Term"), ("Exhibit B", "COMPENSATION"), ("Exhibit B/B-1", "Fee Schedule"),
                      ("Exhibit B/B-2", "Base Fee"), ("Exhibit B/B-3", "Transition")], id="letter-hyphen-number"),
        pytest.param(["1. Term", "SCHEDULE D - AI ADDENDUM", "D.1 Application. This Addendum governs AI Tools.",
                      "D.2 Notice. The Vendor shall give notice:", "(a) of each new tool; and", "(b) of each release.",
                      "D.2.1 Notices are in writing."],
                     [("1", "Term"), ("Schedule D", "AI ADDENDUM"), ("Schedule D/D.1", "Application"),
                      ("Schedule D/D.2", "Notice"), ("Schedule D/D.2(a)", ""), ("Schedule D/D.2(b)", ""),
                      ("Schedule D/D.2.1", "")], id="letter-dot-number-with-items-and-sub-paragraphs"),
        # traps: another schedule's letter, the letter outside any schedule, a numbered schedule
        pytest.param(["1. Term", "Schedule B - Fees", "A.1 Services are as in Schedule A.", "B.1 Fees. Monthly."],
                     [("1", "Term"), ("Schedule B", "Fees"), ("Schedule B/B.1", "Fees")],
                     id="trap-another-schedules-letter"),
        pytest.param(["1. Term", "B.1 Fees are monthly.", "2. Charges"], [("1", "Term"), ("2", "Charges")],
                     id="trap-outside-a-schedule"),
        pytest.param(["1. Term", "Schedule 2 - Fees", "B.1 Fees are monthly."],
                     [("1", "Term"), ("Schedule 2", "Fees")], id="trap-a-numbered-schedule"),
    ],
)
def test_schedule_paragraphs_numbered_by_the_schedules_letter(
        paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert tree(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(["4. Transition to Outcome Pricing. [Reserved.]"], [("4", "Transition to Outcome Pricing")],
                     id="run-in-title-and-placeholder"),
        pytest.param(["4. ENGAGEMENT; SERVICES"], [("4", "ENGAGEMENT; SERVICES")], id="semicolon-inside-a-title"),
        pytest.param(["4. A. Software"], [("4", "A. Software")], id="full-stop-after-a-lone-letter"),
    ],
)
def test_a_title_with_a_second_sentence_keeps_only_the_title(
        paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert tree(*paragraphs) == expected


# -- plain-text headings --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Operative provisions", True),
        ("Why this matters now", True),
        ("A. Software", True),  # a lettered heading: the full stop follows a lone letter
        ("Fees, invoicing and payment", True),
        ("ACME HOLDINGS, INC. By its President", False),  # a signature line: two sentences
        ("Services. Vendor shall", False),  # a run-in heading and its sentence
        ("Deed of Variation No. 1", True),  # "No." before a number ends no sentence
        ("Processing under Art. 28 GDPR", True),
        ("Schedule No. Two", False),  # "No." before a word does
        ("Date: 3 February 2025", False),  # a cover-page field, a label and its value
        ("Contract reference: 2025/0147", False),
        # a date on a line of its own (above a signature table, under a letterhead) is no heading, in any order
        ("March 2, 2026", False),
        ("2 March 2026", False),
        ("2nd March, 2026", False),
        ("March 2026 Price Review", True),  # a heading that names a month is still one
        ("Review of March Volumes", True),
        ("Part A: Rates", True),
        ("Part B - Reduction of the Platform and Operations Fee", True),  # a dash-titled part, however long
        ("Division 3 – Charges payable for the claims processing services", True),
        ("Part of the fees are reduced when volumes fall below forecast", False),
        ("Executed as a deed.", False),
        ("The Supplier shall comply", False),
        ("3. Charges", False),  # numbered: the clause number decides
        ("the parties agree", False),
    ],
)
def test_plain_heading_line(line: str, expected: bool) -> None:
    assert is_plain_heading_line(line) is expected


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        pytest.param("SERVICES AGREEMENT\n\nOrder Form\n\nField | Entry\nCustomer | Acme Ltd\n\nBackground",
                     ["Order Form"], id="caption-above-a-table-in-the-title-block"),
        pytest.param("SERVICES AGREEMENT\n\nOrder Form\nField | Entry\nCustomer | Acme Ltd",
                     ["Order Form"], id="caption-with-no-blank-line"),
        pytest.param("SERVICES AGREEMENT\n\nDated 1 March 2026\n\nBetween the parties below",
                     [], id="title-block-lines-without-a-table-are-not-headings"),
        pytest.param("Order Form\n\nField | Entry\nCustomer | Acme Ltd", [], id="trap-the-title-itself"),
        pytest.param("SERVICES AGREEMENT\n\nThe fees are as follows:\n\nItem | Fee\nCalls | 4.50",
                     [], id="trap-a-lead-in-sentence"),
        pytest.param("SERVICES AGREEMENT\n\nDated 1 March 2026 between ACME and BETA. The terms\nare these.\n\n"
                     "Item | Fee\nCalls | 4.50", [], id="trap-a-wrapped-paragraph"),
    ],
)
def test_text_short_line_above_a_table_names_it(text: str, headings: list[str]) -> None:
    assert [b.text for b in text_blocks(text) if b.is_heading] == headings


def test_text_signature_lines_below_the_body_are_not_headings(tmp_path: Path) -> None:
    path = tmp_path / "contract.txt"
    path.write_text(f"SERVICES AGREEMENT\n\n1. Services\n\n1.1 {BODY}\n\nIN WITNESS WHEREOF the parties sign.\n\n"
                    "ACME HOLDINGS, INC. By its President\n\nEXHIBIT A - SERVICES\n\nA.1 The Services.",
                    encoding="utf-8")
    assert [c.path for c in extract(path).clauses] == ["preamble", "1", "1.1", "Exhibit A", "Exhibit A/A.1"]


# -- DOCX: an unnumbered paragraph set all in bold ------------------------------------------------
def _docx(tmp_path: Path, paragraphs: list[tuple[str, bool]]) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for text, bold in paragraphs:
        document.add_paragraph().add_run(text).bold = bold
    path = tmp_path / "contract.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("line", "bold", "heading"),
    [
        ("Operative provisions", True, True),
        ("Agreed terms", True, True),
        ("Executed as a deed.", True, False),  # a sentence set in bold
        ("The Supplier shall comply with this Deed", True, False),  # a bold obligation
        ("ACME HOLDINGS, INC. By its President", True, False),
        ("Operative provisions", False, False),  # Word shows it as text: no style, no weight
    ],
)
def test_docx_unnumbered_bold_line_is_a_heading_where_plain_text_reads_one(
        tmp_path: Path, line: str, bold: bool, heading: bool) -> None:
    path = _docx(tmp_path, [("SERVICES DEED", True), (BODY, False), (line, bold),
                            ("1. Definitions", True), (BODY, False)])
    assert (line.rstrip(".") in [c.heading for c in extract(path).clauses]) is heading


# -- PDF: bold lines -----------------------------------------------------------------------------
def _line(text: str, *, bold: bool, size: float = 10.0, top: float = 100.0) -> Line:
    return Line([Run(text, 72.0, top, 72.0 + 5.0 * len(text), top + size * 1.15, size=size, bold=bold)], page=1)


@pytest.mark.parametrize(
    ("text", "bold", "expected"),
    [
        ("Operative provisions", True, True),
        ("Confidentiality.", True, True),  # a title-case run-in heading keeps its full stop
        ("1. Definitions.", True, True),
        ("Executed as a deed.", True, False),  # a sentence in bold
        ('"Works").', True, False),  # a bold defined term wrapped onto its own line
        ("Operative provisions", False, False),
    ],
)
def test_pdf_bold_line_heading(text: str, bold: bool, expected: bool) -> None:
    assert _is_heading(Item(1, [_line(text, bold=bold)]), text, 10.0) is expected


def _items(runs: list[Run]) -> list[list[str]]:
    runs.append(Run("A full width line far below that sets the right edge of the text block.", 72, 400, 520, 411.5,
                    size=10.0))
    page = PageContent(number=1, width=595.0, height=842.0, runs=runs)
    return [[line.text for line in item.lines] for item in page_items(page, set(), [])][:-1]


def _run(text: str, x0: float, top: float, x1: float) -> Run:
    return Run(text, x0, top, x1, top + 11.5, size=10.0)


@pytest.mark.parametrize(
    ("runs", "paragraphs"),
    [
        pytest.param([_run("(c) draft correspondence and letters to members in the agreed form;", 90, 100, 520),
                      _run("and", 90, 112, 110), _run("(d) respond to inquiries.", 90, 124, 200)],
                     [["(c) draft correspondence and letters to members in the agreed form;", "and"],
                      ["(d) respond to inquiries."]], id="item-ending-with-a-wrapped-and"),
        pytest.param([_run("(c) draft correspondence and letters to members in the agreed form;", 90, 100, 520),
                      _run("or", 90, 112, 110), _run("(d) respond to inquiries.", 90, 124, 200)],
                     [["(c) draft correspondence and letters to members in the agreed form;", "or"],
                      ["(d) respond to inquiries."]], id="item-ending-with-a-wrapped-or"),
        pytest.param([_run("The Supplier shall comply with the duties in paragraphs (b) and", 72, 100, 520),
                      _run("(d) of this clause at all times.", 72, 112, 200)],
                     [["The Supplier shall comply with the duties in paragraphs (b) and",
                       "(d) of this clause at all times."]], id="trap-a-reference-wrapped-after-and"),
    ],
)
def test_pdf_list_item_after_a_lone_and(runs: list[Run], paragraphs: list[list[str]]) -> None:
    assert _items(runs) == paragraphs


RIGHT = 520.0


@pytest.mark.parametrize(
    ("runs", "paragraphs"),
    [
        pytest.param([_run('"Resolved Account" means an Account for which these conditions are all satisfied:',
                           72, 100, RIGHT - 4),
                      _run("(i) the balance is zero; and (ii) no appeal is pending.", 72, 112, 300)],
                     [['"Resolved Account" means an Account for which these conditions are all satisfied:',
                       "(i) the balance is zero; and (ii) no appeal is pending."]],
                     id="label-that-did-not-fit-wraps-inside-the-sentence"),
        # traps: room for the label on the line above, an indented item, a list of item paragraphs
        pytest.param([_run("The conditions are:", 72, 100, 180), _run("(i) the balance is zero.", 72, 112, 300)],
                     [["The conditions are:"], ["(i) the balance is zero."]], id="trap-room-left-on-the-line"),
        pytest.param([_run("The Supplier shall meet each of the following conditions on every single day:",
                           72, 100, RIGHT - 4), _run("(a) answer calls.", 90, 112, 300)],
                     [["The Supplier shall meet each of the following conditions on every single day:"],
                      ["(a) answer calls."]], id="trap-an-indented-item"),
        pytest.param([_run("(a) examine and finalise the pended professional and dental Claims daily;",
                           72, 100, RIGHT - 4), _run("(b) resolve the Claims pended for review.", 72, 112, 300)],
                     [["(a) examine and finalise the pended professional and dental Claims daily;"],
                      ["(b) resolve the Claims pended for review."]], id="trap-one-line-items"),
        pytest.param([_run("(a) examine and finalise the pended professional and dental Claims in the", 72, 100,
                           RIGHT - 4), _run("Core System within the agreed turnaround on each Business Day;", 72, 112,
                                            RIGHT - 3),
                      _run("(b) resolve the Claims pended for review.", 72, 124, 300)],
                     [["(a) examine and finalise the pended professional and dental Claims in the",
                       "Core System within the agreed turnaround on each Business Day;"],
                      ["(b) resolve the Claims pended for review."]], id="trap-next-item-of-a-list"),
        pytest.param([_run("Service Levels, each measured monthly by the Customer from its systems as follows:",
                           72, 100, RIGHT - 4), _run("1.2 Service Credits apply to every failure.", 72, 112, 300)],
                     [["Service Levels, each measured monthly by the Customer from its systems as follows:"],
                      ["1.2 Service Credits apply to every failure."]], id="trap-a-clause-number"),
    ],
)
def test_pdf_enumeration_label_wrapped_onto_a_line(runs: list[Run], paragraphs: list[list[str]]) -> None:
    runs.append(Run("A full width line far below that sets the right edge of the text block.", 72, 400, RIGHT,
                    411.5, size=10.0))
    page = PageContent(number=1, width=595.0, height=842.0, runs=runs)
    assert [[line.text for line in item.lines] for item in page_items(page, set(), [])][:-1] == paragraphs


def test_pdf_wrapped_figure_before_a_bold_defined_term_is_not_a_heading(tmp_path: Path) -> None:
    canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / "deed.pdf"
    canvas = canvas_module.Canvas(str(path), invariant=1)
    y = 780.0
    for text in ("SERVICES DEED", BODY[:90], BODY[90:]):
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, y, text)
        y -= 24
    canvas.drawString(72, y, "Harbourline Services Pty Ltd, of Level 9, 180 Flinders Street, Melbourne, Victoria")
    y -= 13
    canvas.drawString(72, y, "3000 (")
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(72 + canvas.stringWidth("3000 (", "Helvetica", 11), y, "the Contractor")
    y -= 30
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(72, y, "1. Services")
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, y - 20, "1.1 The Contractor shall provide the Services.")
    canvas.save()
    document = extract(path)
    assert [c.path for c in document.clauses] == ["preamble", "1", "1.1"]
    assert "Victoria 3000 (the Contractor" in document.clause("preamble").text


# -- PDF text as the DOCX prints it: hyphens at line ends, table cells, tables across pages --------
@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        pytest.param(["within twenty-", "four hours"], "within twenty-four hours", id="number-compound"),
        pytest.param(["in good-", "faith discussions"], "in good-faith discussions", id="compound-of-two-words"),
        pytest.param(["each sub-", "processor"], "each sub-processor", id="prefix-compound"),
        pytest.param(["notice of non-", "renewal"], "notice of non-renewal", id="non-compound"),
        # traps: a word hyphenated by the typesetter joins again
        pytest.param(["the transi-", "tion plan"], "the transition plan", id="trap-typeset-hyphenation"),
        pytest.param(["the agree-", "ment ends"], "the agreement ends", id="trap-a-word-split-into-words"),
    ],
)
def test_pdf_line_end_hyphen_settled_by_english_when_the_document_is_silent(lines: list[str], joined: str) -> None:
    from bpolint.extract.pdf_text import Vocabulary, join_lines

    assert join_lines(lines, Vocabulary([""])) == joined


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        pytest.param(["Amoun", "t"], "Amount", id="word-broken-by-a-narrow-column"),
        pytest.param(["Service Frequenc", "y"], "Service Frequency", id="last-letter-on-its-own-line"),
        pytest.param(["the last mandator", "y document"], "the last mandatory document", id="lone-letter"),
        pytest.param(["$41,50", "0"], "$41,500", id="figure-broken-in-its-last-group"),
        pytest.param(["automation\ufffe", "triggered review"], "automation-triggered review", id="pdfium-hyphen"),
        # traps: words that wrapped at a space stay apart
        pytest.param(["per Employee per", "month"], "per Employee per month", id="trap-two-words"),
        pytest.param(["to be dealt with", "in the manner agreed"], "to be dealt with in the manner agreed",
                     id="trap-two-words-that-make-a-word"),
        pytest.param(["$41,500", "0"], "$41,500 0", id="trap-a-complete-figure"),
        pytest.param(["Plan", "A"], "Plan A", id="trap-capital-letter"),
    ],
)
def test_pdf_table_cell_lines_joined(lines: list[str], text: str) -> None:
    from bpolint.extract.pdf_text import Vocabulary, join_cell_lines, normalise

    assert join_cell_lines([normalise(line) for line in lines], Vocabulary([""])) == text


def test_pdf_table_continued_on_the_next_page_is_one_table_and_its_broken_row_one_row() -> None:
    from bpolint.extract.pdf import _continued_table, _table_text
    from bpolint.extract.pdf_tables import Table
    from bpolint.extract.pdf_text import Vocabulary

    first = Item(3, table=Table((70, 600, 500, 800), (("KPI", "Measure", "Target"),
                                                       ("KPI 1", "calls answered within 120", "At least"))))
    broken = Item(4, table=Table((70, 60, 500, 120), (("", "seconds", "80%"), ("KPI 2", "accuracy", "97%"))))
    whole = Item(4, table=Table((70, 60, 500, 120), (("KPI 2", "accuracy", "97%"),)))
    narrower = Item(4, table=Table((70, 60, 500, 120), (("", "97%"),)))
    later = Item(5, table=Table((70, 60, 500, 120), (("", "seconds", "80%"),)))
    merged = _continued_table(first, broken)
    assert merged is not None and _table_text(merged, Vocabulary([""])) == (
        "KPI | Measure | Target\nKPI 1 | calls answered within 120 seconds | At least 80%\nKPI 2 | accuracy | 97%")
    kept = _continued_table(first, whole)
    assert kept is not None and len(kept.rows) == 3  # a whole row: the table goes on, no row joined
    assert _continued_table(first, narrower) is None  # another table
    assert _continued_table(first, later) is None  # not the next page
