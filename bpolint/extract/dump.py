"""What the linter sees: a document's clause tree as text or JSON data."""

from __future__ import annotations

from typing import Any

from ..model import Clause, Document


def clause_data(clause: Clause) -> dict[str, Any]:
    location = clause.location
    return {
        "path": clause.path,
        "number": clause.number,
        "heading": clause.heading,
        "level": clause.level,
        "parent": clause.parent,
        "kind": clause.kind.value,
        "number_source": clause.number_source,
        "page": location.page,
        "paragraph": location.paragraph,
        "line": location.line,
        "bbox": list(location.bbox) if location.bbox is not None else None,
        "span": list(clause.span),
        "text": clause.text,
        "original_text": clause.original_text,
        "revisions": [{"kind": r.kind, "text": r.text, "author": r.author, "date": r.date} for r in clause.revisions],
        "comments": [{"text": c.text, "author": c.author, "date": c.date} for c in clause.comments],
    }


def document_data(document: Document) -> dict[str, Any]:
    return {
        "path": document.path,
        "format": document.format,
        "pages": document.pages,
        "metadata": dict(document.metadata),
        "warnings": [{"code": w.code, "message": w.message, "pages": list(w.pages)} for w in document.warnings],
        "glossary": [{"term": d.term, "clause": d.clause, "text": d.text} for d in document.glossary],
        "clauses": [clause_data(clause) for clause in document.clauses],
    }


def _where(clause: Clause) -> str:
    location = clause.location
    if location.page is not None:
        return f"p.{location.page}"
    if location.line is not None:
        return f"l.{location.line}"
    if location.paragraph is not None:
        return f"¶{location.paragraph}"
    return ""


def document_text(document: Document) -> str:
    lines = [f"{document.path} ({document.format}, {len(document.clauses)} clauses, "
             f"{len(document.glossary)} defined terms)"]
    for warning in document.warnings:
        lines.append(f"warning {warning.code}: {warning.message}")
    for clause in document.clauses:
        indent = "  " * (clause.level - 1)
        flags = " [pending changes]" if clause.has_pending_changes else ""
        if clause.comments:
            flags += f" [{len(clause.comments)} comment{'s' if len(clause.comments) > 1 else ''}]"
        where = f"<{clause.kind.value} {_where(clause)}>"
        lines.append(f"{indent}{clause.path or 'preamble'}  {clause.heading}  {where}{flags}")
        body = " ".join(clause.text.split())
        if body:
            lines.append(f"{indent}    {body[:200]}{'…' if len(body) > 200 else ''}")
    return "\n".join(lines) + "\n"
