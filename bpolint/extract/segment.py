"""Turn a stream of :class:`TextBlock` into the clause tree.

Every format extractor feeds this one segmenter, so ``1.1``, ``(a)``,
``Article IV``, ``Schedule 3`` and capitalised headings mean the same thing in
DOCX, PDF and plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..model import Clause, ClauseKind, Comment, Location, Revision
from . import markers as m
from .blocks import TextBlock
from .glossary import colon_definition

_MAX_HEADING_WORDS = 12
# The longest clause handed to the rules in one piece. The longest in the development corpora is
# 29,500 characters (a CUAD maintenance agreement); a longer one is a document with no numbering
# the segmenter can see, or a damaged or hostile file, and the rules' cost grows faster than
# linearly with a clause's length (a 1.6 MB one-paragraph file took five minutes). Such a clause is
# read in consecutive parts of at most this many characters (see :func:`bound_clauses`).
MAX_CLAUSE_CHARS = 50_000
# the lettered part of an SEC exhibit number on its own: "Exhibit 10(l)"
_FILING_SUFFIX = re.compile(r"\(\w{1,3}\)")
_SENTENCE_END = re.compile(r"[.;:!?][\"”’')\]]*\s")
_DEFINITION_START = re.compile(
    r"^[\"“”']?[A-Z][\w&/\-'() ]{0,60}?[\"“”']\s*(?:\(.*?\)\s*)?"
    r"(?:means|shall mean|has the meaning|refers to|includes|:)",
)
_INLINE_HEADING = re.compile(r"^(?P<head>[A-Z][^.;:!?]{0,80}?)[.:]\s+(?P<body>\S.*)$", re.S)
_RECITAL_HEADING = re.compile(
    r"^(?:recitals?|background|context|whereas|witnesseth|preliminary statements?|introduction|parties)\b:?$", re.I
)
_MODAL = re.compile(r"\b(?:shall|will|may|must|means|is|are)\b", re.I)
# The title of a second instrument bound in with the first: an amending deed or agreement after the
# contract it varies ("Deed of Variation No. 1", "Amendment No. 2 to the Master Services Agreement",
# "First Amendment", "Variation Agreement"). Not a bare "Amendment" or "Variation" heading: that is
# the boilerplate clause on how the contract may be changed.
_INSTRUMENT_TITLE = re.compile(
    r"^(?:(?:first|second|third|fourth|fifth|sixth)\s+(?:amendment|variation)\b"
    r"|deed\s+of\s+(?:variation|amendment)\b"
    r"|(?:variation|amending|amendment)\s+(?:deed|agreement)\b"
    r"|(?:amendment|variation)\s+(?:no\.?|number)\s*\d+\b)",
    re.I,
)
# A lead-in that announces a list of the contract's schedules: "The following Annexes form an
# integral part of this Agreement:", "This Agreement comprises the following documents:".
_SCHEDULE_LIST_LEAD_IN = re.compile(
    r"\b(?:schedules?|annex(?:es)?|annexures?|appendix|appendices|bilag|exhibits?|attachments?|following)\b[^:]*:$",
    re.I,
)
_MINOR_WORDS = frozenset(
    "a an and as at by for from in into of on or the to with without under upon".split()
)


@dataclass
class _Draft:
    """A clause being built; frozen into :class:`Clause` at the end."""

    marker: m.Marker | None
    number: str
    path: str
    heading: str
    level: int
    parent: _Draft | None
    kind: ClauseKind
    location: Location
    start: int
    number_source: str | None
    parts: list[str] = field(default_factory=list)
    original_parts: list[str] = field(default_factory=list)
    has_revisions: bool = False
    revisions: list[Revision] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    end: int = 0
    heading_only: bool = False  # opened by an unnumbered heading
    heading_level: int | None = None  # the source's heading level (Heading 2 -> 2), when known

    def add(self, block: TextBlock, text: str, original: str | None, end: int) -> None:
        if text:
            self.parts.append(text)
        if original is not None:
            self.has_revisions = True
            if original:
                self.original_parts.append(original)
        elif text:
            self.original_parts.append(text)
        self.revisions.extend(block.revisions)
        self.comments.extend(block.comments)
        self.end = end

    def freeze(self) -> Clause:
        return Clause(
            path=self.path,
            number=self.number,
            heading=self.heading,
            text="\n".join(self.parts),
            level=self.level,
            parent=self.parent.path if self.parent else None,
            kind=self.kind,
            location=self.location,
            span=(self.start, max(self.end, self.start)),
            number_source=self.number_source,
            original_text="\n".join(self.original_parts) if self.has_revisions else None,
            revisions=tuple(self.revisions),
            comments=tuple(self.comments),
        )


# A date on a line of its own, above a signature table or under a letterhead: "March 2, 2026", "2 March 2026",
# "2nd March, 2026". Capitalised and unpunctuated, but no heading.
_DATE_LINE = re.compile(r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|"
                        r"March|April|May|June|July|August|September|October|November|December),?\s+\d{4})")
# ... after the place of signing, as continental and Commonwealth drafting dates its execution: "Hamburg / Leipzig,
# 18 February 2026", "Singapore, 3 February 2026" (the place a few words, without digits, then a comma)
_PLACE_AND_DATE_LINE = re.compile(r"(?:[A-Z][^\W\d_][^\d,;:.]{0,48},\s+)?(?:" + _DATE_LINE.pattern + ")")


def is_joiner_line(text: str) -> bool:
    """Only minor words between dashes or other marks ("- and -", "-and-"): the line joining two parties'
    blocks in the commencement, which the DOCX reader takes for no heading (a bare "And" or "AND" it does,
    as a plain heading line, so that stays one everywhere)."""
    words = re.findall(r"[^\W\d_]+|\d+", text)
    return not is_plain_heading_line(text) and all(word.lower() in _MINOR_WORDS for word in words)


def is_heading_text(text: str) -> bool:
    """Short, unpunctuated, capitalised: reads as a heading, not a sentence."""
    words = text.split()
    if not words or len(words) > _MAX_HEADING_WORDS or len(text) > 120:
        return False
    if text.rstrip()[-1:] in ".;,":
        return False
    if text.isupper():
        return True
    significant = [w for w in words if w.lower() not in _MINOR_WORDS and w[:1].isalpha()]
    return bool(significant) and all(w[:1].isupper() for w in significant)


_HAS_VERB = re.compile(r"\b(?:shall|will|may|must|means|is|are|was|were)\b", re.I)
# A full stop followed by more words: two sentences (a signature line "ACME, INC. By its President",
# a run-in heading "Services. Vendor shall"), never one heading. Not after a lone letter: "A. Software",
# "John B. Fisher"; a semicolon joins the parts of one heading ("ENGAGEMENT; SERVICES").
# "No. 1", "Nos. 3", "Art. 28": an abbreviation before a number ends no sentence ("Deed of Variation No. 1").
_TWO_SENTENCES = re.compile(r"(?<!\b\w)(?<!\bNo)(?<!\bno)(?<!\bNos)(?<!\bArt)\.\s+\S|(?<!\b\w)\.\s+(?=\D)\S")


def _is_sentence_case_heading(text: str) -> bool:
    """"Defined terms", "Fees and invoicing": short, capitalised, unpunctuated, no verb of obligation."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and text[:1].isupper()
        and text.rstrip()[-1:] not in ".;,:"
        and not _MODAL.search(text)
        and not _TWO_SENTENCES.search(text)
    )


