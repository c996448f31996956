"""The shared data model: frozen, picklable, with helpers a rule author needs."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from bpolint.model import (
    CheckResult,
    Clause,
    ClauseKind,
    Definition,
    Document,
    Evidence,
    Location,
    Report,
    Severity,
    Status,
)


def document() -> Document:
    return Document(
        path="c.txt",
        format="text",
        clauses=(
            Clause(path="1", number="1", heading="Audit", text=""),
            Clause(path="1.1", number="1.1", heading="", text="The Customer may audit.", parent="1", level=2,
                   location=Location(paragraph=3)),
            Clause(path="Schedule 2/1", number="1", heading="", text="Targets.", parent=None,
                   kind=ClauseKind.SCHEDULE),
        ),
        glossary=(Definition(term="Resolution", text='"Resolution" means ...', clause="1.1"),),
        metadata=(("title", "MSA"),),
    )


def test_model_values_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        document().clauses[0].text = "changed"  # type: ignore[misc]


def test_model_document_and_report_pickle_for_worker_processes() -> None:
    report = Report(path="c.txt", format="text", checks=(
        CheckResult(rule="AUD001", name="audit-right", category="audit", severity=Severity.ERROR,
                    status=Status.PASS, message="ok", evidence=(Evidence(clause="1.1", heading="", quote="q"),)),
    ))
    assert pickle.loads(pickle.dumps(document())) == document()
    assert pickle.loads(pickle.dumps(report)) == report


def test_model_document_lookups() -> None:
    doc = document()
    assert doc.clause("1.1").text == "The Customer may audit."  # type: ignore[union-attr]
    assert [c.path for c in doc.children("1")] == ["1.1"]
    assert doc.definition("resolution").clause == "1.1"  # type: ignore[union-attr]
    assert doc.meta("title") == "MSA" and doc.meta("parties") is None


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        (Clause(path="12.3", number="12.3", heading="Audit", text=""), "12.3 Audit"),
        (Clause(path="12.3(a)", number="12.3(a)", heading="", text=""), "12.3(a)"),
        (Clause(path="", number="", heading="", text="", kind=ClauseKind.PREAMBLE), "preamble"),
    ],
)
def test_model_clause_label(clause: Clause, label: str) -> None:
    assert clause.label == label


def test_model_severity_orders_info_warning_error() -> None:
    assert Severity.INFO.rank < Severity.WARNING.rank < Severity.ERROR.rank


@pytest.mark.parametrize(("status", "finding"), [(Status.WEAK, True), (Status.MISSING, True), (Status.PASS, False),
                                                 (Status.NOT_APPLICABLE, False), (Status.WAIVED, False)])
def test_model_weak_and_missing_are_findings(status: Status, finding: bool) -> None:
    result = CheckResult(rule="X", name="x", category="c", severity=Severity.WARNING, status=status, message="")
    assert result.is_finding is finding
