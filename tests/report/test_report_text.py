"""The text and concise formats: golden files plus the behaviours behind them."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bpolint.report import RenderOptions, render
from bpolint.report.common import CATEGORY_ORDER

from .sample_reports import OPTIONS, SAMPLES, all_passing, broken, northwind

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("sample", sorted(SAMPLES))
@pytest.mark.parametrize("format", ["text", "concise"])
def test_text_matches_golden(golden, format: str, sample: str) -> None:
    golden(f"{sample}.{format}.txt", render(SAMPLES[sample](), format, OPTIONS))


def test_text_groups_by_catalogue_category_order() -> None:
    output = render([northwind()], "text", OPTIONS)
    headings = [line for line in output.splitlines() if line and not line.startswith(" ") and line[0].isupper()]
    titles = [h.lower().replace(" ", "-") for h in headings if h.lower().replace(" ", "-") in CATEGORY_ORDER]
    assert titles == list(CATEGORY_ORDER)
    assert output.index("Waivers") > output.index("Exit")


def test_text_shows_quote_reason_and_fallback_for_findings() -> None:
    output = render([northwind()], "text", OPTIONS)
    block = output[output.index("OUT002"):output.index("Data source")]
    assert "clause 3.3 Charges" in block
    assert "48 hours" in block
    assert "ask for: A contact reopened within 7 days" in block


def test_text_collapses_multiline_quotes_to_one_line() -> None:
    output = render([northwind()], "text", replace(OPTIONS, width=1000))
    line = next(line for line in output.splitlines() if "Customer CRM” means" in line)
    assert "system, owned and administered" in line


def test_text_wraps_quotes_with_hanging_indent() -> None:
    lines = render([northwind()], "text", replace(OPTIONS, width=72)).splitlines()
    assert max(len(line) for line in lines if line.startswith(" " * 12)) <= 72
    start = next(i for i, line in enumerate(lines) if "clause 4.1 Audit" in line)
    assert lines[start + 1].startswith(" " * 14) and lines[start + 1][14] != " "


def test_text_summary_line_counts_statuses() -> None:
    assert render([northwind()], "text", OPTIONS).rstrip().endswith(
        "13 pass, 3 weak, 2 missing, 1 n.a., 1 waived, 1 waiver finding")


def test_text_waived_check_shows_reason_and_approver() -> None:
    output = " ".join(render([northwind()], "text", OPTIONS).split())
    assert "waived (was weak): gainshare covered in side letter 2026-03 (approved by Head of Procurement, " \
           "expires 2027-01-01)" in output


def test_text_has_no_colour_codes_unless_asked() -> None:
    plain = render([northwind()], "text", OPTIONS)
    coloured = render([northwind()], "text", RenderOptions(color=True, checked_on=OPTIONS.checked_on))
    assert not ANSI.search(plain)
    assert ANSI.search(coloured)
    assert ANSI.sub("", coloured) == plain


@pytest.mark.parametrize("format", ["text", "concise"])
def test_text_quiet_prints_nothing_without_findings(format: str) -> None:
    assert render([all_passing()], format, RenderOptions(quiet=True)) == ""


def test_text_quiet_keeps_only_findings() -> None:
    output = render([northwind()], "text", RenderOptions(quiet=True))
    assert "MISSING" in output and "WEAK" in output
    marks = {line.split()[0] for line in output.splitlines() if line.startswith("  ") and not line.startswith("   ")}
    assert marks == {"WEAK", "MISSING", "warning"}
    assert "13 pass" not in output


def test_concise_lines_follow_path_clause_code_status() -> None:
    lines = render(SAMPLES["multi"](), "concise", OPTIONS).splitlines()[:-1]
    pattern = re.compile(r"^[^:]+:[^:]*:[A-Z-]+\d+:[a-z-]+: \S")
    assert lines and all(pattern.match(line) for line in lines)
    assert "contracts/northwind-msa.docx:3.3:OUT002:weak: reopened contacts" in lines[0]
    assert "contracts/broken.docx::BPO-E103:error: " in lines[-1]


def test_text_reports_unreadable_document() -> None:
    output = render([broken()], "text", OPTIONS)
    assert "error     BPO-E103: contracts/broken.docx: not a valid .docx file (bad zip)" in output
