"""CLI tests run ``bpolint.cli.main`` against a stand-in engine.

The stand-in reads verdicts from the contract file itself (lines such as
``AUD001 missing``; unlisted rules pass), so the tests exercise the CLI's own
work (config, selection, waivers, rendering, exit codes) whatever the real
engine decides about a given text. Files that do not exist go to the real
``lint``, which reports them as unreadable.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import bpolint.engine
from bpolint.config import Config
from bpolint.engine.rules import Rule
from bpolint.model import CheckResult, Evidence, Report, Status

_real_lint = bpolint.engine.lint


def fake_lint(source: str | Path, config: Config | None = None, *, rules: Sequence[Rule] | None = None,
              **options: Any) -> Report:
    path = Path(source)
    if not os.path.isfile(path) or path.suffix != ".txt":  # (os.path's: False, not OSError, for a name too long)
        return _real_lint(source, config, rules=rules, **options)
    config = config or Config()
    verdicts = dict(line.split()[:2] for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    checks = []
    for rule in rules or bpolint.engine.load_rules():
        if not config.is_selected(rule.code):
            continue
        status = Status(verdicts.get(rule.code, "pass"))
        evidence = (Evidence("4.1", "Audit", f"quote for {rule.code}", paragraph=3),) \
            if status in (Status.PASS, Status.WEAK) else ()
        checks.append(CheckResult(rule.code, rule.name, rule.category, config.severity_for(rule.code, rule.severity),
                                  status, f"{rule.code} is {status.value}", evidence, fix=f"ask for {rule.code}"))
    return Report(path=str(source), format="text", checks=tuple(checks), metadata=(("title", "MSA"),))


@pytest.fixture(autouse=True)
def stand_in_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bpolint.engine, "lint", fake_lint)
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def contracts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Write contract files (verdict lines) under an isolated folder; return a writer."""
    monkeypatch.chdir(tmp_path)

    def write(name: str, text: str = "") -> str:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text or "OUT001 pass\n", encoding="utf-8")
        return str(path.relative_to(tmp_path))

    return write
