"""Every example of every rule is linted as a small contract and must give its status.

Like proselint's examples test: a rule's documentation is also its test, and an
implemented rule without pass, weak and missing examples fails here.
"""

from __future__ import annotations

import pytest

from bpolint.config import Config
from bpolint.engine import lint, load_rules
from bpolint.engine.examples import snippet_document

RULES = load_rules()
IMPLEMENTED = [rule for rule in RULES if rule.implemented]
CASES = [
    pytest.param(rule, kind, snippet, id=f"{rule.code}-{kind}-{index}")
    for rule in IMPLEMENTED
    for kind, snippets in rule.examples.items()
    for index, snippet in enumerate(snippets)
]


@pytest.mark.parametrize(("rule", "expected", "snippet"), CASES)
def test_rule_examples_give_their_status(rule, expected, snippet):
    report = lint(snippet_document(snippet), Config.make(select=[rule.code]), rules=RULES)
    (check,) = report.checks
    assert check.status.value == expected, f"{check.message}\n" + "\n".join(check.details)


@pytest.mark.parametrize("rule", IMPLEMENTED, ids=lambda r: r.code)
def test_rule_examples_cover_every_kind(rule):
    counts = {kind: len(rule.examples.get(kind, ())) for kind in ("pass", "weak", "missing")}
    assert counts["pass"] >= 3, counts
    assert counts["weak"] >= 2, counts
    assert counts["missing"] >= 3, counts


@pytest.mark.parametrize("rule", IMPLEMENTED, ids=lambda r: r.code)
def test_rule_examples_document_the_rule(rule):
    assert rule.rationale and rule.fix and rule.references


def test_rule_examples_unimplemented_rules_never_pass():
    document = snippet_document("The Customer may audit the Supplier's records relating to the Charges.")
    report = lint(document, rules=RULES)
    for check in report.checks:
        rule = next(r for r in RULES if r.code == check.rule)
        if not rule.implemented:
            assert check.status.value == "not_applicable" and check.message == "not implemented"
