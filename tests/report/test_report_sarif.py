"""SARIF 2.1.0: validates against the OASIS schema; maps statuses, waivers, errors."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from bpolint.engine import load_rules
from bpolint.report import RenderOptions, render
from bpolint.report.sarif import fingerprint

from .sample_reports import CHECKED_ON, OPTIONS, SAMPLES, all_passing, broken, northwind

SCHEMA_PATH = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"
WITH_RULES = RenderOptions(rules=load_rules(), checked_on=CHECKED_ON, version="0.1.0")


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    return jsonschema.Draft4Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def sarif(reports, options=OPTIONS) -> dict:
    return json.loads(render(reports, "sarif", options))


@pytest.mark.parametrize("options", [OPTIONS, WITH_RULES], ids=["no-rules", "rules"])
@pytest.mark.parametrize("sample", ["single", "multi", "passing"])
def test_sarif_validates_against_official_schema(validator, sample: str, options) -> None:
    reports = [all_passing()] if sample == "passing" else SAMPLES[sample]()
    validator.validate(sarif(reports, options))


def test_sarif_results_are_findings_and_waivers_only() -> None:
    run = sarif([northwind()])["runs"][0]
    by_rule = {r["ruleId"]: r for r in run["results"]}
    assert set(by_rule) == {"OUT002", "AUD002", "PRD001", "PRC003", "SEC002", "EXT002", "BPO-W002"}
    assert by_rule["EXT002"]["level"] == "error"
    assert by_rule["OUT002"]["level"] == "warning"
    assert "suppressions" not in by_rule["OUT002"]


def test_sarif_maps_info_severity_to_note() -> None:
    report = northwind()
    checks = tuple(replace(c, severity=c.severity.INFO) if c.rule == "SEC002" else c for c in report.checks)
    result = next(r for r in sarif([replace(report, checks=checks)])["runs"][0]["results"] if r["ruleId"] == "SEC002")
    assert result["level"] == "note"


def test_sarif_waived_check_is_an_accepted_suppression() -> None:
    result = next(r for r in sarif([northwind()])["runs"][0]["results"] if r["ruleId"] == "PRD001")
    assert result["suppressions"] == [{
        "kind": "external", "status": "accepted",
        "justification": "gainshare covered in side letter 2026-03 (approved by Head of Procurement, "
                         "expires 2027-01-01)",
        "properties": {"approver": "Head of Procurement", "source": "bpolint.toml"},
    }]


def test_sarif_clause_is_logical_location_and_page_in_properties() -> None:
    result = next(r for r in sarif(SAMPLES["multi"]())["runs"][0]["results"] if r["ruleId"] == "OUT001")
    location = result["locations"][0]
    assert location["logicalLocations"] == [{"name": "1.4", "fullyQualifiedName": "1.4"}]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == "contracts/acme-draft.pdf"
    assert result["properties"]["page"] == 2


def test_sarif_rules_carry_descriptions_help_and_level() -> None:
    rules = {r["id"]: r for r in sarif([northwind()], WITH_RULES)["runs"][0]["tool"]["driver"]["rules"]}
    assert len([code for code in rules if not code.startswith("BPO-")]) == 20
    ext002 = rules["EXT002"]
    assert ext002["defaultConfiguration"]["level"] == "error"
    assert ext002["shortDescription"]["text"]
    result_rules = sarif([northwind()])["runs"][0]["tool"]["driver"]["rules"]
    assert any("Fallback language to request" in r.get("help", {}).get("text", "") for r in result_rules)


def test_sarif_rule_index_points_at_rule() -> None:
    run = sarif([northwind()], WITH_RULES)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])


def test_sarif_unreadable_document_is_a_notification() -> None:
    invocation = sarif([broken()])["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["descriptor"]["id"] == "BPO-E103"


@pytest.mark.parametrize(("a", "b", "same"), [
    (("OUT002", "3.3", "A contact  reopened\nwithin 48 hours"), ("OUT002", "3.3", "a contact reopened within 48 HOURS"),
     True),
    (("OUT002", "3.3", "within 48 hours"), ("OUT002", "3.4", "within 48 hours"), False),
    (("OUT002", "3.3", "within 48 hours"), ("OUT001", "3.3", "within 48 hours"), False),
    (("OUT002", "3.3", "within 48 hours"), ("OUT002", "3.3", "within 72 hours"), False),
])
def test_sarif_fingerprint_is_stable_under_whitespace_and_case(a, b, same: bool) -> None:
    assert (fingerprint(*a) == fingerprint(*b)) is same


def test_sarif_fingerprints_unchanged_between_runs() -> None:
    first = [r["partialFingerprints"] for r in sarif([northwind()])["runs"][0]["results"]]
    second = [r["partialFingerprints"] for r in sarif([northwind()])["runs"][0]["results"]]
    assert first == second and len({json.dumps(f) for f in first}) == len(first)
