"""The held-out clause batches (benchmarks/heldout-clauses/) are well formed.

They are measured by ``benchmarks/evaluate.py clauses``, not asserted here: they were
written blind, and the disagreements they reveal are the work they exist to show.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from bpolint.engine.rules import load_rules

EVALUATE = Path(__file__).resolve().parents[2] / "benchmarks" / "evaluate.py"
_spec = importlib.util.spec_from_file_location("bpolint_evaluate", EVALUATE)
evaluate = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = evaluate  # dataclasses look their module up there
_spec.loader.exec_module(evaluate)

CODES = {rule.code for rule in load_rules()}
CASES = [pytest.param(case, id=f"{batch}-{index}-{case.get('rule')}")
         for batch, cases in evaluate.load_clause_batches() for index, case in enumerate(cases)]


@pytest.mark.parametrize("case", CASES)
def test_heldout_clause_names_a_rule_a_status_and_why(case):
    assert set(case) == {"rule", "expect", "text", "why"}, sorted(case)
    assert case["rule"] in CODES
    assert case["expect"] in ("pass", "weak", "missing", "not_applicable")
    assert case["text"].strip() and case["why"].strip()


@pytest.mark.parametrize(("text", "status"), [
    ("14.1 The Customer may audit the Supplier's records relating to the Charges once in each Contract Year.",
     "pass"),
    ("Buyers should ask for a right to audit the supplier's records.", "missing"),
])
def test_a_clause_is_linted_for_its_rule_alone(text, status):
    assert evaluate._lint_clause({"rule": "AUD001", "expect": status, "text": text, "why": "-"}) == status
