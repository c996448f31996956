"""Everything text-bearing in a .docx reaches the right clause, in the right view."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint.extract import extract
from bpolint.extract.docx import extract_docx
from bpolint.model import ClauseKind, Comment, Revision

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "contracts" / "docx"
REVIEWER = {"author": "Reviewer", "date": "2024-01-02T00:00:00Z"}


def clause(name: str, path: str):  # noqa: ANN201 - test helper
    found = extract_docx(FIXTURES / f"{name}.docx").clause(path)
    assert found is not None, f"{name}: no clause {path!r}"
    return found


# -- tracked changes -------------------------------------------------------------------------
@pytest.mark.parametrize(("path", "text", "original", "revisions"), [
    ("1", "The Supplier shall provide the Services promptly.",
     "The Supplier shall provide the Services at its discretion.",
     (Revision("insertion", "promptly", **REVIEWER), Revision("deletion", "at its discretion", **REVIEWER))),
    # wholly inserted paragraph, followed by a wholly deleted one (which keeps its original number)
    ("2", "The Supplier shall maintain a risk register.", "2. The Buyer may audit the Supplier's records.",
     (Revision("insertion", "The Supplier shall maintain a risk register.", **REVIEWER),
      Revision("deletion", "The Buyer may audit the Supplier's records.", **REVIEWER))),
    ("3", "The Supplier shall keep records.", "The Supplier shall keep records for six years.",
     (Revision("move", "for six years", **REVIEWER),)),
    ("4", "Records are kept for six years.", "Records are kept.", (Revision("move", "for six years", **REVIEWER),)),
    # deleted paragraph mark: two original paragraphs (5 and 6) are one accepted clause, numbered 5
    ("5", "The Supplier shall report monthly to the Buyer.", "5. The Supplier shall report\n6. monthly to the Buyer.",
     ()),
])
def test_docx_tracked_changes_two_views(path: str, text: str, original: str, revisions: tuple[Revision, ...]) -> None:
    found = clause("tracked-changes", path)
    assert (found.text, found.original_text, found.revisions) == (text, original, revisions)
    assert found.has_pending_changes


def test_docx_tracked_changes_deleted_paragraph_takes_no_accepted_number() -> None:
    document = extract_docx(FIXTURES / "tracked-changes.docx")
    assert [c.path for c in document.clauses] == ["1", "2", "3", "4", "5"]


def test_docx_tracked_table_row_insertion() -> None:
    found = clause("tables", "2")
    assert "Incident response | 1 hour | 2% of monthly charges" in found.text
    assert found.original_text is not None
    assert "Incident response" not in found.original_text
    assert Revision("insertion", "Incident response | 1 hour | 2% of monthly charges") in found.revisions


def test_docx_unchanged_clause_has_no_original_text() -> None:
    found = clause("tables", "3")
    assert found.original_text is None and not found.has_pending_changes


# -- content in document order ----------------------------------------------------------------
@pytest.mark.parametrize(("name", "path", "heading", "text"), [
    ("content-controls", "1", "Term", "The Agreement lasts for three years from the Effective Date."),
    ("content-controls", "2", "Audit", "The Buyer may audit the Supplier."),
    ("fields", "1", "Audit", "As set out in clause 12.3 and clause 4.2, the Buyer may audit."),
    ("fields", "2", "Exit", "The Supplier shall assist on exit as set out in the exit guide."),  # hyperlink
    ("text-box", "1", "Security",
     "The Supplier shall keep the Buyer's data secure.\n"
     "Boxed notice: the Supplier shall report breaches within 24 hours."),
    ("manual-headings", "1", "Audit Rights", "The Buyer may audit the Supplier's records once a year."),
    ("manual-headings", "2", "Governance", ""),
    ("manual-headings", "3", "", "The Supplier shall comply with all laws and policies at all times during the term."),
])
def test_docx_content_clause_text(name: str, path: str, heading: str, text: str) -> None:
    found = clause(name, path)
    assert (found.heading, found.text) == (heading, text)


def test_docx_fields_never_show_instructions_or_toc() -> None:
    document = extract_docx(FIXTURES / "fields.docx")
    assert "REF" not in document.text and "TOC" not in document.text
    assert [c.path for c in document.clauses] == ["1", "2"]  # the TOC's "1. Audit 3" is not a clause


def test_docx_text_box_read_once() -> None:
    document = extract_docx(FIXTURES / "text-box.docx")
    assert document.text.count("Boxed notice") == 1


# -- footnotes, comments, headers ---------------------------------------------------------------
@pytest.mark.parametrize(("path", "number", "parent", "paragraph", "text"), [
    ("footnote 1", "1", "1", 1, "Service Levels are set out in Schedule 2."),
    ("endnote i", "i", "2", 3, "Benchmarking follows Schedule 12."),
])
def test_docx_notes_are_footnote_clauses_linked_to_reference(path: str, number: str, parent: str,
                                                            paragraph: int, text: str) -> None:
    found = clause("footnotes", path)
    assert (found.kind, found.number, found.parent, found.location.paragraph, found.text) == (
        ClauseKind.FOOTNOTE, number, parent, paragraph, text)


def test_docx_footnote_text_not_in_body_clause() -> None:
    assert "Schedule 2" not in clause("footnotes", "1").text


def test_docx_comment_is_metadata_on_anchor_clause() -> None:
    document = extract_docx(FIXTURES / "comments.docx")
    assert document.clause("2").comments == (
        Comment("Is ten days enough notice for an audit?", "A. Lawyer", "2024-01-03T00:00:00Z"),)
    assert document.clause("1").comments == (
        Comment("Three years is too short.\nAsk for five.", "B. Buyer", "2024-01-04T00:00:00Z"),)
    assert "enough notice" not in document.text and "too short" not in document.text


def test_docx_headers_and_footers_are_metadata_not_clause_text() -> None:
    document = extract_docx(FIXTURES / "headers-footers.docx")
    assert document.meta("header") == "CONFIDENTIAL - Draft 3"
    assert document.meta("footer") == "Crown Copyright 2024"
    assert "CONFIDENTIAL" not in document.text and "Crown Copyright" not in document.text


# -- tables, headings, definitions --------------------------------------------------------------
def test_docx_table_rows_inside_their_clause() -> None:
    found = clause("tables", "2")
    assert found.heading == "Service Levels"
    assert found.text.splitlines() == [
        "The Supplier shall meet these Service Levels:",
        "Service | Target | Service Credit",
        "Availability | 99.9% | 5% of monthly charges",
        "Incident response | 1 hour | 2% of monthly charges",
    ]


@pytest.mark.parametrize(("name", "term", "clause_path", "text"), [
    ("tables", "Service Credit", "1", "a reduction of the Charges for missing a Service Level"),
    ("tables", "Service Level", "1", "a performance standard in Schedule 2"),
    ("headings-definitions", "Resolution", "Definitions",
     '"Resolution" means the fix of an Incident within the Resolution Time.'),
    ("headings-definitions", "Service Credit", "Definitions",
     '"Service Credit": a sum credited to the Buyer for a Service Level failure.'),
])
def test_docx_definitions_in_glossary(name: str, term: str, clause_path: str, text: str) -> None:
    definition = extract_docx(FIXTURES / f"{name}.docx").definition(term)
    assert definition is not None
    assert (definition.clause, definition.text) == (clause_path, text)


def test_docx_heading_styles_and_outline_levels() -> None:
    document = extract_docx(FIXTURES / "headings-definitions.docx")
    got = [(c.path, c.heading, c.parent, c.kind) for c in document.clauses]
    assert got == [
        ("preamble", "", None, ClauseKind.PREAMBLE),
        ("Definitions", "Definitions", None, ClauseKind.BODY),
        ("Audit", "Audit", None, ClauseKind.BODY),
        ("Scope of audit", "Scope of audit", "Audit", ClauseKind.BODY),  # Heading 2 under Heading 1
        ("Exit", "Exit", None, ClauseKind.BODY),  # outlineLvl 0 on a Normal paragraph
    ]


def test_docx_locations_are_body_paragraph_indexes() -> None:
    document = extract_docx(FIXTURES / "tables.docx")
    assert [(c.path, c.location.paragraph, c.location.page) for c in document.clauses] == [
        ("1", 0, None), ("2", 5, None), ("3", 16, None)]


@pytest.mark.parametrize("name", ["numbering-nested", "tracked-changes", "tables"])
def test_docx_registered_in_extract(name: str) -> None:
    document = extract(FIXTURES / f"{name}.docx")
    assert document.format == "docx"
    assert document.clauses == extract_docx(FIXTURES / f"{name}.docx").clauses


# -- hidden text, embedded chunks, quoted definition rows ----------------------------------------
def test_docx_hidden_text_left_out_with_warning() -> None:
    document = extract_docx(FIXTURES / "hidden-text.docx")
    assert document.clause("1").text == "The Buyer may audit the Supplier."
    assert "terminate at will" not in document.text
    assert [w.code for w in document.warnings] == ["BPO-W103", "BPO-W104"]


def test_docx_quoted_table_row_is_a_definition_under_any_heading() -> None:
    document = extract_docx(FIXTURES / "hidden-text.docx")
    assert [(d.term, d.clause, d.text) for d in document.glossary] == [
        ("KPI", "2", "a key performance indicator in Schedule 2")]  # "Charges" is unquoted: not a definition


def test_docx_clean_document_has_no_warnings() -> None:
    assert extract_docx(FIXTURES / "numbering-nested.docx").warnings == ()


def test_docx_template_suffix_is_read(tmp_path: Path) -> None:
    template = tmp_path / "contract-template.dotx"
    template.write_bytes((FIXTURES / "typed-numbers.docx").read_bytes())
    assert [c.path for c in extract(template).clauses] == ["12", "12.3", "12.3(a)", "12.3(b)", "12.4"]
