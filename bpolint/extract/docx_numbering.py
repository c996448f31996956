"""Word automatic numbering, resolved to the text Word shows.

A paragraph's ``numId`` names a ``w:num``, which points at an
``w:abstractNum`` (possibly through ``numStyleLink``) holding up to nine
levels. Counters are kept per abstract list, so two ``numId`` that share one
abstract list continue one sequence; a ``startOverride`` restarts its level
the first time its ``numId`` is used; a level restarts when a higher level
advances unless ``lvlRestart`` says otherwise. ``lvlText`` ("%1.%2") is filled
from the counters, each in its level's ``numFmt``, or in decimal under
``isLgl``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from . import docx_ns as ns
from . import markers as m
from .markers import int_to_roman

_PLACEHOLDER = re.compile(r"%([1-9])")
_COMPOUND = re.compile(r"^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)+\.?$")
_DECIMAL_ONLY = re.compile(r"^\d+(?:\.\d+)*\.?$")
_LEVELS = 9
NUMBER_FORMATS = frozenset({"decimal", "decimalZero", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman",
                            "ordinal", "decimalEnclosedParen", "decimalEnclosedFullstop"})


@dataclass(frozen=True)
class Level:
    """One level of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # lvlRestart: None = after any higher level, 0 = never
    is_lgl: bool = False
    style: str | None = None  # pStyle linking a paragraph style to this level


@dataclass(frozen=True)
class ListNumber:
    """The number Word shows for one paragraph, and how the segmenter should read it."""

    text: str  # what Word prints, e.g. "12.3", "(a)", "Schedule 2"
    number: str  # what to hand the segmenter as TextBlock.number
    style: str | None  # a markers.* style, or None to let the segmenter parse ``number``
    level: int  # 0-based ilvl


def format_value(value: int, fmt: str) -> str:
    """One counter in a ``numFmt`` (Word's letters double after z: aa, bb)."""
    if fmt in ("lowerLetter", "upperLetter") and value > 0:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman = int_to_roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        return f"{value}{suffix}"
    if fmt == "none":
        return ""
    return str(value)


def _int(node: etree._Element | None, default: int | None = None) -> int | None:
    if node is None:
        return default
    try:
        return int(node.get(ns.VAL, ""))
    except ValueError:
        return default


def _level(node: etree._Element) -> Level:
    fmt_node = node.find(ns.w("numFmt"))
    text_node = node.find(ns.w("lvlText"))
    restart_node = node.find(ns.w("lvlRestart"))
    lgl_node = node.find(ns.w("isLgl"))
    style_node = node.find(ns.PSTYLE)
    return Level(
        start=_int(node.find(ns.w("start")), 1) or 0,
        fmt=fmt_node.get(ns.VAL, "decimal") if fmt_node is not None else "decimal",
        text=text_node.get(ns.VAL, "") if text_node is not None else "",
        restart=_int(restart_node),
        is_lgl=lgl_node is not None and ns.on_off(lgl_node),
        style=style_node.get(ns.VAL) if style_node is not None else None,
    )


@dataclass(frozen=True)
class _Num:
    abstract: str
    starts: Mapping[int, int]
    levels: Mapping[int, Level]


