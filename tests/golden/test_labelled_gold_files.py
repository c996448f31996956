"""The labelled corpus itself: gold files, generated formats, status coverage."""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from lxml import etree

from bpolint.engine.rules import load_rules

ROOT = Path(__file__).resolve().parents[2]
CONTRACTS = ROOT / "fixtures" / "contracts"
SOURCES = ROOT / "fixtures" / "sources" / "labelled"
GOLD_FILES = sorted(CONTRACTS.glob("*.expected.yaml"))
NAMES = [path.name.removesuffix(".expected.yaml") for path in GOLD_FILES]

# The catalogue in shared/checklist.md: a public interface, never renumbered.
CATALOGUE = (
    "OUT001", "OUT002", "DAT001", "AUD001", "AUD002", "PRD001", "PRD002", "PRC001", "PRC002", "PRC003",
    "PRC004", "GOV001", "GOV002", "GOV003", "SEC001", "SEC002", "EXT001", "EXT002", "EXT003", "EXT004",
)
STATUSES = {"pass", "weak", "missing", "not_applicable"}
NOT_APPLICABLE_ALLOWED = {"OUT002", "PRC004"}  # the only rules with a precondition in the catalogue
MIN_WORDS = 1500
TOP_LEVEL_KEYS = {"contract", "description", "held_out", "pending_changes", "expected"}
MIN_HELD_OUT = 3  # contracts written blind after the rules, never tuned on (issue #7)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _gold(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CONTRACTS / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    return data


def test_labelled_corpus_has_at_least_six_contracts() -> None:
    assert len(NAMES) >= 6, NAMES


def test_labelled_corpus_has_a_held_out_set() -> None:
    held_out = [name for name in NAMES if _gold(name).get("held_out")]
    assert len(held_out) >= MIN_HELD_OUT, held_out
    assert len(held_out) < len(NAMES), "the tuning set must not be empty"


def test_labelled_every_source_has_gold_and_every_gold_a_source() -> None:
    assert sorted(p.stem for p in SOURCES.glob("*.md")) == sorted(NAMES)


def test_labelled_catalogue_matches_rule_files() -> None:
    assert set(CATALOGUE) <= {rule.code for rule in load_rules()}


@pytest.mark.parametrize("name", NAMES)
def test_labelled_gold_has_every_code_with_status_and_reason(name: str) -> None:
    gold = _gold(name)
    assert set(gold) <= TOP_LEVEL_KEYS, f"unknown top-level keys {sorted(set(gold) - TOP_LEVEL_KEYS)}"
    assert gold["contract"] == name
    assert isinstance(gold.get("held_out", False), bool), "held_out is true or false"
    assert gold.get("description", "").strip(), "describe the contract in one paragraph"
    expected = gold["expected"]
    assert sorted(expected) == sorted(CATALOGUE), "exactly the 20 catalogue codes"
    for code, entry in expected.items():
        assert set(entry) <= {"status", "clause", "reason"}, f"{code}: unknown keys {sorted(entry)}"
        assert entry["status"] in STATUSES, f"{code}: bad status {entry['status']!r}"
        reason = entry.get("reason")
        assert isinstance(reason, str) and reason.strip() and "\n" not in reason.strip(), f"{code}: one-line reason"
        assert isinstance(entry.get("clause", ""), str), f"{code}: clause must be a string"
        if entry["status"] == "not_applicable":
            assert code in NOT_APPLICABLE_ALLOWED, f"{code}: the catalogue gives no precondition for not_applicable"
        if entry["status"] in ("pass", "weak"):
            assert entry.get("clause"), f"{code}: a pass or weak must cite the clause"


def test_labelled_corpus_covers_every_status_of_every_rule() -> None:
    seen: dict[str, set[str]] = {code: set() for code in CATALOGUE}
    for name in NAMES:
        for code, entry in _gold(name)["expected"].items():
            seen[code].add(entry["status"])
    gaps = {code: sorted({"pass", "weak", "missing"} - statuses) for code, statuses in seen.items()}
    assert not {code: gap for code, gap in gaps.items() if gap}
    for code in NOT_APPLICABLE_ALLOWED:
        assert "not_applicable" in seen[code], code


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("suffix", [".md", ".txt", ".docx", ".pdf"])
def test_labelled_every_format_is_committed(name: str, suffix: str) -> None:
    path = CONTRACTS / f"{name}{suffix}"
    assert path.exists() and path.stat().st_size > 0, f"run: python fixtures/build.py labelled ({path.name})"


@pytest.mark.parametrize("name", NAMES)
def test_labelled_contract_is_long_enough(name: str) -> None:
    words = len((CONTRACTS / f"{name}.txt").read_text(encoding="utf-8").split())
    assert words >= MIN_WORDS, f"{name}: {words} words"


