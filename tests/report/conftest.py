"""Golden-file support: ``BPOLINT_UPDATE_GOLDEN=1 python -m pytest tests/report`` rewrites them."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

GOLDEN_DIR = Path(__file__).parent / "golden"


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """Compare ``text`` with ``golden/<name>``; rewrite it when BPOLINT_UPDATE_GOLDEN is set."""

    def check(name: str, text: str) -> None:
        path = GOLDEN_DIR / name
        if os.environ.get("BPOLINT_UPDATE_GOLDEN"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        assert path.exists(), f"no golden file {path}; run with BPOLINT_UPDATE_GOLDEN=1 to create it"
        expected = path.read_text(encoding="utf-8")
        assert text == expected, f"output differs from {path}; if the change is intended, rerun with " \
                                 "BPOLINT_UPDATE_GOLDEN=1 and review the diff"

    return check
