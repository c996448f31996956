"""A .docx written by a real word processor (LibreOffice), not by hand."""

from __future__ import annotations

from pathlib import Path

from bpolint.extract.docx import extract_docx
from bpolint.model import ClauseKind

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "contracts" / "docx" / "libreoffice-nested-lists.docx"


def test_docx_libreoffice_nested_lists() -> None:
    document = extract_docx(FIXTURE)
    got = [(c.path, c.heading, c.parent, c.number_source) for c in document.clauses]
    # LibreOffice writes each nested <ol> level as "%2." (only its own number): a reader
    # cites the second item of clause 1 as 1(2), and its letters as 1(2)(a).
    assert got == [
        ("preamble", "", None, None),  # the title heading is preamble text, as in PDF and text
        ("1", "Services", None, "auto"),
        ("1(1)", "", "1", "auto"),
        ("1(2)", "", "1", "auto"),
        ("1(2)(a)", "", "1(2)", "auto"),
        ("1(2)(b)", "", "1(2)", "auto"),
        ("1(2)(c)", "", "1(2)", "auto"),
        ("2", "Audit", None, "auto"),
        ("2(1)", "", "2", "auto"),
        ("2(2)", "", "2", "auto"),
    ]


def test_docx_libreoffice_table_searchable_with_header() -> None:
    clause = extract_docx(FIXTURE).clause("2(2)")
    assert clause is not None and clause.kind is ClauseKind.BODY
    assert clause.text.splitlines()[1:] == [
        "Service | Target | Service Credit",
        "Availability | 99.9% | 5% of monthly charges",
    ]