def _generator() -> Any:
    sys.path.insert(0, str(ROOT / "fixtures"))
    try:
        from generate import labelled
    finally:
        sys.path.remove(str(ROOT / "fixtures"))
    return labelled


@pytest.mark.parametrize("name", NAMES)
def test_labelled_text_outputs_match_sources(name: str) -> None:
    labelled = _generator()
    markdown = labelled.to_markdown((SOURCES / f"{name}.md").read_text(encoding="utf-8"))
    committed = (CONTRACTS / f"{name}.md").read_text(encoding="utf-8")
    assert committed == markdown, "rebuild: python fixtures/build.py labelled"
    assert (CONTRACTS / f"{name}.txt").read_text(encoding="utf-8") == labelled.to_text(markdown)


def _revisions(name: str) -> tuple[str, str, list[dict[str, str]]]:
    """Deleted text, inserted text and revision attributes of the committed DOCX."""
    with zipfile.ZipFile(CONTRACTS / f"{name}.docx") as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    deleted = "".join(node.text or "" for node in root.iter(f"{{{W}}}delText"))
    inserted = "".join(node.text or "" for ins in root.iter(f"{{{W}}}ins") for node in ins.iter(f"{{{W}}}t"))
    attributes = [
        {key.split("}")[-1]: value for key, value in node.attrib.items()}
        for node in root.iter(f"{{{W}}}ins", f"{{{W}}}del")
    ]
    return deleted, inserted, attributes


@pytest.mark.parametrize("name", NAMES)
def test_labelled_docx_tracked_changes_match_the_source(name: str) -> None:
    source = (SOURCES / f"{name}.md").read_text(encoding="utf-8")
    deleted = re.findall(r"\{--(.*?)--\}", source)
    inserted = re.findall(r"\{\+\+(.*?)\+\+\}", source)
    docx_deleted, docx_inserted, attributes = _revisions(name)
    assert docx_deleted == "".join(deleted)
    assert docx_inserted == "".join(inserted)
    assert all(a.get("author") and a.get("date") and a.get("id") for a in attributes), attributes
    accepted = (CONTRACTS / f"{name}.md").read_text(encoding="utf-8")
    for text in deleted:
        assert text.strip() not in accepted, "the accepted view drops pending deletions"
    for text in inserted:
        assert text.strip() in accepted, "the accepted view keeps pending insertions"


def test_labelled_corpus_has_a_tracked_changes_contract() -> None:
    assert any(_revisions(name)[0] and _revisions(name)[1] for name in NAMES)


def _tokens(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9]+", text)


def _comparable_text(name: str) -> str:
    """The accepted .txt, without the (a)/(i) labels that Word numbering prints instead."""
    text = (CONTRACTS / f"{name}.txt").read_text(encoding="utf-8")
    if (SOURCES / f"{name}.md").read_text(encoding="utf-8").startswith("<!-- fixture: autonumber -->"):
        text = re.sub(r"(?m)^\s*\([a-z]+\)\s+", "", text)
    return text


@pytest.mark.parametrize("name", NAMES)
def test_labelled_docx_accepted_text_matches_the_text_version(name: str) -> None:
    with zipfile.ZipFile(CONTRACTS / f"{name}.docx") as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    deleted = f"{{{W}}}del"
    words = " ".join(
        node.text or "" for node in root.iter(f"{{{W}}}t") if not any(a.tag == deleted for a in node.iterancestors())
    )
    assert _tokens(words) == _tokens(_comparable_text(name)), "DOCX is stale: python fixtures/build.py labelled"


@pytest.mark.parametrize("name", NAMES)
def test_labelled_pdf_shows_the_accepted_text(name: str) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    pdf = pdfium.PdfDocument(CONTRACTS / f"{name}.pdf")
    try:
        text = " ".join(pdf[index].get_textpage().get_text_range() for index in range(len(pdf)))
    finally:
        pdf.close()
    if (SOURCES / f"{name}.md").read_text(encoding="utf-8").startswith("<!-- fixture: autonumber -->"):
        # the labels Word numbering prints open a line; an "(i)" inside a sentence is the contract's own text
        text = re.sub(r"(?m)^\s*\([a-z]+\)\s", "", text)
    # Same characters; narrow table cells may break a word and reorder a line, so compare as multisets.
    assert sorted("".join(_tokens(text))) == sorted("".join(_tokens(_comparable_text(name)))), "PDF is stale"
    flat = " ".join(text.split())
    source = (SOURCES / f"{name}.md").read_text(encoding="utf-8")
    for deleted in re.findall(r"\{--(.*?)--\}", source):
        assert " ".join(deleted.split())[:60] not in flat, "the PDF shows the accepted view"
    for inserted in re.findall(r"\{\+\+(.*?)\+\+\}", source):
        assert " ".join(inserted.split())[:60] in flat, "the PDF shows the accepted view"
