"""PDF extraction: pdfium for text and geometry, then layout, clean-up and the shared segmenter.

:func:`extract_pdf` opens the file (owner-password-only files open as they
are; ``password`` opens user-password files), reads every page's text runs,
ruling lines and images (:mod:`.pdf_read`), drops running headers and
footers, reads ruled and unruled tables and columns and builds paragraphs
(:mod:`.pdf_layout`, :mod:`.pdf_tables`), repairs line-end hyphens and odd
glyphs (:mod:`.pdf_text`) and hands one :class:`TextBlock` per paragraph,
heading or table to :func:`build_document`. Pages are read in parallel
worker processes for long files.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import threading
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pypdfium2 as pdfium

from ..errors import CorruptFile, EncryptedFile, FileTooLarge, NoTextLayer
from ..model import Document, ExtractionWarning, Location
from . import markers as m
from .blocks import TextBlock
from .document import build_document
from .pdf_layout import Item, continues, page_items, running_runs, starts_with_bullet
from .pdf_ocr import INSTALL_HINT, ocr_pdf
from .pdf_read import PageContent, read_page
from .pdf_tables import Table
from .pdf_text import Repairer, Vocabulary, broken_glyphs, is_damaged, join_cell_lines, join_lines, normalise, words
from .segment import is_heading_text, is_joiner_line

PARALLEL_PAGES = 40  # from this many pages on, pages are read in worker processes
# The most pages read from one PDF. Contracts with every schedule run to a few hundred pages; reading
# costs 10-30 ms a page, and a page tree can claim millions of pages in a file of a few kilobytes
# (every page sharing one content stream), so a longer file is refused before any page is read.
MAX_PAGES = 2000
_HEADING_WORDS = 20
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD


def extract_pdf(path: Path, *, password: str | None = None, ocr: bool = False) -> Document:
    """Extract a PDF contract into a :class:`Document` whose clauses carry page and bounding box.

    Raises :class:`EncryptedFile` when a password is needed (or wrong),
    :class:`CorruptFile` for bytes pdfium cannot read as a PDF, and
    :class:`NoTextLayer` for a scanned PDF with no text (unless ``ocr``).
    """
    pages = read_pages(path, password=password)
    scanned = [page.number for page in pages if not page.has_text and page.images]
    read_by_ocr: list[int] = []
    if scanned and ocr:
        with tempfile.TemporaryDirectory(prefix="bpolint-ocr-") as folder:
            target = Path(folder) / "ocr.pdf"
            ocr_pdf(path, target, password=password)
            pages = read_pages(target)
        read_by_ocr = [page.number for page in pages if page.number in scanned and page.has_text]
        scanned = [page.number for page in pages if not page.has_text and page.images]
    if not any(page.has_text for page in pages):
        if scanned:
            raise NoTextLayer(f"{path}: scanned PDF with no text layer: run with --ocr (needs ocrmypdf: "
                              f"{INSTALL_HINT}) or OCR it first")
        raise NoTextLayer(f"{path}: the PDF has no text on any page (blank pages, or content that cannot be read)")
    damaged = damaged_pages(pages)
    repaired = _repair(pages, damaged)
    blocks = blocks_from_pages(pages)
    warnings = _warnings(scanned, ocr, damaged, repaired)
    if read_by_ocr:
        warnings.append(ExtractionWarning(
            "pdf-ocr", f"{page_list(read_by_ocr)}: text read by OCR; check quotes against the scan",
            tuple(read_by_ocr)))
    return build_document(str(path), "pdf", blocks, pages=len(pages), warnings=warnings)


def damaged_pages(pages: Sequence[PageContent]) -> list[int]:
    """Pages whose text layer has unmapped glyphs or the fingerprint of a damaged glyph map."""
    return [page.number for page in pages if broken_glyphs(page.raw_text) >= 3 or is_damaged(page.raw_text)]


def _repair(pages: Sequence[PageContent], damaged: Sequence[int]) -> int:
    """Repair glyph-map damage in the runs of the damaged pages; returns how many words changed."""
    if not damaged:
        return 0
    repair = Repairer()
    wanted = set(damaged)
    for page in pages:
        if page.number in wanted:
            for run in page.runs:
                run.text = repair(run.text)
    return repair.repaired


def open_pdf(path: Path, password: str | None = None) -> pdfium.PdfDocument:
    """Open ``path`` with pdfium, turning its failures into one-line bpolint errors."""
    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == _PASSWORD_ERROR:
            if password is None:
                raise EncryptedFile(
                    f"{path}: the PDF is password-protected; give the password with --password") from None
            raise EncryptedFile(f"{path}: wrong password for this PDF (--password)") from None
        raise CorruptFile(f"{path}: not a readable PDF (corrupt, truncated or another format)") from None


def read_pages(path: Path, *, password: str | None = None) -> list[PageContent]:
    """Every page's content, read in worker processes when the file is long."""
    document = open_pdf(path, password)
    try:
        count = len(document)
        if count == 0:
            raise CorruptFile(f"{path}: the PDF has no pages")
        if count > MAX_PAGES:
            raise FileTooLarge(f"{path}: the PDF has {count:,} pages (limit {MAX_PAGES:,}); "
                               "split it and check the parts")
        workers = _workers(count)
        if workers <= 1:
            return [_read(document, index, path) for index in range(count)]
    finally:
        document.close()
    chunks = [range(start, count, workers) for start in range(workers)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        results = list(pool.map(_read_chunk, [(str(path), password, list(chunk)) for chunk in chunks]))
    pages = [page for chunk in results for page in chunk]
    return sorted(pages, key=lambda page: page.number)


def _workers(count: int) -> int:
    if count < PARALLEL_PAGES or multiprocessing.current_process().daemon:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return 1  # forking a threaded process can deadlock
    cpus = os.cpu_count() or 1
    if hasattr(os, "getloadavg") and os.getloadavg()[0] > cpus - 1:
        return 1  # the cores are busy already: workers would only add their start-up cost
    return max(1, min(cpus, 4, count // (PARALLEL_PAGES // 2)))


def _read(document: pdfium.PdfDocument, index: int, path: Path | str) -> PageContent:
    try:
        page = read_page(document, index)
    except pdfium.PdfiumError as error:
        raise CorruptFile(f"{path}: page {index + 1} cannot be read ({error})") from None
    page.chars = []  # only needed while finding ruled tables
    return page


def _read_chunk(job: tuple[str, str | None, list[int]]) -> list[PageContent]:
    path, password, indices = job
    document = pdfium.PdfDocument(path, password=password)
    try:
        return [_read(document, index, path) for index in indices]
    finally:
        document.close()


def blocks_from_pages(pages: Sequence[PageContent]) -> list[TextBlock]:
    """Lay out the pages and turn paragraphs and tables into blocks."""
    drop = running_runs(pages)
    items: list[Item] = []
    for page in pages:
        for index, item in enumerate(page_items(page, drop, page.tables)):
            if item.starts_section and items and continues(items[-1], item):
                items[-1].lines.extend(item.lines)
            elif index == 0 and items and (merged := _continued_table(items[-1], item)) is not None:
                items[-1] = Item(items[-1].page, table=merged, starts_section=items[-1].starts_section)
            else:
                items.append(item)
    vocabulary = _vocabulary(items)
    body_size = _body_size(items)
    blocks = []
    for item in items:
        location = Location(page=item.page, bbox=tuple(round(v, 1) for v in item.bbox))  # type: ignore[arg-type]
        if item.table is not None:
            if item.table.text.strip():
                blocks.append(TextBlock(text=_table_text(item.table, vocabulary), location=location, is_table=True))
            continue
        text = join_lines([line.text for line in item.lines], vocabulary)
        if starts_with_bullet(text):
            text = text[2:]  # a bullet is list formatting, as Word numbering is in DOCX
        # A bold title before the first clause is the document's title: preamble text, as a
        # title in direct formatting is in DOCX (so both formats give the same clauses).
        heading = _is_heading(item, text, body_size) and bool(blocks or m.parse_marker(text))
        blocks.append(TextBlock(text=text, location=location, is_heading=heading))
    return blocks


def _continued_table(previous: Item, item: Item) -> Table | None:
    """A table that opens a page, right after a table with as many columns that closed the page
    before, is the same table (as it is one table in the DOCX). Its first row continues the last
    row when a row broke across the pages: a cell of it is empty ("| seconds | 80%" below
    "KPI 1 | calls answered within 120 | At least")."""
    before, after = previous.table, item.table
    if before is None or after is None or item.page != previous.page + 1 or not before.rows or not after.rows:
        return None
    if len(before.rows[-1]) != len(after.rows[0]):
        return None
    rows = list(before.rows)
    following = list(after.rows)
    if not all(following[0]):
        rows[-1] = tuple("\n".join(part for part in (above, below) if part)
                         for above, below in zip(rows[-1], following.pop(0), strict=True))
    x0, top, x1, _ = before.bbox
    return Table((x0, top, x1, before.bbox[3]), tuple(rows + following))


def _table_text(table: Table, vocabulary: Vocabulary) -> str:
    """The table's rows with each cell's wrapped lines joined as body lines are (hyphens settled by
    the document's words), and words a narrow column broke without a hyphen made whole again."""
    rows = []
    for row in table.rows:
        if any(row):
            rows.append(" | ".join(join_cell_lines([normalise(line).strip() for line in cell.split("\n")], vocabulary)
                                   for cell in row))
    return "\n".join(rows)


def _vocabulary(items: Sequence[Item]) -> Vocabulary:
    """The document's words, leaving out the halves of words hyphenated at a line end."""
    texts = []
    for item in items:
        previous_hyphen = False
        for line in item.lines:
            found = words(line.text)
            if previous_hyphen and found:
                found = found[1:]
            previous_hyphen = line.text.rstrip().endswith("-")
            if previous_hyphen and found:
                found = found[:-1]
            texts.append(" ".join(found))
        if item.table is not None:
            texts.append(item.table.text)
    return Vocabulary(texts)


def _body_size(items: Sequence[Item]) -> float:
    sizes: Counter[float] = Counter()
    for item in items:
        for line in item.lines:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _is_heading(item: Item, text: str, body_size: float) -> bool:
    """Bold or larger than the body text, and short enough to be a heading."""
    if len(item.lines) > 3 or len(text.split()) > _HEADING_WORDS:
        return False
    bold = all(line.bold for line in item.lines)
    larger = all(line.size >= body_size + 1.5 for line in item.lines)
    if not (bold or larger):
        return False
    stripped = text.rstrip()
    if m.parse_marker(text) is None and is_joiner_line(stripped):
        return False  # a bold "- and -" between the parties' blocks: body text, as in the DOCX
    if stripped.endswith(".") and m.parse_marker(text) is None and not is_heading_text(stripped.rstrip(" .")):
        return False  # "Executed as a deed.": a sentence set in bold; "Confidentiality." stays a heading
    return not (stripped.endswith((".", ";", ",")) and len(text.split()) > 8)


def _warnings(scanned: list[int], ocr: bool, damaged: list[int], repaired: int) -> list[ExtractionWarning]:
    warnings = []
    if scanned:
        remedy = "OCR did not find text on them" if ocr else "run with --ocr to read them"
        warnings.append(ExtractionWarning(
            "pdf-scanned-pages", f"{page_list(scanned)}: image only, no text layer; {remedy}", tuple(scanned)))
    if damaged:
        warnings.append(ExtractionWarning(
            "pdf-damaged-text",
            f"the text layer is damaged on {page_list(damaged)} (unmapped glyphs, dropped or doubled letters "
            f"such as 'contraact'); {repaired} word(s) were repaired from an English word list, others may be "
            f"wrong and matches may be missed there: re-export the PDF or check against the source",
            tuple(damaged)))
    return warnings


def page_list(pages: Sequence[int]) -> str:
    """``[1, 2, 3, 7]`` -> ``"pages 1-3, 7"``."""
    spans: list[list[int]] = []
    for page in sorted(pages):
        if spans and page == spans[-1][1] + 1:
            spans[-1][1] = page
        else:
            spans.append([page, page])
    text = ", ".join(f"{a}-{b}" if b > a else str(a) for a, b in spans)
    return f"page {text}" if len(pages) == 1 else f"pages {text}"
