"""The committed .docx fixtures are exactly what the committed generator writes."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
sys.path.insert(0, str(FIXTURES))

from generate import docx_features  # noqa: E402


@pytest.mark.parametrize("name", sorted(docx_features.FEATURES))
def test_docx_fixtures_match_generator(name: str, tmp_path: Path) -> None:
    fresh = docx_features.write(tmp_path / f"{name}.docx", docx_features.FEATURES[name]())
    with zipfile.ZipFile(fresh) as new, zipfile.ZipFile(FIXTURES / "contracts" / "docx" / f"{name}.docx") as old:
        assert {n: new.read(n) for n in new.namelist()} == {n: old.read(n) for n in old.namelist()}
