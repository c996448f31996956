"""The text inside one Word paragraph, in two views.

:class:`InlineReader` walks a paragraph's runs in document order and builds
the accepted view (tracked insertions and moves-to in, deletions and
moves-from out) and the original view (the reverse) at once. Field
instructions (``instrText``) never become text; field results do, for complex
(``fldChar``) and simple (``fldSimple``) fields alike, except a table of
contents, whose result repeats the headings. Content controls, hyperlinks,
smart tags and custom XML are read through. Text boxes are not inlined: their
content is returned for the caller to read as blocks after the paragraph, once
(the ``mc:Fallback`` copy is never read). Footnote/endnote references and
comment anchors are collected so the caller can link them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..model import Revision
from . import docx_ns as ns
from .docx_styles import Styles

_CONTAINERS = frozenset({ns.HYPERLINK, ns.SMART_TAG, ns.CUSTOM_XML, ns.DIR, ns.BDO})
_REVISIONS = {ns.INS: "insertion", ns.DEL: "deletion", ns.MOVE_TO: "move", ns.MOVE_FROM: "move"}
_HIDDEN_FIELDS = frozenset({"TOC", "TOA", "INDEX"})
_MC_FALLBACK = f"{{{ns.MC_NS}}}Fallback"
_BOX_HOSTS = frozenset({ns.DRAWING, ns.PICT, ns.OBJECT})
_NO_TEXT = frozenset({ns.RPR, ns.PPR, ns.w("proofErr"), ns.w("bookmarkStart"), ns.w("bookmarkEnd"),
                      ns.w("lastRenderedPageBreak"), ns.w("commentRangeEnd"), ns.w("permStart"), ns.w("permEnd")})


@dataclass
class Inline:
    """What one paragraph holds."""

    accepted: list[str] = field(default_factory=list)
    original: list[str] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    changed: bool = False
    comment_ids: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # ("footnote" | "endnote", id)
    boxes: list[etree._Element] = field(default_factory=list)


def clean(parts: list[str]) -> str:
    """Join run texts; collapse spaces and tabs, keep line breaks, drop empty lines."""
    text = "".join(parts)
    if "\u00a0" in text or "\u00ad" in text:
        text = text.replace("\u00a0", " ").replace("\u00ad", "")
    if "\n" not in text:
        return " ".join(text.split())
    return "\n".join(line for line in (" ".join(raw.split()) for raw in text.split("\n")) if line)


class _Field:
    __slots__ = ("instr", "result", "hidden")

    def __init__(self) -> None:
        self.instr: list[str] = []
        self.result = False
        self.hidden = False


class InlineReader:
    """Reads paragraphs; keeps complex-field state, which may span paragraphs."""

    def __init__(self, styles: Styles, *, hidden_text: bool = False) -> None:
        self.styles = styles
        self.hidden_text = hidden_text  # the part uses w:vanish somewhere: check runs for it
        self.hidden_runs = 0
        self.fields: list[_Field] = []
        self._suppressed = False  # inside a field instruction or a hidden field's result

    def _update(self) -> None:
        self._suppressed = any((not f.result) or f.hidden for f in self.fields)

    def read(self, paragraph: etree._Element) -> Inline:
        out = Inline()
        self._walk(paragraph, out, True, True)
        return out

    def _text(self, out: Inline, text: str | None, acc: bool, orig: bool) -> None:
        if not text or self._suppressed:
            return
        if acc:
            out.accepted.append(text)
        if orig:
            out.original.append(text)

    def _walk(self, element: etree._Element, out: Inline, acc: bool, orig: bool) -> None:
        # The most frequent tags are tested first: this loop runs for every element of the body.
        for child in element:
            tag = child.tag
            if tag == ns.R:
                if self.hidden_text and _is_hidden(child):
                    # Hidden text is not what Word shows; its field characters still count.
                    self.hidden_runs += 1
                    self._walk(child, out, False, False)
                elif len(child) <= 2 and not self._suppressed and _plain_run(child):
                    # Fast path for the common run (optional rPr + one w:t).
                    text = child[-1].text
                    if text:
                        if acc:
                            out.accepted.append(text)
                        if orig:
                            out.original.append(text)
                else:
                    self._walk(child, out, acc, orig)
            elif tag == ns.T or tag == ns.DEL_TEXT:
                self._text(out, child.text, acc, orig)
            elif tag in _NO_TEXT:
                continue
            elif tag == ns.TAB or tag == ns.PTAB:
                self._text(out, "\t", acc, orig)
            elif tag == ns.BR or tag == ns.CR:
                kind = child.get(ns.TYPE)
                self._text(out, " " if kind in ("page", "column") else "\n", acc, orig)
            elif tag == ns.NO_BREAK_HYPHEN:
                self._text(out, "-", acc, orig)
            elif tag == ns.FLD_CHAR:
                self._field_char(child)
            elif tag == ns.INSTR_TEXT or tag == ns.DEL_INSTR_TEXT:
                if self.fields and not self.fields[-1].result and child.text:
                    self.fields[-1].instr.append(child.text)
            elif tag in _CONTAINERS:
                self._walk(child, out, acc, orig)
            elif tag == ns.SDT:
                content = child.find(ns.SDT_CONTENT)
                if content is not None:
                    self._walk(content, out, acc, orig)
            elif tag == ns.FLD_SIMPLE:
                if _field_name(child.get(ns.INSTR, "")) not in _HIDDEN_FIELDS:
                    self._walk(child, out, acc, orig)
            elif tag in _REVISIONS:
                self._revision(child, out, acc, orig)
            elif tag == ns.FOOTNOTE_REF or tag == ns.ENDNOTE_REF:
                if acc and child.get(ns.ID) is not None:
                    out.notes.append(("footnote" if tag == ns.FOOTNOTE_REF else "endnote", child.get(ns.ID, "")))
            elif tag == ns.COMMENT_RANGE_START or tag == ns.COMMENT_REF:
                comment_id = child.get(ns.ID)
                if comment_id is not None and comment_id not in out.comment_ids:
                    out.comment_ids.append(comment_id)
            elif tag == ns.MC_ALTERNATE:
                choice = child.find(ns.MC_CHOICE)
                if choice is not None:
                    self._walk(choice, out, acc, orig)
            elif tag in _BOX_HOSTS:
                out.boxes.extend(text_boxes(child))

    def _revision(self, element: etree._Element, out: Inline, acc: bool, orig: bool) -> None:
        tag = element.tag
        inserted = tag in (ns.INS, ns.MOVE_TO)
        buffer = out.accepted if inserted else out.original
        start = len(buffer)
        self._walk(element, out, acc and inserted, orig and not inserted)
        text = "".join(buffer[start:])
        if text.strip() and (acc if inserted else orig):
            out.changed = True
            out.revisions.append(Revision(
                kind=_REVISIONS[tag], text=" ".join(text.split()),
                author=element.get(ns.AUTHOR), date=element.get(ns.DATE),
            ))

    def _field_char(self, element: etree._Element) -> None:
        kind = element.get(ns.FLD_CHAR_TYPE)
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            current = self.fields[-1]
            current.result = True
            current.hidden = _field_name("".join(current.instr)) in _HIDDEN_FIELDS
        elif kind == "end" and self.fields:
            self.fields.pop()
        self._update()


def _field_name(instruction: str) -> str:
    words = instruction.split()
    return words[0].upper() if words else ""


def text_boxes(host: etree._Element) -> list[etree._Element]:
    """The outermost ``w:txbxContent`` under a drawing, never from an ``mc:Fallback``."""
    found = []
    for box in host.iter(ns.TXBX_CONTENT):
        parent = box.getparent()
        inner = False
        while parent is not None and parent is not host:
            if parent.tag == ns.TXBX_CONTENT or parent.tag == _MC_FALLBACK:
                inner = True
                break
            parent = parent.getparent()
        if not inner:
            found.append(box)
    return found


def is_all_bold(paragraph: etree._Element, styles: Styles, paragraph_bold: bool) -> bool:
    """Is every run that shows text bold (run property, character style or paragraph style)?

    Run apart from the text walk: only heading candidates need it.
    """
    found = False
    for run in paragraph.iter(ns.R):
        if not any(t.text and t.text.strip() for t in run.iterchildren(ns.T)):
            continue
        found = True
        if not _run_bold(run, styles, paragraph_bold):
            return False
    return found


def _run_bold(run: etree._Element, styles: Styles, inherited: bool) -> bool:
    if not len(run) or run[0].tag != ns.RPR:
        return inherited
    style_bold = None
    for prop in run[0]:
        tag = prop.tag
        if tag == ns.B:
            return ns.on_off(prop)
        if tag == ns.RSTYLE:
            style_bold = styles.char_bold(prop.get(ns.VAL))
    return inherited if style_bold is None else style_bold


def _is_hidden(run: etree._Element) -> bool:
    if not len(run) or run[0].tag != ns.RPR:
        return False
    vanish = next(run[0].iterchildren(ns.VANISH), None)
    return vanish is not None and ns.on_off(vanish)


def _plain_run(run: etree._Element) -> bool:
    """A run holding just text: ``<w:t>`` alone or after ``<w:rPr>``."""
    last = run[-1] if len(run) else None
    if last is None or last.tag != ns.T:
        return False
    return len(run) == 1 or run[0].tag == ns.RPR
