"""Page layout for PDF: running headers and footers, columns, lines, unruled tables, paragraphs.

Everything here works on the :class:`~bpolint.extract.pdf_read.Run` objects a
page yields, so it is pure geometry and tested on hand-made runs as well as
on PDFs. The decisions, in order:

1. Running headers and footers: a run in the top or bottom band of the page
   whose text (digits normalised) repeats at the same height on many pages,
   or a page number ("3", "Page 3 of 21", "- 3 -") in a band, or a page's first
   or last run when it is a bare number keeping step with the page numbers on
   several pages. Repetition alone never removes text: a heading repeated
   mid-page is body text.
2. Columns: a vertical gutter near the middle that no run crosses, with full
   prose lines on both sides, splits the page; runs that cross it (titles)
   cut the page into sections read top to bottom.
3. Lines: runs on one baseline. Two or more consecutive lines made of
   several aligned runs are an unruled table.
4. Paragraphs: a new one starts after a larger than usual gap, at a font
   change, at a clause number that follows the end of a sentence, or after a
   short line that ends a sentence.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from . import markers as m
from .pdf_read import PageContent, Run
from .pdf_tables import Table
from .pdf_text import normalise

BAND = 0.10  # top and bottom share of the page where running headers and footers live
_REPEAT_SHARE = 0.4
_SAME_HEIGHT = 6.0
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|pg\.?)\s*)?[-–—(]?\s*(?P<number>#|[ivxlc]{1,6})\s*[-–—)]?(?:\s*(?:of|/)\s*#)?$", re.I)
_SENTENCE_END = re.compile(r"[.:;!?\"')\]]$")
# A list item ends "...; and" or "...; or" before the next item's number; the "and" may be
# wrapped onto a line of its own.
_ITEM_END = re.compile(r"(?:(?:^|[.:;,])\s*(?:and|or|and/or)|[.:;!?\"')\]])$")
# An abbreviation that is followed by a number ("the table in No. 2", "Art. 28", "para. 3"): a line
# ending in one is not a sentence end, and the number opening the next line is no clause number.
_NUMBER_ABBREVIATION_END = re.compile(r"\b(?:Nos?|Nr|paras?|Arts?|cls?|Secs?|Sch|pp?)\.$")


@dataclass
class Line:
    """Runs on one baseline of one column, left to right."""

    runs: list[Run]
    page: int
    _text: str | None = field(default=None, repr=False, compare=False)

    @property
    def x0(self) -> float:
        return self.runs[0].x0

    @property
    def x1(self) -> float:
        return max(run.x1 for run in self.runs)

    @property
    def top(self) -> float:
        return min(run.top for run in self.runs)

    @property
    def bottom(self) -> float:
        return max(run.bottom for run in self.runs)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def text(self) -> str:
        if self._text is None:  # asked for often while paragraphs are built; runs are final by then
            self._text = " ".join(normalise(run.text).strip() for run in self.runs)
        return self._text

    @property
    def bold(self) -> bool:
        return all(run.bold for run in self.runs)

    @property
    def size(self) -> float:
        return max(run.size for run in self.runs)


@dataclass
class Item:
    """A paragraph (its lines) or a table, in reading order."""

    page: int
    lines: list[Line] = field(default_factory=list)
    table: Table | None = None
    starts_section: bool = False  # first item of a page or column: may continue the last paragraph

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        if self.table is not None:
            return self.table.bbox
        own = self.lines[:1]
        for line in self.lines[1:]:  # the first page and column only: a bbox is one rectangle
            if line.page != self.page or line.top < own[-1].top - 1:
                break
            own.append(line)
        return (min(line.x0 for line in own), min(line.top for line in own),
                max(line.x1 for line in own), max(line.bottom for line in own))

    @property
    def top(self) -> float:
        return self.bbox[1]


# -- 1. running headers and footers --------------------------------------------------------------
def _band(run: Run, page: PageContent) -> str | None:
    if run.bottom <= page.height * BAND:
        return "top"
    if run.top >= page.height * (1 - BAND):
        return "bottom"
    return None


def _key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(normalise(text).lower().split()))


def is_page_number(text: str) -> bool:
    """``3``, ``- 3 -``, ``Page 3 of 21``, ``iv``: a page number and nothing else."""
    match = _PAGE_NUMBER.match(_key(text))
    return match is not None and (match.group("number") == "#" or m.is_roman(match.group("number")))


def running_runs(pages: Sequence[PageContent]) -> set[tuple[int, int]]:
    """``(page number, run index)`` of every running header, footer and page number."""
    found: set[tuple[int, int]] = set()
    seen: dict[tuple[str, str], list[tuple[int, int, float, str]]] = defaultdict(list)
    for page in pages:
        for index, run in enumerate(page.runs):
            band = _band(run, page)
            if band is None:
                continue
            if is_page_number(run.text):
                found.add((page.number, index))
                continue
            if _is_label(run.text):
                continue  # a bullet or "(b)" in the band is a list label that happens to fall there
            seen[(band, _key(run.text))].append((page.number, index, run.top, run.text.strip()))
    text_pages = sum(1 for page in pages if page.runs)
    needed = max(2.0, _REPEAT_SHARE * text_pages)
    for occurrences in seen.values():
        if len({page for page, *_ in occurrences}) < needed:
            continue
        middle = statistics.median(top for _, _, top, _ in occurrences)
        aligned = [o for o in occurrences if abs(o[2] - middle) <= _SAME_HEIGHT]
        if len({page for page, *_ in aligned}) < needed:
            continue
        texts = {text for *_, text in aligned}
        if len(texts) > 1 and m.parse_marker(next(iter(texts))) is not None:
            continue  # "3. Services" at the top of pages: numbered body text, only digits repeat
        found.update((page, index) for page, index, _, _ in aligned)
    return found | _sequence_page_numbers(pages, needed)


def _sequence_page_numbers(pages: Sequence[PageContent], needed: float) -> set[tuple[int, int]]:
    """Bare page numbers outside the bands: the first or last run of a page whose number keeps step
    with the page (a letter page printed in the top half of an A4 sheet puts its "9" mid-sheet).

    Only a number that is the page's number plus one offset shared by several pages is dropped, so a
    lone "3" ending one page's table or list stays text.
    """
    by_offset: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for page in pages:
        ends = sorted((index for index, run in enumerate(page.runs) if run.text.strip()),
                      key=lambda index: page.runs[index].top)
        for index in {ends[0], ends[-1]} if ends else ():
            text = page.runs[index].text
            digits = _DIGITS.search(text)
            if digits is not None and is_page_number(text) and _lone(page, index):
                by_offset[int(digits.group()) - page.number].append((page.number, index))
    found: set[tuple[int, int]] = set()
    for hits in by_offset.values():
        if len({number for number, _ in hits}) >= needed:
            found.update(hits)
    return found


def _lone(page: PageContent, index: int) -> bool:
    """Nothing else shares the run's baseline (a table row's "9" has cells beside it)."""
    own = page.runs[index]
    return not any(other is not own and other.top < own.bottom and other.bottom > own.top
                   for other in page.runs)


# -- 2. columns ----------------------------------------------------------------------------------
def _gutter(runs: Sequence[Run], width: float) -> float | None:
    """The x of a two-column gutter, or ``None`` for a one-column page."""
    if len(runs) < 10:
        return None
    best: tuple[int, float] | None = None
    for step in range(int(width * 0.3), int(width * 0.7), 2):
        x = float(step)
        if any(run.x0 < x < run.x1 for run in runs if run.x1 - run.x0 < width * 0.55):
            continue
        left = [run for run in runs if run.x1 <= x]
        right = [run for run in runs if run.x0 >= x]
        if len(left) < 5 or len(right) < 5:
            continue
        left_edge = min(run.x0 for run in left)
        right_edge = max(run.x1 for run in right)
        full_left = statistics.median(run.x1 - run.x0 for run in left) >= 0.6 * (x - left_edge)
        full_right = statistics.median(run.x1 - run.x0 for run in right) >= 0.6 * (right_edge - x)
        crossing = sum(1 for run in runs if run.x0 < x < run.x1)
        if full_left and full_right and crossing <= 0.2 * len(runs):
            score = min(len(left), len(right))
            if best is None or score > best[0]:
                best = (score, x)
    return best[1] if best else None


def sections(runs: Sequence[Run], width: float) -> list[list[Run]]:
    """The page's runs in reading order, as columns of sections separated by full-width runs."""
    ordered = sorted(runs, key=lambda r: (r.top, r.x0))
    gutter = _gutter(ordered, width)
    if gutter is None:
        return [ordered] if ordered else []
    out: list[list[Run]] = []
    left: list[Run] = []
    right: list[Run] = []

    def flush() -> None:
        for column in (left, right):
            if column:
                out.append(list(column))
                column.clear()

    for run in ordered:
        if run.x0 < gutter < run.x1:
            flush()
            out.append([run])
        elif run.x1 <= gutter:
            left.append(run)
        else:
            right.append(run)
    flush()
    merged: list[list[Run]] = []
    for section in out:  # consecutive full-width runs stay one section
        if merged and len(section) == 1 and all(r.x0 < gutter < r.x1 for r in merged[-1] + section):
            merged[-1].extend(section)
        else:
            merged.append(section)
    return merged


