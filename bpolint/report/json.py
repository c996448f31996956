"""The JSON wire format (``docs/json-schema.json``); ``schema_version`` 1.

Fields may be added in later versions; the ones here never change meaning.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .._version import __version__
from ..model import CheckResult, Evidence, Report

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


def reports_data(reports: Sequence[Report]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "bpolint", "version": __version__},
        "documents": [report_data(report) for report in reports],
    }


def render_json(reports: Sequence[Report]) -> str:
    return json.dumps(reports_data(reports), indent=2, ensure_ascii=False) + "\n"
