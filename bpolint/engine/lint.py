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


def _not_implemented(rule: Rule, config: Config) -> CheckResult:
    return CheckResult(
        rule=rule.code, name=rule.name, category=rule.category,
        severity=config.severity_for(rule.code, rule.severity), status=Status.NOT_APPLICABLE,
        message="not implemented", fix=rule.fix or None,
    )


def check_document(document: Document, rules: Sequence[Rule], config: Config) -> tuple[CheckResult, ...]:
    """Every selected rule's verdict on ``document``, in rule-code order.

    The document is tokenised and analysed once (one ``nlp.pipe`` pass that
    also runs every rule's phrase matcher); rules then only read annotations.
    """
    selected = [rule for rule in rules if config.is_selected(rule.code)]
    implemented = [rule for rule in selected if rule.implemented]
    from ..nlp.pipeline import without_gc_pauses
    from .decide import DocumentIndex

    results = []
    # One pause for annotation and decisions together, ended only once the annotation is dropped:
    # re-enabling the collector with the annotation's few hundred thousand objects still young made
    # its next allocation walk them all (a tenth of engine time); freed by reference counting
    # first, there is nothing left for it to walk.
    with without_gc_pauses():
        annotated = None
        if implemented:
            from ..nlp.annotate import annotate
            from ..nlp.pipeline import get_nlp
            from .matching import compile_rules

            nlp = get_nlp()
            matcher = compile_rules(implemented, nlp)
            annotated = annotate(document, nlp=nlp, label_clause=matcher, label_heading=matcher)
        index = DocumentIndex(annotated) if annotated is not None else None  # shared by the rules
        for rule in selected:
            if not rule.implemented or annotated is None:
                results.append(_not_implemented(rule, config))
                continue
            results.append(check_rule(rule, annotated, config, index))
        del annotated, index  # the index holds the annotation too
    return tuple(results)


def check_rule(rule: Rule, annotated: object, config: Config, index: object = None) -> CheckResult:
    """One implemented rule's verdict on an annotated document (``index``: the document's
    :class:`~bpolint.engine.decide.DocumentIndex` when several rules are checked on it)."""
    from ..nlp.annotate import Annotated
    from .decide import Context, DocumentIndex, evaluate_part
    from .explain import explain

    assert isinstance(annotated, Annotated) and rule.spec is not None
    assert index is None or isinstance(index, DocumentIndex)
    severity = config.severity_for(rule.code, rule.severity)
    ctx = Context(annotated, rule.code, rule.params, config.param, index)
    spec = rule.spec
    if not annotated.contract:
        # An article, a practice note or a bare glossary: its "shall"s are advice, quotes or
        # definitions, so whatever it says about the safeguard binds nobody.
        return CheckResult(
            rule=rule.code, name=rule.name, category=rule.category, severity=severity, status=Status.MISSING,
            message=f"missing: no party is bound or entitled anywhere in this document (advice, quoted examples "
                    f"or definitions only), so it has no binding {' and '.join(p.label for p in spec.parts)}",
            fix=rule.fix or None,
            details=("document check: no operative sentence binds or entitles a party (customer, supplier or "
                     "both); what the document says is advice, quoted examples or definitions - an article, "
                     "guidance note or glossary is not a contract",),
        )
    if spec.applies_if is not None:
        precondition = evaluate_part(ctx, spec.applies_if, topic=True)
        if precondition.status is Status.MISSING:
            return CheckResult(
                rule=rule.code, name=rule.name, category=rule.category, severity=severity,
                status=Status.NOT_APPLICABLE,
                message=spec.not_applicable or f"not applicable: no {spec.applies_if.label}",
                fix=rule.fix or None,
            )
    results = [evaluate_part(ctx, part) for part in spec.parts]
    return explain(rule, severity, annotated, results)


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
