"""The pre-signature checklist as one self-contained HTML file.

Inline CSS only: no scripts, fonts, images or other remote assets, so the
file opens offline, can be mailed, and prints cleanly to A4 or Letter. Every
piece of contract text goes through :func:`html.escape`: a contract holding
``<script>`` shows it as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

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

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #d6d6d6; --pass: #1e7b34; --weak: #9a6200;
  --missing: #b3261e; --na: #6b6b6b; --waived: #1f5f8b; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 -apple-system, "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  color: var(--ink); margin: 0 auto; padding: 24px; max-width: 52rem; }
h1 { font-size: 18pt; margin: 0 0 12px; line-height: 1.2; }
h2 { font-size: 14pt; margin: 28px 0 8px; }
h3 { font-size: 12pt; margin: 20px 0 6px; padding-bottom: 3px; border-bottom: 1px solid var(--line); }
table { border-collapse: collapse; margin: 6px 0 10px; }
th, td { text-align: left; padding: 3px 10px 3px 0; vertical-align: top; }
table.cover th { color: var(--muted); font-weight: normal; white-space: nowrap; }
table.summary { width: 100%; }
table.summary th, table.summary td { border-bottom: 1px solid var(--line); padding: 4px 8px; }
table.summary .n { text-align: right; font-variant-numeric: tabular-nums; }
ul.items { list-style: none; padding: 0; margin: 0; }
li.item { display: grid; grid-template-columns: 1.6em 1fr; column-gap: 6px; padding: 8px 0;
  border-bottom: 1px solid #eee; break-inside: avoid; page-break-inside: avoid; }
.box { width: 1.05em; height: 1.05em; border: 1.5px solid var(--ink); border-radius: 2px; margin-top: 0.2em;
  font-size: 0.9em; line-height: 0.95em; text-align: center; }
.head { font-weight: 600; }
.code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-weight: 600; }
.status { display: inline-block; font-size: 8.5pt; font-weight: 700; text-transform: uppercase;
  letter-spacing: 0.03em; padding: 0 6px; border-radius: 3px; border: 1px solid currentColor; margin-left: 4px; }
.s-pass { color: var(--pass); } .s-weak { color: var(--weak); } .s-missing { color: var(--missing); }
.s-not_applicable { color: var(--na); } .s-waived { color: var(--waived); } .s-note { color: var(--muted); }
.title { color: var(--muted); }
li.item p { margin: 3px 0; }
.label { font-weight: 600; }
blockquote { margin: 4px 0; padding: 2px 10px; border-left: 3px solid var(--line); white-space: pre-wrap; }
blockquote.ask { border-left-color: var(--weak); background: #fffaf0; }
.where { color: var(--muted); font-size: 9pt; }
.error { color: var(--missing); font-weight: 600; }
.warning { color: var(--weak); }
section.document + section.document { break-before: page; page-break-before: always; }
footer { margin-top: 24px; color: var(--muted); font-size: 8.5pt; }
@page { margin: 16mm 14mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  blockquote.ask { background: none; }
}
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _status(check: CheckResult) -> str:
    if check.kind != "check":
        return f'<span class="status s-note">{_e(check.kind)}</span>'
    text = STATUS_LABELS[check.status]
    if check.status is Status.WAIVED and check.waived_status is not None:
        text += f" (was {check.waived_status.value})"
    return f'<span class="status s-{check.status.value}">{_e(text)}</span>'


def _item(check: CheckResult, options: RenderOptions) -> str:
    mark = "&#10003;" if resolved(check) else ""
    parts = [
        f'<div class="box" aria-hidden="true">{mark}</div><div>',
        f'<div class="head"><span class="code">{_e(check.rule)}</span> {_e(check.name)} {_status(check)}'
        f' <span class="where">{_e(check.severity.value)}</span></div>',
        f'<div class="title">{_e(rule_title(check, options))}</div>',
    ]
    if check.message:
        label = "Reason: " if check.is_finding and check.kind == "check" else ""
        parts.append(f'<p><span class="label">{label}</span>{_e(one_line(check.message))}</p>'
                     if label else f"<p>{_e(one_line(check.message))}</p>")
    for evidence in check.evidence:
        where = evidence_where(evidence.clause, evidence.heading, evidence.page)
        parts.append(f'<blockquote>{_e(one_line(evidence.quote, _QUOTE_WIDTH))}'
                     f'<br><span class="where">{_e(where)}</span></blockquote>')
    if check.status is Status.WAIVED and check.waiver is not None:
        parts.append(f'<p><span class="label">Waiver:</span> {_e(waiver_line(check))}</p>')
    if check.kind == "check" and check.is_finding and check.fix:
        parts.append(f'<div class="label">Fallback language to request:</div>'
                     f'<blockquote class="ask">{_e(check.fix)}</blockquote>')
    parts.append("</div>")
    return f'<li class="item">{"".join(parts)}</li>'


def _summary_table(reports: Sequence[Report]) -> str:
    head = "".join(f'<th class="n">{_e(STATUS_LABELS[s])}</th>' for s in STATUS_ORDER)
    rows = []
    for report in reports:
        if report.error is not None:
            cells = f'<td colspan="{len(STATUS_ORDER)}" class="error">could not be checked</td>'
        else:
            tally = counts([report])
            cells = "".join(f'<td class="n">{tally[s]}</td>' for s in STATUS_ORDER)
        rows.append(f"<tr><td>{_e(report.path)}</td>{cells}</tr>")
    return f'<table class="summary"><tr><th>Document</th>{head}</tr>{"".join(rows)}</table>'


def _document(report: Report, options: RenderOptions, level: int) -> str:
    h1, h2 = f"h{level}", f"h{level + 1}"
    out = [f'<section class="document"><{h1}>Pre-signature checklist: {_e(title_of(report))}</{h1}>',
           '<table class="cover">']
    out += [f"<tr><th>{_e(name)}</th><td>{_e(value)}</td></tr>" for name, value in cover_fields(report, options)]
    out.append("</table>")
    if report.error is not None:
        out.append(f'<p class="error">Could not be checked ({_e(report.error.code)}): '
                   f"{_e(report.error.message)}</p></section>")
        return "\n".join(out)
    for warning in report.warnings:
        out.append(f'<p class="warning">Extraction warning {_e(warning.code)}: {_e(warning.message)}</p>')
    out += [f"<{h2}>Summary</{h2}>", _summary_table([report]), f"<p>{_e(summary_line([report]))}</p>"]
    for category, group in grouped(report.checks):
        out.append(f"<{h2}>{_e(category_title(category))}</{h2}>")
        out.append('<ul class="items">' + "\n".join(_item(c, options) for c in group) + "</ul>")
    out.append("</section>")
    return "\n".join(out)


def _config_notes(report: Report, options: RenderOptions) -> str:
    items = "\n".join(_item(c, options) for c in report.checks)
    return (f'<section class="notes"><h2>Configuration notes: {_e(report.path)}</h2>'
            f'<ul class="items">{items}</ul></section>')


def render_html(reports: Sequence[Report], options: RenderOptions | None = None) -> str:
    """One HTML page: the checklist of each document (a summary first when several)."""
    options = options or RenderOptions()
    documents = contracts(reports)
    if len(documents) == 1:
        title = f"Pre-signature checklist: {title_of(documents[0])}"
        body = [_document(documents[0], options, 1)]
    else:
        title = f"Pre-signature checklists: {len(documents)} documents"
        body = [f"<h1>{_e(title)}</h1>",
                f"<p>Checked on {options.date.isoformat()} with bpolint {_e(options.version)}, "
                f"rule set {_e(options.ruleset)}.</p>",
                _summary_table(documents), f"<p>{_e(summary_line(reports))}</p>"]
        body += [_document(r, options, 2) for r in documents]
    body += [_config_notes(r, options) for r in config_reports(reports)]
    footer = (f"<footer>Generated by bpolint {_e(options.version)} on {options.date.isoformat()}. "
              "A checklist to support legal review, not legal advice.</footer>")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        f"<title>{_e(title)}</title>\n<style>{CSS}</style></head>\n<body>\n"
        + "\n".join(body) + "\n" + footer + "\n</body></html>\n"
    )
