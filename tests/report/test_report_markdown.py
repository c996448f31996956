"""The Markdown checklist: golden files, checkboxes, escaping, cover block."""

from __future__ import annotations

import pytest

from bpolint.report import RenderOptions, render

from .sample_reports import CHECKED_ON, OPTIONS, SAMPLES, northwind


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_markdown_matches_golden(golden, sample: str) -> None:
    golden(f"{sample}.checklist.md", render(SAMPLES[sample](), "markdown", OPTIONS))


def test_markdown_cover_names_document_parties_date_and_tool() -> None:
    output = render([northwind()], "markdown", OPTIONS)
    for row in ("| Document | contracts/northwind-msa.docx |",
                "| Parties | Northwind Retail Limited and Contoso Contact Solutions Limited |",
                "| Dated | 2 March 2026 |",
                "| Checked on | 2026-11-26 |",
                "| Checked with | bpolint 0.1.0, rule set built-in |"):
        assert row in output


@pytest.mark.parametrize(("code", "box"), [("OUT001", "[x]"), ("OUT002", "[ ]"), ("EXT002", "[ ]"),
                                           ("EXT004", "[x]"), ("PRD001", "[x]"), ("BPO-W002", "[ ]")])
def test_markdown_checkbox_open_only_for_findings(code: str, box: str) -> None:
    output = render([northwind()], "markdown", OPTIONS)
    assert f"- {box} **{code} " in output


def test_markdown_escapes_html_and_markdown_in_contract_text() -> None:
    output = render([northwind()], "markdown", OPTIONS)
    assert "<script>" not in output and "<b>" not in output
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in output
    assert r"\*Resolved Contact\*" in output
    assert r"\[link\](http://example.com)" in output


def test_markdown_lists_fallback_language_and_waiver() -> None:
    output = render([northwind()], "markdown", OPTIONS)
    assert "Fallback language to request:\n\n  > For up to 12 months after termination" in output
    assert "Waiver: gainshare covered in side letter 2026-03 (approved by Head of Procurement, " \
           "expires 2027-01-01)" in output


def test_markdown_uses_rule_titles_when_rules_are_given() -> None:
    from bpolint.engine import load_rules

    output = render([northwind()], "markdown", RenderOptions(rules=load_rules(), checked_on=CHECKED_ON))
    assert "The customer may audit the records, systems and data behind charges and outcome counts" in output


@pytest.mark.parametrize("format", ["markdown", "html"])
def test_checklist_lists_config_notes_after_the_document(format: str) -> None:
    output = render(SAMPLES["config"](), format, OPTIONS)
    assert "Pre-signature checklist: Outsourcing Agreement (draft 3)" in output
    assert "checklists:" not in output  # one contract: no multi-document summary
    assert output.index("Configuration notes: bpolint.toml") > output.index("SEC001")
    assert "waiver EXT002 on globex-\\*.docx" in output or "waiver EXT002 on globex-*.docx" in output
