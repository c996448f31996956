from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = ROOT / "fixtures" / "contracts"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def contracts() -> Path:
    """The generated fixture contracts (fixtures/contracts/)."""
    return CONTRACTS