# -- 3. lines and unruled tables -----------------------------------------------------------------
def lines_of(runs: Iterable[Run], page: int) -> list[Line]:
    """Group runs into lines: runs whose boxes overlap vertically by half their height.

    A clause number or bullet set apart by a tab joins the text after it, so
    hanging-indent numbering does not read as a two-cell table.
    """
    lines: list[Line] = []
    for run in sorted(runs, key=lambda r: (r.top, r.x0)):
        if lines:
            last = lines[-1]
            overlap = min(last.bottom, run.bottom) - max(last.top, run.top)
            if overlap >= 0.5 * min(last.height, run.height):
                last.runs.append(run)
                last.runs.sort(key=lambda r: r.x0)
                continue
        lines.append(Line([run], page))
    for line in lines:
        if len(line.runs) >= 2 and _is_label(line.runs[0].text):
            label, text = line.runs[0], line.runs[1]
            line.runs[:2] = [Run(f"{label.text.strip()} {text.text.strip()}", label.x0, min(label.top, text.top),
                                 text.x1, max(label.bottom, text.bottom), size=text.size, bold=text.bold)]
    return lines


_BULLETS = "•●▪■◦○◆◇►▸‣⁃∙·–-*o"
_LABEL = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3}){0,5}|[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,6})[.)]?$")


