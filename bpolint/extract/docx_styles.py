"""Paragraph and character styles, resolved through their ``basedOn`` chains.

Numbering, outline level, heading level and bold all inherit through the chain
(a "Clause 2" style based on "Heading 2" numbers and ranks like it), so every
look-up walks the chain once and is cached per style id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from . import docx_ns as ns

_HEADING_NAME = re.compile(r"^heading\s*([1-9])$")
_TOC_NAME = re.compile(r"^(toc\s*\d|toc heading|table of contents|table of figures)")
_MAX_CHAIN = 30


@dataclass(frozen=True)
class _Style:
    id: str
    name: str
    kind: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None
    bold: bool | None


@dataclass(frozen=True)
class StyleNumbering:
    """Numbering a paragraph style gives its paragraphs."""

    num_id: str
    ilvl: int | None
    style_id: str  # the style in the chain that carries the numPr


@dataclass(frozen=True)
class Resolved:
    """A style's inherited properties."""

    numbering: StyleNumbering | None
    outline: int | None
    bold: bool
    bold_set: bool | None  # None when no style in the chain says
    toc: bool


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class Styles:
    """The styles part, with cached chain look-ups."""

    def __init__(self, root: etree._Element | None) -> None:
        self._styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self._resolved: dict[str, Resolved] = {}
        if root is None:
            return
        for node in root.iter(ns.w("style")):
            style_id = node.get(ns.w("styleId"))
            if not style_id:
                continue
            kind = node.get(ns.TYPE, "paragraph")
            name_node = node.find(ns.w("name"))
            based = node.find(ns.w("basedOn"))
            ppr = node.find(ns.PPR)
            rpr = node.find(ns.RPR)
            num_id = ilvl = outline = None
            if ppr is not None:
                numpr = ppr.find(ns.NUMPR)
                if numpr is not None:
                    num_node = numpr.find(ns.NUM_ID)
                    ilvl_node = numpr.find(ns.ILVL)
                    num_id = num_node.get(ns.VAL) if num_node is not None else None
                    ilvl = _int(ilvl_node.get(ns.VAL)) if ilvl_node is not None else None
                outline_node = ppr.find(ns.OUTLINE_LVL)
                if outline_node is not None:
                    outline = _int(outline_node.get(ns.VAL))
            bold = None
            if rpr is not None:
                b = rpr.find(ns.B)
                if b is not None:
                    bold = ns.on_off(b)
            self._styles[style_id] = _Style(
                id=style_id,
                name=(name_node.get(ns.VAL, "") if name_node is not None else "").strip().lower(),
                kind=kind,
                based_on=based.get(ns.VAL) if based is not None else None,
                num_id=num_id,
                ilvl=ilvl,
                outline=outline,
                bold=bold,
            )
            if kind == "paragraph" and ns.on_off_attr(node.get(ns.w("default"))):
                self.default_paragraph = style_id

    def ids(self) -> list[str]:
        """Every style id the part defines."""
        return list(self._styles)

    def chain(self, style_id: str | None) -> list[_Style]:
        """The style and its ancestors, nearest first (cycle-safe)."""
        out: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and len(out) < _MAX_CHAIN:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                break
            out.append(style)
            style_id = style.based_on
        return out

    def resolved(self, style_id: str | None) -> Resolved:
        """Everything a paragraph inherits from its style chain, computed once per style."""
        key = style_id or ""
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = self._resolve(style_id)
        return found

    def _resolve(self, style_id: str | None) -> Resolved:
        chain = self.chain(style_id)
        numbering: StyleNumbering | None = None
        ilvl: int | None = None
        for style in chain:
            # numId and ilvl inherit separately: "L3 clause" may set only ilvl and
            # take its list from the "L2 clause" style it is based on.
            if ilvl is None and style.ilvl is not None:
                ilvl = style.ilvl
            if style.num_id is not None:
                if style.num_id != "0":
                    numbering = StyleNumbering(style.num_id, ilvl, style.id)
                break
        outline: int | None = None
        for style in chain:
            if style.outline is not None:
                outline = style.outline
                break
            match = _HEADING_NAME.match(style.name)
            if match:
                outline = int(match.group(1)) - 1
                break
        bold = next((style.bold for style in chain if style.bold is not None), None)
        toc = any(_TOC_NAME.match(style.name) or style.id.lower().startswith("toc") for style in chain)
        return Resolved(numbering, outline, bool(bold), bold, toc)

    def numbering(self, style_id: str | None) -> StyleNumbering | None:
        """Numbering inherited from the style chain (``numId`` 0 switches it off)."""
        return self.resolved(style_id).numbering

    def outline_level(self, style_id: str | None) -> int | None:
        """0-based outline level (9 means body text) from the chain or a ``heading N`` name."""
        return self.resolved(style_id).outline

    def bold(self, style_id: str | None) -> bool:
        return self.resolved(style_id).bold

    def char_bold(self, style_id: str | None) -> bool | None:
        """Bold from a character style chain, ``None`` when it does not say."""
        return self.resolved(style_id).bold_set

    def is_toc(self, style_id: str | None) -> bool:
        """Table-of-contents styles: their paragraphs repeat headings and are skipped."""
        return self.resolved(style_id).toc

    def name(self, style_id: str | None) -> str:
        style = self._styles.get(style_id or "")
        return style.name if style else ""
