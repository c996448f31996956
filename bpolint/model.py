"""The data model every part of bpolint shares.

Extractors produce a :class:`Document` of :class:`Clause` objects; the engine
turns a document into a :class:`Report` of :class:`CheckResult` objects, each
with :class:`Evidence`. Everything here is frozen and built from tuples and
plain values so that documents and reports pickle cleanly into worker
processes and never change after they are made.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import Enum


class ClauseKind(str, Enum):
    """What sort of text a clause holds."""

    BODY = "body"
    TABLE = "table"
    SCHEDULE = "schedule"
    DEFINITION = "definition"
    FOOTNOTE = "footnote"
    PREAMBLE = "preamble"


class Status(str, Enum):
    """The verdict a rule gives a document (see ``shared/checklist.md``)."""

    PASS = "pass"
    WEAK = "weak"
    MISSING = "missing"
    NOT_APPLICABLE = "not_applicable"
    WAIVED = "waived"


class Severity(str, Enum):
    """How much a finding matters; orders ``info < warning < error``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Location:
    """Where a piece of text sits in the source file.

    ``page`` is 1-based (PDF); ``paragraph`` is the 0-based index of the
    source paragraph or block (DOCX, text); ``line`` is the 1-based line in a
    text file; ``bbox`` is ``(x0, top, x1, bottom)`` in PDF points.
    """

    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    bbox: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class Revision:
    """A pending tracked change inside a clause."""

    kind: str  # "insertion" | "deletion" | "move"
    text: str
    author: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Comment:
    """A reviewer comment anchored to a clause (kept as metadata)."""

    text: str
    author: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Clause:
    """One numbered (or preamble) unit of a contract.

    ``text`` is the accepted view (tracked insertions in, deletions out): it is
    what rules check. ``original_text`` is the view before pending changes and
    is ``None`` when the clause has none. ``number`` is the reference a reader
    would cite ("12.3(a)"); ``path`` is unique within the document
    ("Schedule 3/2.1"). ``parent`` is the parent's ``path``.
    """

    path: str
    number: str
    heading: str
    text: str
    level: int = 1
    parent: str | None = None
    kind: ClauseKind = ClauseKind.BODY
    location: Location = field(default_factory=Location)
    span: tuple[int, int] = (0, 0)
    number_source: str | None = None  # "typed" | "auto" (Word numbering) | None
    original_text: str | None = None
    revisions: tuple[Revision, ...] = ()
    comments: tuple[Comment, ...] = ()

    @property
    def has_pending_changes(self) -> bool:
        return self.original_text is not None

    @property
    def label(self) -> str:
        """How a report names the clause: ``"12.3 Audit"`` or ``"preamble"``."""
        ref = self.path or "preamble"
        return f"{ref} {self.heading}".strip() if self.heading else ref


@dataclass(frozen=True)
class Definition:
    """A defined term and the text that defines it."""

    term: str
    text: str
    clause: str  # path of the clause holding the definition


@dataclass(frozen=True)
class ExtractionWarning:
    """Something an extractor could not read faithfully."""

    code: str
    message: str
    pages: tuple[int, ...] = ()


@dataclass(frozen=True)
class Document:
    """A contract as bpolint sees it, whatever format it came from."""

    path: str
    format: str  # "docx" | "pdf" | "text" | "markdown"
    clauses: tuple[Clause, ...]
    text: str = ""  # the linear accepted text; Clause.span indexes into it
    glossary: tuple[Definition, ...] = ()
    warnings: tuple[ExtractionWarning, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    pages: int | None = None

    def clause(self, path: str) -> Clause | None:
        """The clause with this ``path``, or ``None``."""
        for clause in self.clauses:
            if clause.path == path:
                return clause
        return None

    def children(self, path: str) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.parent == path)

    def definition(self, term: str) -> Definition | None:
        """The definition of ``term`` (case-insensitive), or ``None``."""
        wanted = term.casefold()
        for definition in self.glossary:
            if definition.term.casefold() == wanted:
                return definition
        return None

    def meta(self, key: str) -> str | None:
        for name, value in self.metadata:
            if name == key:
                return value
        return None


@dataclass(frozen=True)
class Evidence:
    """The quoted text behind a verdict. ``start``/``end`` index ``Clause.text``."""

    clause: str
    heading: str
    quote: str
    page: int | None = None
    paragraph: int | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Waiver:
    """A reviewer's acceptance of a known gap, declared in a config file.

    ``documents`` holds glob patterns (``"acme-*.docx"``) matched against
    the file name, or against the whole path when a pattern has a ``/``.
    A waiver stops applying after ``expires`` (an inclusive date).
    """

    rule: str
    reason: str
    approver: str
    documents: tuple[str, ...] = ("*",)
    expires: datetime.date | None = None
    source: str = ""  # the config file that declared it


@dataclass(frozen=True)
class CheckResult:
    """One rule's verdict on one document.

    ``kind`` is ``"check"`` for catalogue rules; other finding kinds (a pending
    change deleting a safeguard, an unused waiver, ...) use their own.
    """

    rule: str
    name: str
    category: str
    severity: Severity
    status: Status
    message: str
    evidence: tuple[Evidence, ...] = ()
    fix: str | None = None
    kind: str = "check"
    details: tuple[str, ...] = ()  # what was searched, near misses, and why
    # Set on waived checks (and on waiver findings): the waiver, and for a
    # waived check the status it had before the waiver applied.
    waiver: Waiver | None = None
    waived_status: Status | None = None

    @property
    def is_finding(self) -> bool:
        """True for a verdict a reviewer must act on (weak or missing)."""
        return self.status in (Status.WEAK, Status.MISSING)


@dataclass(frozen=True)
class ReportError:
    """Why a document could not be checked."""

    code: str
    message: str


@dataclass(frozen=True)
class Report:
    """The result of linting one document."""

    path: str
    format: str | None
    checks: tuple[CheckResult, ...] = ()
    error: ReportError | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    warnings: tuple[ExtractionWarning, ...] = ()

    def result(self, rule: str) -> CheckResult | None:
        for check in self.checks:
            if check.rule == rule:
                return check
        return None

    def count(self, status: Status) -> int:
        return sum(1 for check in self.checks if check.status is status)