def _reads_as_title(text: str) -> bool:
    """One capitalised line of a few words that does not end or break as a sentence does."""
    words = text.split()
    return (
        0 < len(words) <= _MAX_HEADING_WORDS
        and len(text) <= 120
        and "\n" not in text
        and text[:1].isupper()
        and text.rstrip()[-1:] not in ".;,:!"
        and not _TWO_SENTENCES.search(text)
    )


# A field of a cover page or execution block, a label and its value: "Date: 3 February 2025", "Contract
# reference: 2025/0147" (not a heading such as "Part A: Rates")
_FIELD_LINE = re.compile(r"^[A-Z][\w ]{0,30}:\s+\d"
                         # ... or a term sheet's open item, a label and a bracketed placeholder: "Steps and dates:
                         # [TBC]", "Automation assets: [TBC]", "Format: [●]"
                         r"|^[A-Z][\w ,'’&/()\-]{0,50}:\s*\[[^\[\]\n]{1,20}\]\s*$")
# "Part B - Reduction of the Platform and Operations Fee", "Division 3 – Charges": a part of a schedule titled
# after a dash, a heading however long its title, as a dash-titled schedule line is
_PART_TITLE = re.compile(r"^(?:Part|PART|Division|DIVISION|Chapter|CHAPTER)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,5})"
                         r"\s+[-–—]\s+\S")


