"""Plain-text and Markdown extraction.

Paragraphs are separated by blank lines; hard-wrapped lines are joined; a line
that starts with a clause number starts a new paragraph even without a blank
line. Markdown headings, emphasis and pipe tables are understood. Very long
single-line text (as some EDGAR filings are stored) is split at clause numbers
that continue the document's own numbering.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from pathlib import Path

from ..errors import CorruptFile
from ..model import Document, Location
from . import markers as m
from .blocks import PAGE_NUMBER_LINE, TextBlock
from .document import build_document
from .segment import is_plain_heading_line

# "## Heading ##": the closing hashes and spaces are stripped by md_heading(), not by the regex (a lazy
# group before "\s*#*\s*$" backtracks cubically: a heading line with 3,000 spaces inside took minutes).
_MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.*)$")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
# "*Indexation.* On 1 January ...": a run-in heading in italics reads as Word and the PDF show it, without the
# stars (not a bullet's "* ", not "5 * 3", not the "*" of a footnote mark)
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_MD_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_BULLET = re.compile(r"^[-*•]\s+")
_RUN_ON_LENGTH = 1500
# A clause number after a sentence end, before a capital; a number of three levels or more ("; 20.1.2
# irretrievably delete") may also open a lower-case list item, as no ordinary figure looks like it.
_INLINE_MARKER = re.compile(
    # not after an abbreviation that numbers a reference ("set out in Appendix No. 3. The total ...": the "3." ends the
    # reference's sentence, it opens no clause)
    r"(?:(?<=[.:;])|(?<=[.:;][\"”]))(?<!\bNo\.)(?<!\bno\.)(?<!\bNos\.)(?<!\bArt\.)(?<!\bpara\.)"
    r"\s+(?:(?P<marker>(?:\d{1,3}\.){1,4}\d{0,3}|\([a-z]{1,4}\)|\([A-Z]\)|\(\d{1,2}\))"
    r"\s+(?=[A-Z\"“(])|(?P<deep>\d{1,3}(?:\.\d{1,3}){2,4})\s+(?=[a-z]))"
    # a first sub-clause straight after its clause's run-in heading, with no stop between ("2.0 Payment 2.1 Client
    # will pay"): taken only when it is the first child of the number just split and the heading is short
    r"|(?<=[A-Za-z])\s+(?P<child>\d{1,3}\.\d{1,3}\.?)\s+(?=[A-Z])"
    # a clause number and short heading glued to the last words of the clause before, with no stop between
    # ("... the scope of this Agreement 10. Access to Premises 10.1 DCL shall ..."): taken only when the heading
    # runs straight into the clause's first sub-clause and the number continues the sequence
    r"|(?<=[A-Za-z0-9)])\s+(?P<glued>\d{1,3})\.\s+(?=[A-Z][^.;:]{0,60}?\s(?P=glued)\.1\.?\s+[A-Z])"
)
# a word before a number that makes it a cross-reference ("under Clause 7.7 The ..."), not a clause opening
_REFERENCE_WORD = re.compile(r"(?:clause|clauses|section|sections|paragraph|paragraphs|schedule|article|articles|"
                             r"sub-clause|subclause|annex|appendix|bilag|exhibit|part|item|rule|regulation|note|table|"
                             r"figure|version|page|no|number|and|or|to|of|in|under|with|see|per|than|from|by)$", re.I)
_RUN_IN_HEADING_WORDS = 6


# Byte-order marks of the Unicode encodings Windows tools write ("Unicode" in Notepad is UTF-16 LE);
# the 32-bit ones first, since the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_text(path: Path) -> str:
    """The file's text: UTF-8 (with or without a BOM), UTF-16/32 with a BOM, else Windows-1252/Latin-1.

    NUL bytes without a UTF-16/32 mark mean a binary file (a PDF or DOCX renamed, say): refused.
    """
    data = path.read_bytes()
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise CorruptFile(f"{path}: the file starts with a {encoding.upper()} byte-order mark but is not "
                                  f"valid {encoding.upper()} (at byte {error.start})") from None
    if b"\x00" in data[:4096]:
        raise CorruptFile(f"{path}: binary data in a text file; is the extension right? "
                          "(UTF-16 text needs its byte-order mark)")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


_HEADER_WORDS = range(2, 9)


def _without_running_header(lines: list[str]) -> list[str]:
    """The lines without a page header that a text made from a PDF repeats at the start of each page.

    "Rise Education Group" on a line of its own (the title) and then at the start of every page's first
    line ("Rise Education Group (2) Enrollment Support Services", "Rise Education Group 9. Events of
    Default"): left there, it glues itself to each page's first heading. A header is a short line (two to
    eight words, no closing stop) that also opens at least two other lines, at least twice followed by a clause
    number or a word in capitals (a page may start mid-sentence) - not a heading that opens its own sentences
    ("Service Levels shall ...") nor a table's repeated column headings.
    The standalone repeats go too; the first line stays when it comes first (it is the title).
    """
    words = [line.split() for line in lines]
    standalone: dict[str, int] = {}
    for index, split in enumerate(words):
        if len(split) in _HEADER_WORDS and not split[-1].endswith((".", ":", ";", ",")):
            standalone.setdefault(" ".join(split), index)
    if not standalone:
        return lines
    openings: dict[str, list[int]] = {}
    for index, split in enumerate(words):
        for size in _HEADER_WORDS:
            if len(split) <= size:
                break
            head = " ".join(split[:size])
            if head in standalone:
                openings.setdefault(head, []).append(index)
    usable = {head: found for head, found in openings.items()
              if len(found) >= 2 and sum(any(c.isalpha() for c in word) for word in head.split()) >= 2
              and sum(_opens_a_part(" ".join(words[i][len(head.split()):])) for i in found) >= 2}
    if not usable:
        return lines
    header = max(usable, key=lambda head: (len(usable[head]), len(head)))
    size = len(header.split())
    pattern = re.compile(r"^\s*" + r"\s+".join(re.escape(word) for word in header.split()) + r"\s+")
    first = standalone[header]
    out = list(lines)
    for index in usable[header]:
        out[index] = pattern.sub("", lines[index], count=1)
    for index, split in enumerate(words):
        if len(split) == size and " ".join(split) == header and not (index == first and first < usable[header][0]):
            out[index] = ""
    return out


def _opens_a_part(text: str) -> bool:
    """Does the text after a page header open a clause, a schedule or a capitalised heading?"""
    first = text.split(" ", 1)[0]
    return m.parse_marker(text) is not None or (len(first) >= 2 and first.isupper() and first.isalpha())


def _starts_clause(line: str) -> bool:
    parsed = m.parse_marker(line)
    return parsed is not None and parsed[0].style != m.UPPER_ROMAN or bool(_BULLET.match(line))


# A page break in a filing's text is a run of blank lines; a short line heading three or more pages the same
# way ("Table of Contents", "Execution version CONFIDENTIAL TREATMENT REQUESTED") is a running header.
_PAGE_BREAK_BLANKS = 3
_RUNNING_MIN_PAGES = 3
_RUNNING_MAX_WORDS = 8


def _running_headers(lines: list[str]) -> set[int]:
    """Indices of the lines that are running headers or footers: the first line after a page break, or the
    last before one, the same on at least three pages, short, with a word in it, and not a clause number.
    Left in, each splits the clause running over the page break ("... a bonus in" / Table of Contents /
    "one year shall confer ..."), and a footer a filing service stamps on every page ("Source: AZUL SA,
    F-1/A, 3/3/2017") becomes a heading that clause numbers are read under."""
    def short(line: str) -> bool:
        return len(line.split()) <= _RUNNING_MAX_WORDS and bool(re.search(r"[A-Za-z]{3}", line)) \
            and m.parse_marker(line) is None

    tops: dict[str, list[int]] = {}
    bottoms: dict[str, list[int]] = {}
    blanks = _PAGE_BREAK_BLANKS  # the first page starts the file
    last: tuple[int, str] | None = None  # the last line with text, while blank lines follow it
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line or PAGE_NUMBER_LINE.match(line):
            blanks += 1
            continue
        if blanks >= _PAGE_BREAK_BLANKS and last is not None and short(last[1]):
            bottoms.setdefault(last[1], []).append(last[0])
        if blanks >= _PAGE_BREAK_BLANKS and short(line):
            tops.setdefault(line, []).append(index)
        blanks = 0
        last = (index, line)
    if last is not None and short(last[1]):  # the end of the file ends the last page
        bottoms.setdefault(last[1], []).append(last[0])
    return {index for found in (tops, bottoms) for at in found.values() if len(at) >= _RUNNING_MIN_PAGES
            for index in at}


def text_blocks(text: str, *, markdown: bool = False) -> list[TextBlock]:
    """Split plain text into paragraph blocks with line locations."""
    blocks: list[TextBlock] = []
    lines = _without_running_header(text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n"))
    running = _running_headers(lines)
    current: list[str] = []
    first_line = 0
    table: list[str] = []
    table_line = 0

    seen_body = False

    # The last block is a one-line paragraph after the first, followed so far only by blank lines.
    caption_ready = False

    previous_decimal: str | None = None  # the clause numbering, followed across run-on paragraphs

    def flush() -> None:
        nonlocal current, seen_body, caption_ready, previous_decimal
        if current:
            caption_ready = len(current) == 1 and bool(blocks)
            joined = " ".join(part.strip() for part in current)
            # Short lines above the first real paragraph are the title block (title, date, "Between").
            heading = len(current) == 1 and seen_body and is_plain_heading_line(joined)
            pieces, previous_decimal = _split_paragraph(joined, previous_decimal)
            for piece in pieces:
                blocks.append(TextBlock(text=piece, is_heading=heading,
                                        location=Location(paragraph=len(blocks), line=first_line + 1)))
            seen_body = seen_body or len(joined.split()) >= 25
        current = []

    def flush_table() -> None:
        nonlocal table, caption_ready
        if table:
            caption_ready = False
            rows = [" | ".join(cell.strip() for cell in row.strip().strip("|").split("|")) for row in table]
            blocks.append(TextBlock(text="\n".join(rows), is_table=True,
                                    location=Location(paragraph=len(blocks), line=table_line + 1)))
        table = []

    for index, raw in enumerate(lines):
        line = raw.strip()
        if " | " in line or (line.startswith("|") and line.count("|") >= 2):
            flush()
            if not table and caption_ready and not blocks[-1].is_heading and is_plain_heading_line(blocks[-1].text):
                # A short line straight above a table names it ("Order Form", "Service Credits"): a
                # heading even in the title block, where a lone line is otherwise part of the title.
                blocks[-1] = replace(blocks[-1], is_heading=True)
            if not table:
                table_line = index
            if not _MD_TABLE_RULE.match(line):
                table.append(line)
            continue
        flush_table()
        if not line or PAGE_NUMBER_LINE.match(line) or index in running:
            flush()
            continue
        if markdown:
            heading = _MD_HEADING.match(line)
            if heading:
                flush()
                content = heading.group("text").rstrip().rstrip("#").rstrip()
                content = _MD_ITALIC.sub(r"\1", _MD_EMPHASIS.sub(r"\2", content))
                blocks.append(TextBlock(text=content, is_heading=True, level=len(heading.group("hashes")),
                                        location=Location(paragraph=len(blocks), line=index + 1)))
                continue
            line = _MD_ITALIC.sub(r"\1", _MD_EMPHASIS.sub(r"\2", line))
        if current and (_starts_clause(line) or (line.isupper() and len(line.split()) <= 12)):
            flush()
        if not current:
            first_line = index
            line = _BULLET.sub("", line)
        current.append(line)
    flush()
    flush_table()
    return blocks


# "... for the society. 1. Scope of Services" + a blank line + the clause's text: a text made from a PDF often
# glues the next clause's number and heading to the end of the paragraph before it.
_TRAILING_HEADING = re.compile(
    r"(?<=[.:;])\s+(?P<tail>(?:(?:\d{1,3}\.){1,4}\d{0,3}|\(\d{1,2}\)|\([a-z]\))\s+[A-Z][^.;:!?]{0,80})$"
)
_TRAILING_HEADING_WORDS = 10


def _split_paragraph(paragraph: str, previous_decimal: str | None) -> tuple[list[str], str | None]:
    """The paragraph's pieces: split at inline clause numbers, and with a clause number and heading glued to
    its end taken off as a piece of its own when it continues the numbering. Also the last number seen."""
    match = _TRAILING_HEADING.search(paragraph)
    if match is None or len(match.group("tail").split()) > _TRAILING_HEADING_WORDS + 1:
        return _split_run_on(paragraph, previous_decimal)
    pieces, previous_decimal = _split_run_on(paragraph[:match.start()].rstrip(), previous_decimal)
    tail = match.group("tail")
    marker = _top_level(tail.split(" ", 1)[0].rstrip("."))
    if not marker[:1].isdigit():
        return [*pieces, tail], previous_decimal
    if _continues(previous_decimal, marker):
        return [*pieces, tail], marker
    return [*pieces[:-1], f"{pieces[-1]} {tail}"] if pieces else [tail], previous_decimal


_DECIMAL_INSIDE = re.compile(r"[.:;][\"”]?\s+\d")
# "AGREED TERMS 1. Definitions 1.1 The following ...": a filing's capitalised title of the operative part glued to
# the first clause, whose heading is glued to its first sub-clause
_CAPS_HEADING_BEFORE_FIRST = re.compile(r"^(?P<head>[A-Z][A-Z,&'’ -]{2,60}[A-Z])\s+1\.\s+(?=[A-Z])")
_NUMBERED_WORDS = frozenset({"SCHEDULE", "ANNEX", "ANNEXURE", "APPENDIX", "EXHIBIT", "ATTACHMENT", "BILAG", "ARTICLE",
                             "SECTION", "CLAUSE", "PART", "CHAPTER", "PARAGRAPH", "NO", "NUMBER", "ITEM", "RIDER"})
_FIRST_CHILD_AFTER_HEADING = re.compile(r"^(?P<number>\d{1,3})\.?\s+(?:[^\s.;:]+\s+){1,6}?(?P=number)\.1\.?\s+[A-Z]")
_LEADING_DECIMAL = re.compile(r"^(?P<marker>(?:\d{1,3}\.){1,4}\d{0,3})\s")
# "8.0 Medical and Regulatory 8.1. Both parties ...": a clause number, a short heading, its first sub-clause
_HEADS_FIRST_CHILD = re.compile(r"(?P<number>\d{1,3})(?:\.0|\.)?\s+(?:[A-Z][^\s.;:]*\s+)(?:[^\s.;:]+\s+){0,5}?"
                                r"(?P=number)\.1\.?\s+[A-Z]")


def _split_run_on(paragraph: str, previous_decimal: str | None = None) -> tuple[list[str], str | None]:
    """Split a paragraph at inline clause numbers that follow in sequence (a short one only at numbers).

    ``previous_decimal`` is the last clause number of the paragraphs before: a filing that runs each page
    into one line continues its numbering across the page break ("... 1.2(f) ... [page] 1.3 Additional
    Services. ... 1.4 ..."), so the sequence is followed through the document, not restarted per line.
    Returns the pieces and the last clause number seen.
    """
    caps = _CAPS_HEADING_BEFORE_FIRST.match(paragraph)
    if caps and caps.group("head").split()[-1] not in _NUMBERED_WORDS and _continues(previous_decimal, "1"):
        rest, previous_decimal = _split_run_on(paragraph[caps.end("head"):].lstrip(), previous_decimal)
        return [caps.group("head"), *rest], previous_decimal
    leading = _LEADING_DECIMAL.match(paragraph)
    if leading:  # a paragraph that opens with a number sets the sequence
        previous_decimal = _top_level(leading.group("marker").rstrip("."))
    # a shorter paragraph is split only at the next clause number of a sequence already running: a page of a
    # filing that opens mid-sentence runs on into "... of the Appointment. 16. GARDEN LEAVE 16.1 Following ..."
    run_on = len(paragraph) >= _RUN_ON_LENGTH
    if not run_on and (previous_decimal is None or not (_DECIMAL_INSIDE.search(paragraph)
                                                        or _FIRST_CHILD_AFTER_HEADING.match(paragraph))):
        return [paragraph], previous_decimal
    pieces: list[str] = []
    last = 0
    for match in _INLINE_MARKER.finditer(paragraph):
        group = next(name for name in ("marker", "deep", "child", "glued") if match.group(name))
        marker = _top_level(match.group(group).rstrip("."))
        if not run_on and not marker[:1].isdigit():
            continue
        if group == "child" and not (previous_decimal is not None and (
                (_is_first_child(previous_decimal, marker)
                 and len(paragraph[last:match.start()].split()) <= _RUN_IN_HEADING_WORDS)
                # in a filing that runs each page into one line, the next sub-clause may follow a sentence that
                # lost its stop ("... on the first day of each DCL Financial Year 7.7 Subject always to ..."):
                # only the very next number, and not after a word that makes it a reference ("Clause 7.7")
                or (run_on and _is_next_sibling(previous_decimal, marker)
                    and not _REFERENCE_WORD.search(paragraph[max(last, match.start() - 20):match.start()])))):
            continue
        if group == "glued" and not run_on:
            continue
        if marker[:1].isdigit():
            # a page left out of the filing (a redaction, a missing exhibit page) breaks the sequence: a clause
            # number that heads its own first sub-clause ("8.0 Medical and Regulatory 8.1. Both ...") still opens
            # a clause in a run-on page
            if not _continues(previous_decimal, marker) and not (
                    run_on and "." not in marker and _HEADS_FIRST_CHILD.match(paragraph, match.start(group))):
                continue
            previous_decimal = marker
        pieces.append(paragraph[last:match.start()].strip())
        last = match.start(group)
    pieces.append(paragraph[last:].strip())
    return [piece for piece in pieces if piece], previous_decimal


_POINT_ZERO = re.compile(r"\d{1,3}\.0")


def _top_level(marker: str) -> str:
    """ "2.0" numbers clause 2 (as "2." does) in filings whose sub-clauses run 2.1, 2.2, ..."""
    return marker[:-2] if _POINT_ZERO.fullmatch(marker) else marker


def _is_first_child(previous: str, marker: str) -> bool:
    return marker == f"{previous}.1"


def _is_next_sibling(previous: str, marker: str) -> bool:
    """ "7.7" after "7.6": the same depth, the last number one more (a top-level number is never taken so)."""
    before, _, last = previous.rpartition(".")
    return bool(before) and last.isdigit() and marker == f"{before}.{int(last) + 1}"


def _continues(previous: str | None, marker: str) -> bool:
    """Is ``marker`` a plausible next clause number after ``previous``?"""
    parts = [int(p) for p in marker.split(".") if p]
    if previous is None:
        return parts in ([1], [1, 1]) or (len(parts) == 1 and parts[0] <= 2)
    before = [int(p) for p in previous.split(".") if p]
    if parts == before + [1]:
        return True
    for depth in range(len(before), 0, -1):
        if parts == before[: depth - 1] + [before[depth - 1] + 1]:
            return True
    return False


def extract_text(path: Path, *, markdown: bool | None = None) -> Document:
    """Extract a ``.txt`` or ``.md`` contract."""
    if markdown is None:
        markdown = path.suffix.lower() in (".md", ".markdown")
    blocks = text_blocks(read_text(path), markdown=markdown)
    return build_document(str(path), "markdown" if markdown else "text", blocks)
