"""Assemble a :class:`Document` from blocks: the last step every extractor shares."""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import EmptyDocument, FileTooLarge
from ..model import ClauseKind, Document, ExtractionWarning
from .blocks import TextBlock, drop_note_marks, drop_table_of_contents, rejoin_page_breaks
from .glossary import collect_definitions
from .preamble import preamble_metadata
from .segment import MAX_CLAUSE_CHARS, bound_clauses, segment

# The most text one document may hold. The longest contract in the corpora has under 100,000
# characters and a 1,000-page one about 3.5 million; linting costs about 0.15 GB of memory and
# 10-25 s per million characters, so this keeps a run under about 1 GB and a few minutes
# (see docs/errors.md, BPO-E106).
MAX_TEXT_CHARS = 5_000_000


def build_document(
    path: str,
    format: str,
    blocks: Iterable[TextBlock],
    *,
    warnings: Iterable[ExtractionWarning] = (),
    metadata: Iterable[tuple[str, str]] = (),
    pages: int | None = None,
) -> Document:
    """Segment ``blocks`` into clauses, collect the glossary and build the document.

    Raises :class:`EmptyDocument` when there is no text at all.
    """
    if format != "docx":  # a Word paragraph ends where its author ended it; printed pages break anywhere
        blocks = rejoin_page_breaks(drop_table_of_contents(drop_note_marks(list(blocks))))
    clauses, text = segment(blocks)
    if not text.strip():
        raise EmptyDocument(f"{path}: the document has no text")
    if len(text) > MAX_TEXT_CHARS:
        raise FileTooLarge(f"{path}: the document has {len(text):,} characters of text "
                           f"(limit {MAX_TEXT_CHARS:,}); split it and check the parts")
    clauses, split = bound_clauses(clauses)
    warnings = list(warnings)
    if split:
        shown = ", ".join(split[:5]) + (f" and {len(split) - 5} more" if len(split) > 5 else "")
        warnings.append(ExtractionWarning(
            "long-clause", f"{len(split)} clause(s) over {MAX_CLAUSE_CHARS:,} characters ({shown}) are read in "
            "parts: no clause numbering was found in them, or the file is damaged"))
    meta = dict(metadata)
    title = _title(clauses)
    if title and "title" not in meta:
        meta["title"] = title
    for key, value in preamble_metadata(text):
        meta.setdefault(key, value)
    return Document(
        path=path,
        format=format,
        clauses=clauses,
        text=text,
        glossary=collect_definitions(clauses),
        warnings=tuple(warnings),
        metadata=tuple(meta.items()),
        pages=pages,
    )


def _title(clauses: Iterable[object]) -> str | None:
    for clause in clauses:
        if getattr(clause, "kind", None) is ClauseKind.PREAMBLE:
            first_line = clause.text.strip().split("\n", 1)[0]  # type: ignore[attr-defined]
            return first_line[:120] if first_line else None
        heading = getattr(clause, "heading", "")
        return heading or None
    return None