def is_plain_heading_line(line: str) -> bool:
    """A paragraph of one short unpunctuated line ("Why this matters now", "Operative provisions").

    What a heading looks like when nothing but the line shows it: in plain text, and for an
    unnumbered paragraph that Word or a PDF only sets in bold. Unnumbered, so a clause number
    decides ("1. Services" is a clause, its title settled by :func:`split_heading`).
    """
    words = line.split()
    if _FIELD_LINE.match(line):
        return False
    limit = 16 if _PART_TITLE.match(line) else 8
    return (
        0 < len(words) <= limit
        and not _PLACE_AND_DATE_LINE.fullmatch(line.strip())
        and line[:1].isupper()
        and line[-1:] not in ".;,:!?"
        and m.parse_marker(line) is None
        and not _HAS_VERB.search(line)
        and not _TWO_SENTENCES.search(line)
    )


_PLACEHOLDER = re.compile(
    r"^\[?(?:intentionally (?:omitted|left blank)|not used|reserved|deleted)\.?\]?\.?$", re.I
)
_PARENTHESISED_TITLE = re.compile(r"^\((?P<title>[^()\n]{1,80})\)[ \t]*(?:\n(?P<body>.*))?$", re.S)
# Japanese, Korean and Chinese contracts in translation title each article in brackets and run the text on:
# "Article 16 (Inspection) Party A may ...". Three letters at least and not a roman numeral, so a list label
# "(A) The Supplier ..." or "(iv) ..." stays the text.
_RUN_IN_PARENTHESISED_TITLE = re.compile(r"^\((?P<title>[A-Z][^()\n]{2,79})\)[ \t]+(?P<body>[A-Z(\"“].*)$", re.S)
_ROMAN = re.compile(r"^[IVXLC]+$")


def split_heading(rest: str, *, is_heading: bool, sentence_case: bool = False) -> tuple[str, str]:
    """Split the text after a number into (heading, body).

    ``sentence_case`` also accepts a short unpunctuated line such as "Defined terms" as
    a heading; the segmenter allows it after clause numbers, not after list items.
    """
    rest = rest.strip()
    if not rest:
        return "", ""
    title = _PARENTHESISED_TITLE.match(rest)
    if title and is_heading_text(title.group("title")):
        # "Schedule 1 (Definitions)", "Call-Off Schedule 14 (Service Levels)": the title in brackets
        return title.group("title").strip(), (title.group("body") or "").strip()
    run_in = _RUN_IN_PARENTHESISED_TITLE.match(rest)
    if run_in and is_heading_text(run_in.group("title")) and not _ROMAN.match(run_in.group("title")):
        return run_in.group("title").strip(), run_in.group("body").strip()
    if is_heading:
        return rest.rstrip(" .:"), ""
    if sentence_case and "\n" not in rest and _is_sentence_case_heading(rest):
        return rest, ""
    if sentence_case and _PLACEHOLDER.match(rest):
        # "13. Intentionally omitted.": the whole clause is its placeholder title, as Word sets it
        return rest.strip("[] .:"), ""
    first_line, _, remainder = rest.partition("\n")
    if remainder and is_heading_text(first_line):
        return first_line.strip().rstrip(":"), remainder.strip()
    if is_heading_text(rest.rstrip(".:")) and len(rest.split()) <= 8 and not _TWO_SENTENCES.search(rest):
        return rest.rstrip(" .:"), ""
    match = _INLINE_HEADING.match(rest)
    if match and is_heading_text(match.group("head")) and len(match.group("head").split()) <= 8:
        head = match.group("head").strip()
        # "Completed Case: a Case that has been closed ...": an unquoted term defined after a colon stays whole
        if not _DEFINITION_START.match(rest) and not (rest[len(head):].lstrip().startswith(":")
                                                       and colon_definition(rest.partition("\n")[0], False)) \
                and not _field_line(rest, head, match.group("body")):
            return head, match.group("body").strip()
    return "", rest


