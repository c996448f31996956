"""The JSON wire format validates against docs/json-schema.json and keeps every field."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from bpolint.report import render

from .sample_reports import OPTIONS, SAMPLES, acme, all_passing, northwind

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "json-schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("reports", [SAMPLES["single"](), SAMPLES["multi"](), [all_passing()], []],
                         ids=["single", "multi", "passing", "empty"])
def test_json_validates_against_schema(validator, reports) -> None:
    validator.validate(json.loads(render(reports, "json", OPTIONS)))


def test_json_schema_rejects_unknown_status(validator) -> None:
    data = json.loads(render([northwind()], "json", OPTIONS))
    data["documents"][0]["checks"][0]["status"] = "ok"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


def test_json_keeps_waiver_and_original_status() -> None:
    data = json.loads(render([northwind()], "json", OPTIONS))
    check = next(c for c in data["documents"][0]["checks"] if c["rule"] == "PRD001")
    assert check["status"] == "waived" and check["waived_status"] == "weak"
    assert check["waiver"] == {"rule": "PRD001", "documents": ["northwind-*.docx"],
                               "reason": "gainshare covered in side letter 2026-03",
                               "approver": "Head of Procurement", "expires": "2027-01-01", "source": "bpolint.toml"}
    assert check["evidence"][0]["clause"] == "3.6"


def test_json_summary_counts_documents_and_findings() -> None:
    data = json.loads(render([northwind(), acme()], "json", OPTIONS))
    assert data["schema_version"] == 1
    assert data["summary"] == {"documents": 2, "errors": 0, "pass": 13, "weak": 4, "missing": 3,
                               "not_applicable": 1, "waived": 1, "findings": 9}


def test_json_summary_does_not_count_the_config_report() -> None:
    data = json.loads(render(SAMPLES["config"](), "json", OPTIONS))
    assert data["summary"]["documents"] == 1 and data["summary"]["findings"] == 4
    assert [d["format"] for d in data["documents"]] == ["pdf", "config"]


def test_json_keeps_unicode_unescaped() -> None:
    assert "Zürich" in render([northwind()], "json", OPTIONS)
