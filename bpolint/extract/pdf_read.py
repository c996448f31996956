"""Read one PDF page through pdfium: text runs with their geometry and fonts, ruling lines, images.

This is the fast path (pdfium is C++; pdfplumber's pdfminer is pure Python):
characters come with their loose boxes, are grouped into :class:`Run` objects
(one baseline, no wide gap), and the page's thin path objects become ruling
:class:`~.pdf_tables.Edge` objects from which ruled tables are read. Coordinates are PDF points measured
from the page's top-left corner, as pdfplumber does.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from .pdf_tables import Edge, Table, ruled_tables

# A gap wider than this many font sizes ends a run: table cells and columns.
_RUN_GAP = 0.6
_SPACE_GAP = 0.15  # a gap of this many font sizes is a word space even without a space glyph
_BASELINE = 0.05  # boxes whose bottoms differ by less than this many font sizes sit on one baseline
_THIN = 2.5  # a path this thin (points) is a ruling line
_MIN_EDGE = 6.0
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_FORCE_BOLD = 1 << 18
# A leading figure that may be a clause number ("11.Price Errors", "3.2 Fees"), set in its own face.
_CLAUSE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?(?!\d)")


@dataclass
class Run:
    """Characters on one baseline with no wide gap: a line, or a table cell's line."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 0.0
    bold: bool = False
    first: int = -1  # index of the first and last letter, to ask pdfium for the font
    last: int = -1
    lead: int = -1  # index of the first character when it is a digit

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class PageContent:
    """What one page holds, before any layout decision."""

    number: int  # 1-based
    width: float
    height: float
    runs: list[Run] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    images: int = 0
    tables: list[Table] = field(default_factory=list)
    chars: list[tuple[str, float, float, float, float]] = field(default_factory=list)
    raw_text: str = ""

    @property
    def has_text(self) -> bool:
        return any(run.text.strip() for run in self.runs)


def read_page(document: pdfium.PdfDocument, index: int, *, keep_chars: bool = False) -> PageContent:
    """Read page ``index`` (0-based) of an open pdfium document."""
    page = document[index]
    try:
        width, height = page.get_size()
        content = PageContent(number=index + 1, width=width, height=height)
        content.edges, content.images = _objects(page, width, height)
        textpage = page.get_textpage()
        try:
            _runs(textpage, content, keep_chars=keep_chars or bool(content.edges))
        finally:
            textpage.close()
        if content.edges:
            content.tables = ruled_tables(content.edges, content.chars)
    finally:
        page.close()
    return content


def _objects(page: pdfium.PdfPage, width: float, height: float) -> tuple[list[Edge], int]:
    edges: list[Edge] = []
    images = 0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for position in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, position)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            images += 1
            continue
        if kind != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        x0, x1, y0, y1 = left.value, right.value, height - top.value, height - bottom.value
        if x1 < 0 or y1 < 0 or x0 > width or y0 > height or (x1 - x0) * (y1 - y0) > 0.4 * width * height:
            continue  # off the page, or a page frame or background
        x0, x1, y0, y1 = max(x0, 0.0), min(x1, width), max(y0, 0.0), min(y1, height)
        if (y1 - y0) <= _THIN and (x1 - x0) >= _MIN_EDGE or (x1 - x0) <= _THIN and (y1 - y0) >= _MIN_EDGE:
            edges.append(Edge(x0, y0, x1, y1))
        elif raw.FPDFPath_CountSegments(obj) <= 6 and (x1 - x0) >= _MIN_EDGE and (y1 - y0) >= _MIN_EDGE:
            # A stroked rectangle (a cell box): its four sides are ruling lines.
            edges.extend((Edge(x0, y0, x1, y0), Edge(x0, y1, x1, y1), Edge(x0, y0, x0, y1), Edge(x1, y0, x1, y1)))
    return edges, images


def _text(textpage: pdfium.PdfTextPage, count: int) -> str:
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) == count:
        return text
    # Characters outside the BMP make the bulk call and the indices disagree: ask one by one.
    return "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 0xFFFD) for i in range(count))


