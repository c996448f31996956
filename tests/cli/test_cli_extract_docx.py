"""`bpolint extract` on Word files: what the linter sees, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bpolint.cli import main

ROOT = Path(__file__).resolve().parents[2]
DOCX = ROOT / "fixtures" / "contracts" / "docx"
BAD = ROOT / "fixtures" / "contracts" / "docx-bad"


def test_cli_extract_docx_text_shows_tree(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(DOCX / "tracked-changes.docx")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "1    <body ¶0> [pending changes]"
    assert out[2] == "    The Supplier shall provide the Services promptly."


def test_cli_extract_docx_text_shows_heading_and_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(DOCX / "footnotes.docx")]) == 0
    out = capsys.readouterr().out
    assert "1  Service Levels  <body ¶0>" in out
    assert "footnote 1    <footnote ¶1>" in out


def test_cli_extract_docx_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "json", str(DOCX / "numbering-nested.docx")]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["clauses"][3]
    assert {k: first[k] for k in ("path", "number", "heading", "kind", "paragraph", "number_source", "text")} == {
        "path": "1.2(a)", "number": "1.2(a)", "heading": "", "kind": "body", "paragraph": 3,
        "number_source": "auto", "text": "maintain a risk register;"}


@pytest.mark.parametrize(("name", "code"), [
    ("truncated.docx", "BPO-E103"),
    ("encrypted.docx", "BPO-E104"),
    ("legacy-renamed.docx", "BPO-E102"),
    ("macro-enabled.docm", "BPO-E102"),
    ("zip-bomb.docx", "BPO-E110"),
    ("doctype-entity.docx", "BPO-E110"),
])
def test_cli_extract_docx_bad_input_exit_2_one_line(name: str, code: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bpolint", "extract", str(BAD / name)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"bpolint: error: {code}: ")


def test_cli_extract_docx_text_flags_comments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(DOCX / "comments.docx")]) == 0
    assert "2  Audit  <body ¶2> [1 comment]" in capsys.readouterr().out.splitlines()
