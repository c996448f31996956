"""PDF layout on hand-made runs: bands, columns, unruled tables, paragraphs."""

from __future__ import annotations

import pytest

from bpolint.extract.pdf_layout import (
    Item,
    Line,
    continues,
    is_page_number,
    lines_of,
    page_items,
    running_runs,
    sections,
)
from bpolint.extract.pdf_read import PageContent, Run
from bpolint.extract.pdf_tables import Table

WIDTH, HEIGHT = 595.0, 842.0


def run(text: str, x0: float, top: float, x1: float | None = None, *, size: float = 10.0,
        bold: bool = False) -> Run:
    return Run(text, x0, top, x1 if x1 is not None else x0 + 5.0 * len(text), top + size * 1.15,
               size=size, bold=bold)


def page(number: int, runs: list[Run]) -> PageContent:
    return PageContent(number=number, width=WIDTH, height=HEIGHT, runs=runs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3", True), ("Page 3", True), ("Page 3 of 21", True), ("- 3 -", True), ("3 / 21", True), ("iv", True),
     ("page 12 of 40", True), ("3. Services", False), ("CONFIDENTIAL", False), ("30 days", False),
     ("xiv", True), ("ill", False), ("civil", False)],
)
def test_pdf_layout_is_page_number(text: str, expected: bool) -> None:
    assert is_page_number(text) is expected


def _document(header: str, body_first: str, pages: int = 3) -> list[PageContent]:
    return [
        page(n, [run(header.replace("#", str(n)), 72, 30), run(body_first.replace("#", str(n)), 72, 80),
                 run("The Supplier shall comply with this Clause.", 72, 400), run(f"Page {n} of {pages}", 280, 800)])
        for n in range(1, pages + 1)
    ]


def _kept(pages: list[PageContent]) -> list[list[str]]:
    drop = running_runs(pages)
    return [[r.text for i, r in enumerate(p.runs) if (p.number, i) not in drop] for p in pages]


def test_pdf_layout_running_header_and_footer_are_dropped_with_digits_normalised() -> None:
    kept = _kept(_document("CONFIDENTIAL - Draft 3 - printed #/3", "Body starts here"))
    assert kept == [["Body starts here", "The Supplier shall comply with this Clause."]] * 3


def test_pdf_layout_repeated_body_text_outside_the_bands_is_kept() -> None:
    kept = _kept(_document("Header", "Service Credits"))
    assert all("The Supplier shall comply with this Clause." in texts for texts in kept)


def test_pdf_layout_numbered_heading_at_page_top_is_not_a_header_even_if_only_digits_differ() -> None:
    kept = _kept(_document("Header", "#. Service Levels"))
    assert [texts[0] for texts in kept] == ["1. Service Levels", "2. Service Levels", "3. Service Levels"]


def test_pdf_layout_band_text_on_one_page_only_is_kept() -> None:
    pages = _document("Header", "Body")
    pages[0].runs.insert(0, run("MASTER SERVICES AGREEMENT", 72, 50))
    assert "MASTER SERVICES AGREEMENT" in _kept(pages)[0]


def test_pdf_layout_band_text_that_moves_between_pages_is_kept() -> None:
    pages = [page(n, [run("Draft", 72, 20 + 30 * n), run("Body", 72, 200)]) for n in range(1, 4)]
    assert _kept(pages) == [["Draft", "Body"]] * 3


def _half_sheet(numbers: list[str], *, beside: str | None = None) -> list[PageContent]:
    """Pages whose text fills only the top half of the sheet, each ending in a short run."""
    pages = []
    for n, number in enumerate(numbers, start=1):
        runs = [run(f"Body text line {i} of page {n} that runs on.", 72, 70 + 10 * i) for i in range(30)]
        runs.append(run(number, 290, 409))
        if beside is not None:
            runs.append(run(beside, 72, 409))
        pages.append(page(n, runs))
    return pages


@pytest.mark.parametrize(
    ("numbers", "dropped"),
    [(["1", "2", "3", "4"], True),  # the page's own number, printed mid-sheet
     (["8", "9", "10", "11"], True),  # an exhibit paginated with the filing: a shared offset
     (["- 3 -", "- 4 -", "- 5 -", "- 6 -"], True),
     (["3", "3", "3", "3"], False),  # the same number on every page keeps no step with the pages
     (["7", "12", "19", "31"], False)],  # list items or amounts that happen to end each page
)
def test_pdf_layout_page_number_outside_the_bands_is_dropped_only_when_it_keeps_step(
        numbers: list[str], dropped: bool) -> None:
    kept = _kept(_half_sheet(numbers))
    assert all((number not in texts) is dropped for number, texts in zip(numbers, kept, strict=True))


def test_pdf_layout_number_with_text_beside_it_is_a_table_row_not_a_page_number() -> None:
    kept = _kept(_half_sheet(["1", "2", "3", "4"], beside="Days"))
    assert [texts[-2:] for texts in kept] == [[str(n), "Days"] for n in range(1, 5)]


