"""OCR of scanned PDFs: --ocr runs ocrmypdf when installed and says clearly when it is not."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest

from bpolint import extract
from bpolint.errors import NoTextLayer
from bpolint.extract import pdf_ocr

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"


def test_pdf_ocr_missing_ocrmypdf_is_named_with_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_ocr.shutil, "which", lambda name: None)
    with pytest.raises(NoTextLayer) as caught:
        extract(CONTRACTS / "pdf-image-only.pdf", ocr=True)
    assert str(caught.value) == (
        f"BPO-E105: {CONTRACTS / 'pdf-image-only.pdf'}: --ocr needs ocrmypdf, which is not installed "
        "(apt-get install ocrmypdf tesseract-ocr)")


def test_pdf_ocr_is_not_run_when_every_page_has_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("OCR ran on a text PDF")

    monkeypatch.setattr(importlib.import_module("bpolint.extract.pdf"), "ocr_pdf", fail)
    assert extract(CONTRACTS / "pdf-headings.pdf", ocr=True).clause("3") is not None


def test_pdf_ocr_failure_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "ocrmypdf"
    fake.write_text("#!/bin/sh\necho 'ERROR: something broke' >&2\nexit 7\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    with pytest.raises(Exception) as caught:
        extract(CONTRACTS / "pdf-image-only.pdf", ocr=True)
    assert "OCR failed (ocrmypdf exit 7: ERROR: something broke)" in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.skipif(shutil.which("ocrmypdf") is None, reason="ocrmypdf is not installed (apt-get install ocrmypdf)")
def test_pdf_ocr_reads_a_scanned_page() -> None:
    document = extract(CONTRACTS / "pdf-image-only.pdf", ocr=True)
    assert [(clause.path, clause.text) for clause in document.clauses] == [
        ("preamble", "SERVICES AGREEMENT"), ("1.1", "The Supplier shall provide the Services."),
        ("1.2", "The Customer may audit the Supplier.")]
    assert [(w.code, w.pages) for w in document.warnings] == [("pdf-ocr", (1,))]
