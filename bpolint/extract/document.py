"""Assemble a :class:`Document` from blocks: the last step every extractor shares."""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import EmptyDocument
from ..model import ClauseKind, Document, ExtractionWarning
from .blocks import TextBlock
from .glossary import collect_definitions
from .preamble import preamble_metadata
from .segment import segment


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
    clauses, text = segment(blocks)
    if not text.strip():
        raise EmptyDocument(f"{path}: the document has no text")
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