def test_pdf_layout_number_ending_the_text_of_one_page_only_is_kept() -> None:
    pages = _half_sheet(["1", "2", "3", "4"])
    for other in pages[1:]:
        other.runs.pop()
    assert "1" in _kept(pages)[0]


def _column(x0: float, top: float, count: int, prefix: str) -> list[Run]:
    return [run(f"{prefix} line {i} of the column text here", x0, top + 13 * i, x0 + 210) for i in range(count)]


def test_pdf_layout_two_columns_are_read_left_then_right_below_a_full_width_title() -> None:
    runs = [run("AGREEMENT TITLE ACROSS BOTH COLUMNS OF THE PAGE", 72, 60, 520)]
    runs += _column(310, 100, 8, "right") + _column(72, 100, 8, "left")
    ordered = [[r.text.split()[0] for r in section] for section in sections(runs, WIDTH)]
    assert ordered == [["AGREEMENT"], ["left"] * 8, ["right"] * 8]


def test_pdf_layout_one_column_page_is_one_section() -> None:
    runs = [run(f"line {i} of a page of full width prose text that runs on", 72, 100 + 13 * i, 520)
            for i in range(12)]
    assert len(sections(runs, WIDTH)) == 1


def test_pdf_layout_lines_group_runs_on_one_baseline() -> None:
    lines = lines_of([run("b", 200, 101), run("a", 72, 100), run("c", 72, 120)], page=1)
    assert [[r.text for r in line.runs] for line in lines] == [["a", "b"], ["c"]]


def _items(runs: list[Run]) -> list[list[str] | str]:
    out: list[list[str] | str] = []
    for item in page_items(page(1, runs), set(), []):
        out.append(item.table.text if item.table is not None else [line.text for line in item.lines])
    return out


def test_pdf_layout_unruled_table_rows_are_cells_joined_by_bars() -> None:
    runs = [run("1.1 The Supplier shall meet these levels:", 72, 100, 300)]
    for i, cells in enumerate([("Level", "Target"), ("Availability", "99.9%"), ("Resolution", "85%")]):
        runs += [run(cells[0], 72, 120 + 14 * i, 140), run(cells[1], 250, 120 + 14 * i, 290)]
    runs.append(run("1.2 Next clause.", 72, 180, 160))
    assert _items(runs) == [["1.1 The Supplier shall meet these levels:"],
                            "Level | Target\nAvailability | 99.9%\nResolution | 85%", ["1.2 Next clause."]]


def test_pdf_layout_wrapped_cell_continues_its_row() -> None:
    runs = [run("Level", 72, 100, 120), run("Credit", 250, 100, 290),
            run("Availability", 72, 114, 130), run("5% of the", 250, 114, 300),
            run("Monthly Fee", 250, 128, 310),
            run("Resolution", 72, 142, 130), run("3%", 250, 142, 270)]
    assert _items(runs) == ["Level | Credit\nAvailability | 5% of the Monthly Fee\nResolution | 3%"]


def test_pdf_layout_single_line_with_a_gap_is_not_a_table() -> None:
    runs = [run("Customer: Acme", 72, 100, 150), run("Supplier: Example", 300, 100, 380)]
    assert _items(runs) == [["Customer: Acme Supplier: Example"]]


@pytest.mark.parametrize(
    ("runs", "paragraphs"),
    [
        pytest.param([run("1.1 The Supplier shall provide the Services to", 72, 100, 520),
                      run("the Customer.", 72, 112, 140)],
                     [["1.1 The Supplier shall provide the Services to", "the Customer."]], id="wrapped"),
        pytest.param([run("1.1 The Supplier shall comply:", 72, 100, 520), run("(a) with the law;", 90, 112, 200),
                      run("(b) with policy.", 90, 124, 200)],
                     [["1.1 The Supplier shall comply:"], ["(a) with the law;"], ["(b) with policy."]],
                     id="numbered-start-after-sentence-end"),
        pytest.param([run("1.1 The Supplier shall comply with clause", 72, 100, 520),
                      run("12.3 of this Agreement.", 72, 112, 200)],
                     [["1.1 The Supplier shall comply with clause", "12.3 of this Agreement."]],
                     id="number-inside-a-sentence"),
        pytest.param([run("4. The Base Fee decreases in accordance with the table in No.", 72, 100, 520),
                      run("2. From the thirteenth month only unit prices apply.", 72, 112, 400)],
                     [["4. The Base Fee decreases in accordance with the table in No.",
                       "2. From the thirteenth month only unit prices apply."]],
                     id="number-after-an-abbreviation-that-takes-one"),
        pytest.param([run("The processing follows Art.", 72, 100, 520),
                      run("28 (3) GDPR in every respect.", 72, 112, 300)],
                     [["The processing follows Art.", "28 (3) GDPR in every respect."]],
                     id="article-number-wrapped"),
        pytest.param([run("First paragraph.", 72, 100, 520), run("Second paragraph.", 72, 125, 200)],
                     [["First paragraph."], ["Second paragraph."]], id="gap"),
        pytest.param([run("Audit", 72, 100, 120, bold=True), run("The Customer may audit.", 72, 112, 200)],
                     [["Audit"], ["The Customer may audit."]], id="font-change"),
        pytest.param([run("It ends here.", 72, 100, 150), run("A new one starts.", 72, 112, 200)],
                     [["It ends here."], ["A new one starts."]], id="short-line-ends-a-sentence"),
        # two bold headings close together, the first far too short to have wrapped (held-out set 23)
        pytest.param([run("CLAUSES", 72, 100, 120, bold=True), run("FIRST.- DEFINITIONS", 72, 112, 200, bold=True)],
                     [["CLAUSES"], ["FIRST.- DEFINITIONS"]], id="bold-heading-under-a-short-bold-heading"),
        # ... but a long bold heading wrapped onto a second line stays one
        pytest.param([run("SCHEDULE 4 - EXIT MANAGEMENT, TRANSITION OUT AND THE MIGRATION OF", 72, 100, 505, bold=True),
                      run("MEMBER ACCOUNTS", 72, 112, 160, bold=True)],
                     [["SCHEDULE 4 - EXIT MANAGEMENT, TRANSITION OUT AND THE MIGRATION OF", "MEMBER ACCOUNTS"]],
                     id="bold-heading-wrapped"),
    ],
)
def test_pdf_layout_paragraph_breaks(runs: list[Run], paragraphs: list[list[str]]) -> None:
    if runs[0].x1 < 500:
        runs.append(run("A full width line far below that sets the right edge of the text block.", 72, 400, 520))
        paragraphs = [*paragraphs, ["A full width line far below that sets the right edge of the text block."]]
    assert _items(runs) == paragraphs


