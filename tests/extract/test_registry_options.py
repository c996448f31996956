"""extract(path, password=..., ocr=...) passes options only to extractors that take them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bpolint import extract
from bpolint.extract import _REGISTRY, register
from bpolint.model import Clause, Document


def _document(path: Path, note: str) -> Document:
    return Document(path=str(path), format="fake", clauses=(Clause(path="1", number="1", heading="", text=note),))


@pytest.fixture
def fake_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "contract.fake"
    path.write_text("x")
    yield path
    _REGISTRY.pop(".fake", None)


def test_registry_options_are_not_passed_to_an_extractor_without_them(fake_file: Path) -> None:
    register(".fake", lambda path: _document(path, "plain"))
    assert extract(fake_file, password="secret", ocr=True).clauses[0].text == "plain"


def test_registry_options_reach_an_extractor_that_takes_them(fake_file: Path) -> None:
    def extractor(path: Path, *, password: str | None = None) -> Document:
        return _document(path, f"password={password}")

    register(".fake", extractor)
    assert extract(fake_file, password="secret", ocr=True).clauses[0].text == "password=secret"
    assert extract(fake_file).clauses[0].text == "password=None"


def test_registry_options_reach_an_extractor_taking_any_keyword(fake_file: Path) -> None:
    def extractor(path: Path, **options: Any) -> Document:
        return _document(path, ",".join(f"{k}={v}" for k, v in sorted(options.items())))

    register(".fake", extractor)
    assert extract(fake_file, password="p", ocr=True).clauses[0].text == "ocr=True,password=p"
    assert extract(fake_file).clauses[0].text == ""
