"""Realism: real PDFs from ../shared/corpora (skipped when the corpora are not there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint import extract
from bpolint.errors import UnsupportedFormat
from bpolint.extract import extractor_for

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
CCS = CORPORA / "public-contracts"
CUAD = CORPORA / "cuad-service-dev" / "pdf"
CORE_TERMS_PDF = CCS / "ccs-psc-2018" / "Core Terms v2.7 (example-terms-and-conditions).pdf"
CORE_TERMS_DOCX = CCS / "ccs-fm-2017" / "Core Terms FM1.4 CCSv2.7 161117.docx"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared corpora are optional)")
    return path


def test_pdf_corpora_ccs_core_terms_warns_about_its_damaged_text_layer_with_pages() -> None:
    document = extract(need(CORE_TERMS_PDF))
    [warning] = document.warnings
    assert warning.code == "pdf-damaged-text"
    assert warning.pages == tuple(range(2, 22))  # page 1 is the cover; every page of terms is damaged
    assert "pages 2-21" in warning.message


def test_pdf_corpora_ccs_core_terms_clause_numbers_and_repaired_headings() -> None:
    document = extract(need(CORE_TERMS_PDF))
    numbers = [clause.number for clause in document.clauses if clause.number]
    assert numbers[:8] == ["1", "1.1", "2", "2.1", "2.2", "2.3", "2.4", "2.5"]
    assert len(numbers) >= 220
    assert document.clause("10").heading == "Ending the contract"  # the PDF says "Ending the contraact"
    assert "Crown Copyright" not in document.text  # running header


@pytest.mark.parametrize(
    ("name", "numbers"),
    [
        ("AMERICASSHOPPINGMALLINC_12_10_1999-EX-10.2-SITE DEVELOPMENT AND HOSTING AGREEMENT.pdf",
         ["1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"]),
        ("EMERALDHEALTHTHERAPEUTICSINC_06_10_2020-EX-4.5-CONSULTING AGREEMENT - DR. GAETANO MORELLO N.D. INC..pdf",
         ["1", "1.1", "2", "2.1", "2.2", "2.3", "2.4", "2.5"]),
        ("VERTICALNETINC_04_01_2002-EX-10.19-MAINTENANCE AND SUPPORT AGREEMENT.pdf",
         ["1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"]),
    ],
)
def test_pdf_corpora_cuad_clause_numbers(name: str, numbers: list[str]) -> None:
    document = extract(need(CUAD / name))
    found = [clause.number for clause in document.clauses if clause.number and not clause.number.startswith("Exhibit")]
    assert found[: len(numbers)] == numbers
    assert document.warnings == ()
    assert all(clause.location.page is not None and clause.location.bbox is not None for clause in document.clauses)


def test_pdf_corpora_ccs_core_terms_pdf_and_docx_number_the_same_clauses() -> None:
    try:
        extractor_for(Path("x.docx"))
    except UnsupportedFormat:
        pytest.skip("the .docx extractor is not registered yet (branch docx)")
    pdf = {c.number for c in extract(need(CORE_TERMS_PDF)).clauses if c.number}
    docx = {c.number for c in extract(need(CORE_TERMS_DOCX)).clauses if c.number}
    # Two releases of the same v2.7 terms (2017 DOCX, 2018 PDF): one clause differs each way.
    assert len(pdf & docx) / len(pdf | docx) >= 0.98
