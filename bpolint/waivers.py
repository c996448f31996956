"""Apply reviewers' waivers to reports: a pure step after :func:`~bpolint.lint`.

A waiver accepts a known gap ("PRD001 on acme-*.docx: gainshare is in the
side letter") so that the check shows as ``waived`` with its reason instead of
failing the run. Like ruff's unused-``noqa`` check, waivers that do nothing are
findings themselves, so stale acceptances get noticed:

========  ================  ========  =================================================
code      name              severity  when
========  ================  ========  =================================================
BPO-W001  expired-waiver    warning   the waiver matched a check but is past ``expires``
BPO-W002  unused-waiver     warning   it matched a document, but the rule is not weak or
                                      missing there: nothing to waive
BPO-W003  unmatched-waiver  info      no checked document matches it (or its rule was
                                      not run on any of them)
========  ================  ========  =================================================

W001 and W002 are added to the report of the document concerned; W003 is about
the run, not a document, and is returned separately.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import replace
from fnmatch import fnmatchcase
from pathlib import Path, PurePath

from .model import CheckResult, Report, Severity, Status, Waiver

WAIVER_CATEGORY = "waivers"
WAIVER_KIND = "waiver"
# code -> (name, severity, title): the catalogue of waiver findings.
WAIVER_FINDINGS: dict[str, tuple[str, Severity, str]] = {
    "BPO-W001": ("expired-waiver", Severity.WARNING, "A waiver is past its expiry date and no longer applies"),
    "BPO-W002": ("unused-waiver", Severity.WARNING, "A waiver matches a document where its rule has nothing to waive"),
    "BPO-W003": ("unmatched-waiver", Severity.INFO, "A waiver matches no checked document"),
}


_VERDICT = {Status.PASS: "passes", Status.NOT_APPLICABLE: "does not apply", Status.WAIVED: "is already waived"}


def waiver_matches_path(waiver: Waiver, path: str) -> bool:
    """True when one of the waiver's ``documents`` patterns matches ``path``.

    A pattern without ``/`` is matched against the file name; one with ``/``
    against the path as given and against the path relative to the folder of
    the config file that declared the waiver (POSIX separators), so that
    ``drafts/*.docx`` works from any working directory. Case is ignored.
    """
    pure = PurePath(path)
    paths = {pure.as_posix()}
    if waiver.source:
        try:
            paths.add(Path(path).resolve().relative_to(Path(waiver.source).resolve().parent).as_posix())
        except ValueError:
            pass  # the document is outside the config file's folder
    for pattern in waiver.documents:
        targets = paths if "/" in pattern else {pure.name}
        if any(fnmatchcase(target.casefold(), pattern.casefold()) for target in targets):
            return True
    return False


def describe(waiver: Waiver) -> str:
    """One line naming a waiver: ``PRD001 on acme-*.docx (bpolint.toml)``."""
    where = f" ({waiver.source})" if waiver.source else ""
    return f"{waiver.rule} on {', '.join(waiver.documents)}{where}"


def _finding(code: str, message: str, waiver: Waiver) -> CheckResult:
    name, severity, _ = WAIVER_FINDINGS[code]
    details = [f"reason: {waiver.reason}", f"approver: {waiver.approver}"]
    if waiver.expires is not None:
        details.append(f"expires: {waiver.expires.isoformat()}")
    if waiver.source:
        details.append(f"declared in: {waiver.source}")
    return CheckResult(
        rule=code,
        name=name,
        category=WAIVER_CATEGORY,
        severity=severity,
        status=Status.WEAK,
        message=message,
        kind=WAIVER_KIND,
        details=tuple(details),
        waiver=waiver,
    )


def _is_expired(waiver: Waiver, today: datetime.date) -> bool:
    return waiver.expires is not None and today > waiver.expires


def apply_waivers(
    reports: Sequence[Report],
    waivers: Iterable[Waiver],
    today: datetime.date | None = None,
) -> tuple[tuple[Report, ...], tuple[CheckResult, ...]]:
    """Mark waived checks and report expired, unused and unmatched waivers.

    Returns the new reports (waived checks get :attr:`Status.WAIVED`, keep
    their evidence and message, and carry the waiver and the status they had)
    and the run-level findings (``BPO-W003``). Only ``weak`` and ``missing``
    checks are waived: a waiver never hides a pass or changes an error.
    Reports whose document could not be read are left as they are.
    """
    today = today or datetime.date.today()
    waivers = tuple(waivers)
    matched: set[int] = set()
    out: list[Report] = []
    for report in reports:
        if report.error is not None:
            out.append(report)
            continue
        checks = list(report.checks)
        extra: list[CheckResult] = []
        for number, waiver in enumerate(waivers):
            if not waiver_matches_path(waiver, report.path):
                continue
            index = next((i for i, c in enumerate(checks) if c.rule == waiver.rule.upper()), None)
            if index is None:
                continue
            matched.add(number)
            check = checks[index]
            if _is_expired(waiver, today):
                extra.append(_finding(
                    "BPO-W001",
                    f"waiver for {waiver.rule} expired on {waiver.expires}; the check counts again "
                    f"({waiver.reason}; approved by {waiver.approver})",
                    waiver,
                ))
            elif check.status is Status.WAIVED:
                continue  # an earlier waiver already covers it
            elif check.is_finding:
                checks[index] = replace(check, status=Status.WAIVED, waiver=waiver, waived_status=check.status)
            else:
                extra.append(_finding(
                    "BPO-W002",
                    f"waiver for {waiver.rule} is not needed: the check {_VERDICT[check.status]} in this "
                    "document; remove the waiver",
                    waiver,
                ))
        out.append(replace(report, checks=tuple(checks) + tuple(extra)))
    unmatched = tuple(
        _finding(
            "BPO-W003",
            f"waiver {describe(waiver)} matches no checked document"
            + (f" (and expired on {waiver.expires})" if _is_expired(waiver, today) else ""),
            waiver,
        )
        for number, waiver in enumerate(waivers)
        if number not in matched
    )
    return tuple(out), unmatched
