"""Word (.docx) extraction: the body as the segmenter's blocks, in document order.

Numbering is resolved as Word shows it (:mod:`.docx_numbering`), runs are read
in accepted and original views (:mod:`.docx_text`), tables become one block a
table (one row a line, cells joined by ``" | "``), footnotes and endnotes
become FOOTNOTE blocks placed right after the paragraph that cites them,
comments ride on the block they anchor to, and running headers and footers go
to the document metadata. See docs/extraction-docx.md.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import CorruptFile, InputError, UnsupportedFormat
from ..model import ClauseKind, Comment, Document, ExtractionWarning, Location, Revision
from . import docx_ns as ns
from . import markers as m
from .blocks import TextBlock
from .document import build_document
from .docx_numbering import Counter, ListNumber, Numbering, format_value
from .docx_package import Package, parse_xml, read_package
from .docx_styles import Styles
from .docx_text import Inline, InlineReader, clean, is_all_bold
from .segment import is_plain_heading_line

_HEADING_MAX_WORDS = 15
_MANUAL_HEADING_MAX_WORDS = 12
_SKIPPED_NOTES = frozenset({"separator", "continuationSeparator", "continuationNotice"})


@dataclass
class _Paragraph:
    """One paragraph, read and numbered."""

    text: str
    original: str
    changed: bool
    in_accepted: bool
    number: ListNumber | None
    original_number: ListNumber | None
    is_heading: bool
    level: int | None
    inline: Inline


@dataclass
class _Properties:
    """A paragraph's direct properties."""

    style_id: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None
    mark_inserted: bool = False
    mark_deleted: bool = False
    section_break: bool = False


@dataclass
class _Carried:
    """Text whose paragraph mark is deleted, waiting for the paragraph it runs into."""

    paragraph: _Paragraph
    comments: tuple[Comment, ...]
    index: int


def _numbered_original(paragraph: _Paragraph) -> str:
    """A paragraph's original text, led by the number it had in the original view."""
    shown = paragraph.original_number
    return f"{shown.text} {paragraph.original}" if shown else paragraph.original


@dataclass
class _Cells:
    """Table text gathered row by row, in both views."""

    accepted: list[str] = field(default_factory=list)
    original: list[str] = field(default_factory=list)
    changed: bool = False
    revisions: list[Revision] = field(default_factory=list)
    comment_ids: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)


def _looks_like_heading(text: str, max_words: int) -> bool:
    words = text.split()
    if not words or len(words) > max_words or len(text) > 150 or "\n" in text:
        return False
    if text[-1] in ";,":
        return False
    return not (text[-1] == "." and len(words) > 6)