class Numbering:
    """The numbering part: list definitions and their instances."""

    def __init__(self, root: etree._Element | None, style_num_ids: Mapping[str, str] | None = None) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self._links: dict[str, str] = {}  # abstract id -> numStyleLink style id
        self.nums: dict[str, _Num] = {}
        if root is None:
            return
        for node in root.iter(ns.w("abstractNum")):
            abstract_id = node.get(ns.w("abstractNumId"), "")
            levels = {}
            for lvl in node.iter(ns.w("lvl")):
                try:
                    ilvl = int(lvl.get(ns.ILVL, "0"))
                except ValueError:
                    continue
                if 0 <= ilvl < _LEVELS:
                    levels[ilvl] = _level(lvl)
            self.abstracts[abstract_id] = levels
            link = node.find(ns.w("numStyleLink"))
            if link is not None and link.get(ns.VAL):
                self._links[abstract_id] = link.get(ns.VAL, "")
        for node in root.iter(ns.w("num")):
            num_id = node.get(ns.w("numId"))
            abstract = node.find(ns.w("abstractNumId"))
            if num_id is None or abstract is None:
                continue
            starts: dict[int, int] = {}
            overrides: dict[int, Level] = {}
            for override in node.iter(ns.w("lvlOverride")):
                try:
                    ilvl = int(override.get(ns.ILVL, "0"))
                except ValueError:
                    continue
                start = _int(override.find(ns.w("startOverride")))
                if start is not None:
                    starts[ilvl] = start
                lvl = override.find(ns.w("lvl"))
                if lvl is not None:
                    overrides[ilvl] = _level(lvl)
            self.nums[num_id] = _Num(abstract.get(ns.VAL, ""), starts, overrides)
        self._style_num_ids = dict(style_num_ids or {})

    def abstract_of(self, num_id: str) -> str | None:
        """The abstract list a ``numId`` counts in, following ``numStyleLink``."""
        num = self.nums.get(num_id)
        if num is None:
            return None
        abstract = num.abstract
        for _ in range(5):
            link = self._links.get(abstract)
            if link is None or self.abstracts.get(abstract):
                break
            linked_num = self.nums.get(self._style_num_ids.get(link, ""))
            if linked_num is None:
                break
            abstract = linked_num.abstract
        return abstract

    def levels(self, num_id: str) -> dict[int, Level]:
        abstract = self.abstract_of(num_id)
        levels = dict(self.abstracts.get(abstract or "", {}))
        num = self.nums.get(num_id)
        if num is not None:
            levels.update(num.levels)
        return levels

    def level_for_style(self, num_id: str, style_ids: list[str]) -> int | None:
        """The level whose ``pStyle`` links it to one of these paragraph styles."""
        levels = self.levels(num_id)
        for style_id in style_ids:
            for ilvl, level in levels.items():
                if level.style == style_id:
                    return ilvl
        return None


_DEFAULT_LEVEL = Level()