def _field_line(rest: str, head: str, body: str) -> bool:
    """Is ``rest`` a field and its short verbless value after a colon ("Operational Management Group: monthly.",
    "Service Review Board: quarterly.")? The field is no heading over its value: the line is one term."""
    value = body.strip().rstrip(".;")
    return (rest[len(head):].lstrip().startswith(":") and "\n" not in value and 0 < len(value.split()) <= 4
            and value[:1].islower() and _HAS_VERB.search(value) is None)


class Segmenter:
    """Builds the clause tree from blocks in reading order."""

    def __init__(self) -> None:
        self.drafts: list[_Draft] = []
        self.stack: list[_Draft] = []
        self.schedule: _Draft | None = None
        self.text_parts: list[str] = []
        self.offset = 0
        self.paths: dict[str, int] = {}
        self.footnotes: list[_Draft] = []
        # Inside "RECITALS" / "BACKGROUND" before the operative clauses: text there binds no one.
        self.in_recitals = False
        self.operative_seen = False  # a clause numbered 1., Article, Section or Schedule has opened
        # After a body lead-in such as "The following Annexes form part of this Agreement:", the
        # lines "Annex 1 – Service Description", "Annex 2 – Prices" list the schedules; they do not
        # open them (the schedules themselves follow the body, as headings).
        self.in_schedule_list = False
        # The sections numbered "1.", "2." ... under each "§ N" heading so far (see _section_paragraph).
        self.section_paragraphs: dict[int, int] = {}

    # -- the linear text that spans index ---------------------------------------------
    def _append_text(self, text: str) -> tuple[int, int]:
        if self.text_parts:
            self.text_parts.append("\n")
            self.offset += 1
        start = self.offset
        self.text_parts.append(text)
        self.offset += len(text)
        return start, self.offset

    # -- public -------------------------------------------------------------------------
    def feed(self, block: TextBlock) -> None:
        text = block.text.strip()
        if not text and block.original_text is None:
            return
        start, end = self._append_text(text)
        if block.kind is ClauseKind.FOOTNOTE:
            self._footnote(block, text, start, end)
            return
        parsed = self._marker(block, text)
        listing = self._lists_schedule(parsed, block)
        self.in_schedule_list = listing or (
            not block.is_table and not block.is_heading and self.schedule is None
            and bool(self.stack) and bool(_SCHEDULE_LIST_LEAD_IN.search(text))
        )
        if listing:
            self._continue(block, text, start, end)
            return
        if parsed is not None and not block.is_table:
            marker, rest = parsed
            marker = self._section_paragraph(marker, block)
            if self._accept(marker, rest, block):
                self._open(marker, rest, block, start, end)
                return
        if not block.is_table and self._is_unnumbered_heading(block, text):
            current = self.stack[-1] if self.stack else None
            if current is not None and not current.heading and not current.parts:
                current.heading = text.rstrip(" .:")
                current.end = end
                return
            # The first heading of a document is its title: preamble text, in every format.
            if self.drafts or _RECITAL_HEADING.match(text):
                self._open_heading(block, text, start, end)
                return
        self._continue(block, text, start, end)

    def clauses(self) -> tuple[Clause, ...]:
        return tuple(d.freeze() for d in self.drafts + self.footnotes)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    # -- decisions ----------------------------------------------------------------------
    def _marker(self, block: TextBlock, text: str) -> tuple[m.Marker, str] | None:
        previous_letter = previous_roman = None
        for draft in reversed(self.stack):
            if draft.marker is None:
                continue
            if draft.marker.style == m.PAREN_LOWER and previous_letter is None:
                previous_letter = draft.marker.value
            if draft.marker.style == m.PAREN_ROMAN and previous_roman is None:
                previous_roman = draft.marker.value
        if block.number:
            parsed = m.parse_marker(block.number, previous_letter=previous_letter,
                                    previous_roman=previous_roman)
            if parsed is None:
                marker = m.Marker(block.number_style or m.DECIMAL, block.number.strip(" ."), block.number)
            else:
                marker = parsed[0]
                if block.number_style:
                    marker = replace(marker, style=block.number_style)
            return marker, text
        parsed = m.parse_marker(text, previous_letter=previous_letter, previous_roman=previous_roman)
        if parsed is None and self.schedule is not None and self.schedule.marker is not None:
            parsed = _schedule_paragraph(text, self.schedule.marker.value)
        if parsed is None and self.schedule is None:
            # "B.4 Transition to outcome pricing." under "SECTION B – SUPPLIES OR SERVICES AND PRICES": a lettered
            # section's paragraphs are numbered by its letter, as a lettered schedule's are
            letter = next((d.marker.value for d in reversed(self.stack) if d.marker is not None
                           and d.marker.style == m.SECTION and d.marker.value.isalpha()), None)
            if letter is not None:
                parsed = _schedule_paragraph(text, letter)
        return parsed

    def _section_paragraph(self, marker: m.Marker, block: TextBlock) -> m.Marker:
        """A typed "1.", "2." under a "§ 5. Remuneration" heading numbers the sections of § 5.

        Polish (and other civil-law) drafting restarts "1.", "2.", ... under every § and cites them as
        "§ 5 section 2", as German drafting does with "(1)", "(2)": they are the §'s paragraphs, not top-level
        clauses 1, 2, ... repeated under each §. Only a number that continues the §'s own run (1 first), and
        only straight under the § (not inside a schedule or a decimal clause opened after it).
        """
        if block.number or marker.style != m.DECIMAL or "." in marker.value or not marker.value.isdigit():
            return marker
        for draft in reversed(self.stack):
            # "① Party Gap may terminate ... if any of the following occurs:" then "1. Party Eul breaches ...":
            # the items of a circled paragraph, numbered from 1 under each paragraph.
            if draft.marker is not None and draft.marker.style == m.CIRCLED:
                expected = self.section_paragraphs.get(id(draft), 0) + 1
                if int(marker.value) == expected:
                    self.section_paragraphs[id(draft)] = expected
                    return replace(marker, style=m.PAREN_DIGIT)
                return marker
            if draft.marker is None or draft.marker.style in m.PAREN_STYLES:
                continue
            section_sign = draft.marker.printed.startswith("§")
            if draft.marker.style == m.SECTION and section_sign and "." not in draft.marker.value:
                expected = self.section_paragraphs.get(id(draft), 0) + 1
                if int(marker.value) == expected:
                    self.section_paragraphs[id(draft)] = expected
                    return replace(marker, style=m.PAREN_DIGIT)
            return marker
        return marker

    def _lists_schedule(self, parsed: tuple[m.Marker, str] | None, block: TextBlock) -> bool:
        """A typed "Annex 2 – Prices" line in a list of schedules under a body lead-in."""
        return (
            self.in_schedule_list
            and parsed is not None
            and parsed[0].style == m.SCHEDULE
            and not block.number
            and not block.is_heading
            and not block.is_table
            and not block.text.strip().isupper()
        )

    def _accept(self, marker: m.Marker, rest: str, block: TextBlock) -> bool:
        """Reject numbers that are really the start of a sentence ("Schedule 3 sets out")."""
        if block.number:
            return True
        if marker.style in (m.SCHEDULE, m.ARTICLE, m.SECTION):
            first = rest.split(None, 1)[0] if rest else ""
            if first[:1].islower() or first in {"of", "to", "and", "or"}:
                return False
            if marker.style == m.SCHEDULE:
                if m.names_further_schedules(rest) and not block.is_heading:
                    return False
                if not self.stack and ("." in marker.value
                                       or marker.value.isdigit() and _FILING_SUFFIX.fullmatch(rest.strip())):
                    # an SEC filing label ("Exhibit 10.14", "Exhibit 10(l)") above the contract, not a schedule
                    return False
                head, _ = split_heading(rest, is_heading=False)
                # "Schedule 1 – Service description": a short unpunctuated title in sentence case,
                # as plain text prints a schedule heading that DOCX and PDF mark by style.
                return (not rest or bool(head) or block.is_heading or rest[:1] in "-–—("
                        or ("\n" not in rest and _is_sentence_case_heading(rest))
                        or _dash_titled(marker, block.text, rest))
        return True

    def _is_unnumbered_heading(self, block: TextBlock, text: str) -> bool:
        if block.is_heading:
            return len(text) <= 200
        if _RECITAL_HEADING.match(text.strip()):
            return True
        if _INSTRUMENT_TITLE.match(text.strip()) and is_heading_text(text.strip()):
            # a second instrument's title on a line of its own ("Amendment No. 2", "Deed of Variation No. 1"), in
            # any case: its text is not the clause before it
            return True
        words = text.split()
        return (
            text.isupper()
            and any(c.isalpha() for c in text)
            and len(words) <= _MAX_HEADING_WORDS
            and text.rstrip()[-1:] not in ".;,"
        )

    # -- building -----------------------------------------------------------------------
    def _pop_for(self, marker: m.Marker) -> None:
        style = marker.style
        if style == m.SCHEDULE:
            self.stack.clear()
            return
        if style == m.CIRCLED:
            # a paragraph closes the one before it and everything under it; the first nests under the article
            if any(d.marker is not None and d.marker.style == m.CIRCLED for d in self.stack):
                while self.stack:
                    top = self.stack.pop()
                    if top.marker is not None and top.marker.style == m.CIRCLED:
                        break
            return
        while self.stack:
            top = self.stack[-1]
            top_style = top.marker.style if top.marker else None
            if top_style == m.SCHEDULE:
                break
            if style in (m.ARTICLE, m.UPPER_ROMAN):
                self.stack.pop()
                continue
            if style in (m.DECIMAL, m.SECTION):
                if top_style in (m.ARTICLE, m.UPPER_ROMAN):
                    break
                if (
                    top_style in (m.DECIMAL, m.SECTION)
                    and top.marker is not None
                    and marker.value.startswith(_decimal_stem(top.marker.value) + ".")
                ):
                    break
                self.stack.pop()
                continue
            # Parenthesised lists: a sibling replaces its own list's entry; a new
            # style nests under whatever is open.
            if top_style == style:
                self.stack.pop()
                break
            if any(d.marker is not None and d.marker.style == style for d in self.stack):
                self.stack.pop()
                continue
            break

    def _number_for(self, marker: m.Marker, parent: _Draft | None) -> str:
        if marker.style == m.SCHEDULE:
            return f"{marker.word} {marker.value}"
        if marker.style == m.ARTICLE:
            return f"Article {marker.value}"
        if marker.style == m.UPPER_ROMAN:
            return marker.value
        if marker.style in (m.DECIMAL, m.SECTION):
            return marker.value
        own = f"({marker.value})"
        if parent is not None and parent.number and (parent.marker is None or parent.marker.style != m.SCHEDULE):
            return parent.number + own
        return own

    def _unique(self, path: str) -> str:
        seen = self.paths.get(path, 0)
        self.paths[path] = seen + 1
        return path if seen == 0 else f"{path} ({seen + 1})"

    def _path_for(self, number: str, marker: m.Marker | None) -> str:
        if self.schedule is not None and marker is not None and marker.style != m.SCHEDULE:
            return self._unique(f"{self.schedule.number}/{number}")
        return self._unique(number)

    def _open(self, marker: m.Marker, rest: str, block: TextBlock, start: int, end: int) -> None:
        self._pop_for(marker)
        parent = self.stack[-1] if self.stack else None
        if parent is not None and marker.style in (m.DECIMAL, m.SECTION):
            self._promote_heading(parent)
        titled = marker.style == m.SCHEDULE and not block.number and _dash_titled(marker, block.text, rest)
        heading, body = split_heading(rest, is_heading=block.is_heading or titled,
                                      sentence_case=marker.style not in (*m.PAREN_STYLES, m.CIRCLED))
        number = self._number_for(marker, parent)
        if marker.style == m.SCHEDULE:
            self.schedule = None
        if marker.style in (m.DECIMAL, m.SECTION, m.ARTICLE, m.SCHEDULE):
            self.in_recitals = False
        kind = ClauseKind.SCHEDULE if (self.schedule is not None or marker.style == m.SCHEDULE) else ClauseKind.BODY
        before_operative = marker.style in m.PAREN_STYLES and not self.operative_seen
        if marker.style not in m.PAREN_STYLES:
            self.operative_seen = True
        if self.in_recitals:
            kind = ClauseKind.PREAMBLE
        elif block.kind is not None:
            kind = block.kind
        elif _DEFINITION_START.match(body):
            kind = ClauseKind.DEFINITION
        elif before_operative:
            kind = ClauseKind.PREAMBLE  # recitals "(A) The Customer wishes ..." bind no one
        draft = _Draft(
            marker=marker,
            number=number,
            path=self._path_for(number, marker),
            heading=heading,
            level=len(self.stack) + 1,
            parent=parent,
            kind=kind,
            location=block.location,
            start=start,
            number_source="auto" if block.number else "typed",
        )
        original = None
        if block.original_text is not None:
            parsed = m.parse_marker(block.original_text) if not block.number else None
            original = parsed[1] if parsed else block.original_text.strip()
        draft.add(block, body, original, end)
        self.drafts.append(draft)
        self.stack.append(draft)
        if marker.style == m.SCHEDULE:
            self.schedule = draft

    def _promote_heading(self, parent: _Draft) -> None:
        """A numbered line that is all title, followed at once by its first sub-clause, is a heading.

        "3. What we will do" then "3.1 We will ...", "4. Authority Data and the system of record"
        then "4.1 ...": plain text has only the line to show a heading (DOCX and PDF also have
        style and weight), and a clause whose only text is one unpunctuated line and which opens
        straight into "3.1" is titling it, even with a verb or in sentence case.
        """
        if (
            parent is not self.drafts[-1]
            or parent.heading
            or parent.has_revisions
            or len(parent.parts) != 1
            or parent.marker is None
            or parent.marker.style not in (m.DECIMAL, m.SECTION, m.ARTICLE)
            or not _reads_as_title(parent.parts[0])
        ):
            return
        parent.heading = parent.parts[0]
        parent.parts.clear()
        parent.original_parts.clear()
        if parent.kind is ClauseKind.DEFINITION:
            parent.kind = ClauseKind.BODY

    def _open_heading(self, block: TextBlock, text: str, start: int, end: int) -> None:
        # An unnumbered heading closes open numbered clauses but stays inside a schedule,
        # and inside an unnumbered heading of a higher level (Heading 2 under Heading 1).
        level = block.level if block.is_heading else None
        if _INSTRUMENT_TITLE.match(text.strip()):
            # a second instrument (a deed of variation after the deed it varies) is no part of the last
            # schedule: it has its own parties, background and numbering from 1
            self.stack.clear()
            self.schedule = None
            self.operative_seen = False
        while self.stack and not (self.stack[-1].marker and self.stack[-1].marker.style == m.SCHEDULE):
            top = self.stack[-1]
            if level is not None and top.heading_only and top.heading_level is not None and top.heading_level < level:
                break
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        heading = text.rstrip(" .:")
        self.in_recitals = not self.operative_seen and bool(_RECITAL_HEADING.match(heading))
        kind = ClauseKind.SCHEDULE if self.schedule is not None else (block.kind or ClauseKind.BODY)
        if self.in_recitals:
            kind = ClauseKind.PREAMBLE
        path = self._unique(f"{self.schedule.number}/{heading}") if self.schedule else self._path_for(heading, None)
        draft = _Draft(
            marker=None,
            number="",
            path=path,
            heading=heading,
            level=len(self.stack) + 1,
            parent=parent,
            kind=kind,
            location=block.location,
            start=start,
            number_source=None,
            heading_only=True,
            heading_level=level,
        )
        draft.end = end
        self.drafts.append(draft)
        self.stack.append(draft)

    def _continue(self, block: TextBlock, text: str, start: int, end: int) -> None:
        if not self.stack:
            if not self.drafts or self.drafts[0].kind is not ClauseKind.PREAMBLE:
                preamble = _Draft(
                    marker=None, number="", path=self._unique("preamble"), heading="", level=1,
                    parent=None, kind=ClauseKind.PREAMBLE, location=block.location, start=start,
                    number_source=None,
                )
                self.drafts.insert(0, preamble)
            self.drafts[0].add(block, text, _original(block), end)
            return
        target = self.stack[-1]
        if block.is_table and not target.parts and target.kind is ClauseKind.BODY and not target.heading:
            target.kind = ClauseKind.TABLE
        target.add(block, text, _original(block), end)

    def _footnote(self, block: TextBlock, text: str, start: int, end: int) -> None:
        # A note fed right after the paragraph citing it belongs to the clause open there.
        number = block.number or str(len(self.footnotes) + 1)
        word = "endnote" if block.number_style == m.ENDNOTE else "footnote"
        draft = _Draft(
            marker=None, number=number, path=self._unique(f"{word} {number}"), heading="",
            level=1, parent=self.stack[-1] if self.stack else None, kind=ClauseKind.FOOTNOTE,
            location=block.location, start=start, number_source="auto",
        )
        draft.add(block, text, _original(block), end)
        self.footnotes.append(draft)


