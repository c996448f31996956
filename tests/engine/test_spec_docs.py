"""The rule-language reference documents every key the loader accepts."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint.engine import spec

DOC = (Path(__file__).resolve().parents[2] / "docs" / "rules-language.md").read_text(encoding="utf-8")
KEYS = sorted(spec._PART_KEYS | spec._ELEMENT_KEYS | spec._QUALIFIER_KEYS | spec._NUMERIC_KEYS | spec._DETECT_KEYS)
VALUES = sorted(set(spec.PART_KINDS + spec.PARTIES + spec.SCOPES + spec.MEASURES + spec.COMPARATORS))


@pytest.mark.parametrize("key", KEYS)
def test_spec_docs_every_key_is_documented(key):
    assert f"`{key}" in DOC or f"{key}:" in DOC


@pytest.mark.parametrize("value", VALUES)
def test_spec_docs_every_value_is_documented(value):
    assert f"`{value}`" in DOC or f"{value}:" in DOC
