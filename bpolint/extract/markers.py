"""Clause numbers as contracts print them: ``1.``, ``12.3``, ``(a)``, ``(iv)``,
``Article IV``, ``Section 5.1``, ``Schedule 3``, ``Annex B``.

A :class:`Marker` is the parsed form; the segmenter uses its ``style`` to decide
nesting and its ``value`` to follow sequences (``(h)`` then ``(i)`` is a letter,
``(iii)`` then ``(iv)`` a roman numeral).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Styles, from outermost to innermost in usual drafting.
SCHEDULE = "schedule"
ARTICLE = "article"
SECTION = "section"
DECIMAL = "decimal"
PAREN_LOWER = "paren-lower"
PAREN_ROMAN = "paren-roman"
PAREN_UPPER = "paren-upper"
PAREN_DIGIT = "paren-digit"
UPPER_ROMAN = "upper-roman"  # "I.", "IV." used as top-level parts
# Korean and Japanese drafting numbers an article's paragraphs with circled digits ("① Party Eul shall ...",
# "② ..."), with items "1.", "2." under a paragraph: a level between the article and its items.
CIRCLED = "circled"

PAREN_STYLES = (PAREN_LOWER, PAREN_ROMAN, PAREN_UPPER, PAREN_DIGIT)
ENDNOTE = "endnote"  # number_style of a FOOTNOTE block that is an endnote ("endnote i")

# (Danish and Norwegian drafting keeps its own word for an appendix: "Bilag 2 – Service Levels")
_SCHEDULE_WORDS = "schedule|annex|appendix|exhibit|attachment|addendum|annexure|bilag"
# (translated Polish, Czech, Russian and Ukrainian drafting numbers them "Appendix No. 2", "Annex Nr 1": the "No." is
# no part of the number)
# (Turkish drafting joins the word to its number, "EK-1" translated "ANNEX-1 SERVICE DESCRIPTION", as Indian drafting
# sometimes writes "Schedule-II": the hyphen is the space)
_SCHEDULE_RE = re.compile(
    rf"^(?P<word>(?i:{_SCHEDULE_WORDS}))(?:\s+|-(?=[0-9A-Z]))(?:(?i:no|nr)\.?\s*(?=\d))?"
    rf"(?:\((?P<bracketed>\d{{1,3}}|[A-Z])\)|(?P<value>[A-Z]{{1,2}}|\d{{1,3}}(?:\.\d{{1,2}})?|[IVXLC]{{1,6}})\b)[.:]?"
)
# A line that goes on to name a further schedule after a semicolon or comma is a list of the schedules wrapped onto a
# new line ("Appendix C - Consideration; Appendix D - Information Security."), not the heading of the first; the
# further schedule may be numbered in roman numerals ("ANNEX II - PRICE; ANNEX III - SECURITY MEASURES.").
_FURTHER_SCHEDULE_RE = re.compile(
    rf"[;,]\s*(?:and\s+)?(?i:{_SCHEDULE_WORDS})\s+(?:[A-Z]{{1,2}}|\d{{1,3}}|[IVXLC]{{1,6}})\b")
# (Gulf drafting brackets the number as it does an article's: "Annex (2) Service Levels")
# A family of schedules named by a qualifier, as public-sector call-off contracts do: "Call-Off
# Schedule 14 (Service Levels)", "Joint Schedule 1", "Framework Schedule 6". One capitalised word
# (hyphens allowed) that is not a sentence's opening function word ("See Schedule 3", "The Schedule").
_QUALIFIED_SCHEDULE_RE = re.compile(
    rf"^(?P<prefix>[A-Z][a-zA-Z]*(?:-[A-Za-z]+)*)\s+(?P<word>(?i:{_SCHEDULE_WORDS}))\s+"
    rf"(?P<value>[A-Z]{{1,2}}|\d{{1,3}}(?:\.\d{{1,2}})?|[IVXLC]{{1,6}})\b[.:]?"
)
_NOT_QUALIFIERS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "each", "every", "any", "all", "such", "see", "per", "in",
    "under", "of", "to", "by", "with", "as", "at", "on", "from", "for", "and", "or", "its", "their", "our", "your",
    "which", "where", "if", "when", "relevant", "applicable", "said", "new", "revised", "amended", "attached",
    "following", "previous", "same", "other", "another", "no", "not", "is", "was", "then", "also",
})
# Translated drafting numbers its articles as other drafting numbers clauses: "Article 16.2 The Supplier ...",
# and Egyptian and Gulf drafting in brackets, "Article (16): Should ...", "Article (12.3) Should". A decimal article is
# read as a section (so "Article 16.2" sits under "Article 16" as 16.2 does under 16). Not the abbreviation "Art.",
# which opens a wrapped line of a citation as often as a clause ("... pursuant to / Art. 28 GDPR").
# A convenience translation often keeps the original's word for it in the headings: Dutch and German "Artikel 7 -
# Audit", Spanish "Artículo 7", Italian "Articolo 7", Portuguese "Artigo 7".
_ARTICLE_RE = re.compile(r"^(?i:article|artikel|art[ií]culo|articolo|artigo)\s+"
                         r"(?:\((?P<bracketed>\d{1,3}(?:\.\d{1,3})*)\)|(?P<value>[IVXLC]{1,7}|\d{1,3}(?:\.\d{1,3})*)\b)"
                         r"(?:\.|:(?!\S))?")
# Swiss and German drafting heads its articles "Art. 5 Remuneration" and numbers their paragraphs with a bare "1": the
# abbreviation opens an article only as a whole short title line (a title-case word, at most eight words, no
# sentence punctuation), not a wrapped citation ("Art. 28 GDPR", "Art. 6 para. 1 lit. f", "Art. 9 FADP applies.").
_ART_TITLE_RE = re.compile(r"^Art\.\s?(?P<value>\d{1,3})\s+(?=[A-Z][a-z])")
_ART_TITLE_MAX_WORDS = 8
_CITATION_WORDS = frozenset({"para", "para.", "paras", "lit", "lit.", "sec", "sec.", "no", "no.", "of", "et", "seq",
                             "seq.", "applies", "apply", "and", "or"})
# "Clause 14.1 The CONTRATADA shall ...": only before a capitalised word or a quoted term (see _WORD_NUMBERED), so
# that "Clause 12 is deleted" and "Clause 14 (Audit) shall survive" stay sentences about a clause
# (and the Spanish and Portuguese word kept by a translation: "Clausula 19. Governance: ...", "Cláusula 7.2 The ...")
_SECTION_RE = re.compile(r"^(?i:section|§|clause|cl[aá]usula)\s*(?P<value>\d{1,3}(?:\.\d{1,3})*)\b\.?")
# The US federal uniform contract format heads its parts by letter: "SECTION B – SUPPLIES OR SERVICES AND PRICES",
# "Section H: Special Contract Requirements"; their paragraphs are numbered "B.1", "H.5" (see segment's lettered
# paragraphs). Only a single capital letter, then a dash or colon and a capitalised title, so that "Section A of the
# Order" and "section b)" stay text.
_LETTER_SECTION_RE = re.compile(r"^(?i:section)\s+(?P<value>[A-Z])\s*[-–—:]\s+(?=[A-Z])")
# A text layer may drop the space after the number ("1.Administrative Support Services", "18.2.2Timing of
# Instructions"): a capitalised word straight after a final dot, or after a number of two levels or more.
_DECIMAL_RE = re.compile(r"^(?P<value>\d{1,3}(?:\.\d{1,3}){0,5})(?P<dot>\.?)"
                         r"(?:(?=\s|$)|(?<=\.)(?=[A-Z][a-z])|(?<=\d\.\d)(?=[A-Z][a-z]{2})|(?<=\d\.\d\d)(?=[A-Z][a-z]{2}))")
# "1 April, 2020" on a title page is a date, not clause 1 headed "April, 2020".
_DATE_AFTER_DAY_RE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:,?\s+\d{4}\b|\s*$)")
_PAREN_RE = re.compile(r"^\((?P<value>[a-z]{1,4}|[A-Z]{1,2}|\d{1,2})\)(?=\s|$)")
_HALF_PAREN_RE = re.compile(r"^(?P<value>[a-z]{1,4}|[A-Z])\)(?=\s)")
_UPPER_ROMAN_RE = re.compile(r"^(?P<value>[IVX]{1,5})\.(?=\s)")
_WORD_NUMBERED = re.compile(r"[A-Z\"“]")

_CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CIRCLED_RE = re.compile(rf"^(?P<value>[{_CIRCLED_DIGITS}])(?=\s)")
# Korean drafting attaches its tables as "[Attached Table 1]" (별표 1) and its forms as "[Attached Form 2]"; a
# bracketed schedule label opens a schedule as "Schedule 1" does.
_BRACKET_SCHEDULE_RE = re.compile(
    r"^\[(?P<word>(?i:attached\s+(?:table|form)|schedule|annex|appendix))\s+(?P<value>\d{1,3}|[A-Z])\]")

_ROMAN_RE = re.compile(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


@dataclass(frozen=True)
class Marker:
    """A parsed clause number."""

    style: str
    value: str  # "12.3", "a", "iv", "IV", "3"
    printed: str  # the marker as it appeared, e.g. "12.3." or "(a)"
    word: str = ""  # "Schedule", "Annex", ... for SCHEDULE; "Article" / "Section"

    @property
    def depth(self) -> int:
        """Nesting depth of a decimal number (``12.3`` is 2)."""
        return self.value.count(".") + 1 if self.style in (DECIMAL, SECTION) else 1


def names_further_schedules(rest: str) -> bool:
    """Whether the text after a schedule marker goes on to list further schedules (a wrapped list, not a heading)."""
    return bool(_FURTHER_SCHEDULE_RE.search(rest))


def is_roman(value: str) -> bool:
    return bool(value) and bool(_ROMAN_RE.match(value.lower()))


def roman_to_int(value: str) -> int:
    numerals = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    previous = 0
    for char in reversed(value.lower()):
        number = numerals[char]
        total = total - number if number < previous else total + number
        previous = max(previous, number)
    return total


def int_to_roman(number: int) -> str:
    pairs = (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    )
    out = []
    for value, numeral in pairs:
        while number >= value:
            out.append(numeral)
            number -= value
    return "".join(out)


def letter_index(value: str) -> int:
    """``a`` -> 1, ``z`` -> 26, ``aa`` -> 27 (Word's doubling style)."""
    value = value.lower()
    if len(set(value)) == 1:
        return (len(value) - 1) * 26 + ord(value[0]) - ord("a") + 1
    return 0


def parse_marker(text: str, *, previous_letter: str | None = None,
                 previous_roman: str | None = None) -> tuple[Marker, str] | None:
    """Parse a clause number at the start of ``text``.

    Returns the marker and the text after it (stripped), or ``None``.
    ``previous_letter``/``previous_roman`` are the values of the nearest open
    lettered and roman lists, which settle ``(i)``, ``(v)`` and ``(x)``.
    """
    stripped = text.lstrip()
    circled = _CIRCLED_RE.match(stripped)
    if circled:
        value = str(_CIRCLED_DIGITS.index(circled.group("value")) + 1)
        return Marker(CIRCLED, value, circled.group(0)), stripped[circled.end():].strip()
    bracketed = _BRACKET_SCHEDULE_RE.match(stripped)
    if bracketed:
        word = " ".join(part.capitalize() for part in bracketed.group("word").split())
        return (Marker(SCHEDULE, bracketed.group("value"), bracketed.group(0), word),
                stripped[bracketed.end():].lstrip(" \t.:-–—").rstrip())
    qualified = _QUALIFIED_SCHEDULE_RE.match(stripped)
    if qualified and qualified.group("prefix").lower() not in _NOT_QUALIFIERS:
        word = f"{qualified.group('prefix')} {qualified.group('word').capitalize()}"
        return (Marker(SCHEDULE, qualified.group("value"), qualified.group(0), word),
                stripped[qualified.end():].lstrip(" \t.:-–—").rstrip())
    for regex, style in ((_SCHEDULE_RE, SCHEDULE), (_ARTICLE_RE, ARTICLE), (_SECTION_RE, SECTION)):
        match = regex.match(stripped)
        if match:
            value = match.groupdict().get("bracketed") or match.group("value")
            word = (match.groupdict().get("word") or stripped.split(None, 1)[0].rstrip(".:")).capitalize()
            rest = stripped[match.end():].lstrip(" \t.:-–—").rstrip()
            if word == "Clause" and not _WORD_NUMBERED.match(rest):
                return None
            if style == ARTICLE and is_roman(value):
                value = value.upper()
            if style == ARTICLE and "." in value:
                style = SECTION
            return Marker(style, value, match.group(0), word), rest
    match = _LETTER_SECTION_RE.match(stripped)
    if match:
        return Marker(SECTION, match.group("value"), match.group(0).rstrip(" -–—:"), "Section"), \
            stripped[match.end():].rstrip()
    match = _ART_TITLE_RE.match(stripped)
    if match:
        rest = stripped[match.end():].rstrip()
        words = rest.split()
        if len(words) <= _ART_TITLE_MAX_WORDS and not rest.endswith((".", ",", ";", ":", ")")) \
                and "(" not in rest and words[0].lower() not in _CITATION_WORDS:
            return Marker(ARTICLE, match.group("value"), match.group(0).rstrip(), "Article"), rest
        return None
    match = _DECIMAL_RE.match(stripped)
    if match:
        value = match.group("value")
        rest = stripped[match.end():].strip()
        # A bare "12" only numbers a clause when a capitalised title or text follows.
        if not match.group("dot") and "." not in value and _DATE_AFTER_DAY_RE.match(rest):
            return None
        if "." in value or match.group("dot") or (rest[:1].isupper() and int(value) < 200):
            return Marker(DECIMAL, value, match.group(0)), rest
        return None
    match = _PAREN_RE.match(stripped) or _HALF_PAREN_RE.match(stripped)
    if match:
        value = match.group("value")
        style = classify_paren(value, previous_letter=previous_letter, previous_roman=previous_roman)
        return Marker(style, value, match.group(0)), stripped[match.end():].strip()
    match = _UPPER_ROMAN_RE.match(stripped)
    if match and is_roman(match.group("value")):
        return Marker(UPPER_ROMAN, match.group("value"), match.group(0)), stripped[match.end():].strip()
    return None


def classify_paren(value: str, *, previous_letter: str | None = None,
                   previous_roman: str | None = None) -> str:
    """Decide the style of a parenthesised marker.

    ``(i)`` is a roman numeral unless it follows ``(h)`` in an open lettered
    list; ``(v)`` and ``(x)`` are letters unless they follow ``(iv)``/``(ix)``.
    """
    if value.isdigit():
        return PAREN_DIGIT
    if value.isupper():
        return PAREN_UPPER
    if not is_roman(value):
        return PAREN_LOWER
    if len(value) > 1 and len(set(value)) > 1:
        return PAREN_ROMAN  # "iv", "xi": not a doubled letter
    if len(value) > 1:  # "ii", "iii", "xx" (roman) vs "aa" handled above
        return PAREN_ROMAN
    expected_letter = chr(ord(value) - 1) if value != "a" else None
    if previous_letter is not None and previous_letter == expected_letter:
        return PAREN_LOWER
    if value == "i":
        return PAREN_ROMAN
    if previous_roman is not None and roman_to_int(previous_roman) + 1 == roman_to_int(value):
        return PAREN_ROMAN
    return PAREN_LOWER
