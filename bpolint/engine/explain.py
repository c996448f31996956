"""Turn part results into a :class:`CheckResult`: status, message, evidence, details.

A pass or weak verdict quotes its sentences; weak names the qualifier found;
missing lists what was searched and the nearest candidates with why each
did not qualify, so that a lawyer can check the verdict.
"""

from __future__ import annotations

from ..model import CheckResult, Evidence, Severity, Status
from ..nlp.annotate import Annotated, Sentence
from .decide import Candidate, PartResult
from .rules import Rule
from .spec import Part

_QUOTE = 200
_NEAREST = 3


def evidence_for(ann: Annotated, sentence: Sentence) -> Evidence:
    clause = ann.clause(sentence.clause)
    return Evidence(
        clause=clause.path or "preamble",
        heading=ann.heading_for(sentence.clause),
        quote=sentence.text,
        page=clause.location.page,
        paragraph=clause.location.paragraph,
        start=sentence.start,
        end=sentence.end,
    )


def _where(ann: Annotated, sentence: Sentence) -> str:
    clause = ann.clause(sentence.clause)
    return f"clause {clause.path}" if clause.path and clause.path != "preamble" else "the preamble"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1].rstrip() + "…"


def _searched(part: Part) -> str:
    if part.one_of:
        return f"searched for {part.label}, as any of: " + " | ".join(
            _searched(option).removeprefix("searched for ") for option in part.one_of)
    phrases = ", ".join(f"'{p}'" for p in part.find.phrases[:8])
    more = f" and {len(part.find.phrases) - 8} more" if len(part.find.phrases) > 8 else ""
    if part.kind == "definition":
        text = f"searched for {part.label}: a defined term naming {phrases}{more}"
        if part.priced_unit:
            text += ", or any term the charges are priced per"
        if part.priced_share is not None:
            text += f", or a term {part.priced_share.label} is a percentage of"
    else:
        who = {"customer": "a right of (or a duty owed to) the customer",
               "customer_acts": "something the customer (or its auditors) may do",
               "customer_right": "a right of the customer (not a duty of it), or a duty owed to it",
               "supplier": "an obligation of the supplier", "any": "a binding term"}[part.party]
        text = f"searched for {part.label}: {who} with {phrases}{more}"
    needs = [e.label for e in part.with_ if e.if_absent == "missing"]
    if needs:
        text += f"; it must also state {', '.join(needs)}"
    if part.headings:
        text += f"; headings: {', '.join(part.headings[:6])}"
    return text


def _candidate_line(ann: Annotated, candidate: Candidate) -> str:
    why = "; ".join(dict.fromkeys(candidate.blocked)) or "; ".join(candidate.weak)
    return f"{_where(ann, candidate.sentence)}: \"{_short(candidate.sentence.text)}\" - not counted: {why}"


def explain(rule: Rule, severity: Severity, ann: Annotated, results: list[PartResult]) -> CheckResult:
    """The verdict for one rule from its parts' results."""
    # An optional part (if_missing: ignore) counts only when it is there.
    counted = [r for r in results if not (r.status is Status.MISSING and r.part.if_missing == "ignore")]
    found = [r for r in counted if r.status is not Status.MISSING]
    required_missing = [r for r in counted if r.status is Status.MISSING and r.part.if_missing == "missing"]
    if counted and all(r.status is Status.PASS for r in counted):
        status = Status.PASS
    elif not found or required_missing:
        status = Status.MISSING
    else:
        status = Status.WEAK
    evidence: list[Evidence] = []
    for result in found:
        if result.best is None:
            continue
        for sid in [result.best.sentence.id, *result.best.support[:3]]:
            extra = evidence_for(ann, ann.sentences[sid])
            if extra not in evidence:
                evidence.append(extra)
    details: list[str] = []
    for result in results:
        if result.status is Status.MISSING and result.part.if_missing == "ignore":
            details.append(f"{result.part.label}: not present (optional)")
            continue
        if result.status is Status.PASS and result.best is not None:
            notes = f" ({'; '.join(result.best.notes)})" if result.best.notes else ""
            details.append(f"{result.part.label}: found in {_where(ann, result.best.sentence)}{notes}")
            continue
        if result.status is Status.WEAK and result.best is not None:
            details.append(f"{result.part.label}: weak in {_where(ann, result.best.sentence)}: "
                           + "; ".join(dict.fromkeys(result.best.weak)))
            continue
        details.append(_searched(result.part))
        for index, heading in result.empty_headings:
            path = ann.clause(index).path
            details.append(f"clause {path} is headed \"{heading}\" but has no text under it")
        for candidate in result.candidates[:_NEAREST]:
            details.append(_candidate_line(ann, candidate))
        if not result.candidates and not result.empty_headings:
            details.append(f"no sentence mentions {result.part.label}")
    message = _message(rule, status, ann, results)
    return CheckResult(
        rule=rule.code, name=rule.name, category=rule.category, severity=severity, status=status,
        message=message, evidence=tuple(evidence), fix=rule.fix or None, details=tuple(details),
    )


def _message(rule: Rule, status: Status, ann: Annotated, results: list[PartResult]) -> str:
    if status is Status.PASS:
        places = ", ".join(dict.fromkeys(_where(ann, r.best.sentence) for r in results if r.best is not None))
        return f"{rule.title} ({places})"
    if status is Status.WEAK:
        reasons: list[str] = []
        for result in results:
            if result.status is Status.WEAK and result.best is not None:
                reasons.extend(result.best.weak)
            elif result.status is Status.MISSING and result.part.if_missing != "ignore":
                reasons.append(f"missing {result.part.label}")
        return "; ".join(dict.fromkeys(reasons))
    missing = [r.part.label for r in results if r.status is Status.MISSING and r.part.if_missing != "ignore"]
    nearest = next((r.candidates[0] for r in results if r.status is Status.MISSING and r.candidates), None)
    text = f"missing {' and '.join(missing)}"
    if nearest is not None:
        text += f"; nearest: {_where(ann, nearest.sentence)} ({'; '.join(dict.fromkeys(nearest.blocked))})"
    return text
