"""Run every selected rule over one document."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..config import Config
from ..errors import InputError
from ..model import CheckResult, Document, Report, ReportError, Status
from .rules import Rule, load_rules


@lru_cache(maxsize=1)
def _builtin_rules() -> tuple[Rule, ...]:
    return load_rules()


def check_document(document: Document, rules: Sequence[Rule], config: Config) -> tuple[CheckResult, ...]:
    """Every selected rule's verdict on ``document``, in rule-code order."""
    results = []
    for rule in rules:
        if not config.is_selected(rule.code):
            continue
        severity = config.severity_for(rule.code, rule.severity)
        results.append(
            CheckResult(
                rule=rule.code,
                name=rule.name,
                category=rule.category,
                severity=severity,
                status=Status.NOT_APPLICABLE,
                message="not implemented",
                fix=rule.fix or None,
            )
        )
    return tuple(results)


def lint(
    source: str | Path | Document,
    config: Config | None = None,
    *,
    rules: Sequence[Rule] | None = None,
    password: str | None = None,
    ocr: bool = False,
) -> Report:
    """Check one contract and return its :class:`Report`.

    ``source`` is a path (extracted first) or an already extracted
    :class:`Document`. A file that cannot be read gives a report whose
    ``error`` says why, rather than an exception, so that a batch goes on.
    ``password`` and ``ocr`` are passed to :func:`~bpolint.extract.extract`.
    Pure apart from reading ``source``: safe to run in worker processes.
    """
    config = config or Config()
    rules = _builtin_rules() if rules is None else rules
    if isinstance(source, Document):
        document = source
    else:
        from ..extract import extract

        try:
            document = extract(source, password=password, ocr=ocr)
        except InputError as error:
            return Report(path=str(source), format=None, error=ReportError(error.code, error.message))
    return Report(
        path=document.path,
        format=document.format,
        checks=check_document(document, rules, config),
        metadata=document.metadata,
        warnings=document.warnings,
    )
