"""One contract, four formats, one clause tree: DOCX, its LibreOffice PDF, Markdown and text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint import ClauseKind, extract

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"
LABELLED = sorted(p.name.removesuffix(".expected.yaml") for p in CONTRACTS.glob("*.expected.yaml"))


def tree(path: Path) -> list[tuple[str, str]]:
    return [(c.path, c.heading) for c in extract(path).clauses if c.kind is not ClauseKind.FOOTNOTE]


@pytest.mark.parametrize("name", LABELLED)
@pytest.mark.parametrize("fmt", ["pdf", "md", "txt"])
def test_format_parity_clause_tree_matches_docx(name: str, fmt: str) -> None:
    assert tree(CONTRACTS / f"{name}.{fmt}") == tree(CONTRACTS / f"{name}.docx")
