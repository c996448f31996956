"""End to end through the real engine: exit codes 0/1/2, one-line errors, the JSON shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bpolint.cli import main
from bpolint.engine import load_rules

CATALOGUE = {
    "OUT001", "OUT002", "DAT001", "AUD001", "AUD002", "PRD001", "PRD002", "PRC001", "PRC002", "PRC003", "PRC004",
    "GOV001", "GOV002", "GOV003", "SEC001", "SEC002", "EXT001", "EXT002", "EXT003", "EXT004",
}
STATUSES = {"pass", "weak", "missing", "not_applicable", "waived"}


def test_cli_json_has_every_catalogue_code(contracts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--format", "json", str(contracts / "sample-msa.txt")])
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == 1 and data["tool"]["name"] == "bpolint"
    [document] = data["documents"]
    assert document["error"] is None and document["format"] == "text"
    assert {check["rule"] for check in document["checks"]} == CATALOGUE
    for check in document["checks"]:
        assert check["status"] in STATUSES
        assert set(check) >= {"rule", "name", "category", "severity", "status", "message", "evidence", "fix"}
        for evidence in check["evidence"]:
            assert set(evidence) >= {"clause", "heading", "quote", "page", "paragraph", "start", "end"}


def test_cli_unimplemented_rules_never_pass(contracts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--format", "json", str(contracts / "sample-msa.txt")])
    implemented = {rule.code for rule in load_rules() if rule.implemented}
    for check in json.loads(capsys.readouterr().out)["documents"][0]["checks"]:
        if check["rule"] not in implemented:
            assert (check["status"], check["message"]) == ("not_applicable", "not implemented")


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        (["--exit-zero", "{sample}"], 0),
        (["--select", "NOPE", "{sample}"], 0),
        (["missing-file.docx"], 2),
        (["{sample}", "missing-file.docx"], 2),
        (["--format", "nope", "{sample}"], 2),
        (["--no-such-option", "{sample}"], 2),
        (["rule", "ZZZ999"], 2),
        ([], 2),
    ],
)
def test_cli_exit_codes(contracts: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], code: int) -> None:
    sample = str(contracts / "sample-msa.txt")
    assert main([a.replace("{sample}", sample) for a in arguments]) == code


def test_cli_exit_code_one_when_a_finding_reaches_the_fail_level(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    implemented = [rule.code for rule in load_rules() if rule.implemented]
    if not implemented:
        pytest.skip("no rule implemented yet, so no finding can exist")
    path = tmp_path / "empty-deal.txt"
    path.write_text("SERVICES AGREEMENT\n\n1. Services\n\nThe Supplier shall provide the services.\n")
    assert main([str(path)]) == 1
    assert main(["--exit-zero", str(path)]) == 0


def test_cli_input_error_is_one_line_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    main(["missing-file.docx"])
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["bpolint: error: BPO-E101: missing-file.docx: no such file"]


def test_cli_bad_file_does_not_stop_the_batch(contracts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--format", "json", "missing-file.docx", str(contracts / "sample-msa.txt")])
    documents = json.loads(capsys.readouterr().out)["documents"]
    assert documents[0]["error"]["code"] == "BPO-E101"
    assert documents[1]["error"] is None and len(documents[1]["checks"]) == 20


def test_cli_console_script_version_and_help() -> None:
    version = subprocess.run([sys.executable, "-m", "bpolint", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("bpolint ")
    helped = subprocess.run([sys.executable, "-m", "bpolint", "--help"], capture_output=True, text=True)
    assert helped.returncode == 0 and "check" in helped.stdout
