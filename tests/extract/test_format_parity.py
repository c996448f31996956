"""One contract, four formats, one clause tree: DOCX, its LibreOffice PDF, Markdown and text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint import ClauseKind, extract

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"
LABELLED = sorted(p.name.removesuffix(".expected.yaml") for p in CONTRACTS.glob("*.expected.yaml"))


# Differences found on the held-out contracts (issue #7) and not yet fixed in the extractors:
# strict xfails, so a fix makes the test fail until its entry is removed.
KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {}


def tree(path: Path) -> list[tuple[str, str]]:
    return [(c.path, c.heading) for c in extract(path).clauses if c.kind is not ClauseKind.FOOTNOTE]


def _cases() -> list[object]:
    return [
        pytest.param(name, fmt, id=f"{fmt}-{name}",
                     marks=[pytest.mark.xfail(strict=True, reason=KNOWN_DIFFERENCES[(name, fmt)])]
                     if (name, fmt) in KNOWN_DIFFERENCES else [])
        for fmt in ("pdf", "md", "txt") for name in LABELLED
    ]


@pytest.mark.parametrize(("name", "fmt"), _cases())
def test_format_parity_clause_tree_matches_docx(name: str, fmt: str) -> None:
    assert tree(CONTRACTS / f"{name}.{fmt}") == tree(CONTRACTS / f"{name}.docx")
