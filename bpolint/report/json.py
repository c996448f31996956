"""The JSON wire format (``docs/json-schema.json``); ``schema_version`` 1.

Fields may be added in later versions; the ones here never change meaning.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model import CheckResult, Evidence, Report, Status, Waiver
from .common import RenderOptions, contracts

SCHEMA_VERSION = 1


def evidence_data(evidence: Evidence) -> dict[str, Any]:
    return {
        "clause": evidence.clause,
        "heading": evidence.heading,
        "quote": evidence.quote,
        "page": evidence.page,
        "paragraph": evidence.paragraph,
        "start": evidence.start,
        "end": evidence.end,
    }


def waiver_data(waiver: Waiver) -> dict[str, Any]:
    return {
        "rule": waiver.rule,
        "documents": list(waiver.documents),
        "reason": waiver.reason,
        "approver": waiver.approver,
        "expires": None if waiver.expires is None else waiver.expires.isoformat(),
        "source": waiver.source,
    }


def check_data(check: CheckResult) -> dict[str, Any]:
    return {
        "rule": check.rule,
        "name": check.name,
        "kind": check.kind,
        "category": check.category,
        "severity": check.severity.value,
        "status": check.status.value,
        "message": check.message,
        "evidence": [evidence_data(e) for e in check.evidence],
        "fix": check.fix,
        "details": list(check.details),
        "waiver": None if check.waiver is None else waiver_data(check.waiver),
        "waived_status": None if check.waived_status is None else check.waived_status.value,
    }


def report_data(report: Report) -> dict[str, Any]:
    return {
        "path": report.path,
        "format": report.format,
        "error": None if report.error is None else {"code": report.error.code, "message": report.error.message},
        "metadata": dict(report.metadata),
        "warnings": [{"code": w.code, "message": w.message, "pages": list(w.pages)} for w in report.warnings],
        "checks": [check_data(check) for check in report.checks],
    }


def summary_data(reports: Sequence[Report]) -> dict[str, int]:
    """Counts over all documents: checks by status, findings, unreadable documents."""
    checks = [c for r in reports for c in r.checks]
    data = {"documents": len(contracts(reports)), "errors": sum(1 for r in reports if r.error is not None)}
    for status in Status:
        data[status.value] = sum(1 for c in checks if c.kind == "check" and c.status is status)
    data["findings"] = sum(1 for c in checks if c.is_finding)
    return data


def reports_data(reports: Sequence[Report], options: RenderOptions | None = None) -> dict[str, Any]:
    options = options or RenderOptions()
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "bpolint", "version": options.version},
        "summary": summary_data(reports),
        "documents": [report_data(report) for report in reports],
    }


def render_json(reports: Sequence[Report], options: RenderOptions | None = None) -> str:
    return json.dumps(reports_data(reports, options), indent=2, ensure_ascii=False) + "\n"
