"""The rule reference is generated from the rule files and kept current."""

from __future__ import annotations

from pathlib import Path

from bpolint import load_rules
from bpolint.report.ruledoc import rule_data, rules_markdown, weak_signals

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def test_ruledoc_reference_page_is_current() -> None:
    assert DOCS.read_text(encoding="utf-8") == rules_markdown(load_rules()), (
        "docs/rules.md is stale: run `bpolint rules --format markdown > docs/rules.md`")


def test_ruledoc_reference_lists_every_rule_with_its_sections() -> None:
    page = rules_markdown(load_rules())
    for rule in load_rules():
        assert f"## {rule.code}" in page
        if rule.implemented:
            section = page.split(f"## {rule.code}", 1)[1].split("\n## ", 1)[0]
            for heading in ("### Why it matters", "### Fallback language to request", "### Examples"):
                assert heading in section, (rule.code, heading)


def test_ruledoc_weak_signals_come_from_every_part() -> None:
    by_code = {rule.code: rule for rule in load_rules()}
    assert "a termination fee may make exit impractical" in weak_signals(by_code["EXT001"])
    assert rule_data(by_code["AUD001"])["weak_signals"] == weak_signals(by_code["AUD001"])