@pytest.mark.parametrize(
    ("last", "first", "joined"),
    [
        pytest.param("Annex 5 – Technical and Organisational Measures",
                     "(4) In the event of contradictions the body prevails.",
                     False, id="numbered-paragraph-after-a-title-line"),
        pytest.param("the Supplier shall comply with the obligations in paragraph", "(4) of Schedule 2 at all times.",
                     True, id="reference-broken-at-the-page-end"),
        pytest.param("the Supplier shall provide the Services to the", "Customer in accordance with this Agreement.",
                     True, id="sentence-running-on"),
        pytest.param("The Supplier shall provide the Services.", "(b) The Customer shall pay.",
                     False, id="marker-after-a-sentence-end"),
    ],
)
def test_pdf_layout_paragraph_continues_across_a_page(last: str, first: str, joined: bool) -> None:
    previous = Item(1, [Line([run(last, 72, 780, 520)], page=1)])
    item = Item(2, [Line([run(first, 72, 72, 520)], page=2)], starts_section=True)
    assert continues(previous, item) is joined


@pytest.mark.parametrize(
    ("last", "last_x1", "first", "joined"),
    [
        # an item's sub-title line ends the page, its text opens the next (held-out set 12's Norwegian agreement)
        pytest.param("6.3 Annual price meeting", 190, "Each year before 1 October the parties shall hold a price",
                     False, id="numbered-subtitle-line-at-the-page-foot"),
        # a numbered paragraph broken at the page foot fills its line
        pytest.param("6.3 Each year before 1 October the parties shall hold a price meeting where the", 520,
                     "Prices are reviewed.", True, id="numbered-paragraph-filling-its-line"),
        # a short numbered line ending in a reference or a comma runs on
        pytest.param("6.3 Subject to clause", 170, "Schedule 4 applies to the price meeting.", True,
                     id="short-line-ending-in-a-reference"),
        pytest.param("6.3 Where the parties agree,", 200, "The Prices are adjusted.", True,
                     id="short-line-ending-in-a-comma"),
        # only a typed clause number: a running footer named by its exhibit ("Exhibit C-2 Aerojet 1") is left as it was
        pytest.param("Exhibit C-2 Aerojet 1", 180, "PROVIDE AND TAKE REASONABLE MEASURES FOR SECURITY", True,
                     id="exhibit-footer-line-left-as-it-was"),
    ],
)
def test_pdf_layout_subtitle_line_at_a_page_foot(last: str, last_x1: float, first: str, joined: bool) -> None:
    previous = Item(1, [Line([run(last, 72, 780, last_x1)], page=1)])
    item = Item(2, [Line([run(first, 72, 72, 520)], page=2)], starts_section=True)
    assert continues(previous, item) is joined


def test_pdf_layout_ruled_table_takes_the_place_of_its_runs() -> None:
    table = Table((70, 118, 300, 150), (("Level", "Target"), ("Availability", "99.9%")))
    runs = [run("1.1 Levels:", 72, 100, 520), run("Level", 72, 120, 120), run("Target", 200, 120, 240),
            run("Availability 99.9%", 72, 135, 240), run("1.2 Next.", 72, 160, 120)]
    items = page_items(page(1, runs), set(), [table])
    assert [item.table.text if item.table else [line.text for line in item.lines] for item in items] == [
        ["1.1 Levels:"], "Level | Target\nAvailability | 99.9%", ["1.2 Next."]]


def test_pdf_layout_line_text_is_normalised() -> None:
    assert Line([run("of\ufb01ce", 72, 100), run("\u201cas agreed\u201d", 200, 100)], page=1).text == \
        'office "as agreed"'

