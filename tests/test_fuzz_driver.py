"""The fuzzer's oracle and reproducibility (benchmarks/fuzz.py; running it is docs/hardening.md's job)."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bpolint_fuzz", ROOT / "benchmarks" / "fuzz.py")
assert _spec is not None and _spec.loader is not None
fuzz = importlib.util.module_from_spec(_spec)
sys.modules["bpolint_fuzz"] = fuzz
_spec.loader.exec_module(fuzz)

CASE = Path("/tmp/case/contract.pdf")
GOOD = [Path("/x/good.txt"), Path("/x/good.docx")]
ONE_LINE = f"bpolint: error: BPO-E103: {CASE}: not a readable PDF\n"


@pytest.mark.parametrize(("outcome", "files", "code", "out", "err", "problem"), [
    (fuzz.Outcome("error", code="BPO-E103"), [CASE], 2, "", ONE_LINE, None),
    (fuzz.Outcome("report"), [CASE], 1, "report", "", None),
    (fuzz.Outcome("error", code="BPO-E103"), [GOOD[0], CASE, GOOD[1]], 2, "/x/good.txt /x/good.docx", ONE_LINE, None),
    (fuzz.Outcome("error", code="BPO-E103"), [CASE], 2, "", "Traceback (most recent call last):\n" + ONE_LINE,
     "traceback"),
    (fuzz.Outcome("error", code="BPO-E103"), [CASE], 1, "", ONE_LINE, "exit 1"),
    (fuzz.Outcome("error", code="BPO-E103"), [CASE], 2, "", ONE_LINE + "  more detail\n", "exit 2"),
    (fuzz.Outcome("error", code="BPO-E104"), [CASE], 2, "", ONE_LINE, "api said BPO-E104"),
    (fuzz.Outcome("report"), [CASE], 2, "", ONE_LINE, "api gave a report"),
    (fuzz.Outcome("error", code="BPO-E103"), [GOOD[0], CASE, GOOD[1]], 2, "/x/good.txt", ONE_LINE,
     "good.docx is not reported"),
    (fuzz.Outcome("report"), [CASE], None, "", "", "timeout"),
])
def test_fuzz_cli_oracle(outcome, files, code, out, err, problem) -> None:
    problems = fuzz.cli_problems(CASE, files, outcome, code, out, err, 1.0, 60.0)
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


@pytest.mark.parametrize("mutator", ["flip_bytes", "truncate", "splice", "zip_member", "malformed_xml",
                                     "corrupt_deflate", "docx_features", "text_mutation", "pdf_mutation"])
def test_fuzz_mutators_are_reproducible_from_the_seed(mutator: str) -> None:
    source = ROOT / "fixtures" / "contracts" / ("sample-msa.txt" if mutator == "text_mutation" else
                                                "pdf-tables.pdf" if mutator == "pdf_mutation" else
                                                "docx/typed-numbers.docx")
    data = source.read_bytes()
    runs = [[getattr(fuzz, mutator)(random.Random(f"7-{n}"), data) for n in range(8)] for _ in range(2)]
    assert runs[0] == runs[1]
