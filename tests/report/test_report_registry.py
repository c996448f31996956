"""Every registered format renders any report, including finding kinds it has never seen."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from bpolint.model import CheckResult, Evidence, Report, Severity, Status
from bpolint.report import RenderOptions, formats, register, render

from .sample_reports import OPTIONS, SAMPLES, northwind

FORMATS = ("concise", "html", "json", "markdown", "sarif", "text")


def test_registry_lists_every_format() -> None:
    assert set(FORMATS) <= set(formats())


def with_new_kinds() -> Report:
    extra = (
        CheckResult("AUD901", "pending-deletion", "audit", Severity.ERROR, Status.MISSING,
                    "a pending tracked change deletes the audit right",
                    (Evidence("4.1", "Audit", "<del>The Customer may audit</del>", page=3),), kind="pending-change"),
        CheckResult("XYZ001", "custom", "house-rules", Severity.INFO, Status.PASS, "a house rule passes",
                    kind="check"),
    )
    report = northwind()
    return replace(report, checks=report.checks + extra)


@pytest.mark.parametrize("format", FORMATS)
def test_registry_format_renders_unknown_kinds_and_categories(format: str) -> None:
    output = render([with_new_kinds()], format, OPTIONS)
    assert "AUD901" in output
    assert ("XYZ001" in output) is (format != "concise")  # concise lists findings only
    if format in ("json", "sarif"):
        json.loads(output)


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_registry_unknown_category_comes_after_catalogue_and_before_waivers(format: str) -> None:
    output = render([with_new_kinds()], format, OPTIONS)
    assert output.index("EXT004") < output.index("XYZ001") < output.index("BPO-W002")


@pytest.mark.parametrize("format", FORMATS)
def test_registry_format_renders_empty_input(format: str) -> None:
    assert isinstance(render([], format, OPTIONS), str)


@pytest.mark.parametrize("format", FORMATS)
def test_registry_format_accepts_no_options(format: str) -> None:
    assert "northwind-msa.docx" in render(SAMPLES["single"](), format)


def test_registry_register_adds_a_format(monkeypatch: pytest.MonkeyPatch) -> None:
    import bpolint.report

    monkeypatch.setattr(bpolint.report, "_REGISTRY", dict(bpolint.report._REGISTRY))
    register("count", lambda reports, options=None: f"{len(reports)}\n")
    assert "count" in formats() and render(SAMPLES["multi"](), "count", RenderOptions()) == "3\n"
