"""Ruled tables read from pdfium's ruling lines agree with pdfplumber's table finder."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from bpolint.extract.pdf_read import read_page
from bpolint.extract.pdf_tables import Edge, grid_cells, ruled_tables

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"


@pytest.mark.parametrize("name", ["pdf-tables.pdf", "pdf-parity-msa.pdf"])
def test_pdf_tables_ruled_grid_matches_pdfplumber(name: str) -> None:
    document = pdfium.PdfDocument(str(CONTRACTS / name))
    ours = [[[" ".join(cell.split()) for cell in row] for row in table.rows] for table in read_page(document, 0).tables]
    document.close()
    with pdfplumber.open(CONTRACTS / name) as pdf:
        theirs = [[[" ".join((cell or "").split()) for cell in row] for row in table]
                  for table in pdf.pages[0].extract_tables()]
    assert ours == theirs
    assert len(ours) == 1 and ours[0][0] == ["Service Level", "Target", "Service Credit"]


def _box(x0: float, top: float, x1: float, bottom: float) -> list[Edge]:
    return [Edge(x0, top, x1, top), Edge(x0, bottom, x1, bottom), Edge(x0, top, x0, bottom), Edge(x1, top, x1, bottom)]


def test_pdf_tables_boxes_around_words_are_not_a_grid() -> None:
    edges = _box(80, 100, 150, 111) + _box(150, 100, 230, 111) + _box(80, 111, 300, 122)
    assert grid_cells(edges) == []


def test_pdf_tables_a_grid_of_cell_boxes_is_a_grid() -> None:
    edges = [edge for row in range(3) for col in range(2)
             for edge in _box(80 + 100 * col, 100 + 20 * row, 180 + 100 * col, 120 + 20 * row)]
    assert grid_cells(edges) == [([80.0, 180.0, 280.0], [100.0, 120.0, 140.0, 160.0])]


def _chars(text: str, x: float, top: float) -> list[tuple[str, float, float, float, float]]:
    return [(char, x + 5 * i, top, x + 5 * i + 5, top + 10) for i, char in enumerate(text) if char != " "]


def test_pdf_tables_rule_through_a_word_rejects_the_grid() -> None:
    edges = [edge for row in range(2) for col in range(2)
             for edge in _box(80 + 100 * col, 100 + 20 * row, 180 + 100 * col, 120 + 20 * row)]
    straddling = _chars("responsibilities", 150, 105) + _chars("x", 90, 125) + _chars("y", 190, 125)
    assert ruled_tables(edges, straddling) == []
    inside = _chars("Level", 90, 105) + _chars("Target", 190, 105) + _chars("FCR", 90, 125) + _chars("85%", 190, 125)
    assert [table.rows for table in ruled_tables(edges, inside)] == [(("Level", "Target"), ("FCR", "85%"))]
