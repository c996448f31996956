"""apply_waivers: applied, expired, unused and unmatched waivers; a pure function."""

from __future__ import annotations

import datetime

import pytest

from bpolint.model import CheckResult, Report, ReportError, Severity, Status, Waiver
from bpolint.waivers import apply_waivers, waiver_matches_path

TODAY = datetime.date(2026, 11, 26)


def report(path: str, **statuses: Status) -> Report:
    return Report(path=path, format="docx", checks=tuple(
        CheckResult(rule=code, name=code.lower(), category="productivity", severity=Severity.ERROR,
                    status=status, message=f"{code} is {status.value}")
        for code, status in statuses.items()
    ))


def waiver(rule: str = "PRD001", documents: tuple[str, ...] = ("acme-*.docx",),
           expires: datetime.date | None = None) -> Waiver:
    return Waiver(rule=rule, reason="gainshare covered in side letter 2026-03", approver="Head of Procurement",
                  documents=documents, expires=expires, source="bpolint.toml")


@pytest.mark.parametrize("status", [Status.WEAK, Status.MISSING])
def test_waivers_mark_weak_or_missing_check_waived(status: Status) -> None:
    (out,), run = apply_waivers([report("drafts/acme-msa.docx", PRD001=status)], [waiver()], TODAY)
    check = out.result("PRD001")
    assert check is not None and check.status is Status.WAIVED
    assert check.waived_status is status and check.waiver == waiver()
    assert check.message == "PRD001 is " + status.value  # reason and evidence are kept
    assert run == ()


def test_waivers_expire_after_their_date() -> None:
    expired = waiver(expires=datetime.date(2026, 11, 25))
    (out,), run = apply_waivers([report("acme-msa.docx", PRD001=Status.MISSING)], [expired], TODAY)
    assert out.result("PRD001").status is Status.MISSING
    finding = out.result("BPO-W001")
    assert finding is not None and finding.kind == "waiver" and finding.is_finding
    assert finding.severity is Severity.WARNING and "expired on 2026-11-25" in finding.message
    assert run == ()


def test_waivers_apply_on_their_expiry_date() -> None:
    last_day = waiver(expires=TODAY)
    (out,), _ = apply_waivers([report("acme-msa.docx", PRD001=Status.MISSING)], [last_day], TODAY)
    assert out.result("PRD001").status is Status.WAIVED


@pytest.mark.parametrize("status", [Status.PASS, Status.NOT_APPLICABLE])
def test_waivers_on_passing_check_are_unused(status: Status) -> None:
    (out,), run = apply_waivers([report("acme-msa.docx", PRD001=status)], [waiver()], TODAY)
    assert out.result("PRD001").status is status
    assert out.result("BPO-W002") is not None and run == ()


@pytest.mark.parametrize("documents", [("other-*.docx",), ("acme-*.pdf",)])
def test_waivers_matching_no_document_are_run_findings(documents: tuple[str, ...]) -> None:
    (out,), run = apply_waivers([report("acme-msa.docx", PRD001=Status.MISSING)], [waiver(documents=documents)],
                                TODAY)
    assert out.result("PRD001").status is Status.MISSING
    assert [f.rule for f in run] == ["BPO-W003"] and run[0].severity is Severity.INFO


def test_waivers_for_rule_not_run_are_unmatched() -> None:
    (_,), run = apply_waivers([report("acme-msa.docx", AUD001=Status.MISSING)], [waiver()], TODAY)
    assert [f.rule for f in run] == ["BPO-W003"]


def test_waivers_skip_unreadable_documents() -> None:
    unreadable = Report(path="acme-x.docx", format=None, error=ReportError("BPO-E103", "bad zip"))
    (out,), run = apply_waivers([unreadable], [waiver()], TODAY)
    assert out == unreadable and [f.rule for f in run] == ["BPO-W003"]


def test_waivers_first_matching_waiver_wins_and_second_is_silent() -> None:
    first = waiver()
    second = Waiver(rule="PRD001", reason="other", approver="CFO", documents=("*.docx",))
    (out,), run = apply_waivers([report("acme-msa.docx", PRD001=Status.WEAK)], [first, second], TODAY)
    assert out.result("PRD001").waiver == first
    assert run == () and len(out.checks) == 1


def test_waivers_leave_input_unchanged() -> None:
    original = report("acme-msa.docx", PRD001=Status.WEAK)
    apply_waivers([original], [waiver()], TODAY)
    assert original.result("PRD001").status is Status.WEAK


@pytest.mark.parametrize(("pattern", "path", "matches"), [
    ("acme-*.docx", "acme-msa.docx", True),
    ("acme-*.docx", "drafts/2026/acme-msa.docx", True),
    ("acme-*.docx", "ACME-MSA.DOCX", True),
    ("acme-*.docx", "acme-msa.pdf", False),
    ("drafts/*.docx", "drafts/acme.docx", True),
    ("drafts/*.docx", "other/acme.docx", False),
    ("*", "anything.txt", True),
])
def test_waivers_match_file_name_or_path(pattern: str, path: str, matches: bool) -> None:
    assert waiver_matches_path(waiver(documents=(pattern,)), path) is matches


def test_waivers_path_patterns_are_relative_to_the_config_folder(tmp_path, monkeypatch) -> None:
    declared = Waiver(rule="PRD001", reason="r", approver="a", documents=("drafts/acme-*.docx",),
                      source=str(tmp_path / "bpolint.toml"))
    (tmp_path / "drafts").mkdir()
    monkeypatch.chdir(tmp_path / "drafts")
    assert waiver_matches_path(declared, "acme-msa.docx")
    assert waiver_matches_path(declared, str(tmp_path / "drafts" / "acme-msa.docx"))
    assert not waiver_matches_path(declared, str(tmp_path / "other" / "acme-msa.docx"))