def _decimal_stem(value: str) -> str:
    """ "2.0" is clause 2 in drafting that numbers its sub-clauses 2.1, 2.2: they nest under it."""
    return value[:-2] if value.endswith(".0") and value.count(".") == 1 else value


def _dash_titled(marker: m.Marker, text: str, rest: str) -> bool:
    """"Annex 4 – Agreement on Commissioned Processing pursuant to Art. 28 GDPR": a number, a dash and
    one line of title with no full stop is a schedule heading in plain text, however long the title
    (a sentence never puts a dash between "Annex 4" and its words; "Art. 28" is no sentence break)."""
    after = text.lstrip()[len(marker.printed):]
    return (
        bool(re.match(r"\s*[-–—]\s+\S", after))
        and "\n" not in rest
        and len(rest.split()) <= 16
        and rest.rstrip()[-1:] not in ".;,:"
    )


def _schedule_paragraph(text: str, schedule: str) -> tuple[m.Marker, str] | None:
    """"B-1.", "B.2", "D.3.1" inside Schedule B / Exhibit D: a paragraph numbered by its schedule's letter.

    Only the open schedule's own letter counts, so "A.1" in Schedule B, or "B.1" in the
    body, stays text. Numbered like decimals: "B.1.1" nests under "B.1", an "(a)" under it.
    """
    if not schedule.isalpha():
        return None
    match = re.match(rf"(?P<value>{re.escape(schedule)}[-.–]\d{{1,3}}(?:\.\d{{1,3}})*)\.?(?=\s)", text.lstrip())
    if match is None:
        return None
    value = match.group("value").replace("–", "-")
    return m.Marker(m.DECIMAL, value, match.group(0)), text.lstrip()[match.end():].strip()


