"""`bpolint check`: exit codes, options, config files and waivers, end to end through main()."""

from __future__ import annotations

import io
import json
import re

import pytest

from bpolint.cli import _use_color, main

ANSI = re.compile(r"\x1b\[")
WAIVER = """
[[waiver]]
rule = "{rule}"
documents = "{documents}"
reason = "gainshare covered in side letter 2026-03"
approver = "Head of Procurement"
expires = "{expires}"
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def statuses(out: str) -> dict[str, str]:
    return {c["rule"]: c["status"] for d in json.loads(out)["documents"] for c in d["checks"]}


# Exit codes ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "args", "expected"), [
    ("OUT001 pass", (), 0),
    ("PRD001 missing", (), 1),
    ("OUT002 weak", (), 1),
    ("OUT002 weak", ("--fail-on", "error"), 0),
    ("PRD001 weak", ("--fail-on", "error"), 1),
    ("OUT001 not_applicable", ("--fail-on", "info"), 0),
    ("PRD001 missing", ("--exit-zero",), 0),
    ("PRD001 missing", ("--ignore", "PRD"), 0),
])
def test_cli_exit_code(capsys, contracts, text: str, args: tuple[str, ...], expected: int) -> None:
    assert run(capsys, contracts("acme.txt", text), *args)[0] == expected


def test_cli_exit_2_for_unreadable_file_even_with_exit_zero(capsys, contracts) -> None:
    good = contracts("acme.txt")
    code, out, err = run(capsys, good, "missing.docx", "--exit-zero")
    assert code == 2
    assert err == "bpolint: error: BPO-E101: missing.docx: no such file\n"
    assert "acme.txt" in out  # the readable file is still reported


def test_cli_a_file_name_too_long_is_one_unreadable_file_not_an_internal_error(capsys, contracts) -> None:
    good = contracts("acme.txt")
    code, out, err = run(capsys, "a" * 300 + ".pdf", good)
    assert code == 2
    assert err.count("\n") == 1 and "cannot open the file (File name too long)" in err and "BPO-E199" not in err
    assert "acme.txt" in out  # the batch goes on


@pytest.mark.parametrize("args", [
    ("--format", "yaml", "x.txt"),
    ("--fail-on", "fatal", "x.txt"),
    ("check",),
    ("--no-such-option", "x.txt"),
])
def test_cli_usage_errors_exit_2_with_one_line(capsys, args: tuple[str, ...]) -> None:
    code = main(list(args))
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("bpolint: error: BPO-E001: ") and err.count("\n") == 1


def test_cli_without_arguments_prints_help_and_exits_2(capsys) -> None:
    code, out, _ = run(capsys)
    assert code == 2 and "usage: bpolint" in out


def test_cli_bad_config_exits_2_with_code(capsys, contracts) -> None:
    contracts("bpolint.toml", 'selct = ["AUD"]\n')
    code, out, err = run(capsys, contracts("acme.txt"))
    assert code == 2 and out == ""
    assert re.fullmatch(r"bpolint: error: BPO-E302: .*bpolint.toml: 'selct' is not a bpolint setting .*\n", err)


def test_cli_cannot_write_output_exits_2(capsys, contracts) -> None:
    code, _, err = run(capsys, contracts("acme.txt"), "-o", "no/such/dir/report.txt")
    assert code == 2 and err.startswith("bpolint: error: BPO-E003: cannot write no/such/dir/report.txt")


# Options ------------------------------------------------------------------------------------------

def test_cli_file_argument_defaults_to_check(capsys, contracts) -> None:
    path = contracts("acme.txt", "PRD001 missing")
    assert run(capsys, path) == run(capsys, "check", path)


@pytest.mark.parametrize(("args", "expected"), [
    (("--select", "AUD,EXT001"), {"AUD001", "AUD002", "EXT001"}),
    (("--select", "AUD", "--select", "EXT001"), {"AUD001", "AUD002", "EXT001"}),
    (("--select", "AUD", "--ignore", "AUD002"), {"AUD001"}),
    (("--select", "PRC00", "--ignore", "PRC"), {"PRC001", "PRC002", "PRC003", "PRC004"}),
    (("--ignore", "PRC,PRD,OUT,GOV,SEC,EXT,DAT"), {"AUD001", "AUD002"}),
])
def test_cli_select_and_ignore_by_code_or_prefix(capsys, contracts, args, expected) -> None:
    _, out, _ = run(capsys, contracts("acme.txt"), "--format", "json", *args)
    assert set(statuses(out)) == expected


@pytest.mark.parametrize("format", ["text", "concise", "json", "sarif", "markdown", "html"])
def test_cli_every_format_writes_one_report_per_file_plus_summary(capsys, contracts, format: str) -> None:
    a, b = contracts("acme.txt", "PRD001 missing"), contracts("beta.txt", "EXT002 weak")
    code, out, _ = run(capsys, a, b, "--format", format)
    assert code == 1
    assert "acme.txt" in out and "beta.txt" in out
    summary = {"text": "2 documents: ", "concise": "Found 2 findings in 2 documents", "json": '"documents": 2',
               "sarif": '"documents": 2', "markdown": "# Pre-signature checklists: 2 documents",
               "html": "Pre-signature checklists: 2 documents"}[format]
    assert summary in out


def test_cli_output_file(capsys, contracts, tmp_path) -> None:
    code, out, _ = run(capsys, contracts("acme.txt", "PRD001 missing"), "--format", "markdown", "-o", "check.md")
    assert code == 1 and out == ""
    assert "- [ ] **PRD001 productivity-share**" in (tmp_path / "check.md").read_text(encoding="utf-8")


def test_cli_statistics_counts_findings_per_rule(capsys, contracts) -> None:
    a = contracts("a.txt", "PRD001 missing\nOUT002 weak")
    b = contracts("b.txt", "PRD001 missing")
    code, out, _ = run(capsys, a, b, "--statistics")
    assert code == 1
    assert out.splitlines() == ["2  PRD001    missing        productivity-share",
                                "1  OUT002    weak           reopen-exclusion"]
    _, out, _ = run(capsys, a, b, "--statistics", "--format", "json")
    assert json.loads(out)[0] == {"code": "PRD001", "name": "productivity-share", "status": "missing", "count": 2}


@pytest.mark.parametrize("format", ["text", "concise"])
def test_cli_quiet_prints_nothing_on_success(capsys, contracts, format: str) -> None:
    assert run(capsys, contracts("acme.txt"), "--quiet", "--format", format) == (0, "", "")


def test_cli_quiet_prints_only_findings(capsys, contracts) -> None:
    code, out, _ = run(capsys, contracts("acme.txt", "PRD001 missing"), "-q", "--format", "concise")
    assert code == 1 and out == "acme.txt::PRD001:missing: PRD001 is missing\n"


def test_cli_colour_only_when_asked_or_on_terminal(capsys, contracts, monkeypatch) -> None:
    path = contracts("acme.txt", "PRD001 missing")
    assert not ANSI.search(run(capsys, path)[1])  # captured stdout is not a terminal
    assert ANSI.search(run(capsys, path, "--color", "always")[1])
    assert not ANSI.search(run(capsys, path, "--color", "never")[1])


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("env", "output", "expected"), [
    ({}, None, True),
    ({"NO_COLOR": "1"}, None, False),
    ({"TERM": "dumb"}, None, False),
    ({}, "report.txt", False),
])
def test_cli_auto_colour_respects_no_color(monkeypatch, env, output, expected) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert _use_color("auto", output, _Terminal()) is expected


# Config files -------------------------------------------------------------------------------------

def test_cli_discovers_config_next_to_first_file(capsys, contracts) -> None:
    contracts("deals/bpolint.toml", 'select = ["AUD"]\n')
    _, out, _ = run(capsys, contracts("deals/2026/acme.txt"), "--format", "json")
    assert set(statuses(out)) == {"AUD001", "AUD002"}


def test_cli_reads_tool_bpolint_from_pyproject(capsys, contracts) -> None:
    contracts("pyproject.toml", '[project]\nname = "drafts"\n\n[tool.bpolint]\nignore = ["PRD001"]\n')
    assert run(capsys, contracts("acme.txt", "PRD001 missing"))[0] == 0


def test_cli_flags_override_config_file(capsys, contracts) -> None:
    contracts("bpolint.toml", 'select = ["AUD"]\nfail-on = "error"\n')
    path = contracts("acme.txt", "AUD002 missing")
    _, out, _ = run(capsys, path, "--format", "json", "--select", "EXT001")
    assert set(statuses(out)) == {"EXT001"}
    assert run(capsys, path)[0] == 0  # AUD002 is a warning and the file says fail-on = error
    assert run(capsys, path, "--fail-on", "warning")[0] == 1


def test_cli_explicit_config_beats_discovered(capsys, contracts) -> None:
    contracts("bpolint.toml", 'select = ["AUD"]\n')
    contracts("strict/rules.toml", 'select = ["EXT001"]\n')
    _, out, _ = run(capsys, contracts("acme.txt"), "--format", "json", "--config", "strict/rules.toml")
    assert set(statuses(out)) == {"EXT001"}


def test_cli_isolated_ignores_config(capsys, contracts) -> None:
    contracts("bpolint.toml", 'select = ["AUD"]\n')
    _, out, _ = run(capsys, contracts("acme.txt"), "--format", "json", "--isolated")
    assert len(statuses(out)) == 20


def test_cli_config_severity_override_changes_exit(capsys, contracts) -> None:
    contracts("bpolint.toml", '[severity]\nOUT002 = "info"\n')
    path = contracts("acme.txt", "OUT002 weak")
    assert run(capsys, path)[0] == 0
    assert run(capsys, path, "--fail-on", "info")[0] == 1


def test_cli_missing_config_file_exits_2(capsys, contracts) -> None:
    code, _, err = run(capsys, contracts("acme.txt"), "--config", "nope.toml")
    assert code == 2 and err == "bpolint: error: BPO-E304: nope.toml: no such config file\n"


def test_cli_extra_rule_paths_from_config(capsys, contracts) -> None:
    contracts("house/HSE001.yaml", "code: HSE001\nname: house-rule\ntitle: A house rule\ncategory: governance\n"
                                   "severity: error\n")
    contracts("bpolint.toml", 'rule-paths = ["house"]\n')
    code, out, _ = run(capsys, contracts("acme.txt", "HSE001 missing"), "--format", "json")
    assert code == 1 and statuses(out)["HSE001"] == "missing"


# Waivers ------------------------------------------------------------------------------------------

def test_cli_waiver_applied(capsys, contracts) -> None:
    contracts("bpolint.toml", WAIVER.format(rule="PRD001", documents="acme-*.txt", expires="2999-01-01"))
    code, out, _ = run(capsys, contracts("acme-msa.txt", "PRD001 missing"))
    assert code == 0
    assert "waived    PRD001 productivity-share" in out
    assert "waived (was missing): gainshare covered in side letter 2026-03 (approved by Head of Procurement" \
        in " ".join(out.split())


def test_cli_waiver_expired_is_reported_and_stops_applying(capsys, contracts) -> None:
    contracts("bpolint.toml", WAIVER.format(rule="PRD001", documents="acme-*.txt", expires="2020-01-01"))
    code, out, _ = run(capsys, contracts("acme-msa.txt", "PRD001 missing"), "--format", "concise")
    assert code == 1
    assert "acme-msa.txt::PRD001:missing: " in out
    assert "acme-msa.txt::BPO-W001:expired-waiver: waiver for PRD001 expired on 2020-01-01" in out


def test_cli_waiver_unused_is_reported(capsys, contracts) -> None:
    contracts("bpolint.toml", WAIVER.format(rule="PRD001", documents="acme-*.txt", expires="2999-01-01"))
    code, out, _ = run(capsys, contracts("acme-msa.txt"), "--format", "concise")
    assert code == 1
    assert "acme-msa.txt::BPO-W002:unused-waiver: waiver for PRD001 is not needed: the check passes" in out


def test_cli_waiver_matching_nothing_is_reported_against_config(capsys, contracts) -> None:
    contracts("bpolint.toml", WAIVER.format(rule="PRD001", documents="other-*.docx", expires="2999-01-01"))
    code, out, _ = run(capsys, contracts("acme-msa.txt"), "--format", "concise")
    assert code == 0  # an info-level note
    assert re.search(r"bpolint.toml::BPO-W003:unmatched-waiver: waiver PRD001 on other-\*.docx .* matches no "
                     r"checked document", out)
    assert run(capsys, "acme-msa.txt", "--fail-on", "info")[0] == 1
    assert "BPO-W003" not in run(capsys, "acme-msa.txt", "--format", "concise", "--ignore", "BPO-W")[1]