def _is_label(text: str) -> bool:
    """A clause number (``1.1``, ``(a)``, ``iv.``) or a bullet standing alone."""
    text = normalise(text).strip()  # Word's Symbol-font bullet is a private-use glyph until normalised
    if len(text) == 1 and text in _BULLETS + "§":
        return True
    if not any(c in text for c in ".()"):
        return False  # a bare "12" is more often a table cell than a clause number
    parsed = m.parse_marker(text + " X")
    return parsed is not None and parsed[1] == "X" or bool(_LABEL.match(text))


def _aligned(a: float, b: float) -> bool:
    return abs(a - b) <= 4.0


def _table_from(lines: list[Line]) -> Table:
    starts: list[float] = []
    for line in lines:
        for run in line.runs:
            if not any(_aligned(run.x0, x) for x in starts):
                starts.append(run.x0)
    starts.sort()
    rows: list[list[str]] = []
    for line in lines:
        cells = [""] * len(starts)
        for run in line.runs:
            column = min(range(len(starts)), key=lambda i: abs(starts[i] - run.x0))
            cells[column] = f"{cells[column]} {normalise(run.text).strip()}".strip()
        if len(line.runs) == 1 and rows and line.runs[0].x0 > starts[0] + 4.0:
            for index, cell in enumerate(cells):  # a wrapped cell: continues the row above
                if cell:
                    rows[-1][index] = f"{rows[-1][index]} {cell}".strip()
            continue
        rows.append(cells)
    bbox = (min(line.x0 for line in lines), min(line.top for line in lines), max(line.x1 for line in lines),
            max(line.bottom for line in lines))
    return Table(bbox, tuple(tuple(row) for row in rows))


def unruled_tables(lines: list[Line]) -> list[Line | Table]:
    """Replace runs of aligned multi-cell lines with :class:`Table` objects."""
    out: list[Line | Table] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _table_row(lines, index, end):
            end += 1
        if end - index >= 2 and _columns_align(lines[index:end]):
            out.append(_table_from(lines[index:end]))
            index = end
            continue
        out.append(lines[index])
        index += 1
    return out


