"""PDF extraction end to end on the generated fixtures (fixtures/generate/pdf_features.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint import ClauseKind, extract
from bpolint.errors import CorruptFile, EncryptedFile, NoTextLayer
from bpolint.model import Document

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"
SERVICES = ("The Supplier shall provide the Services to the Customer from the Effective Date in accordance with "
            "the Service Levels, Good Industry Practice and the reasonable instructions of the Customer.")
AUDIT = ("The Customer and its auditors may audit the records, systems and premises of the Supplier used to "
         "deliver the Services on ten Business Days' written notice, no more than once in any Contract Year.")
FILLER = ("Each party shall perform its obligations under this Agreement diligently, in good faith and in a "
          "timely manner, and shall cooperate with the other party as reasonably required.")
SLA = ("Service Level | Target | Service Credit\nAvailability | 99.9% | 5% of Monthly Fee\n"
       "First-call resolution | 85% | 3% of Monthly Fee\nAverage handle time | 6 minutes | 2% of Monthly Fee")


def pdf(name: str) -> Document:
    return extract(CONTRACTS / f"pdf-{name}.pdf")


def tree(document: Document) -> list[tuple[str, str, str | None]]:
    return [(clause.path, clause.heading, clause.parent) for clause in document.clauses]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("headings", [
            ("preamble", "", None), ("1", "Definitions and Interpretation", None),
            ("1.1", "", "1"), ("1.2", "", "1"), ("2", "Services", None), ("2.1", "", "2"),
            ("2.1(a)", "", "2.1"), ("2.1(b)", "", "2.1"), ("2.2", "", "2"), ("3", "Audit", None),
            ("3.1", "", "3"), ("Execution", "Execution", None)]),
        ("hyphenation", [("1", "Termination", None), ("1.1", "", "1"), ("1.2", "", "1"), ("2", "Glyphs", None),
                         ("2.1", "", "2"), ("2.2", "", "2")]),
        ("tables", [("1", "Service Levels", None), ("1.1", "", "1"), ("1.2", "", "1"), ("2", "Reporting", None),
                    ("2.1", "", "2"), ("2.2", "", "2")]),
        ("two-columns", [item for n in range(1, 7)
                         for item in ((str(n), f"Clause {n}", None), (f"{n}.1", "", str(n)), (f"{n}.2", "", str(n)))]),
        ("encrypted-owner", [("1", "Services", None), ("1.1", "", "1"), ("2", "Audit", None), ("2.1", "", "2")]),
    ],
)
def test_pdf_extract_clause_tree(name: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert tree(pdf(name)) == expected


def test_pdf_extract_headings_come_from_bold_and_size() -> None:
    document = pdf("headings")
    assert document.clause("2.1").text == SERVICES
    assert document.clause("2.1(a)").text == "the Supplier shall meet the Service Levels; and"
    assert document.clause("Execution").text == "Signed for and on behalf of the Customer by its authorised signatory."
    assert document.clause("preamble").text == "SERVICES AGREEMENT\nThis Agreement is dated 1 March 2026."
    assert document.meta("title") == "SERVICES AGREEMENT"


def test_pdf_extract_drops_running_headers_footers_and_page_numbers_but_keeps_repeated_body_text() -> None:
    document = pdf("header-footer")
    assert "CONFIDENTIAL" not in document.text
    assert "MSA-2026" not in document.text
    assert "Page " not in document.text
    assert [c.path for c in document.clauses if c.heading == "Service Credits"] == [
        "Service Credits", "Service Credits (2)", "Service Credits (3)"]
    assert document.text.count("The Supplier shall comply with this Clause.") == 3
    assert [document.clause(f"{n}").heading for n in (1, 2, 3)] == [f"Service Levels Part {n}" for n in (1, 2, 3)]
    assert [document.clause(f"{n}.3").location.page for n in (1, 2, 3)] == [1, 2, 3]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("1.1", "Either party may terminate this Agreement on notice. On termination the Supplier shall complete "
                "a self-assessment of its exit readiness and deliver a self-assessment report."),
        ("1.2", "Termination does not affect accrued rights. The Supplier shall give the Customer a handover plan "
                "and cooperate in the transition to any replacement supplier."),
        ("2.1", "The Supplier's final office workflow is effective \"as agreed\" within 10 days."),
    ],
)
def test_pdf_extract_repairs_hyphenation_and_glyphs(path: str, text: str) -> None:
    assert pdf("hyphenation").clause(path).text == text


@pytest.mark.parametrize(("path", "lead"), [("1.1", "The Supplier shall meet the following Service Levels:"),
                                            ("2.1", "The Supplier shall report monthly against these measures:")])
def test_pdf_extract_keeps_ruled_and_unruled_tables_as_table_text_in_their_clause(path: str, lead: str) -> None:
    document = pdf("tables")
    assert document.clause(path).text == f"{lead}\n{SLA}"
    assert document.clause("1.2").text == (
        "Service Credits are the Customer's sole remedy for a failure to meet a Service Level.")


def test_pdf_extract_reads_two_columns_column_by_column() -> None:
    document = pdf("two-columns")
    assert document.clause("1.1").text == SERVICES
    assert document.clause("3.2").text == f"{FILLER} {FILLER}"
    assert document.clause("4.1").text == SERVICES  # starts at the foot of the left column, ends in the right
    assert document.clause("4.1").location.bbox is not None
    assert document.clause("4.1").location.bbox[0] < 100 < document.clause("4.2").location.bbox[0]


@pytest.mark.parametrize("name", ["headings", "header-footer", "tables", "two-columns", "hyphenation"])
def test_pdf_extract_every_clause_has_page_and_bbox(name: str) -> None:
    document = pdf(name)
    assert document.format == "pdf"
    for clause in document.clauses:
        assert clause.location.page is not None and clause.location.page >= 1
        x0, top, x1, bottom = clause.location.bbox or (0, 0, 0, 0)
        assert 0 <= x0 < x1 <= 595.3 and 0 <= top < bottom <= 841.9, clause.path


def test_pdf_extract_pages_count() -> None:
    assert pdf("header-footer").pages == 3


def test_pdf_extract_owner_password_only_opens_without_a_password() -> None:
    assert pdf("encrypted-owner").clause("2.1").text == AUDIT


def test_pdf_extract_user_password_pdf_needs_the_password() -> None:
    with pytest.raises(EncryptedFile, match="password-protected; give the password with --password"):
        pdf("encrypted-user")
    with pytest.raises(EncryptedFile, match="wrong password"):
        extract(CONTRACTS / "pdf-encrypted-user.pdf", password="guess")
    document = extract(CONTRACTS / "pdf-encrypted-user.pdf", password="open-sesame")
    assert document.clause("1.1").text == SERVICES


def test_pdf_extract_scanned_pdf_says_there_is_no_text_layer_and_names_the_remedy() -> None:
    with pytest.raises(NoTextLayer) as caught:
        pdf("image-only")
    message = str(caught.value)
    assert message.startswith("BPO-E105: ") and "\n" not in message
    assert "scanned PDF with no text layer: run with --ocr" in message and "apt-get install ocrmypdf" in message


def test_pdf_extract_warns_about_scanned_pages_among_text_pages() -> None:
    document = pdf("mixed-scan")
    assert [(w.code, w.pages) for w in document.warnings] == [("pdf-scanned-pages", (2,))]
    assert document.clause("1.1").text == SERVICES


@pytest.mark.parametrize("name", ["truncated", "not-a-pdf", "garbage"])
def test_pdf_extract_corrupt_files_give_one_line_errors(name: str) -> None:
    with pytest.raises(CorruptFile) as caught:
        pdf(name)
    assert str(caught.value) == (f"BPO-E103: {CONTRACTS / f'pdf-{name}.pdf'}: not a readable PDF "
                                 "(corrupt, truncated or another format)")


def test_pdf_extract_clean_fixtures_have_no_warnings() -> None:
    for name in ("headings", "header-footer", "tables", "two-columns", "hyphenation"):
        assert pdf(name).warnings == (), name


def test_pdf_extract_table_clause_kind_when_a_clause_is_only_a_table(tmp_path: Path) -> None:
    document = pdf("parity-msa")
    assert document.clause("4.1").kind is ClauseKind.BODY
    assert "Availability | 99.9% | 5% of Monthly Fee" in document.clause("4.1").text


def test_pdf_extract_page_workers_give_the_same_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from bpolint.extract import pdf as pdf_module

    sys.path.insert(0, str(CONTRACTS.parent))
    try:
        from generate.pdf_features import long_contract
    finally:
        sys.path.remove(str(CONTRACTS.parent))
    path = tmp_path / "long.pdf"
    long_contract(path, pages=6)
    single = extract(path)
    monkeypatch.setattr(pdf_module, "PARALLEL_PAGES", 2)
    monkeypatch.setattr(pdf_module.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    monkeypatch.setattr(pdf_module.os, "cpu_count", lambda: 2)
    assert pdf_module._workers(6) == 2
    parallel = extract(path)
    assert parallel == single
    assert single.pages == 6
    assert "Outsourcing Agreement - CONFIDENTIAL" not in single.text
    # Paragraphs that cross a page break come back whole, without the footer and header between.
    paragraph = f"{SERVICES} {FILLER} {AUDIT}"
    subclauses = [c for c in single.clauses if c.level == 2]
    assert len(subclauses) >= 20
    assert [c.text for c in subclauses if not c.path.endswith(".4")] == [paragraph] * len(
        [c for c in subclauses if not c.path.endswith(".4")])
    assert len({c.location.page for c in subclauses}) == 6
    assert single.clause("8.4").text == f"{paragraph}\n{SLA}"


@pytest.mark.parametrize(
    ("texts", "damaged"),
    [
        (["clean text on page one", "(cid:3)(cid:4)(cid:5) broken glyphs", "\ufffd\ufffd\ufffd unmapped"], [2, 3]),
        (["the contraact and its terminaton with a sufcient confict and more " * 3, "fine"], [1]),
        (["the party shall notify the other", "two stray \ufffd\ufffd are not enough"], []),
    ],
)
def test_pdf_extract_damaged_pages_from_unmapped_or_damaged_glyphs(texts: list[str], damaged: list[int]) -> None:
    from bpolint.extract.pdf import damaged_pages
    from bpolint.extract.pdf_read import PageContent

    pages = [PageContent(number=n, width=595, height=842, raw_text=text) for n, text in enumerate(texts, 1)]
    assert damaged_pages(pages) == damaged


def test_pdf_extract_page_list_names_ranges() -> None:
    from bpolint.extract.pdf import page_list

    assert page_list([7]) == "page 7"
    assert page_list([1, 2, 3, 7, 9, 10]) == "pages 1-3, 7, 9-10"