def _runs(textpage: pdfium.PdfTextPage, content: PageContent, *, keep_chars: bool) -> None:
    """Group the page's characters into runs (the hot loop: one pdfium call per character)."""
    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    text = _text(textpage, count)
    content.raw_text = text
    height = content.height
    rect = raw.FS_RECTF()
    loose_box = raw.FPDFText_GetLooseCharBox
    font_size = raw.FPDFText_GetFontSize
    runs: list[Run] = []
    chars: list[tuple[str, float, float, float, float]] = []
    parts: list[str] = []
    space = False
    open_run = False
    # The open run's box and thresholds live in locals: attribute access is the loop's cost.
    r_x0 = r_x1 = r_top = r_bottom = size = half = low = high = word_gap = 0.0
    r_first = r_last = r_lead = -1

    def close() -> None:
        run = Run("".join(parts), r_x0, r_top, r_x1, r_bottom, size=size, first=r_first, last=r_last, lead=r_lead)
        runs.append(run)

    for index in range(count):
        char = text[index]
        if char.isspace():  # includes pdfium's generated "\r\n" line breaks
            space = True
            continue
        loose_box(handle, index, rect)
        x0, x1, top, bottom = rect.left, rect.right, height - rect.top, height - rect.bottom
        if x1 <= x0 and bottom <= top:
            continue
        if keep_chars:
            chars.append((char, x0, top, x1, bottom))
        if open_run:
            gap = x0 - r_x1
            # one line: the boxes agree top and bottom (pdfium's loose boxes span the font's ascent and descent), or
            # share the bottom exactly where a file's loose boxes follow each glyph's top (a comma's box then starts
            # lower than a capital's, and the line would break at every comma and full stop: "6 . 5")
            if (abs(bottom - r_bottom) < half and low < gap < high
                    and (abs(top - r_top) < half or abs(bottom - r_bottom) < _BASELINE * size)):
                if space or gap > word_gap:
                    parts.append(" ")
                parts.append(char)
                if x1 > r_x1:
                    r_x1 = x1
                if top < r_top or bottom > r_bottom:
                    r_top, r_bottom = min(top, r_top), max(bottom, r_bottom)
                    half = 0.5 * (r_bottom - r_top)
                if char.isalpha():
                    r_last = index
                    if r_first < 0:
                        r_first = index
                space = False
                continue
            close()
        size = font_size(handle, index) or (bottom - top) / 1.15
        r_x0, r_x1, r_top, r_bottom = x0, x1, top, bottom
        half, low, high, word_gap = 0.5 * (bottom - top), -1.5 * size, _RUN_GAP * size, _SPACE_GAP * size
        r_first = r_last = index if char.isalpha() else -1
        r_lead = index if char.isdigit() else -1
        parts = [char]
        space = False
        open_run = True
    if open_run:
        close()
    _fonts(handle, runs)
    content.runs = runs
    content.chars = chars


def _fonts(handle: object, runs: list[Run]) -> None:
    """Mark runs whose first and last letters are set in a bold face."""
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    cache: dict[int, bool] = {}

    def bold(index: int) -> bool:
        if index < 0:
            return False
        obj = raw.FPDFText_GetTextObject(handle, index)
        key = ctypes.cast(obj, ctypes.c_void_p).value or 0
        if key in cache:
            return cache[key]
        raw.FPDFText_GetFontInfo(handle, index, buffer, len(buffer), ctypes.byref(flags))
        weight = raw.FPDFText_GetFontWeight(handle, index)
        value = weight >= 600 or bool(_BOLD_NAME.search(buffer.value.decode("latin-1"))) or bool(
            flags.value & _FORCE_BOLD)
        cache[key] = value
        return value

    for run in runs:
        run.bold = bold(run.first) and bold(run.last)
        if run.bold and run.lead >= 0 and not _CLAUSE_NUMBER.match(run.text):
            # A figure in the body face before bold words ("3000 (the Contractor)": a wrapped postcode
            # and a bold defined term) makes the run mixed, not bold.
            run.bold = bold(run.lead)
