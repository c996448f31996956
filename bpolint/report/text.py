"""The human-readable report: grouped by category, one line a rule."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import CheckResult, Report, Status

MARKS = {
    Status.PASS: "pass",
    Status.WEAK: "WEAK",
    Status.MISSING: "MISSING",
    Status.NOT_APPLICABLE: "n.a.",
    Status.WAIVED: "waived",
}
_QUOTE_WIDTH = 160


def _short(text: str, width: int = _QUOTE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def summary_line(reports: Sequence[Report]) -> str:
    counts = {status: 0 for status in MARKS}
    for report in reports:
        for check in report.checks:
            counts[check.status] += 1
    parts = [
        f"{counts[Status.PASS]} pass",
        f"{counts[Status.WEAK]} weak",
        f"{counts[Status.MISSING]} missing",
        f"{counts[Status.NOT_APPLICABLE]} n.a.",
    ]
    if counts[Status.WAIVED]:
        parts.append(f"{counts[Status.WAIVED]} waived")
    return ", ".join(parts)


def _check_lines(check: CheckResult) -> list[str]:
    lines = [f"  {MARKS[check.status]:<8} {check.rule} {check.name}: {check.message}"]
    for evidence in check.evidence[:2]:
        where = f"clause {evidence.clause}" if evidence.clause else "text"
        if evidence.page:
            where += f", p. {evidence.page}"
        lines.append(f"           {where}: \"{_short(evidence.quote)}\"")
    if check.status in (Status.WEAK, Status.MISSING) and check.fix:
        lines.append(f"           ask for: {_short(check.fix, 240)}")
    return lines


def render_report(report: Report) -> list[str]:
    lines = [report.path]
    if report.error is not None:
        lines.append(f"  error {report.error.code}: {report.error.message}")
        return lines
    for warning in report.warnings:
        lines.append(f"  warning {warning.code}: {warning.message}")
    category = None
    for check in report.checks:
        if check.category != category:
            category = check.category
            lines.append(f" {category}")
        lines.extend(_check_lines(check))
    lines.append(f"  {summary_line([report])}")
    return lines


def render_text(reports: Sequence[Report]) -> str:
    blocks = ["\n".join(render_report(report)) for report in reports]
    if len(reports) > 1:
        blocks.append(f"{len(reports)} documents: {summary_line(reports)}")
    return "\n\n".join(blocks) + "\n"
