"""The one input every format extractor gives the segmenter."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import ClauseKind, Comment, Location, Revision
from .pdf_text import Vocabulary


@dataclass(frozen=True)
class TextBlock:
    """One paragraph, heading or table of a source file, in reading order.

    A format extractor fills in what its format knows: ``number`` when the
    number comes from the file's own numbering (Word lists), ``level`` for
    heading or list levels, ``is_heading`` when style, weight or size marks a
    heading, ``is_table`` for table text (one row a line, cells joined by
    ``" | "``). Anything it leaves out, the segmenter works out from the text.
    """

    text: str
    location: Location = Location()
    number: str | None = None
    number_style: str | None = None  # a markers.* style when the format knows it
    level: int | None = None
    is_heading: bool = False
    is_table: bool = False
    kind: ClauseKind | None = None  # force a kind, e.g. FOOTNOTE
    original_text: str | None = None  # text before pending tracked changes
    revisions: tuple[Revision, ...] = ()
    comments: tuple[Comment, ...] = ()


# -- sentences cut by a page break ------------------------------------------------------------------
# A filing printed to text or PDF breaks pages mid-sentence and repeats a running header at the break
# ("... by giving to the other party written notice" / "eGAIN COMMUNICATIONS CORPORATION" / "HOSTING
# AGREEMENT" / "of such termination upon the other party's material breach"). Left apart, the header
# becomes a heading and the sentence two fragments, so neither half is a term.
_MID_SENTENCE_END = re.compile(r"[A-Za-z0-9,]$")
# A continuation starts with an all-lower-case word: "of such", "terminated Service"; not a list
# label ("a) For ...", "i. the ..."), not a name written with a small letter ("eGain will ...").
_CONTINUATION_START = re.compile(r"^[a-z][a-z'’-]*(?=[\s,;:.])")
_LIST_LABEL = re.compile(r"^(?:[a-z]{1,4}|[ivxlc]{1,6})[.)]\s")
# ... or a shorter piece that ends on a word no sentence or heading ends on ("6.2 Payment of a bonus in")
_DANGLING_WORD = re.compile(r"\s(?:a|an|the|of|in|to|for|by|with|on|at|from|and|or|that|which|shall|will|may|must|"
                            r"is|are|be)$")
_FURNITURE_WORDS = 10
_LINE_WORDS = 12


def rejoin_page_breaks(blocks: list[TextBlock]) -> list[TextBlock]:
    """Join a paragraph cut off mid-sentence to its lower-case continuation after a page break.

    Between the two halves there may be running headers: short lines (at most ten words, no closing
    punctuation) that occur more than once in the document. Such a line elsewhere (a title, a heading
    that is not between two halves of a sentence) is kept.
    """
    counts: dict[str, int] = {}
    for block in blocks:
        if _is_short_line(block):
            counts[_furniture_key(block.text)] = counts.get(_furniture_key(block.text), 0) + 1
    out: list[TextBlock] = []
    vocabulary: Vocabulary | None = None
    index = 0
    while index < len(blocks):
        block = _inner_page_numbers(blocks[index])
        if out and _cut_mid_word(out[-1], block):
            # text copied out of a PDF keeps its line ends, each a paragraph: "... the Payment Card Industry Data
            # Se-" / "curity Standard ...". No paragraph ends in half a word: the word is rejoined as the PDF reader
            # rejoins one hyphenated at a line end, by the document's own usage.
            if vocabulary is None:
                vocabulary = _vocabulary(blocks)
            previous, tail = out[-1], out[-1].text.rstrip()
            left, start = _WORD_END_HYPHEN.search(tail), _LINE_START_WORD.match(block.text.lstrip())
            if left and start:
                word = vocabulary.join(left.group(1), start.group(1))
                out[-1] = replace(previous, text=tail[:left.start()] + word + start.group(2))
                index += 1
                continue
        if out and _cut_off(out[-1]):
            ahead = index
            while ahead < len(blocks) and _is_short_line(blocks[ahead]) and (
                    counts[_furniture_key(blocks[ahead].text)] > 1 or PAGE_NUMBER_LINE.match(blocks[ahead].text)):
                ahead += 1
            if ahead < len(blocks) and _continues(blocks[ahead]) and not _listed(out):
                previous = out[-1]
                following = _inner_page_numbers(blocks[ahead])
                out[-1] = replace(previous, text=previous.text.rstrip() + " " + following.text.lstrip())
                index = ahead + 1
                continue
        out.append(block)
        index += 1
    return out


# a page number on a line of its own: "12", "Page 3 of 9", the EDGAR "- 6 -" (the plain-text reader drops it too)
PAGE_NUMBER_LINE = re.compile(r"^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*[-–—])?\s*$", re.I)
# "- 6 -" on a line of its own inside a paragraph a PDF page break ran together
_INNER_PAGE_NUMBER = re.compile(r"(?<=[A-Za-z0-9,])\n[ \t]*[-–—][ \t]*\d{1,4}[ \t]*[-–—][ \t]*\n(?=[a-z])")


def _inner_page_numbers(block: TextBlock) -> TextBlock:
    if block.is_table or "\n" not in block.text or block.revisions or block.original_text is not None:
        return block
    text = _INNER_PAGE_NUMBER.sub(" ", block.text)
    return block if text == block.text else replace(block, text=text)


# A footer that prints the page number beside a fixed text ("6 10.23", the exhibit number; "Page 6 Confidential")
# differs on every page only in the number: counted without it, it repeats like any running header.
_FOOTER_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}\s+(?=\S)|(?<=\S)\s+(?:page\s+)?\d{1,4}$", re.I)


_NUMBERED_PARTS = frozenset({"article", "section", "clause", "schedule", "exhibit", "annex", "annexure", "appendix",
                             "bilag", "attachment", "part", "chapter", "paragraph"})


def _furniture_key(text: str) -> str:
    text = text.strip()
    key = _FOOTER_PAGE_NUMBER.sub("", text)
    # "ARTICLE 5", "Schedule 2": the number names the part, it is not a page number
    return text if key.lower() in _NUMBERED_PARTS else key


def _is_short_line(block: TextBlock) -> bool:
    text = block.text.strip()
    return (not block.is_table and "\n" not in text and 0 < len(text.split()) <= _FURNITURE_WORDS
            and text[-1] not in ".;:,")


def _cut_off(block: TextBlock) -> bool:
    # (a line's worth of words at least: "where necessary for the performance of this Contract" above "where
    # following written instructions ..." is a list of unlabelled items, not a paragraph cut by the page)
    text = block.text.rstrip()
    return (not block.is_heading and not block.is_table and block.number is None and not block.revisions
            and block.original_text is None and bool(_MID_SENTENCE_END.search(text))
            and (len(text.split()) >= _LINE_WORDS or bool(_DANGLING_WORD.search(text))))


_WORD_END_HYPHEN = re.compile(r"(?<![A-Za-z-])([A-Za-z]{2,})-$")
_LINE_START_WORD = re.compile(r"^([a-z][A-Za-z']*)(.*)$", re.S)
_CUT_WORDS = 3


def _vocabulary(blocks: list[TextBlock]) -> Vocabulary:
    """The document's words, without the halves of words cut at a paragraph end ("reserva-" / "tion ..."), which
    would otherwise read as words of their own and keep the hyphen."""
    texts = []
    cut = False
    for block in blocks:
        text = block.text
        if cut:
            text = _LINE_START_WORD.sub(r"\2", text.lstrip(), count=1)
        cut = text.rstrip().endswith("-")
        texts.append(_WORD_END_HYPHEN.sub("", text.rstrip()) if cut else text)
    return Vocabulary(texts)


def _cut_mid_word(block: TextBlock, following: TextBlock) -> bool:
    """Does ``block`` end in half a word ("Se-", "applica-") that ``following`` finishes ("curity Standard ...")?"""
    text = block.text.rstrip()
    return (text.endswith("-") and not block.is_heading and not block.is_table and not block.revisions
            and block.original_text is None and len(text.split()) >= _CUT_WORDS
            and bool(_WORD_END_HYPHEN.search(text)) and _continues(following))


def _listed(out: list[TextBlock]) -> bool:
    """Is the last block an item of a list its lead-in opened ("... except:" / "where necessary ...")?"""
    return len(out) > 1 and out[-2].text.rstrip().endswith(":")


def _continues(block: TextBlock) -> bool:
    text = block.text.lstrip()
    return (not block.is_table and block.number is None and not block.revisions and block.original_text is None
            and bool(_CONTINUATION_START.match(text)) and not _LIST_LABEL.match(text))


# -- footnote reference marks ----------------------------------------------------------------------------------------
# A conformed copy printed to text or PDF keeps the marks of its footnotes glued to the word or stop they follow:
# "... recorded in the Exchange's compliance case system.[1]", "... at the rate set out in clause 22.3,[3] and, if
# ...". Word keeps a note's mark out of the text; left in a printed copy, "[3]" splits the sentence's phrases. The note
# itself ("[1] Words ... inserted by Amendment No. 1") starts its own line and stays.
_NOTE_MARK = re.compile(r"(?<=[A-Za-z.,;:)\"”’'])\[\d{1,2}\](?=[\s.,;:)]|$)")


def drop_note_marks(blocks: list[TextBlock]) -> list[TextBlock]:
    """The blocks without footnote reference marks glued to the text ("system.[1]" reads "system.")."""
    return [replace(block, text=_NOTE_MARK.sub("", block.text))
            if "[" in block.text and not block.revisions and block.original_text is None
            and _NOTE_MARK.search(block.text) else block for block in blocks]


# -- a table of contents ---------------------------------------------------------------------------
# A filing printed to text or PDF keeps its table of contents: "1 DEFINITIONS 2", ..., "SCHEDULE B ...", "ANNEX 11
# CONFIGURATION DIAGRAM". Read as clauses, its last entry becomes a schedule that swallows the whole agreement after
# it (TAT-14: every clause read as part of "Annex 11 Configuration Diagram", whose heading then lent "configuration"
# to each of them). Word marks its contents with styles, so only printed formats need this.
_TOC_TITLE = re.compile(r"^\s*(?:table\s+of\s+)?contents\s*:?\s*$", re.I)
_TOC_SEARCH_BLOCKS = 80
_TOC_MIN_ENTRIES = 3
_TOC_ENTRY_WORDS = 30
_TOC_WORD = re.compile(r"[A-Za-z][A-Za-z'’&-]*")
_TOC_SMALL_WORDS = frozenset({"of", "and", "the", "to", "for", "in", "on", "an", "or", "by", "with", "at", "from",
                              "its", "under", "as", "into", "upon", "between", "etc"})
_TOC_PAGE_REFERENCE = re.compile(r"\s+(?:\d{1,4}|[ivxlc]{1,6})\s*$", re.I)


def _is_toc_entry(block: TextBlock) -> bool:
    """An entry of a table of contents: a heading's words and a page number, no sentence of prose.

    Prose runs on lower-case words; an entry is capitals or title case ("Definitions and Interpretation ... 3"),
    so at most a quarter of its words (short connectives aside) start with a small letter.
    """
    if block.revisions or block.original_text is not None:
        return False
    for row in block.text.split("\n"):
        words = len(row.split())
        heading = _TOC_PAGE_REFERENCE.sub("", row).rstrip()
        # a sentence ends with a stop; an entry ends with its heading or its page number
        if words > _TOC_ENTRY_WORDS or (words >= 6 and heading.endswith((".", ";", ":", ".\"", ".”", ")."))):
            return False
        content = [word for word in _TOC_WORD.findall(heading)
                   if len(word) > 1 and word.lower() not in _TOC_SMALL_WORDS]
        if sum(word[0].islower() for word in content) * 4 > len(content):
            return False
    return True


def _toc_key(text: str) -> str:
    key = " ".join(re.sub(r"[^\w\s&-]", " ", text).split()).lower()
    shorter = _TOC_PAGE_REFERENCE.sub("", key)
    return shorter if len(shorter.split()) >= 2 else key


def drop_table_of_contents(blocks: list[TextBlock]) -> list[TextBlock]:
    """The blocks without a printed table of contents: a "Contents" title near the start and the entries under it.

    The contents end at the first block of prose, or where the body's first heading repeats one of the first
    entries ("1 DEFINITIONS 2" in the contents, "1 DEFINITIONS" over clause 1). Fewer than three entries are no
    table of contents and stay.
    """
    start = next((index for index, block in enumerate(blocks[:_TOC_SEARCH_BLOCKS])
                  if not block.is_table and _TOC_TITLE.match(block.text)), None)
    if start is None:
        return blocks
    end = start + 1
    first_keys: list[str] = []
    while end < len(blocks) and _is_toc_entry(blocks[end]):
        key = _toc_key(blocks[end].text)
        if key in first_keys:
            break
        if len(first_keys) < 3:
            first_keys.append(key)
        end += 1
    if end - start - 1 < _TOC_MIN_ENTRIES:
        return blocks
    return blocks[:start] + blocks[end:]
