"""Lint and type checks run as part of the suite, so the one test command checks everything."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "command",
    [
        pytest.param([sys.executable, "-m", "ruff", "check", "bpolint", "tests", "benchmarks", "fixtures"], id="ruff"),
        pytest.param([sys.executable, "-m", "mypy"], id="mypy-strict"),
    ],
)
def test_code_quality(command: list[str]) -> None:
    if importlib.util.find_spec(command[2]) is None:
        pytest.skip(f"{command[2]} is not installed (pip install -e '.[dev]')")
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
