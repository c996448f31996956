"""The hand-labelled real agreements (benchmarks/real-gold/) are well formed.

They are measured by ``benchmarks/evaluate.py real``, not asserted here: the
documents live in ../shared/corpora, which a clone may not have, and the labels
were written blind, so the disagreements they reveal are the point.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bpolint.engine.rules import load_rules

REAL_GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "real-gold"
CODES = {rule.code for rule in load_rules()}
GOLDS = sorted(REAL_GOLD.glob("*.yaml"))


@pytest.mark.parametrize("gold", GOLDS, ids=[g.stem for g in GOLDS])
def test_real_gold_labels_every_rule_with_a_reason(gold: Path) -> None:
    data = yaml.safe_load(gold.read_text(encoding="utf-8"))
    assert {"document", "labelled", "sources", "expected"} <= set(data)
    assert data["sources"] and all(not Path(s).is_absolute() for s in data["sources"])
    assert set(data["expected"]) == CODES
    for code, entry in data["expected"].items():
        assert entry["status"] in ("pass", "weak", "missing", "not_applicable"), code
        assert str(entry["reason"]).strip(), code
        assert entry["status"] in ("missing", "not_applicable") or str(entry["clause"]).strip(), code
