"""Segmenter behaviour the DOCX extractor relies on: note links and heading levels."""

from __future__ import annotations

from bpolint.extract import markers as m
from bpolint.extract.blocks import TextBlock
from bpolint.extract.segment import segment
from bpolint.model import ClauseKind


def test_segment_note_links_to_clause_open_where_fed() -> None:
    clauses, _ = segment([
        TextBlock("1. Audit"),
        TextBlock("The Buyer may audit."),
        TextBlock("Audits follow ISAE 3402.", kind=ClauseKind.FOOTNOTE, number="1"),
        TextBlock("See the audit protocol.", kind=ClauseKind.FOOTNOTE, number="i", number_style=m.ENDNOTE),
    ])
    notes = [(c.path, c.parent, c.kind) for c in clauses if c.kind is ClauseKind.FOOTNOTE]
    assert notes == [("footnote 1", "1", ClauseKind.FOOTNOTE), ("endnote i", "1", ClauseKind.FOOTNOTE)]


def test_segment_note_before_any_clause_has_no_parent() -> None:
    clauses, _ = segment([TextBlock("A note.", kind=ClauseKind.FOOTNOTE, number="1"), TextBlock("1. Term")])
    assert [(c.path, c.parent) for c in clauses] == [("1", None), ("footnote 1", None)]


def test_segment_unnumbered_headings_nest_by_level() -> None:
    clauses, _ = segment([
        TextBlock("Title of the contract", is_heading=True, level=1),
        TextBlock("Part One", is_heading=True, level=1),
        TextBlock("Scope", is_heading=True, level=2),
        TextBlock("Text of the scope."),
        TextBlock("Limits", is_heading=True, level=2),
        TextBlock("Part Two", is_heading=True, level=1),
        TextBlock("No level given", is_heading=True),
    ])
    assert [(c.path, c.parent, c.level) for c in clauses] == [
        ("preamble", None, 1), ("Part One", None, 1), ("Scope", "Part One", 2), ("Limits", "Part One", 2),
        ("Part Two", None, 1), ("No level given", None, 1)]
