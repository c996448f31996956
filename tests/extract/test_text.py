"""Plain-text and Markdown extraction."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint import ClauseKind, extract
from bpolint.extract.text import text_blocks


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_text_joins_hard_wrapped_lines_into_one_paragraph() -> None:
    blocks = text_blocks("1.1 The Supplier shall provide\nthe Services with care.\n\n1.2 Next.")
    assert [b.text for b in blocks] == ["1.1 The Supplier shall provide the Services with care.", "1.2 Next."]


def test_text_starts_a_new_paragraph_at_a_clause_number_without_blank_line() -> None:
    blocks = text_blocks("1. SERVICES\n1.1 The Supplier shall serve.\n(a) well;\n(b) fast.")
    assert [b.text for b in blocks] == ["1. SERVICES", "1.1 The Supplier shall serve.", "(a) well;", "(b) fast."]


def test_text_records_line_numbers() -> None:
    blocks = text_blocks("Title\n\n\n1. Audit")
    assert [b.location.line for b in blocks] == [1, 4]


def test_text_drops_bare_page_numbers() -> None:
    blocks = text_blocks("1. Audit\n\n3\n\nPage 4 of 9\n\n- 5 -\n\n2. Exit")
    assert [b.text for b in blocks] == ["1. Audit", "2. Exit"]


_FILING = ("ACME HOSTING AGREEMENT\n\n10.1 Either party may terminate this Agreement by giving the other party written "
           "notice\n\n{break}\n\nof such termination upon the other party's material breach.\n\n10.2 Survival.")


@pytest.mark.parametrize("page_break", [
    "",                                                    # blank lines only
    "- 7 -",                                               # a page number
    "ACME HOSTING AGREEMENT",                              # the running header, also the title
    "Acme Corporation\n\nACME HOSTING AGREEMENT",           # a two-line header
])
def test_text_rejoins_a_sentence_cut_by_a_page_break(tmp_path: Path, page_break: str) -> None:
    # ("Acme Corporation" occurs once only when the header has one line: say it twice, as a header does)
    text = _FILING.replace("{break}", page_break)
    if "Acme Corporation" in page_break:
        text = "Acme Corporation\n\n" + text
    document = extract(write(tmp_path, "filing.txt", text))
    (clause,) = [c for c in document.clauses if c.number == "10.1"]
    assert clause.text == ("Either party may terminate this Agreement by giving the other party written notice of "
                           "such termination upon the other party's material breach.")


@pytest.mark.parametrize(("text", "paragraphs"), [
    # a sentence that ends, then a new one; a heading line; a list label; a name written with a small letter
    ("The Supplier shall host the Site.\n\nthe Customer shall pay.", 2),
    ("1. TERM AND TERMINATION\n\nterm of this Agreement is one year.", 2),
    ("The charges are reduced as follows for each period of downtime in a month\n\na) one day's fee.", 2),
    ("The Customer may obtain reports from the hosting provider each month\n\neGain will provide support.", 2),
])
def test_text_keeps_paragraphs_that_are_not_a_cut_sentence(text: str, paragraphs: int) -> None:
    from bpolint.extract.blocks import rejoin_page_breaks
    assert len(rejoin_page_breaks(text_blocks(text))) == paragraphs


def test_text_reads_pipe_tables_as_table_blocks() -> None:
    blocks = text_blocks("Level | Target\nFCR | 75%", markdown=False)
    assert blocks[0].is_table and blocks[0].text == "Level | Target\nFCR | 75%"


def test_markdown_headings_tables_and_emphasis(tmp_path: Path) -> None:
    path = write(tmp_path, "c.md", "# Master Agreement\n\n## 4. Audit\n\nThe **Customer** may audit.\n\n"
                                   "| Level | Target |\n|---|---|\n| FCR | 75% |\n")
    document = extract(path)
    audit = document.clause("4")
    assert document.format == "markdown"
    assert audit is not None and audit.heading == "Audit"
    assert audit.text == "The Customer may audit.\nLevel | Target\nFCR | 75%"


@pytest.mark.parametrize(("line", "text"), [
    # an italic run-in heading reads as it does in Word and the PDF, without its stars
    ("3.3 *Indexation.* On 1 January the Charges shall be adjusted.", "3.3 Indexation. On 1 January the Charges"),
    ("B. *Restatement.* The Parties now amend the Original Agreement.", "B. Restatement. The Parties now amend"),
    ("The *Company* shall pay and **the Supplier** shall serve.", "The Company shall pay and the Supplier shall"),
    # stars that are not emphasis stay: a product, a footnote mark
    ("The fee is 5 * 3 units per month.", "The fee is 5 * 3 units per month."),
    ("Charges are exclusive of VAT*.", "Charges are exclusive of VAT*."),
])
def test_markdown_italics_lose_their_stars(line: str, text: str) -> None:
    blocks = text_blocks(line, markdown=True)
    assert blocks[0].text.startswith(text)


def test_text_splits_run_on_filings_at_clause_numbers_in_sequence() -> None:
    filler = "The parties agree to the following terms and conditions in full. " * 25
    text = (f"SERVICES AGREEMENT {filler} 1. Services. The Supplier shall serve. It has 2. items to note. "
            f"2. Fees. The Customer shall pay 3.5 per cent. 2.1 Invoices. Monthly. 3. Term. Three years.")
    paragraphs = [b.text for b in text_blocks(text)]
    assert [p.split(" ", 1)[0] for p in paragraphs[1:]] == ["1.", "2.", "2.1", "3."]


@pytest.mark.parametrize(("pages", "expected"), [
    # a filing that runs each page into one line: the numbering goes on across the page break
    (["1. Services. 1.1 Scope. The Supplier shall serve. 1.2 Standard. It shall serve well.",
      "(c) It shall keep records. 1.3 Personnel. Staff are vetted. 2. Fees. The Customer shall pay."],
     ["1.3", "2."]),
    # a page that opens with its own number sets the sequence for the numbers inline after it
    (["1. Services. The Supplier shall serve.",
      "4.1 Audit. The Customer may audit. 4.2 Costs. Each party bears its own. 5. Exit. Assistance applies."],
     ["4.2", "5."]),
    # out of sequence after the page break: a figure, not a clause ("... 7.5 Million tonnes")
    (["1. Services. 1.1 Scope. The Supplier shall serve. 1.2 Standard. It shall serve well.",
      "(c) It shall keep records. 7.5 Million tonnes are handled. 1.3 Personnel. Staff are vetted."],
     ["1.3"]),
    # list items numbered three levels deep may open in lower case ("; 20.1.2 irretrievably delete")
    (["20. Obligations. 20.1 On termination the Executive shall:",
      "20.1.1 deliver all documents; 20.1.2 irretrievably delete any copies; 20.1.3 hand over the duties. "
      "21. Restrictions. None apply."],
     ["20.1.2", "20.1.3", "21."]),
    # "2.0 Payment 2.1 Client will pay": the first sub-clause straight after its clause's short run-in heading;
    # a cross-reference after a long run of words is not one ("... as in clause 2.1 The ..." stays text)
    (["1.0 Services 1.1. The Supplier shall serve. 1.2. It shall serve well.",
      "2.0 Payment 2.1 Client will pay the fees as they fall due under clause 2.1 Invoices follow. "
      "3.0 Term 3.1 One year."],
     ["2.1", "3.0", "3.1"]),
    # two levels in lower case are a figure or a cross-reference, not a clause
    (["1. Services. 1.1 Scope. The Supplier shall serve.",
      "1.2 Volumes. It handles calls as in clause 1.1; 1.3 staffing rules follow. 1.3 Staff. Staff are vetted."],
     ["1.3"]),
])
def test_text_follows_run_on_numbering_across_pages(pages: list[str], expected: list[str]) -> None:
    filler = " The parties agree to the following terms and conditions in full." * 25
    text = "\n\n".join(page + filler for page in pages)
    second_page = [b.text for b in text_blocks(text)][len(text_blocks(pages[0] + filler)):]
    assert [p.split(" ", 1)[0] for p in second_page[1:]] == expected


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_text_reads_common_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "c.txt"
    path.write_bytes("1. Services – the Supplier’s duty.".encode(encoding))
    assert extract(path).clauses[0].heading == ""
    assert "Supplier’s duty" in extract(path).clauses[0].text


def test_text_sample_contract_has_schedules_and_definitions(contracts: Path) -> None:
    document = extract(contracts / "sample-msa.txt")
    kinds = {c.path: c.kind for c in document.clauses}
    assert kinds["Schedule 2"] is ClauseKind.SCHEDULE
    assert document.definition("Resolved Contact") is not None
    assert document.definition("resolved contact").clause == "1.1"  # type: ignore[union-attr]


def test_text_short_lines_are_headings_below_the_title_block() -> None:
    body = "The parties agree the following terms, which apply to every service ordered under this agreement " * 2
    blocks = text_blocks(f"SERVICES AGREEMENT\n\nBetween\n\n{body}\n\nWhy this matters now\n\n{body}")
    assert [(b.text[:20], b.is_heading) for b in blocks] == [
        ("SERVICES AGREEMENT", False), ("Between", False), (body[:20], False),
        ("Why this matters now", True), (body[:20], False)]


@pytest.mark.parametrize(("text", "expected"), [
    # a text made from a PDF glues the next clause's number and heading to the end of the paragraph before
    ("This Agreement is made to promote training. 1. Scope of Services\n\nService Provider shall provide the "
     "Services: (1) Academic Support\n\nService Provider will support teachers.",
     ["This Agreement is made to promote training.", "1. Scope of Services",
      "Service Provider shall provide the Services:", "(1) Academic Support",
      "Service Provider will support teachers."]),
    # a figure or a cross-reference at the end of a sentence is not a heading: lower case, or a full stop after it
    ("The fee is payable under clause 4. 2. The Customer shall pay.\n\nNext.",
     ["The fee is payable under clause 4. 2. The Customer shall pay.", "Next."]),
    ("The Supplier shall comply with this clause; 3. See also the schedule.",
     ["The Supplier shall comply with this clause; 3. See also the schedule."]),
])
def test_text_splits_a_clause_heading_glued_to_the_paragraph_before(text: str, expected: list[str]) -> None:
    assert [b.text for b in text_blocks(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the title of the operative part glued to clause 1, whose heading is glued to its first sub-clause
    ("AGREED TERMS 1. Definitions 1.1 The following terms have these meanings: \"Fees\" means the fees.",
     ["AGREED TERMS", "1. Definitions", "1.1 The following terms have these meanings: \"Fees\" means the fees."]),
    ("TERMS AND CONDITIONS 1. SERVICES 1.1 The Supplier shall provide the Services.",
     ["TERMS AND CONDITIONS", "1. SERVICES", "1.1 The Supplier shall provide the Services."]),
    # a numbered part's own number, and a clause 1 heading whose body is not its first sub-clause, stay whole
    ("SCHEDULE 1. Services to be provided by the Supplier.", ["SCHEDULE 1. Services to be provided by the Supplier."]),
    ("1. Services 2.1 The Supplier shall provide the Services.", ["1. Services 2.1 The Supplier shall provide the "
                                                                   "Services."]),
])
def test_text_splits_a_capitalised_title_glued_to_clause_one(text: str, expected: list[str]) -> None:
    assert [b.text for b in text_blocks(text)] == expected


@pytest.mark.parametrize(("text", "first"), [
    # a date on a title page is not clause 1 headed "April, 2020"
    ("Exhibit 10.2\n\n1 April, 2020\n\nACME LIMITED and JOHN SMITH\n\n1. Term\n\nThe term is one year.",
     "1 April, 2020"),
    ("15 March 2019\n\n1. Term\n\nThe term is one year.", "15 March 2019"),
])
def test_text_a_date_line_is_not_a_clause_number(text: str, first: str, tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text(text, encoding="utf-8")
    clauses = extract(path).clauses
    assert [c.number for c in clauses if c.number] == ["1"]
    assert any(first in c.text for c in clauses if not c.number)


@pytest.mark.parametrize(("lines", "expected"), [
    # a page header that a text made from a PDF repeats at the start of each page: dropped, the title kept
    (["Harbour Education Group", "", "SERVICE AGREEMENT", "", "1. Scope. The Provider shall teach.", "",
      "Harbour Education Group 2. Fees. The Recipient shall pay.", "", "Harbour Education Group",
      "", "Harbour Education Group 3. Term. One year."],
     ["Harbour Education Group", "SERVICE AGREEMENT", "1. Scope. The Provider shall teach.",
      "2. Fees. The Recipient shall pay.", "3. Term. One year."]),
    # a page may start mid-sentence: the header goes there too
    (["Execution version", "", "Execution version 1. Scope. The Provider shall teach", "",
      "Execution version all pupils. 2. Fees. The Recipient shall pay.", "", "Execution version SCHEDULE 1"],
     ["Execution version", "1. Scope. The Provider shall teach", "all pupils.", "2. Fees. The Recipient shall pay.",
      "SCHEDULE 1"]),
    # a heading that opens its own sentences is not a header
    (["Service Levels", "", "Service Levels shall be measured monthly.", "", "Service Levels are in Schedule 2."],
     ["Service Levels", "Service Levels shall be measured monthly.", "Service Levels are in Schedule 2."]),
    # once is not a running header
    (["Harbour Education Group", "", "Harbour Education Group 1. Scope. The Provider shall teach."],
     ["Harbour Education Group", "Harbour Education Group 1. Scope. The Provider shall teach."]),
])
def test_text_drops_a_running_page_header(lines: list[str], expected: list[str]) -> None:
    assert [b.text for b in text_blocks("\n".join(lines))] == expected
@pytest.mark.parametrize(("footer", "kept"), [
    # the stamp a filing service prints at the foot of every page of an EDGAR exhibit
    ("Source: AZUL SA, F-1/A, 3/3/2017", False),
    ("Confidential - Acme Ltd", False),
    # a line that ends a page on fewer than three pages is text, not furniture
    (None, True),
])
def test_text_drops_a_running_page_footer(footer: str | None, kept: bool) -> None:
    pages = ["1.1 The Repairer shall repair the Items.", "1.2 The Company shall pay the prices.",
             "1.3 Either Party may terminate for Default.", "1.4 This Agreement is governed by New York law."]
    last = "Signed for the Repairer"
    lines: list[str] = []
    for number, page in enumerate(pages):
        lines += [page, ""]
        lines += [footer if footer else (last if number == 0 else f"Page text {number}"), "", "", "", ""]
    texts = [b.text for b in text_blocks("\n".join(lines))]
    assert [t for t in texts if t in pages] == pages
    if footer:
        assert not any(footer in t for t in texts)
    else:
        assert last in texts


@pytest.mark.parametrize("number", ["12", "- 12 -", "Page 12 of 30"])
def test_page_break_rejoin_skips_a_page_number_block(number: str) -> None:
    # PDF blocks: a page number printed in the body, not in the page's header or footer band
    from bpolint.extract.blocks import TextBlock, rejoin_page_breaks
    from bpolint.model import Location
    blocks = [TextBlock("Either party may terminate this Agreement by giving the other party written notice",
                        location=Location(page=3)),
              TextBlock(number, location=Location(page=4)),
              TextBlock("of such termination upon the other party's material breach.", location=Location(page=4))]
    assert [b.text for b in rejoin_page_breaks(blocks)] == [
        "Either party may terminate this Agreement by giving the other party written notice of such termination upon "
        "the other party's material breach."]


@pytest.mark.parametrize("footers", [
    # the page number beside the exhibit number, and beside a word, before or after it
    ["2 10.23", "3 10.23", "4 10.23"],
    ["Page 2 Confidential", "Page 3 Confidential", "Page 4 Confidential"],
    ["Confidential 2", "Confidential 3", "Confidential 4"],
])
def test_page_break_rejoin_skips_a_footer_whose_page_number_changes(footers: list[str]) -> None:
    # "3 10.23" is furniture: with its page number left out it repeats on every page
    text = ("1.1 The Supplier shall provide the Services described in the Statement of Work.\n\n"
            + footers[0] + "\n\n\n\n"
            "1.2 Upon the termination of this Agreement, Operator shall cooperate in the transition of operations to "
            "Owner or a successor operator\n\n" + footers[1] + "\n\n\n\n"
            "and upon Owner's request, will promptly deliver all books and records of Owner to Owner.\n\n" + footers[2])
    from bpolint.extract.blocks import rejoin_page_breaks
    texts = [b.text for b in rejoin_page_breaks(text_blocks(text))]
    assert ("1.2 Upon the termination of this Agreement, Operator shall cooperate in the transition of operations to "
            "Owner or a successor operator and upon Owner's request, will promptly deliver all books and records of "
            "Owner to Owner.") in texts


@pytest.mark.parametrize("between", [
    # a numbered part's heading is not a page footer, however often the word recurs
    ["ARTICLE 2", "ARTICLE 3", "ARTICLE 4"],
    # once is not furniture
    ["2 Acme Corp", "3 Beta Ltd", "4 Gamma plc"],
])
def test_page_break_rejoin_keeps_a_numbered_heading_or_a_one_off_line(between: list[str]) -> None:
    text = ("1.1 The Supplier shall provide the Services described in the Statement of Work.\n\n" + between[0] + "\n\n"
            "1.2 Upon the termination of this Agreement, Operator shall cooperate in the transition of operations to "
            "Owner or a successor operator\n\n" + between[1] + "\n\n"
            "and upon Owner's request, will promptly deliver all books and records of Owner to Owner.\n\n" + between[2])
    from bpolint.extract.blocks import rejoin_page_breaks
    texts = [b.text for b in rejoin_page_breaks(text_blocks(text))]
    assert between[1] in texts


@pytest.mark.parametrize(("first", "joined"), [
    ("6.2 Payment of a bonus in", True),  # a short piece that ends on a word no sentence ends on
    ("The Supplier shall", True),
    ("6.2 Payment Terms", False),  # a short line ending on a noun may be a heading
    ("Table of Contents", False),
])
def test_page_break_rejoin_joins_a_short_piece_only_when_it_dangles(first: str, joined: bool) -> None:
    from bpolint.extract.blocks import TextBlock, rejoin_page_breaks
    from bpolint.model import Location
    blocks = [TextBlock(first, location=Location(page=3)),
              TextBlock("one year shall confer no right to a bonus in any other year.", location=Location(page=4))]
    assert (len(rejoin_page_breaks(blocks)) == 1) is joined


def test_page_break_rejoin_leaves_unlabelled_list_items_on_one_page() -> None:
    # "except:" then items whose bullets the PDF did not keep: list items, not halves of one sentence
    from bpolint.extract.blocks import TextBlock, rejoin_page_breaks
    from bpolint.model import Location
    blocks = [TextBlock("The Supplier must not Process the Government Data or allow any Subprocessor to, except:"),
              TextBlock("where necessary for the performance of this Contract and the Services described in the Order",
                        location=Location(page=11)),
              TextBlock("where following written instructions from the Buyer, including on transfers",
                        location=Location(page=11))]
    assert len(rejoin_page_breaks(blocks)) == 3


_BREAK = "\n\n\n\n\n"


@pytest.mark.parametrize(("text", "kept"), [
    # the same short line heading three pages is a running header, wherever the page breaks the text
    (f"Table of Contents\n\n1. Pay{_BREAK}Table of Contents\n\n2. Leave{_BREAK}Table of Contents\n\n3. Notice",
     ["1. Pay", "2. Leave", "3. Notice"]),
    (f"1. Pay 3{_BREAK}Execution version CONFIDENTIAL{_BREAK}2. Leave 4{_BREAK}Execution version CONFIDENTIAL"
     f"{_BREAK}3. Notice 5{_BREAK}Execution version CONFIDENTIAL\n\n4. Law",
     ["1. Pay 3", "2. Leave 4", "3. Notice 5", "4. Law"]),
    # on two pages only, or repeated but not at the top of a page: text, kept
    (f"Table of Contents\n\n1. Pay{_BREAK}Table of Contents\n\n2. Leave",
     ["Table of Contents", "1. Pay", "Table of Contents", "2. Leave"]),
    ("1. Pay\n\nNot used\n\n2. Leave\n\nNot used\n\n3. Notice\n\nNot used",
     ["1. Pay", "Not used", "2. Leave", "Not used", "3. Notice", "Not used"]),
    # a redaction mark or a clause number at the top of each page is content
    (f"1. Pay{_BREAK}[*]\n\n2. Leave{_BREAK}[*]\n\n3. Notice{_BREAK}[*]",
     ["1. Pay", "[*]", "2. Leave", "[*]", "3. Notice", "[*]"]),
])
def test_text_drops_running_headers_at_the_top_of_pages(text: str, kept: list[str]) -> None:
    assert [b.text for b in text_blocks(text)] == kept


def test_text_running_header_does_not_split_a_clause_over_a_page_break(tmp_path: Path) -> None:
    pages = [
        "Table of Contents\n\nSERVICE AGREEMENT",
        "Table of Contents\n\n6. REMUNERATION 6.1 The Company will pay the Executive a salary. "
        "6.2 Payment of a bonus in",
        "Table of Contents\n\none year shall confer no right on the Executive to receive a bonus in any other year.",
        "Table of Contents\n\n7. EXPENSES 7.1 The Company will reimburse expenses.",
    ]
    document = extract(write(tmp_path, "filing.txt", _BREAK.join(pages)))
    # each heading's first sub-clause, glued to it, is split off too
    assert [c.number for c in document.clauses] == ["", "6", "6.1", "6.2", "7", "7.1"]
    assert "a bonus in one year shall confer no right" in " ".join(document.clause("6.2").text.split())


@pytest.mark.parametrize(("text", "expected"), [
    # a page that opens mid-sentence runs on into the next clause: split at the number that continues the sequence
    ("15.12 The Executive will have no claim\n\nagainst the Company. 16. GARDEN LEAVE 16.1 The Board may suspend "
     "the Executive's duties: (a) stay away; (b) no work.",
     ["15.12 The Executive will have no claim", "against the Company.", "16. GARDEN LEAVE",
      "16.1 The Board may suspend the Executive's duties: (a) stay away; (b) no work."]),
    # in a short paragraph, no number is taken before a sequence runs, nor one out of it, nor a lettered item
    ("The fee is 3. 2. The Customer shall pay.", ["The fee is 3. 2. The Customer shall pay."]),
    ("4.1 Fees apply. 7. Expenses are extra.", ["4.1 Fees apply. 7. Expenses are extra."]),
])
def test_text_splits_a_short_paragraph_at_the_next_clause_number(text: str, expected: list[str]) -> None:
    assert [b.text for b in text_blocks(text)] == expected


_CONTENTS_BODY = ("This Agreement is made between Harbour Bank plc (the \"Customer\") and Kestrel Systems Ltd (the "
                  "\"Supplier\").\n\n1. DEFINITIONS\n\n"
                  "1.1 In this Agreement the following words have these meanings.\n\n"
                  "2. SERVICES\n\n2.1 The Supplier shall provide the Services to the Customer.")


@pytest.mark.parametrize("contents", [
    # capitals with page numbers, schedules and annexes listed after the clauses, a page footer inside
    "TABLE OF CONTENTS\n\n1 DEFINITIONS            2\n\n2 SERVICES            4\n\n"
    "-------------------- September 2, 1998        ii\n\nSCHEDULES\n\nSCHEDULE A   PARTIES TO THE AGREEMENT\n\n"
    "ANNEXES\n\nANNEX 11   CONFIGURATION DIAGRAM",
    # title case with roman page numbers
    "Contents\n\nClause 1 Definitions and Interpretation   iii\n\nClause 2 The Services   iv\n\n"
    "Schedule 1 Service Levels   xi\n\nSchedule 2 Charges   xii",
])
def test_text_drops_a_table_of_contents(contents: str, tmp_path: Path) -> None:
    # left in, the last entry ("ANNEX 11 CONFIGURATION DIAGRAM") became a schedule holding the whole agreement
    document = extract(write(tmp_path, "toc.txt", f"SERVICES AGREEMENT\n\n{contents}\n\n{_CONTENTS_BODY}"))
    assert [c.number for c in document.clauses if c.number] == ["1", "1.1", "2", "2.1"]
    assert all(c.kind is not ClauseKind.SCHEDULE for c in document.clauses)
    assert "The Supplier shall provide the Services" in document.clause("2.1").text


def test_text_contents_end_where_the_body_repeats_an_entry(tmp_path: Path) -> None:
    # no prose between the contents and the body: the body's first heading repeats the first entry
    text = ("SERVICES AGREEMENT\n\nCONTENTS\n\n1. DEFINITIONS 2\n\n2. SERVICES 3\n\n3. CHARGES 5\n\n"
            "1. DEFINITIONS\n\n1.1 In this Agreement the following words have these meanings.\n\n2. SERVICES\n\n"
            "2.1 The Supplier shall provide the Services.\n\n3. CHARGES\n\n3.1 The Customer shall pay the Charges.")
    document = extract(write(tmp_path, "toc.txt", text))
    assert [c.number for c in document.clauses if c.number] == ["1", "1.1", "2", "2.1", "3", "3.1"]
    assert document.clause("1").heading.upper().startswith("DEFINITIONS")


@pytest.mark.parametrize("text", [
    # a "Contents" heading over prose, or over fewer than three short lines, is no table of contents
    "SERVICES AGREEMENT\n\nContents\n\nThe contents of the Deliverables are set out in the Specification and the "
    "Supplier shall keep them up to date.\n\n1. SERVICES\n\n1.1 The Supplier shall provide the Services.",
    "SERVICES AGREEMENT\n\nCONTENTS\n\n1. SERVICES 2\n\n1. SERVICES\n\n1.1 The Supplier shall provide the Services.",
])
def test_text_keeps_what_is_not_a_table_of_contents(text: str, tmp_path: Path) -> None:
    document = extract(write(tmp_path, "toc.txt", text))
    assert "The Supplier shall provide the Services." in document.clause("1.1").text
    assert "Contents" in document.text or "CONTENTS" in document.text


_FILLER = "The Supplier shall keep the Vehicles in a roadworthy condition at all times during the Term. " * 18


@pytest.mark.parametrize(("line", "expected"), [
    # a page run into one line whose sentences lost their stops: the next sub-clause after a plain word, and a
    # clause number with its heading glued to the last words of the clause before
    (f"7.6 Any Vehicle operating in excess of 25,000 miles per annum shall be subject to an Additional Charge "
     f"levied annually on the first day of each Financial Year 7.7 Subject always to Clause 2.1, the Supplier may "
     f"supply used parts. {_FILLER}7.8 Parts used in Excepted Services shall be charged at an agreed price.",
     ["7.6", "7.7", "7.8"]),
    (f"9.8 ensure that no alterations are made to the Vehicles; {_FILLER}9.13 promptly notify the Supplier in writing "
     f"when a Vehicle is added to the scope of this Agreement 10. Access to Premises 10.1 The Customer shall allow "
     f"the Supplier access to its premises. 10.2 The Supplier shall comply with site rules.",
     ["9.8", "10.", "10.1", "10.2"]),
    # a cross-reference is not the next clause, nor is a heading not followed by its first sub-clause
    (f"7.6 Any Vehicle shall be maintained as required under Clause 7.7 The Supplier shall report monthly. "
     f"{_FILLER}7.7 Parts shall be charged at an agreed price.", ["7.6", "7.7"]),
    (f"9.8 The Customer shall notify changes within 10 days of the scope of this Agreement 10. Vehicles may be "
     f"added at any time. {_FILLER}10. Access to Premises 10.1 The Customer shall allow access.",
     ["9.8", "10.", "10.1"]),
])
def test_text_run_on_page_splits_clauses_that_lost_their_stop(line: str, expected: list[str]) -> None:
    pieces = text_blocks(line)
    assert [piece.text.split()[0] for piece in pieces] == expected


@pytest.mark.parametrize(("line", "expected"), [
    # a page left out of the filing breaks the numbering (5.2, then pages withheld, then 8.0): a clause number
    # that heads its own first sub-clause still opens a clause
    (f"5.2 The Supplier may place staff on the project. {_FILLER}(h) not to divulge any of the methods of the Client. "
     f"8.0 Medical and Regulatory 8.1. Both parties shall notify the other of inspections. 8.2. Client may designate "
     f"representatives who shall have access to all data.", ["5.2", "8.0", "8.1.", "8.2."]),
    (f"3.4 The Supplier shall keep records. {_FILLER}11. Audit 11.1 The Customer may audit the records.",
     ["3.4", "11.", "11.1"]),
    # out of sequence without its first sub-clause, or after a reference word: not a clause
    (f"3.4 The Supplier shall keep records. {_FILLER}8. Notices are to be sent by post. 8.2 The fee is due.",
     ["3.4"]),
    (f"3.4 The Supplier shall keep records for 8. Medical and Regulatory 9.1 years. {_FILLER}",
     ["3.4"]),
])
def test_text_run_on_page_opens_a_clause_after_a_gap_in_the_numbering(line: str, expected: list[str]) -> None:
    assert [piece.text.split()[0] for piece in text_blocks(line)] == expected
