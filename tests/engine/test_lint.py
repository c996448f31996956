"""lint() end to end with the built-in rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint.config import Config
from bpolint.engine import lint, load_rules
from bpolint.engine.examples import snippet_document

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "contracts" / "sample-msa.txt"
RULES = load_rules()
IMPLEMENTED = [rule.code for rule in RULES if rule.implemented]

GLOSSARY_ONLY = """SCHEDULE 1 - DEFINITIONS
"Audit" means the Customer's right to inspect the Supplier's records, systems and data relating to the Charges.
"Exit Plan" means the plan for termination assistance and the return of Customer Data.
"Resolved Contact" means a contact closed in the Customer CRM with a resolution code and not reopened within 7 days.
"Security Incident" means any breach of security, to be notified within 24 hours, under ISO 27001.
"Termination for Convenience" means the Customer's right to terminate without cause on 90 days' notice.
"Resolution Fee" means $5 per Resolved Contact."""


def test_lint_sample_contract_passes_every_implemented_rule():
    report = lint(SAMPLE)
    for check in report.checks:
        if check.rule in IMPLEMENTED:
            assert check.status.value == "pass", (check.rule, check.message, check.details)
            assert check.evidence and all(e.quote for e in check.evidence)
        else:
            assert check.status.value == "not_applicable"


def test_lint_definitions_only_document_passes_nothing():
    report = lint(snippet_document(GLOSSARY_ONLY))
    statuses = {check.rule: check.status.value for check in report.checks}
    assert all(statuses[code] in ("missing", "not_applicable") for code in IMPLEMENTED), statuses
    assert statuses["AUD001"] == "missing" and statuses["OUT001"] == "missing"


@pytest.mark.parametrize(("params", "status"), [
    ({}, "weak"),
    ({"unit_price_max": 15}, "pass"),
    ({"PRC004": {"unit_price_max": 15}}, "pass"),
    ({"PRC004": {"unit_price_max": 12}}, "weak"),
])
def test_lint_price_band_is_configurable(params, status):
    document = snippet_document("The Customer shall pay $14 for each Resolved Contact.")
    report = lint(document, Config.make(select=["PRC004"], params=params))
    assert report.checks[0].status.value == status


def test_lint_breach_window_is_configurable():
    text = ("The Supplier shall maintain ISO 27001 certification and shall notify the Customer of any security "
            "breach within 96 hours.")
    assert lint(snippet_document(text), Config.make(select=["SEC001"])).checks[0].status.value == "weak"
    relaxed = Config.make(select=["SEC001"], params={"max_breach_notice_hours": 120})
    assert lint(snippet_document(text), relaxed).checks[0].status.value == "pass"


def test_lint_weak_and_missing_carry_fix_and_details():
    report = lint(snippet_document("Buyers should insist on an audit right over the supplier's records."),
                  Config.make(select=["AUD001"]))
    check = report.checks[0]
    assert check.status.value == "missing" and check.fix and check.details
    assert any("advice" in line for line in check.details)


def test_lint_missing_file_is_a_report_error(tmp_path):
    report = lint(tmp_path / "nope.txt")
    assert report.error is not None and report.error.code == "BPO-E101"
