"""A batch with one bad file: the others are reported, the bad one gets one line, the exit code is 2.

The good files go to the stand-in engine (tests/cli/conftest.py); the bad ones to the real
extractors, as the fuzzer's batch check does (benchmarks/fuzz.py, docs/hardening.md).
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

import bpolint.engine
from bpolint.cli import main

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"
BAD = [
    ("docx-bad/corrupt.docx", "BPO-E103"),
    ("docx-bad/encrypted.docx", "BPO-E104"),
    ("docx-bad/zip-bomb.docx", "BPO-E110"),
    ("docx-bad/legacy-renamed.docx", "BPO-E102"),
    ("pdf-truncated.pdf", "BPO-E103"),
    ("pdf-encrypted-user.pdf", "BPO-E104"),
    ("pdf-image-only.pdf", "BPO-E105"),
    ("pdf-not-a-pdf.pdf", "BPO-E103"),
]


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.mark.parametrize(("name", "code"), BAD)
def test_cli_hostile_batch_reports_the_good_files_and_one_line_for_the_bad(
        capsys: pytest.CaptureFixture[str], contracts, name: str, code: str) -> None:
    first, last = contracts("first.txt", "AUD001 missing\n"), contracts("last.txt")
    bad = Path(name).name
    shutil.copyfile(CONTRACTS / name, bad)
    before = _fingerprint(Path(bad))
    exit_code = main([first, bad, last])
    out, err = capsys.readouterr()
    assert exit_code == 2
    assert re.fullmatch(rf"bpolint: error: {code}: {re.escape(bad)}: [^\n]+\n", err)
    assert "Traceback" not in out + err
    assert out.index(first) < out.index(last)  # both reported, in order
    assert _fingerprint(Path(bad)) == before


def test_cli_hostile_unforeseen_failure_is_one_line_and_the_batch_goes_on(
        capsys: pytest.CaptureFixture[str], contracts, monkeypatch: pytest.MonkeyPatch) -> None:
    stand_in = bpolint.engine.lint

    def failing(source, *args, **kwargs):
        if str(source).endswith("boom.txt"):
            raise RecursionError("maximum recursion depth exceeded\nwhile walking")
        return stand_in(source, *args, **kwargs)

    monkeypatch.setattr(bpolint.engine, "lint", failing)
    first, boom, last = contracts("first.txt"), contracts("boom.txt"), contracts("last.txt")
    exit_code = main([first, boom, last])
    out, err = capsys.readouterr()
    assert exit_code == 2
    assert err == ("bpolint: error: BPO-E199: boom.txt: internal error while checking this file "
                   "(RecursionError: maximum recursion depth exceeded); please report it with the file\n")
    assert first in out and last in out


def test_cli_hostile_extract_command_never_prints_a_traceback(
        capsys: pytest.CaptureFixture[str], contracts, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    def broken(*args, **kwargs):
        raise ValueError("unexpected")

    monkeypatch.setattr(sys.modules["bpolint.extract"], "extract", broken)
    path = contracts("contract.txt")
    assert main(["extract", path]) == 2
    assert capsys.readouterr().err == ("bpolint: error: BPO-E199: contract.txt: internal error while checking "
                                       "this file (ValueError: unexpected); please report it with the file\n")