class _Reader:
    def __init__(self, path: Path, package: Package) -> None:
        self.path = path
        self.warnings: list[ExtractionWarning] = []
        self.document = parse_xml(package.document, package.document_name, path)
        if self.document.tag.startswith(f"{{{ns.W_STRICT_NS}}}"):
            raise UnsupportedFormat(
                f"{path}: Strict Open XML is not supported; save it in Word as 'Word Document (.docx)'"
            )
        self.styles = Styles(self._part(package.styles, "styles.xml"))
        style_num_ids = {sid: sn.num_id for sid in self.styles.ids()
                         if (sn := self.styles.numbering(sid)) is not None}
        self.numbering = Numbering(self._part(package.numbering, "numbering.xml"), style_num_ids)
        self.accepted_counter = Counter(self.numbering)
        self.original_counter = Counter(self.numbering)
        self.inline = InlineReader(self.styles, hidden_text=b"vanish" in package.document)
        self.notes = {
            "footnote": self._notes(self._part(package.footnotes, "footnotes.xml"), "footnote"),
            "endnote": self._notes(self._part(package.endnotes, "endnotes.xml"), "endnote"),
        }
        self.note_formats = self._note_formats(self._part(package.settings, "settings.xml"))
        self.note_counts = {"footnote": 0, "endnote": 0}
        self.comments = self._comments(self._part(package.comments, "comments.xml"))
        self.comments_used: set[str] = set()
        self.headers = self._running(package.headers, "header")
        self.footers = self._running(package.footers, "footer")
        self.blocks: list[TextBlock] = []
        self.paragraph_index = 0
        self.missing_lists: set[str] = set()
        self.alt_chunks = 0
        self.pending_comments: list[str] = []
        self.carry: list[_Carried] = []

    def _part(self, data: bytes | None, name: str) -> etree._Element | None:
        return parse_xml(data, name, self.path) if data is not None else None

    # -- parts around the body --------------------------------------------------------
    @staticmethod
    def _notes(root: etree._Element | None, kind: str) -> dict[str, etree._Element]:
        if root is None:
            return {}
        return {node.get(ns.ID, ""): node for node in root.iter(ns.w(kind))
                if node.get(ns.TYPE) not in _SKIPPED_NOTES}

    @staticmethod
    def _note_formats(settings: etree._Element | None) -> dict[str, str]:
        formats = {"footnote": "decimal", "endnote": "lowerRoman"}
        if settings is None:
            return formats
        for kind in ("footnote", "endnote"):
            pr = settings.find(ns.w(f"{kind}Pr"))
            fmt = pr.find(ns.w("numFmt")) if pr is not None else None
            if fmt is not None and fmt.get(ns.VAL):
                formats[kind] = fmt.get(ns.VAL, "decimal")
        return formats

    def _plain_text(self, container: etree._Element) -> str:
        """Accepted text of a comment, header or footer, paragraphs on their own lines."""
        reader = InlineReader(self.styles)
        lines: list[str] = []

        def walk(element: etree._Element) -> None:
            for child in element:
                if child.tag == ns.P:
                    inline = reader.read(child)
                    text = clean(inline.accepted)
                    if text:
                        lines.append(text)
                    for box in inline.boxes:
                        walk(box)
                elif child.tag in (ns.TBL, ns.TR, ns.TC, ns.CUSTOM_XML):
                    walk(child)
                elif child.tag == ns.SDT:
                    content = child.find(ns.SDT_CONTENT)
                    if content is not None:
                        walk(content)

        walk(container)
        return "\n".join(lines)

    def _comments(self, root: etree._Element | None) -> dict[str, Comment]:
        if root is None:
            return {}
        return {
            node.get(ns.ID, ""): Comment(text=self._plain_text(node), author=node.get(ns.AUTHOR),
                                         date=node.get(ns.DATE))
            for node in root.iter(ns.w("comment"))
        }

    def _running(self, parts: list[bytes], kind: str) -> str:
        texts: list[str] = []
        for index, data in enumerate(parts):
            root = parse_xml(data, f"{kind}{index + 1}.xml", self.path)
            text = " ".join(self._plain_text(root).split())
            if text and text not in texts:
                texts.append(text)
        return "\n".join(texts)

    # -- paragraphs ---------------------------------------------------------------------
    def _read_paragraph(self, paragraph: etree._Element, *, numbered: bool = True) -> _Paragraph | None:
        """Text in both views, list number and heading status; ``None`` for a TOC paragraph.

        Advances the list counters, so every paragraph must be read once, in document order.
        """
        props = self._properties(paragraph)
        style_id, num_id, ilvl, outline = props.style_id, props.num_id, props.ilvl, props.outline
        mark_inserted, mark_deleted, section_break = props.mark_inserted, props.mark_deleted, props.section_break
        inherited = self.styles.resolved(style_id)
        if inherited.toc:
            return None
        inline = self.inline.read(paragraph)
        text = clean(inline.accepted)
        original = clean(inline.original) if (inline.changed or mark_inserted or mark_deleted) else text
        # A deleted paragraph mark means the paragraph is not one of its own in the accepted
        # view: with no text left it is gone; with text left, that text joins the next paragraph.
        in_accepted = not mark_deleted
        in_original = not mark_inserted or bool(original)
        number = original_number = None
        if numbered and not (section_break and not text):
            # An empty paragraph that only carries a section break shows no number.
            num_id, ilvl = self._list_of(style_id, num_id, ilvl)
            if num_id is not None and ilvl is not None:
                if in_accepted:
                    number = self.accepted_counter.next(num_id, ilvl)
                if in_original:
                    # The original view's number is shown only for a paragraph the accepted view lost.
                    original_number = self.original_counter.next(
                        num_id, ilvl, show=not in_accepted or bool(self.carry))
        if outline is None:
            outline = inherited.outline
        is_heading = False
        level: int | None = None
        if outline is not None and 0 <= outline < 9:
            is_heading = _looks_like_heading(text, _HEADING_MAX_WORDS)
            level = outline + 1
        elif (
            _looks_like_heading(text, _MANUAL_HEADING_MAX_WORDS)
            and (number is not None or m.parse_marker(text) is not None)
            and is_all_bold(paragraph, self.styles, inherited.bold)
        ):
            is_heading = True  # a manual heading: short, all bold, numbered
        elif (
            number is None
            and is_plain_heading_line(text)
            and is_all_bold(paragraph, self.styles, inherited.bold)
        ):
            # Unnumbered and all bold ("Operative provisions"): a heading where the same line would
            # be one in plain text (short, no verb, unpunctuated), so every format agrees.
            is_heading = True
        if number is not None:
            level = number.level + 1
        return _Paragraph(
            text=text, original=original,
            changed=inline.changed or mark_inserted or mark_deleted,
            in_accepted=in_accepted, number=number, original_number=original_number,
            is_heading=is_heading, level=level, inline=inline,
        )

    def _properties(self, paragraph: etree._Element) -> _Properties:
        """What the paragraph's own ``w:pPr`` says (pPr is the first child when present)."""
        props = _Properties(style_id=self.styles.default_paragraph)
        ppr = paragraph[0] if len(paragraph) and paragraph[0].tag == ns.PPR else None
        if ppr is None:
            return props
        for prop in ppr:
            tag = prop.tag
            if tag == ns.PSTYLE:
                props.style_id = prop.get(ns.VAL)
            elif tag == ns.NUMPR:
                num_node = prop.find(ns.NUM_ID)
                ilvl_node = prop.find(ns.ILVL)
                if num_node is not None:
                    props.num_id = num_node.get(ns.VAL)
                if ilvl_node is not None:
                    props.ilvl = _to_int(ilvl_node.get(ns.VAL))
            elif tag == ns.SECT_PR:
                props.section_break = True
            elif tag == ns.OUTLINE_LVL:
                props.outline = _to_int(prop.get(ns.VAL))
            elif tag == ns.RPR:
                # The paragraph mark's own revision: the paragraph was inserted or deleted whole.
                for mark in prop:
                    if mark.tag in (ns.INS, ns.MOVE_TO):
                        props.mark_inserted = True
                    elif mark.tag in (ns.DEL, ns.MOVE_FROM):
                        props.mark_deleted = True
        return props

    def _list_of(self, style_id: str | None, num_id: str | None, ilvl: int | None) -> tuple[str | None, int | None]:
        """The list and level of a paragraph: its own numPr, else its style chain's."""
        if num_id is None:
            inherited = self.styles.numbering(style_id)
            if inherited is None:
                return None, None
            num_id = inherited.num_id
            if ilvl is None:
                ilvl = inherited.ilvl
            if ilvl is None:
                chain = [style.id for style in self.styles.chain(style_id)]
                ilvl = self.numbering.level_for_style(num_id, chain)
        if num_id == "0":
            return None, None
        if num_id not in self.numbering.nums:
            self.missing_lists.add(num_id)
            return None, None
        return num_id, ilvl if ilvl is not None and 0 <= ilvl < 9 else 0

    def _take_comments(self, ids: list[str]) -> tuple[Comment, ...]:
        found = []
        for comment_id in ids:
            if comment_id in self.comments and comment_id not in self.comments_used:
                self.comments_used.add(comment_id)
                found.append(self.comments[comment_id])
        return tuple(found)

    # -- blocks -------------------------------------------------------------------------
    def read_body(self) -> None:
        body = self.document.find(ns.BODY)
        if body is None:
            raise CorruptFile(f"{self.path}: the document part has no body")
        self._blocks(body)
        if self.carry:
            self._append_merged(None, ())

    def _blocks(self, container: etree._Element) -> None:
        for child in container:
            tag = child.tag
            if tag == ns.P:
                self._paragraph(child)
            elif tag == ns.TBL:
                self._table(child)
            elif tag == ns.SDT:
                content = child.find(ns.SDT_CONTENT)
                if content is not None:
                    self._blocks(content)
            elif tag == ns.CUSTOM_XML:
                self._blocks(child)
            elif tag == ns.MC_ALTERNATE:
                choice = child.find(ns.MC_CHOICE)
                if choice is not None:
                    self._blocks(choice)
            elif tag == ns.ALT_CHUNK:
                self.alt_chunks += 1
            elif tag == ns.COMMENT_RANGE_START and child.get(ns.ID) is not None:
                # A comment spanning paragraphs starts between them: anchor it to the next one.
                self.pending_comments.append(child.get(ns.ID, ""))

    def _paragraph(self, element: etree._Element) -> None:
        index = self.paragraph_index
        self.paragraph_index += 1
        paragraph = self._read_paragraph(element)
        if paragraph is None:
            return
        inline = paragraph.inline
        comments = self._take_comments(self.pending_comments + inline.comment_ids)
        self.pending_comments = []
        if not paragraph.in_accepted and paragraph.text:
            # Its paragraph mark is deleted: the text runs on into the next paragraph.
            self.carry.append(_Carried(paragraph, comments, index))
        elif paragraph.in_accepted and self.carry:
            self._append_merged(paragraph, comments)
        elif paragraph.in_accepted:
            number = paragraph.number
            self.blocks.append(TextBlock(
                text=paragraph.text, location=Location(paragraph=index),
                number=number.number if number else None,
                number_style=number.style if number else None,
                level=paragraph.level, is_heading=paragraph.is_heading,
                original_text=paragraph.original if paragraph.changed else None,
                revisions=tuple(inline.revisions), comments=comments,
            ))
        else:
            # Deleted as a whole: no number in the accepted view; the original keeps its own.
            self.blocks.append(TextBlock(
                text="", location=Location(paragraph=index), original_text=_numbered_original(paragraph),
                revisions=tuple(inline.revisions), comments=comments,
            ))
        for box in inline.boxes:
            self._blocks(box)
        self._note_blocks(inline.notes, index)

    def _append_merged(self, paragraph: _Paragraph | None, comments: tuple[Comment, ...]) -> None:
        """One accepted paragraph from carried text and the paragraph it runs into (if any).

        The merged paragraph keeps the receiving paragraph's number, as Word does; the
        original view keeps every paragraph with its own number.
        """
        carried, self.carry = self.carry, []
        texts = [c.paragraph.text for c in carried]
        originals = [_numbered_original(c.paragraph) for c in carried]
        revisions = [r for c in carried for r in c.paragraph.inline.revisions]
        all_comments = [k for c in carried for k in c.comments]
        number = None
        if paragraph is not None:
            number = paragraph.number
            if paragraph.text:
                texts.append(paragraph.text)
            if paragraph.original:
                originals.append(_numbered_original(paragraph))
            revisions.extend(paragraph.inline.revisions)
            all_comments.extend(comments)
        self.blocks.append(TextBlock(
            text=" ".join(texts), location=Location(paragraph=carried[0].index),
            number=number.number if number else None, number_style=number.style if number else None,
            level=paragraph.level if paragraph is not None else None,
            original_text="\n".join(originals), revisions=tuple(revisions), comments=tuple(all_comments),
        ))

    def _note_blocks(self, notes: list[tuple[str, str]], index: int) -> None:
        for kind, note_id in notes:
            node = self.notes[kind].get(note_id)
            if node is None:
                continue
            self.note_counts[kind] += 1
            number = format_value(self.note_counts[kind], self.note_formats[kind])
            texts, originals, revisions, comment_ids = [], [], [], []
            changed = False
            for element in node.iter(ns.P):
                paragraph = self._read_paragraph(element, numbered=False)
                if paragraph is None:
                    continue
                if paragraph.text:
                    texts.append(paragraph.text)
                if paragraph.original:
                    originals.append(paragraph.original)
                changed = changed or paragraph.changed
                revisions.extend(paragraph.inline.revisions)
                comment_ids.extend(paragraph.inline.comment_ids)
            self.blocks.append(TextBlock(
                text="\n".join(texts), location=Location(paragraph=index), number=number,
                number_style=m.ENDNOTE if kind == "endnote" else None, kind=ClauseKind.FOOTNOTE,
                original_text="\n".join(originals) if changed else None,
                revisions=tuple(revisions), comments=self._take_comments(comment_ids),
            ))

    # -- tables -------------------------------------------------------------------------
    def _table(self, table: etree._Element) -> None:
        if self.carry:
            self._append_merged(None, ())
        index = self.paragraph_index
        cells = _Cells()
        self._rows(table, cells)
        if not cells.accepted and not cells.original:
            return
        self.blocks.append(TextBlock(
            text="\n".join(cells.accepted), location=Location(paragraph=index), is_table=True,
            original_text="\n".join(cells.original) if cells.changed else None,
            revisions=tuple(cells.revisions), comments=self._take_comments(cells.comment_ids),
        ))
        self._note_blocks(cells.notes, index)

    def _rows(self, container: etree._Element, cells: _Cells) -> None:
        for child in container:
            tag = child.tag
            if tag == ns.TR:
                self._row(child, cells)
            elif tag in (ns.SDT, ns.CUSTOM_XML):
                content = child.find(ns.SDT_CONTENT) if tag == ns.SDT else child
                if content is not None:
                    self._rows(content, cells)

    def _row(self, row: etree._Element, cells: _Cells) -> None:
        in_accepted = in_original = True
        trpr = row.find(ns.TRPR)
        if trpr is not None:
            if trpr.find(ns.DEL) is not None:
                in_accepted = False
                cells.changed = True
            if trpr.find(ns.INS) is not None:
                in_original = False
                cells.changed = True
        accepted: list[str] = []
        original: list[str] = []
        self._cells(row, cells, accepted, original)
        line = " | ".join(accepted)
        if in_accepted and line.replace("|", "").strip():
            cells.accepted.append(line)
        line = " | ".join(original)
        if in_original and line.replace("|", "").strip():
            cells.original.append(line)
        if not in_accepted and original:
            cells.revisions.append(Revision(kind="deletion", text=" | ".join(original)))
        elif not in_original and accepted:
            cells.revisions.append(Revision(kind="insertion", text=" | ".join(accepted)))

    def _cells(self, container: etree._Element, cells: _Cells, accepted: list[str], original: list[str]) -> None:
        for child in container:
            tag = child.tag
            if tag == ns.TC:
                texts, originals = self._cell(child, cells)
                accepted.append(" ".join(texts))
                original.append(" ".join(originals))
            elif tag in (ns.SDT, ns.CUSTOM_XML):
                content = child.find(ns.SDT_CONTENT) if tag == ns.SDT else child
                if content is not None:
                    self._cells(content, cells, accepted, original)

    def _cell(self, container: etree._Element, cells: _Cells) -> tuple[list[str], list[str]]:
        texts: list[str] = []
        originals: list[str] = []
        for child in container:
            tag = child.tag
            if tag == ns.P:
                self.paragraph_index += 1
                paragraph = self._read_paragraph(child)
                if paragraph is None:
                    continue
                shown = paragraph.number.text + " " if paragraph.number else ""
                if paragraph.text:
                    texts.append(shown + paragraph.text)
                if paragraph.original:
                    shown_before = paragraph.original_number or paragraph.number
                    before = shown_before.text + " " if shown_before else ""
                    originals.append(before + paragraph.original)
                cells.changed = cells.changed or paragraph.changed
                cells.revisions.extend(paragraph.inline.revisions)
                cells.comment_ids.extend(paragraph.inline.comment_ids)
                cells.notes.extend(paragraph.inline.notes)
                for box in paragraph.inline.boxes:
                    inner, inner_original = self._cell(box, cells)
                    texts.extend(inner)
                    originals.extend(inner_original)
            elif tag == ns.TBL:
                nested = _Cells()
                self._rows(child, nested)
                texts.append(" / ".join(nested.accepted))
                originals.append(" / ".join(nested.original))
                cells.changed = cells.changed or nested.changed
                cells.revisions.extend(nested.revisions)
                cells.comment_ids.extend(nested.comment_ids)
                cells.notes.extend(nested.notes)
            elif tag in (ns.SDT, ns.CUSTOM_XML):
                content = child.find(ns.SDT_CONTENT) if tag == ns.SDT else child
                if content is not None:
                    inner, inner_original = self._cell(content, cells)
                    texts.extend(inner)
                    originals.extend(inner_original)
        return texts, originals

    # -- result -------------------------------------------------------------------------
    def metadata(self) -> list[tuple[str, str]]:
        meta = []
        if self.headers:
            meta.append(("header", self.headers))
        if self.footers:
            meta.append(("footer", self.footers))
        unanchored = [c for cid, c in self.comments.items() if cid not in self.comments_used]
        if unanchored:
            meta.append(("unanchored_comments", "\n".join(c.text for c in unanchored)))
        return meta

    def all_warnings(self) -> list[ExtractionWarning]:
        warnings = list(self.warnings)
        if self.missing_lists:
            warnings.append(ExtractionWarning(
                "BPO-W101",
                f"paragraphs refer to list definitions the file lacks (numId {', '.join(sorted(self.missing_lists))}); "
                "their numbers are not shown",
            ))
        if self.alt_chunks:
            warnings.append(ExtractionWarning(
                "BPO-W103", f"{self.alt_chunks} embedded chunk(s) of imported HTML/RTF (altChunk) are not read",
            ))
        if self.inline.hidden_runs:
            warnings.append(ExtractionWarning(
                "BPO-W104", f"{self.inline.hidden_runs} run(s) of hidden text (not shown by Word) were left out",
            ))
        if self.inline.fields:
            warnings.append(ExtractionWarning(
                "BPO-W102", "a field is never closed; text after it may be missing",
            ))
        return warnings


def _to_int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def docx_blocks(path: Path) -> tuple[list[TextBlock], list[tuple[str, str]], list[ExtractionWarning]]:
    """The blocks, metadata and warnings of a .docx file (what :func:`extract_docx` segments)."""
    reader = _Reader(path, read_package(path))
    reader.read_body()
    return reader.blocks, reader.metadata(), reader.all_warnings()


def extract_docx(path: Path) -> Document:
    """Extract a Word ``.docx`` (or ``.dotx``) contract.

    Raises an :class:`~bpolint.errors.InputError` subclass with a one-line
    message for a corrupt, encrypted, legacy, macro-enabled or unsafe file.
    """
    path = Path(path)
    try:
        blocks, metadata, warnings = docx_blocks(path)
    except InputError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, IndexError, ValueError, UnicodeError,
            RuntimeError, etree.LxmlError) as error:
        # Damage found while inflating or reading a part: still a corrupt file, said in one line.
        detail = (str(error).splitlines() or [""])[0]
        raise CorruptFile(f"{path}: corrupt .docx ({type(error).__name__}: {detail})") from error
    return build_document(str(path), "docx", blocks, warnings=warnings, metadata=metadata)
