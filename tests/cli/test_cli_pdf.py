"""The CLI's PDF options (--password, --ocr) and its one-line errors for bad PDFs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bpolint.cli import main

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"
USER = str(CONTRACTS / "pdf-encrypted-user.pdf")


@pytest.mark.parametrize("command", ["check", "extract"])
def test_cli_pdf_password_protected_file_without_password_exits_2_with_one_line(
        command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, USER]) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if line]
    assert errors and all("BPO-E104" in line and "give the password with --password" in line for line in errors)


def test_cli_pdf_extract_with_password(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", USER, "--password", "open-sesame", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [clause["number"] for clause in data["clauses"]] == ["1", "1.1", "2", "2.1"]
    assert all(clause["page"] == 1 and len(clause["bbox"]) == 4 for clause in data["clauses"])


def test_cli_pdf_check_with_password_reads_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", USER, "--password", "open-sesame"]) != 2
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("name", ["pdf-truncated.pdf", "pdf-not-a-pdf.pdf", "pdf-garbage.pdf"])
def test_cli_pdf_corrupt_file_is_one_line_and_exit_2(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(CONTRACTS / name)]) == 2
    err = capsys.readouterr().err
    message = "not a readable PDF (corrupt, truncated or another format)"
    assert err == f"bpolint: error: BPO-E103: {CONTRACTS / name}: {message}\n"


def test_cli_pdf_scanned_file_names_the_ocr_remedy(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(CONTRACTS / "pdf-image-only.pdf")]) == 2
    assert "run with --ocr" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["check", "extract"])
def test_cli_pdf_options_are_in_the_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "--password PASSWORD" in out and "--ocr" in out


def test_cli_pdf_ocr_without_ocrmypdf_exits_2(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from bpolint.extract import pdf_ocr

    monkeypatch.setattr(pdf_ocr.shutil, "which", lambda name: None)
    assert main(["extract", str(CONTRACTS / "pdf-image-only.pdf"), "--ocr"]) == 2
    assert "--ocr needs ocrmypdf, which is not installed" in capsys.readouterr().err