class Counter:
    """Running list counters for one reading of the document (accepted or original)."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self._counters: dict[str, list[int | None]] = {}
        self._levels_used: dict[str, list[bool]] = {}  # levels a paragraph has actually used
        self._started: set[tuple[str, int]] = set()  # (numId, ilvl) whose startOverride is applied
        self._levels: dict[str, dict[int, Level]] = {}
        self._abstracts: dict[str, str | None] = {}
        self._restarts: dict[str, tuple[int | None, ...]] = {}

    def next(self, num_id: str, ilvl: int, *, show: bool = True) -> ListNumber | None:
        """Advance the list for a paragraph and return the number Word shows, if any.

        With ``show=False`` the counters advance but no number is rendered.
        """
        levels = self._levels.get(num_id)
        if levels is None:
            levels = self._levels[num_id] = self.numbering.levels(num_id)
            self._abstracts[num_id] = self.numbering.abstract_of(num_id)
            self._restarts[num_id] = tuple(
                levels[deeper].restart if deeper in levels else None for deeper in range(_LEVELS))
        level = levels.get(ilvl)
        abstract = self._abstracts[num_id]
        if level is None or abstract is None:
            return None
        counters = self._counters.setdefault(abstract, [None] * _LEVELS)
        used = self._levels_used.setdefault(abstract, [False] * _LEVELS)
        used[ilvl] = True
        num = self.numbering.nums[num_id]
        if (num_id, ilvl) not in self._started:
            self._started.add((num_id, ilvl))
            if ilvl in num.starts:
                counters[ilvl] = num.starts[ilvl] - 1
        current = counters[ilvl]
        counters[ilvl] = level.start if current is None else current + 1
        for shallower in range(ilvl):
            if counters[shallower] is None:
                # A level printed before it was ever used shows its start value and counts
                # as used: "1.1" with no "1." before it is followed by "2." (as LibreOffice does).
                counters[shallower] = levels.get(shallower, _DEFAULT_LEVEL).start
        restarts = self._restarts[num_id]
        for deeper in range(ilvl + 1, _LEVELS):
            if counters[deeper] is None:
                continue
            restart = restarts[deeper]
            if restart is None or (restart != 0 and ilvl <= restart - 1):
                counters[deeper] = None
                used[deeper] = False
        if level.fmt == "bullet" or not show:
            return None
        text = self._render(level, levels, counters).strip()
        if not any(char.isalnum() for char in text):
            return None
        return _classify(text, level, levels, ilvl, counters, used)

    @staticmethod
    def _render(level: Level, levels: Mapping[int, Level], counters: list[int | None]) -> str:
        pieces = _pieces(level.text)
        out = []
        for index, piece in enumerate(pieces):
            if index % 2 == 0:
                out.append(piece)
                continue
            position = int(piece) - 1
            other = levels.get(position, _DEFAULT_LEVEL)
            value = counters[position]
            if value is None:
                value = other.start
            fmt = "decimal" if level.is_lgl and other.fmt not in ("none", "bullet") else other.fmt
            out.append(format_value(value, fmt))
        return "".join(out)


@lru_cache(maxsize=512)
def _pieces(lvl_text: str) -> list[str]:
    """``"%1.%2"`` -> ``["", "1", ".", "2", ""]``: literals at even, level numbers at odd indexes."""
    return _PLACEHOLDER.split(lvl_text)


def _classify(text: str, level: Level, levels: Mapping[int, Level], ilvl: int,
              counters: list[int | None], used: list[bool]) -> ListNumber:
    """Decide what the segmenter gets for a displayed number.

    Decimal and dotted compound numbers ("10.5.4", "1.a") are passed whole; a
    level that prints only its own letter, roman or digit ("(a)", "ii.", "3)")
    is passed as "(a)" with an explicit style, and the segmenter composes it
    under its parent ("12.3(a)") as for typed numbers. The explicit style
    settles what the text cannot: "(i)" here is roman because Word says so.
    """
    own_only = _own_only(level.text, ilvl)
    if _DECIMAL_ONLY.match(text):
        value = text.rstrip(".")
        if own_only and ilvl > 0 and _parent_in_use(levels, ilvl, used):
            return ListNumber(text, f"({value})", m.PAREN_DIGIT, ilvl)
        return ListNumber(text, text, m.DECIMAL, ilvl)
    parsed = m.parse_marker(text + " x")
    if parsed is not None and parsed[0].style in (m.SCHEDULE, m.ARTICLE, m.SECTION):
        return ListNumber(text, text, None, ilvl)
    fmt = "decimal" if level.is_lgl else level.fmt
    if not own_only and _COMPOUND.match(text):
        return ListNumber(text, text.rstrip("."), m.DECIMAL, ilvl)
    token = format_value(counters[ilvl] or level.start, fmt)
    if fmt in ("decimal", "decimalZero") and own_only and token in text:
        # "Clause 3", "3)": a top-level decimal list, or a digit list nested in one.
        if ilvl > 0 and _parent_in_use(levels, ilvl, used):
            return ListNumber(text, f"({token})", m.PAREN_DIGIT, ilvl)
        return ListNumber(text, token, m.DECIMAL, ilvl)
    if fmt == "upperRoman" and ilvl == 0 and "(" not in text:
        return ListNumber(text, f"{token}.", m.UPPER_ROMAN, ilvl)
    style = {
        "lowerLetter": m.PAREN_LOWER,
        "upperLetter": m.PAREN_UPPER,
        "lowerRoman": m.PAREN_ROMAN,
        "upperRoman": m.PAREN_UPPER,
    }.get(fmt, m.PAREN_DIGIT)
    if token and token in text:
        if " " in text and not _parent_in_use(levels, ilvl, used):
            # "Part A", "Stage II": a top-level label, kept whole.
            return ListNumber(text, text, m.DECIMAL, ilvl)
        return ListNumber(text, f"({token})", style, ilvl)
    return ListNumber(text, text, None, ilvl)


@lru_cache(maxsize=512)
def _own_only(lvl_text: str, ilvl: int) -> bool:
    """Does the level text print only its own counter ("(%3)"), not its parents' ("%1.%2.%3")?"""
    return set(_PLACEHOLDER.findall(lvl_text)) <= {str(ilvl + 1)}


def _parent_in_use(levels: Mapping[int, Level], ilvl: int, used: list[bool]) -> bool:
    """Has a paragraph used a shallower numbered level of this list, so this level nests under it?"""
    return any(
        used[index] and levels.get(index, _DEFAULT_LEVEL).fmt not in ("bullet", "none")
        for index in range(ilvl)
    )
