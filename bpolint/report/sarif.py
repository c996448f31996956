"""SARIF 2.1.0, for code-scanning dashboards (GitHub, Azure DevOps, IDE viewers).

Mapping (see ``docs/output-formats.md``): one run; every rule that ran is a
``reportingDescriptor``; each ``weak``/``missing`` check is a result at the
level of its severity (error/warning/note); a ``waived`` check is a result
with an accepted external suppression carrying the waiver's reason; ``pass``
and ``n.a.`` are not results. The clause is a logical location, page and
paragraph go into ``properties``; an unreadable document is a tool execution
notification.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from ..model import CheckResult, Report, Severity, Status
from ..waivers import WAIVER_FINDINGS
from .common import RenderOptions, ordered, title_of
from .json import summary_data

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "bpolint/v1"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def fingerprint(code: str, clause: str, quote: str) -> str:
    """Stable across runs and reformatting: code + clause path + normalised quote."""
    normalised = " ".join(quote.split()).casefold()
    text_hash = hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]
    return hashlib.sha256(f"{code}|{clause}|{text_hash}".encode()).hexdigest()[:32]


def _uri(path: str) -> str:
    pure = PurePath(path)
    return pure.as_uri() if pure.is_absolute() else pure.as_posix()


def _descriptor(check: CheckResult, options: RenderOptions) -> dict[str, Any]:
    rule = options.rule(check.rule)
    if check.kind == "waiver" and check.rule in WAIVER_FINDINGS:
        title = WAIVER_FINDINGS[check.rule][2]
        full, fix = title, "Renew, correct or remove the waiver in the config file."
    elif rule is not None:
        title = rule.title
        full = " ".join(part for part in (rule.title + ".", rule.summary, rule.rationale) if part)
        fix = rule.fix or check.fix or ""
    else:
        title = check.name
        full, fix = check.name, check.fix or ""
    descriptor: dict[str, Any] = {
        "id": check.rule,
        "name": check.name,
        "shortDescription": {"text": title},
        "fullDescription": {"text": full},
        "defaultConfiguration": {"level": _LEVEL[rule.severity if rule else check.severity]},
        "properties": {"category": check.category, "kind": check.kind},
    }
    if fix:
        descriptor["help"] = {
            "text": f"Fallback language to request: {fix}",
            "markdown": f"**Fallback language to request**\n\n> {fix}",
        }
    return descriptor


def _result(check: CheckResult, report: Report, rule_index: int) -> dict[str, Any]:
    message = check.message
    if check.fix and check.kind == "check":
        message += f" Ask for: {check.fix}"
    location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": _uri(report.path)}}}
    evidence = check.evidence[0] if check.evidence else None
    properties: dict[str, Any] = {"status": check.status.value, "category": check.category}
    if evidence is not None:
        location["logicalLocations"] = [{"name": evidence.clause, "fullyQualifiedName": evidence.clause}]
        if evidence.heading:
            location["message"] = {"text": evidence.heading}
        properties.update({"page": evidence.page, "paragraph": evidence.paragraph, "quote": evidence.quote})
    result: dict[str, Any] = {
        "ruleId": check.rule,
        "ruleIndex": rule_index,
        "kind": "fail",
        "level": _LEVEL[check.severity],
        "message": {"text": message},
        "locations": [location],
        "partialFingerprints": {
            FINGERPRINT_KEY: fingerprint(
                check.rule, evidence.clause if evidence else "", evidence.quote if evidence else ""
            ),
        },
        "properties": properties,
    }
    if check.status is Status.WAIVED and check.waiver is not None:
        waiver = check.waiver
        properties["waivedStatus"] = check.waived_status.value if check.waived_status else None
        result["suppressions"] = [{
            "kind": "external",
            "status": "accepted",
            "justification": f"{waiver.reason} (approved by {waiver.approver}"
                             + (f", expires {waiver.expires.isoformat()})" if waiver.expires else ")"),
            "properties": {"approver": waiver.approver, "source": waiver.source},
        }]
    return result


def sarif_data(reports: Sequence[Report], options: RenderOptions | None = None) -> dict[str, Any]:
    options = options or RenderOptions()
    descriptors: dict[str, dict[str, Any]] = {}
    for rule in options.rules:
        descriptors[rule.code] = _descriptor(
            CheckResult(rule.code, rule.name, rule.category, rule.severity, Status.NOT_APPLICABLE, "",
                        fix=rule.fix or None),
            options,
        )
    results = []
    notifications = []
    for report in reports:
        if report.error is not None:
            notifications.append({
                "level": "error",
                "message": {"text": report.error.message},
                "descriptor": {"id": report.error.code},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(report.path)}}}],
            })
            continue
        for check in ordered(report.checks):
            if check.rule not in descriptors:
                descriptors[check.rule] = _descriptor(check, options)
            if check.is_finding or check.status is Status.WAIVED:
                index = list(descriptors).index(check.rule)
                results.append(_result(check, report, index))
    artifacts = [
        {"location": {"uri": _uri(r.path)}, **({"description": {"text": title_of(r)}} if title_of(r) != r.path else {})}
        for r in reports
    ]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "bpolint",
                "version": options.version,
                "semanticVersion": options.version,
                "rules": list(descriptors.values()),
            }},
            "invocations": [{
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
            }],
            "artifacts": artifacts,
            "results": results,
            "properties": {"summary": summary_data(reports), "ruleset": options.ruleset},
        }],
    }


def render_sarif(reports: Sequence[Report], options: RenderOptions | None = None) -> str:
    return json.dumps(sarif_data(reports, options), indent=2, ensure_ascii=False) + "\n"