def _original(block: TextBlock) -> str | None:
    return block.original_text.strip() if block.original_text is not None else None


def segment(blocks: Iterable[TextBlock]) -> tuple[tuple[Clause, ...], str]:
    """Build clauses from blocks; returns the clauses and the linear text their spans index."""
    segmenter = Segmenter()
    for block in blocks:
        segmenter.feed(block)
    return segmenter.clauses(), segmenter.text


def bound_clauses(clauses: tuple[Clause, ...], limit: int | None = None) -> tuple[tuple[Clause, ...], list[str]]:
    """Split every clause longer than ``limit`` (default :data:`MAX_CLAUSE_CHARS`) into parts.

    The parts follow each other, keep the clause's number, heading, kind and parent (so evidence
    still cites "clause 4.1") and have the paths ``"4.1"``, ``"4.1 (part 2)"``, ...; each is cut at
    a paragraph break, else after a sentence, else at a space. Returns the clauses and the paths of
    the clauses that were split. Documents without such a clause come back unchanged.
    """
    limit = MAX_CLAUSE_CHARS if limit is None else limit
    if all(len(c.text) <= limit and len(c.original_text or "") <= limit for c in clauses):
        return clauses, []
    out: list[Clause] = []
    split: list[str] = []
    for clause in clauses:
        texts = _pieces(clause.text, limit)
        originals = _pieces(clause.original_text, limit) if clause.original_text is not None else []
        if len(texts) == 1 and len(originals) <= 1:
            out.append(clause)
            continue
        split.append(clause.path)
        for index in range(max(len(texts), len(originals))):
            first = index == 0
            out.append(replace(
                clause,
                path=clause.path if first else f"{clause.path} (part {index + 1})",
                text=texts[index] if index < len(texts) else "",
                original_text=None if clause.original_text is None else
                (originals[index] if index < len(originals) else ""),
                revisions=clause.revisions if first else (),
                comments=clause.comments if first else (),
            ))
    return tuple(out), split


def _pieces(text: str, limit: int) -> list[str]:
    """``text`` in consecutive pieces of at most ``limit`` characters, cut where a reader would."""
    pieces = []
    while len(text) > limit:
        floor = limit // 2
        cut = text.rfind("\n", floor, limit)
        if cut < 0:
            ends = [match.end() for match in _SENTENCE_END.finditer(text, floor, limit)]
            cut = ends[-1] if ends else text.rfind(" ", floor, limit)
        if cut <= 0:
            cut = limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    pieces.append(text)
    return pieces
