"""lint() passes extractor options (password, OCR) through to extraction."""

from __future__ import annotations

from pathlib import Path

from bpolint.engine import lint

USER = Path(__file__).resolve().parents[2] / "fixtures" / "contracts" / "pdf-encrypted-user.pdf"


def test_lint_pdf_options_password_opens_a_protected_pdf() -> None:
    assert lint(USER).error is not None and lint(USER).error.code == "BPO-E104"  # type: ignore[union-attr]
    report = lint(USER, password="open-sesame")
    assert report.error is None and report.format == "pdf"