def _table_row(lines: list[Line], start: int, index: int) -> bool:
    line = lines[index]
    if index > start:
        previous = lines[index - 1]
        if line.top - previous.bottom > 1.5 * max(previous.height, 1.0):
            return False
    if len(line.runs) >= 2:
        return True
    # A single run inside a table continues a cell of a later column.
    if index == start:
        return False
    columns = [run.x0 for run in lines[start].runs[1:]]
    return any(_aligned(line.runs[0].x0, x) for x in columns)


def _columns_align(lines: list[Line]) -> bool:
    multi = [line for line in lines if len(line.runs) >= 2]
    if len(multi) < 2:
        return False
    shared = [run.x0 for run in multi[0].runs]
    matching = [x for x in shared if all(any(_aligned(run.x0, x) for run in line.runs) for line in multi[1:])]
    return len(matching) >= 2


# -- 4. paragraphs -------------------------------------------------------------------------------
def _starts_clause(line: Line, previous: Line) -> bool:
    parsed = m.parse_marker(line.text)
    if parsed is None:
        return False
    marker, rest = parsed
    if _NUMBER_ABBREVIATION_END.search(previous.text.rstrip()) and not previous.bold:
        return False
    if _ITEM_END.search(previous.text.rstrip()) or previous.bold:
        return True
    return marker.style in (m.ARTICLE, m.SCHEDULE) and rest[:1].isupper()


def _wrapped_onto(line: Line, previous: Line, first: Line, right_edge: float) -> bool:
    """Did an enumeration inside one sentence flow onto ``line`` because its label did not fit?

    '"Resolved Account" means ... each of the following conditions has been satisfied:' filling
    the line, then "(i) the balance due ..." at the same margin and spacing: had "(i)" fitted on
    the line above, the break would have been the writer's. Only a bracketed label, not at a
    different indent, and not the next of a list whose items are paragraphs of their own (the
    paragraph ``first`` opened with a label of the same kind: "(a) ...;" then "(b)").
    """
    parsed = m.parse_marker(line.text)
    if parsed is None or parsed[0].style not in m.PAREN_STYLES or abs(line.x0 - previous.x0) > 1:
        return False
    opening = m.parse_marker(first.text)
    if opening is not None and opening[0].style in m.PAREN_STYLES:
        return False
    run = line.runs[0]
    text = run.text
    token = len(text.split(None, 1)[0]) if text.strip() else 0
    char_width = (run.x1 - run.x0) / max(len(text), 1)
    return previous.x1 + (token + 1) * char_width > right_edge


def _room_for_first_word(line: Line, previous: Line, right_edge: float) -> bool:
    """Would ``line``'s first word have fitted at the end of ``previous``? Then the break was the writer's, not a
    wrap: a short bold heading line ("CLAUSES") over the next heading, not a heading run onto a second line."""
    run = line.runs[0]
    text = run.text.strip()
    if not text:
        return False
    char_width = (run.x1 - run.x0) / max(len(run.text), 1)
    word = len(text.split(None, 1)[0])
    return previous.x1 + (word + 2) * char_width < right_edge


def starts_with_bullet(text: str) -> bool:
    return len(text) > 2 and text[0] in _BULLETS[:11] and text[1] == " "


def _new_paragraph(line: Line, previous: Line, right_edge: float, left_edge: float,
                   first: Line | None = None) -> bool:
    if starts_with_bullet(line.text):
        return True
    gap = line.top - previous.bottom
    if gap > 0.45 * max(previous.height, 1.0):
        return True
    if line.bold != previous.bold or abs(line.size - previous.size) > 1.0:
        return True
    if _starts_clause(line, previous) and not _wrapped_onto(line, previous, first or previous, right_edge):
        return True
    if previous.bold and line.bold and _room_for_first_word(line, previous, right_edge):
        return True  # two bold headings one under the other ("CLAUSES", then "FIRST.- DEFINITIONS"): not wrapped
    width = max(right_edge - left_edge, 1.0)
    short = previous.x1 < right_edge - 0.2 * width
    return short and bool(_SENTENCE_END.search(previous.text.rstrip())) and line.x0 <= previous.x0 + 1


