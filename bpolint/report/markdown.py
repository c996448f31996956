"""The pre-signature checklist as Markdown (GitHub-flavoured task lists).

All contract text is escaped: HTML inside a quote shows as text in any
Markdown viewer, and Markdown syntax in a quote does not format.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import CheckResult, Report, Status
from .common import (
    STATUS_LABELS,
    STATUS_ORDER,
    RenderOptions,
    category_title,
    config_reports,
    contracts,
    counts,
    cover_fields,
    evidence_where,
    grouped,
    one_line,
    resolved,
    rule_title,
    summary_line,
    title_of,
    waiver_line,
)

_QUOTE_WIDTH = 600
_SPECIAL = re.compile(r"([\\`*_\[\]{}#+!|~])")


def md(text: str) -> str:
    """Escape ``text`` for inline Markdown: HTML as entities, syntax backslashed."""
    text = one_line(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def _status(check: CheckResult) -> str:
    if check.kind != "check":
        return f"**{check.severity.value}**" if check.is_finding else check.severity.value
    word = STATUS_LABELS[check.status]
    if check.is_finding:
        return f"**{word.upper()}** ({check.severity.value})"
    if check.status is Status.WAIVED and check.waived_status is not None:
        return f"waived (was {check.waived_status.value})"
    return word


def _item(check: CheckResult, options: RenderOptions) -> list[str]:
    box = "x" if resolved(check) else " "
    lines = [f"- [{box}] **{md(check.rule)} {md(check.name)}**: {_status(check)}  ",
             f"  {md(rule_title(check, options))}"]
    if check.message and check.kind == "check" and check.status is not Status.PASS:
        lines += ["", f"  Reason: {md(check.message)}"]
    elif check.message:
        lines += ["", f"  {md(check.message)}"]
    for evidence in check.evidence:
        where = evidence_where(evidence.clause, evidence.heading, evidence.page)
        lines += ["", f"  > {md(one_line(evidence.quote, _QUOTE_WIDTH))}", "  >", f"  > — {md(where)}"]
    if check.status is Status.WAIVED and check.waiver is not None:
        lines += ["", f"  Waiver: {md(waiver_line(check))}"]
    if check.kind == "check" and check.is_finding and check.fix:
        lines += ["", "  Fallback language to request:", "", f"  > {md(check.fix)}"]
    lines.append("")
    return lines


def _summary_table(reports: Sequence[Report]) -> list[str]:
    head = "| Document | " + " | ".join(STATUS_LABELS[s] for s in STATUS_ORDER) + " |"
    rule = "|---|" + "---:|" * len(STATUS_ORDER)
    rows = []
    for report in reports:
        if report.error is not None:
            cells = ["could not be checked"] + [""] * (len(STATUS_ORDER) - 1)
        else:
            tally = counts([report])
            cells = [str(tally[s]) for s in STATUS_ORDER]
        rows.append(f"| {md(report.path)} | " + " | ".join(cells) + " |")
    return [head, rule, *rows]


def render_document(report: Report, options: RenderOptions, level: int = 1) -> list[str]:
    """One document's checklist; ``level`` is the heading level of its title."""
    h = "#" * level
    lines = [f"{h} Pre-signature checklist: {md(title_of(report))}", ""]
    lines += ["| | |", "|---|---|"]
    lines += [f"| {name} | {md(value)} |" for name, value in cover_fields(report, options)]
    lines.append("")
    if report.error is not None:
        lines += [f"**Could not be checked** ({md(report.error.code)}): {md(report.error.message)}", ""]
        return lines
    for warning in report.warnings:
        lines += [f"> **Extraction warning** {md(warning.code)}: {md(warning.message)}", ""]
    lines += [f"{h}# Summary", "", *_summary_table([report]), "", summary_line([report]), ""]
    for category, group in grouped(report.checks):
        lines += [f"{h}# {md(category_title(category))}", ""]
        for check in group:
            lines += _item(check, options)
    return lines


def _config_notes(report: Report, options: RenderOptions) -> list[str]:
    lines = [f"## Configuration notes: {md(report.path)}", ""]
    for check in report.checks:
        lines += _item(check, options)
    return lines


def render_markdown(reports: Sequence[Report], options: RenderOptions | None = None) -> str:
    """The checklist: one per document, after a summary table when there are several."""
    options = options or RenderOptions()
    documents = contracts(reports)
    if len(documents) == 1:
        lines = render_document(documents[0], options)
    else:
        lines = [f"# Pre-signature checklists: {len(documents)} documents", "",
                 f"Checked on {options.date.isoformat()} with bpolint {md(options.version)}, "
                 f"rule set {md(options.ruleset)}.", "", *_summary_table(documents), "",
                 summary_line(reports), ""]
        for report in documents:
            lines += render_document(report, options, level=2)
    for report in config_reports(reports):
        lines += _config_notes(report, options)
    return "\n".join(lines).rstrip("\n") + "\n"
