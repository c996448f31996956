"""`bpolint rules`, `bpolint rule CODE`, `bpolint extract`, the entry point and the pre-commit hook."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bpolint.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "fixtures" / "contracts" / "sample-msa.txt"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_rules_lists_every_rule(capsys) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0 and len(out.splitlines()) == 20
    assert re.match(r"AUD001  audit-right\s+audit\s+error\s+The customer may audit", out)


def test_cli_rules_json_has_code_name_category_severity_title(capsys) -> None:
    code, out, _ = run(capsys, "rules", "--format", "json")
    data = json.loads(out)
    assert code == 0 and len(data) == 20
    assert {"code", "name", "category", "severity", "title"} <= set(data[0])


@pytest.mark.parametrize("name", ["AUD001", "aud001", "audit-right"])
def test_cli_rule_explains_one_rule(capsys, name: str) -> None:
    code, out, _ = run(capsys, "rule", name)
    assert code == 0
    assert out.startswith("AUD001 audit-right\n")
    assert "What passes\n  The customer may audit" in out


def test_cli_rule_shows_every_documented_section(capsys, tmp_path, monkeypatch) -> None:
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "HSE001.yaml").write_text(
        "code: HSE001\nname: house-rule\ntitle: The supplier keeps a risk register\ncategory: governance\n"
        "severity: warning\nsummary: Reviewed quarterly.\nrationale: Risks surface early.\n"
        "fix: The Supplier shall keep a risk register.\nreferences: [Internal policy 7]\n"
        "params: {review_months: 3}\n"
        "detect: {kind: grant, party: supplier, find: {any: [risk register]},\n"
        "         weak_if: [{any: [optional], reason: the register is optional (may keep)},\n"
        "                   {any: [on request], reason: only on request}]}\n"
        "examples: {pass: [The Supplier shall keep a risk register.], weak: [The Supplier may keep one.]}\n",
        encoding="utf-8")
    (tmp_path / "bpolint.toml").write_text('rule-paths = ["house"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "rule", "HSE001")
    assert code == 0
    for section in ("What passes\n  The supplier keeps a risk register. Reviewed quarterly.",
                    "Why it matters\n  Risks surface early.",
                    "Examples\n  Passes: The Supplier shall keep a risk register.\n  Weak: The Supplier may keep one.",
                    "Fallback language to request\n  The Supplier shall keep a risk register.",
                    "review_months = 3", "References\n  - Internal policy 7",
                    "Weak signals (what makes an otherwise present safeguard weak)\n"
                    "  - the register is optional (may keep)\n  - only on request"):
        assert section in out
    _, out, _ = run(capsys, "rule", "HSE001", "--format", "json")
    assert json.loads(out)["examples"]["weak"] == ["The Supplier may keep one."]


def test_cli_rule_unknown_exits_2(capsys) -> None:
    code, out, err = run(capsys, "rule", "XYZ999")
    assert code == 2 and out == ""
    assert err == "bpolint: error: BPO-E002: unknown rule 'XYZ999'; `bpolint rules` lists them\n"


def test_cli_extract_shows_clauses(capsys) -> None:
    code, out, _ = run(capsys, "extract", str(SAMPLE))
    assert code == 0 and "clauses" in out.splitlines()[0]


def test_cli_extract_missing_file_exits_2(capsys) -> None:
    code, _, err = run(capsys, "extract", "nope.docx")
    assert code == 2 and err.startswith("bpolint: error: BPO-E101: ")


def test_cli_entry_point_runs_as_a_process(tmp_path) -> None:
    report = tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-m", "bpolint", str(SAMPLE), "--exit-zero", "--format", "json",
                           "-o", str(report), "--isolated"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["documents"][0]["path"] == str(SAMPLE)
    done = subprocess.run([sys.executable, "-m", "bpolint", "missing.pdf"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr == "bpolint: error: BPO-E101: missing.pdf: no such file\n"


def test_cli_pre_commit_hook_runs_bpolint_on_contract_files() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "bpolint" and hook["entry"].split()[0] == "bpolint"
    pattern = re.compile(hook["files"])
    assert all(pattern.search(name) for name in ("a.docx", "drafts/b.pdf", "c.md", "d.txt"))
    assert not any(pattern.search(name) for name in ("a.docx.bak", "setup.py", "notes.doc"))