def page_items(page: PageContent, drop: set[tuple[int, int]], tables: Sequence[Table]) -> list[Item]:
    """The page's paragraphs and tables in reading order."""
    runs = [run for index, run in enumerate(page.runs)
            if (page.number, index) not in drop
            and not any(t.contains((run.x0 + run.x1) / 2, (run.top + run.bottom) / 2) for t in tables)]
    items: list[Item] = []
    pending = sorted(tables, key=lambda t: t.bbox[1])
    for section in sections(runs, page.width):
        lines = lines_of(section, page.number)
        if not lines:
            continue
        left_edge = min(line.x0 for line in lines)
        right_edge = max(line.x1 for line in lines)
        first = True
        for entry in unruled_tables(lines):
            while pending and isinstance(entry, Line) and pending[0].bbox[1] < entry.top and _within(
                    pending[0], left_edge, right_edge):
                items.append(Item(page.number, table=pending.pop(0)))
                first = False
            if isinstance(entry, Table):
                items.append(Item(page.number, table=entry, starts_section=first))
            elif items and items[-1].table is None and not first and not _new_paragraph(
                    entry, items[-1].lines[-1], right_edge, left_edge, items[-1].lines[0]):
                items[-1].lines.append(entry)
            else:
                items.append(Item(page.number, [entry], starts_section=first))
            first = False
        bottom = lines[-1].bottom
        while pending and pending[0].bbox[1] >= bottom - 1 and _within(pending[0], left_edge, right_edge):
            items.append(Item(page.number, table=pending.pop(0)))  # a table at the foot of this column
    items.extend(Item(page.number, table=table) for table in pending)
    return items


def _within(table: Table, left: float, right: float) -> bool:
    x0, _, x1, _ = table.bbox
    return x0 < right and x1 > left


_REFERENCE_AT_END = re.compile(
    r"(?:\b(?:clauses?|sections?|paragraphs?|articles?|schedules?|annex(?:es)?|sub-clauses?|and|or|to|of|in|"
    r"under|with|by|see|per)|§)\s*$",
    re.I,
)


def continues(previous: Item, item: Item) -> bool:
    """Does ``item``, first of a new page or column, continue the paragraph ``previous``?"""
    if previous.table is not None or item.table is not None or not previous.lines or not item.lines:
        return False
    last, first = previous.lines[-1], item.lines[0]
    if first.bold != last.bold or abs(first.size - last.size) > 1.0:
        return False
    text = first.text
    parsed = m.parse_marker(text)
    if parsed is not None and _SENTENCE_END.search(last.text.rstrip()):
        return False
    # "(4) In the event ..." opening a page after a title line ("Annex 5 – Technical Measures") is a
    # new numbered paragraph; only a reference broken at the page end ("under paragraph" / "(4) of")
    # carries a marker over.
    if parsed is not None and parsed[1][:1].isupper() and not _REFERENCE_AT_END.search(last.text):
        return False
    if parsed is None and text[:1].isupper() and _subtitle_line(previous, first):
        return False
    return text[:1].islower() or not _SENTENCE_END.search(last.text.rstrip())


_SUBTITLE_WORDS = 10


def _subtitle_line(previous: Item, first: Line) -> bool:
    """Is ``previous`` a numbered sub-title line ("6.3 Annual price meeting") that happens to end its page or
    column? One short line, a typed clause number and a few words with no sentence end, well short of the line
    ``first`` that opens the next page: within a page the gap after it makes it a paragraph of its own, and
    its text on the next page is a new paragraph, not the rest of it. A paragraph broken at the page foot
    ("6.3 The Supplier shall pay the") fills its line."""
    if len(previous.lines) != 1:
        return False
    last = previous.lines[0]
    if not last.text.lstrip()[:1].isdigit():
        return False  # a typed clause number only: "Exhibit C-2 Aerojet 1" at a page foot is a running footer
    parsed = m.parse_marker(last.text)
    if parsed is None or not parsed[1] or len(parsed[1].split()) > _SUBTITLE_WORDS:
        return False
    rest = parsed[1].rstrip()
    if _SENTENCE_END.search(rest) or rest.endswith(",") or _REFERENCE_AT_END.search(rest):
        return False
    width = first.x1 - min(first.x0, last.x0)
    return width > 0 and last.x1 < first.x1 - 0.25 * width
