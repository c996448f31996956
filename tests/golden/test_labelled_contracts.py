"""Every labelled contract, in every format, gets the statuses a lawyer gave it.

The gold files are ``fixtures/contracts/<name>.expected.yaml`` (format in
fixtures/README.md). One test per contract, format and rule: a rule whose YAML
has a ``detect:`` section is checked and fails when it disagrees with the gold;
a rule without one is marked ``xfail`` ("rules not implemented yet"), so it is
checked automatically as soon as it is implemented. DOCX and PDF are checked
once an extractor for that suffix is registered, and skipped with the reason
until then.

Disagreements we have read and not yet fixed are listed, each with its cause,
in ``tests/golden/known-gaps.yaml``; they are ``xfail(strict=True)``, so a gap
that gets fixed fails until it is removed from the list, and the evaluation
(benchmarks/evaluate.py) counts every one of them as wrong.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from bpolint import lint
from bpolint.engine.rules import Rule, load_rules
from bpolint.errors import BpolintError
from bpolint.extract import extractor_for
from bpolint.model import Report

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"
FORMATS = ("md", "txt", "docx", "pdf")
GOLD_FILES = sorted(CONTRACTS.glob("*.expected.yaml"))
KNOWN_GAPS = Path(__file__).resolve().parent / "known-gaps.yaml"


def known_gaps() -> dict[tuple[str, str, str], str]:
    """(contract, format, rule) -> why bpolint disagrees with the gold there."""
    entries = yaml.safe_load(KNOWN_GAPS.read_text(encoding="utf-8")) if KNOWN_GAPS.exists() else None
    gaps = {}
    for entry in entries or []:
        for fmt in entry.get("formats", FORMATS):
            gaps[(entry["contract"], fmt, entry["rule"])] = f"known gap: {entry['why']}"
    return gaps


def load_gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _contract_name(path: Path) -> str:
    return path.name.removesuffix(".expected.yaml")


@lru_cache(maxsize=1)
def _rules() -> dict[str, Rule]:
    return {rule.code: rule for rule in load_rules()}


@cache
def _report(path: Path) -> Report:
    return lint(path)


@cache
def _unreadable_format(suffix: str) -> str | None:
    """Why files with ``suffix`` cannot be linted on this branch, or ``None`` if they can."""
    try:
        extractor_for(Path(f"probe{suffix}"))
    except BpolintError as error:
        return f"no {suffix} extractor registered yet ({error.message})"
    except ImportError as error:
        return f"the {suffix} extractor cannot be imported ({error})"
    return None


def _table(gold: dict[str, Any], report: Report, failing: str | None = None) -> str:
    rows = [f"{'':2}{'code':<7} {'expected':<15} {'got':<15} reason"]
    for code, entry in gold["expected"].items():
        result = report.result(code)
        got = result.status.value if result is not None else "(absent)"
        implemented = _rules()[code].implemented if code in _rules() else False
        if not implemented:
            got += " *"
        flag = ">>" if code == failing else ("x " if implemented and got != entry["status"] else "  ")
        rows.append(f"{flag}{code:<7} {entry['status']:<15} {got:<15} {entry['reason']}")
    rows.append("(* = rule has no detect: section yet, not compared)")
    return "\n".join(rows)


def _cases() -> list[Any]:
    cases = []
    rules = _rules()
    gaps = known_gaps()
    for gold_path in GOLD_FILES:
        name = _contract_name(gold_path)
        for code in sorted(load_gold(gold_path)["expected"]):
            implemented = code in rules and rules[code].implemented
            marks = () if implemented else (pytest.mark.xfail(strict=False, reason="rules not implemented yet"),)
            for fmt in FORMATS:
                gap = gaps.get((name, fmt, code))
                case_marks = (pytest.mark.xfail(strict=True, reason=gap),) if gap and implemented else marks
                cases.append(pytest.param(name, fmt, code, id=f"{name}-{fmt}-{code}", marks=case_marks))
    return cases


@pytest.mark.parametrize(("contract", "fmt", "code"), _cases())
def test_labelled_contract_status(contract: str, fmt: str, code: str) -> None:
    path = CONTRACTS / f"{contract}.{fmt}"
    assert path.exists(), f"{path.name} is missing; run: python fixtures/build.py labelled"
    reason = _unreadable_format(path.suffix)
    if reason is not None:
        pytest.skip(reason)
    gold = load_gold(CONTRACTS / f"{contract}.expected.yaml")
    report = _report(path)
    assert report.error is None, f"{path.name} could not be checked: {report.error}"
    result = report.result(code)
    expected = gold["expected"][code]["status"]
    got = result.status.value if result is not None else "(absent)"
    if got != expected and not _rules()[code].implemented:
        # xfail-marked: keep the message short, the table is for rules being worked on.
        pytest.fail(f"{contract}.{fmt} {code}: expected {expected}, got {got} (rule not implemented)", pytrace=False)
    assert got == expected, (
        f"{contract}.{fmt} {code}: expected {expected}, got {got}"
        f"{' - ' + result.message if result is not None else ''}\n{_table(gold, report, failing=code)}"
    )
