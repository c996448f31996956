"""Word-authored public contracts (../shared/corpora/public-contracts), when present.

These files are not part of the repository; each test skips with a message
when the corpus is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint.extract.docx import extract_docx

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "public-contracts"
CORE_TERMS = CORPUS / "ccs-fm-2017" / "Core Terms FM1.4 CCSv2.7 161117.docx"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"public-contracts corpus not found at {path}")
    return path


@pytest.mark.parametrize(("file", "path", "heading", "parent", "starts"), [
    (CORE_TERMS, "10.5", "What happens if the contract ends", "10", "Where the Relevant Authority terminates"),
    (CORE_TERMS, "10.5.4", "", "10.5", "The Supplier must promptly delete or return the Government Data"),
    # Word auto numbering inherited through styles (GPS L2/L3 numbered clause), inside the schedule that
    # the document's title "JOINT Schedule 1" opens (a family of schedules named by a qualifier)
    (CORPUS / "ccs-fm-2017" / "Joint Schedule 1 - Definitions v.1.4.docx", "JOINT Schedule 1/1.3.1", "",
     "JOINT Schedule 1/1.3", "the singular includes the plural"),
    (CORPUS / "commonpaper-openagreements" / "common-paper-csa-with-sla.docx", "1.4", "Feedback and Usage Data",
     "1", "Customer may, but is not required to, give Provider Feedback"),
])
def test_docx_realism_clause_numbers_as_document_shows(file: Path, path: str, heading: str, parent: str,
                                                      starts: str) -> None:
    document = extract_docx(_need(file))
    clause = document.clause(path)
    assert clause is not None, f"no clause {path} in {file.name}"
    assert (clause.heading, clause.parent) == (heading, parent)
    assert clause.text.startswith(starts)


@pytest.mark.parametrize("file", sorted(CORPUS.glob("*/*.docx")) or [CORPUS / "missing.docx"],
                         ids=lambda p: p.name)
def test_docx_realism_every_corpus_docx_extracts(file: Path) -> None:
    document = extract_docx(_need(file))
    assert document.clauses and document.text.strip()
    assert len({c.path for c in document.clauses}) == len(document.clauses)
