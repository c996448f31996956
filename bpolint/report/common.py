"""What every renderer shares: options, catalogue order, labels and counts."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .._version import __version__
from ..model import CheckResult, Report, Status

if TYPE_CHECKING:
    from ..engine.rules import Rule

# The order of shared/checklist.md: what a buyer negotiates first comes first.
CATEGORY_ORDER = ("outcome", "data-source", "audit", "productivity", "pricing", "governance", "security", "exit")
CATEGORY_TITLES = {
    "outcome": "Outcome",
    "data-source": "Data source",
    "audit": "Audit",
    "productivity": "Productivity",
    "pricing": "Pricing",
    "governance": "Governance",
    "security": "Security",
    "exit": "Exit",
    "waivers": "Waivers",
}
STATUS_LABELS = {
    Status.PASS: "pass",
    Status.WEAK: "weak",
    Status.MISSING: "missing",
    Status.NOT_APPLICABLE: "n.a.",
    Status.WAIVED: "waived",
}
STATUS_ORDER = (Status.PASS, Status.WEAK, Status.MISSING, Status.NOT_APPLICABLE, Status.WAIVED)


@dataclass(frozen=True)
class RenderOptions:
    """Settings a renderer may use; every field has a default that suits a file.

    ``rules`` (the rule set that ran) lets renderers add titles, rationale and
    fallback language; without it they use what the reports carry.
    ``checked_on`` and ``version`` are fixed in tests for stable output.
    """

    color: bool = False
    quiet: bool = False
    width: int = 100  # the text format wraps quotes and fallback language at this column
    rules: Sequence[Rule] = ()
    ruleset: str = "built-in"
    checked_on: datetime.date | None = None
    version: str = __version__
    extra: Mapping[str, str] = field(default_factory=dict)

    def rule(self, code: str) -> Rule | None:
        for rule in self.rules:
            if rule.code == code:
                return rule
        return None

    @property
    def date(self) -> datetime.date:
        return self.checked_on or datetime.date.today()


CONFIG_FORMAT = "config"  # a report about the config file (waivers matching no document)


def contracts(reports: Sequence[Report]) -> list[Report]:
    """The reports about contract files, without the config file's report."""
    return [r for r in reports if r.format != CONFIG_FORMAT]


def config_reports(reports: Sequence[Report]) -> list[Report]:
    return [r for r in reports if r.format == CONFIG_FORMAT]


def category_title(category: str) -> str:
    return CATEGORY_TITLES.get(category, category.replace("-", " ").capitalize())


def _category_rank(category: str) -> tuple[int, str]:
    if category in CATEGORY_ORDER:
        return (CATEGORY_ORDER.index(category), "")
    if category == "waivers":
        return (len(CATEGORY_ORDER) + 1, "")
    return (len(CATEGORY_ORDER), category)


def _code_rank(code: str) -> tuple[int, str]:
    # Catalogue order within a category follows shared/checklist.md, which
    # lists codes in numeric order within each prefix.
    return (0, code) if code[:3].isalpha() and not code.startswith("BPO") else (1, code)


def grouped(checks: Iterable[CheckResult]) -> list[tuple[str, list[CheckResult]]]:
    """Checks grouped by category in catalogue order; checks before other kinds."""
    groups: dict[str, list[CheckResult]] = {}
    for check in checks:
        groups.setdefault(check.category, []).append(check)
    return [
        (category, sorted(groups[category], key=lambda c: (c.kind != "check", _code_rank(c.rule))))
        for category in sorted(groups, key=_category_rank)
    ]


def ordered(checks: Iterable[CheckResult]) -> list[CheckResult]:
    """Checks in catalogue order, flattened."""
    return [check for _, group in grouped(checks) for check in group]


def label(check: CheckResult) -> str:
    """The status word a reader sees; other finding kinds show their name."""
    if check.kind != "check":
        return check.name
    return STATUS_LABELS[check.status]


def counts(reports: Sequence[Report]) -> dict[Status, int]:
    """How many catalogue checks have each status, over ``reports``."""
    out = {status: 0 for status in STATUS_ORDER}
    for report in reports:
        for check in report.checks:
            if check.kind == "check":
                out[check.status] += 1
    return out


def other_findings(reports: Sequence[Report]) -> int:
    return sum(1 for r in reports for c in r.checks if c.kind != "check" and c.is_finding)


def summary_line(reports: Sequence[Report]) -> str:
    """``"12 pass, 4 weak, 3 missing, 1 n.a."`` (+ waived, other findings, errors)."""
    tally = counts(reports)
    parts = [f"{tally[s]} {STATUS_LABELS[s]}" for s in STATUS_ORDER if s is not Status.WAIVED]
    if tally[Status.WAIVED]:
        parts.append(f"{tally[Status.WAIVED]} waived")
    others = other_findings(reports)
    if others:
        parts.append(f"{others} waiver finding{'s' if others != 1 else ''}")
    errors = sum(1 for r in reports if r.error is not None)
    if errors:
        parts.append(f"{errors} unreadable")
    return ", ".join(parts)


def one_line(text: str, width: int | None = None) -> str:
    """``text`` with whitespace collapsed, cut to ``width`` with an ellipsis."""
    text = " ".join(text.split())
    if width is None or len(text) <= width:
        return text
    return text[: width - 1].rstrip() + "…"


def meta(report: Report, key: str) -> str | None:
    for name, value in report.metadata:
        if name == key:
            return value
    return None


def title_of(report: Report) -> str:
    return meta(report, "title") or report.path


def waiver_line(check: CheckResult) -> str:
    """``"reason — approved by X, expires 2027-01-01"`` for a waived check."""
    waiver = check.waiver
    if waiver is None:
        return ""
    parts = [f"approved by {waiver.approver}"]
    if waiver.expires is not None:
        parts.append(f"expires {waiver.expires.isoformat()}")
    return f"{waiver.reason} ({', '.join(parts)})"


def evidence_where(clause: str, heading: str, page: int | None) -> str:
    """``"clause 4.1 Audit, p. 3"``."""
    where = f"clause {clause}" if clause else "text"
    if heading and heading not in clause:
        where += f" {heading}"
    if page:
        where += f", p. {page}"
    return where


def cover_fields(report: Report, options: RenderOptions) -> list[tuple[str, str]]:
    """The checklist's cover block: what was checked, between whom, when and how."""
    fields = [("Document", report.path)]  # the title is the checklist's heading
    parties = meta(report, "parties")
    if parties:
        fields.append(("Parties", " and ".join(p.strip() for p in parties.split(";") if p.strip())))
    for key, name in (("date", "Dated"), ("effective_date", "Effective date")):
        value = meta(report, key)
        if value:
            fields.append((name, value))
    fields.append(("Checked on", options.date.isoformat()))
    fields.append(("Checked with", f"bpolint {options.version}, rule set {options.ruleset}"))
    return fields


def rule_title(check: CheckResult, options: RenderOptions) -> str:
    """What passing means for this check (the rule's title), or its name."""
    rule = options.rule(check.rule)
    if rule is not None:
        return rule.title
    if check.kind == "waiver":
        from ..waivers import WAIVER_FINDINGS

        if check.rule in WAIVER_FINDINGS:
            return WAIVER_FINDINGS[check.rule][2]
    return check.name.replace("-", " ").capitalize()


def resolved(check: CheckResult) -> bool:
    """Whether the checklist box starts ticked: nothing left to negotiate."""
    return not check.is_finding
