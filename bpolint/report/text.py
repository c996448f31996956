"""The terminal formats: ``text`` (grouped by category, for a reader) and
``concise`` (one line a finding, ``path:clause:CODE:status: message``)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from ..model import CheckResult, Report, Status
from .common import (
    CONFIG_FORMAT,
    RenderOptions,
    category_title,
    contracts,
    evidence_where,
    grouped,
    one_line,
    ordered,
    summary_line,
    title_of,
    waiver_line,
)

MARKS = {
    Status.PASS: "pass",
    Status.WEAK: "WEAK",
    Status.MISSING: "MISSING",
    Status.NOT_APPLICABLE: "n.a.",
    Status.WAIVED: "waived",
}
_QUOTE_WIDTH = 160
_FIX_WIDTH = 240
_INDENT = " " * 12
_EVIDENCE_SHOWN = 2

# ANSI styles; used only when the caller asks for colour (a terminal, no NO_COLOR).
_STYLE = {
    Status.PASS: "32",
    Status.WEAK: "33;1",
    Status.MISSING: "31;1",
    Status.NOT_APPLICABLE: "2",
    Status.WAIVED: "36",
    "heading": "1",
    "path": "1;4",
    "dim": "2",
    "error": "31;1",
    "warning": "33",
    "info": "2",
}


class _Painter:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, style: str | Status) -> str:
        if not self.color or not text:
            return text
        return f"\x1b[{_STYLE[style]}m{text}\x1b[0m"


def _mark(check: CheckResult, paint: _Painter) -> str:
    if check.kind != "check":
        return paint(f"{check.severity.value:<8}", check.severity.value)
    return paint(f"{MARKS[check.status]:<8}", check.status)


def _wrapped(label: str, text: str, width: int, paint: _Painter, style: str | None = None) -> list[str]:
    """``label: text`` wrapped at ``width`` with a hanging indent; only the label is styled."""
    lines = textwrap.wrap(f"{label}: {text}", max(width, 40), initial_indent=_INDENT,
                          subsequent_indent=_INDENT + "  ", break_on_hyphens=False)
    if style and lines:
        head = _INDENT + label
        lines[0] = _INDENT + paint(label, style) + lines[0][len(head):]
    return lines


def _check_lines(check: CheckResult, paint: _Painter, width: int) -> list[str]:
    lines = [f"  {_mark(check, paint)}  {check.rule} {check.name}: {one_line(check.message)}"]
    for evidence in check.evidence[:_EVIDENCE_SHOWN]:
        where = evidence_where(evidence.clause, evidence.heading, evidence.page)
        lines.extend(_wrapped(where, f"\"{one_line(evidence.quote, _QUOTE_WIDTH)}\"", width, paint, "dim"))
    hidden = len(check.evidence) - _EVIDENCE_SHOWN
    if hidden > 0:
        lines.append(f"{_INDENT}{paint(f'(+{hidden} more)', 'dim')}")
    if check.status is Status.WAIVED and check.waiver is not None:
        was = f" (was {check.waived_status.value})" if check.waived_status else ""
        lines.extend(_wrapped(f"waived{was}", one_line(waiver_line(check)), width, paint))
    if check.kind == "check" and check.is_finding and check.fix:
        lines.extend(_wrapped("ask for", one_line(check.fix, _FIX_WIDTH), width, paint))
    return lines


def _shown(check: CheckResult, quiet: bool) -> bool:
    return not quiet or check.is_finding


def render_report(report: Report, options: RenderOptions | None = None) -> list[str]:
    """The text lines for one document (empty in quiet mode when nothing needs action)."""
    options = options or RenderOptions()
    paint = _Painter(options.color)
    lines = [paint(report.path, "path")]
    if report.error is not None:
        lines.append(f"  {paint('error', 'error')}     {report.error.code}: {report.error.message}")
        return lines
    checks = [c for c in report.checks if _shown(c, options.quiet)]
    if options.quiet and not checks:
        return []
    title = title_of(report)
    if title != report.path and report.format != "config":
        lines.append(one_line(title, 100))
    for warning in report.warnings:
        lines.append(f"  {paint('warning', 'warning')}   {warning.code}: {one_line(warning.message)}")
    for category, group in grouped(checks):
        lines.append("")
        lines.append(paint(category_title(category), "heading"))
        for check in group:
            lines.extend(_check_lines(check, paint, options.width))
    if not options.quiet and report.format != CONFIG_FORMAT:
        lines.append("")
        lines.append(summary_line([report]))
    return lines


def render_text(reports: Sequence[Report], options: RenderOptions | None = None) -> str:
    """Every document's report, then a summary line over all of them."""
    options = options or RenderOptions()
    blocks = ["\n".join(lines) for lines in (render_report(r, options) for r in reports) if lines]
    if len(reports) > 1 and not options.quiet:
        count = len(contracts(reports))
        blocks.append(f"{count} document{'s' if count != 1 else ''}: {summary_line(reports)}")
    return "\n\n".join(blocks) + "\n" if blocks else ""


def concise_lines(report: Report) -> list[str]:
    """``path:clause:CODE:status: message`` for each finding (weak, missing, errors)."""
    if report.error is not None:
        return [f"{report.path}::{report.error.code}:error: {one_line(report.error.message)}"]
    lines = []
    for check in ordered(report.checks):
        if not check.is_finding:
            continue
        clause = check.evidence[0].clause if check.evidence else ""
        status = check.status.value if check.kind == "check" else check.name
        lines.append(f"{report.path}:{clause}:{check.rule}:{status}: {one_line(check.message)}")
    return lines


def render_concise(reports: Sequence[Report], options: RenderOptions | None = None) -> str:
    """One line per finding, for grep and editors, then ruff's closing count line."""
    options = options or RenderOptions()
    lines = [line for report in reports for line in concise_lines(report)]
    if not options.quiet:
        findings = sum(1 for r in reports for c in r.checks if c.is_finding)
        errors = sum(1 for r in reports if r.error is not None)
        count = len(contracts(reports))
        noun = "document" if count == 1 else "documents"
        if findings or errors:
            lines.append(f"Found {findings} finding{'s' if findings != 1 else ''} in {count} {noun} "
                         f"({summary_line(reports)}).")
        else:
            lines.append(f"No findings in {count} {noun} ({summary_line(reports)}).")
    return "\n".join(lines) + "\n" if lines else ""
