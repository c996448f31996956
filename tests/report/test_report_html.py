"""The HTML checklist: self-contained, escaped, and renderable by a browser."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bpolint.report import render

from .sample_reports import OPTIONS, SAMPLES, northwind

ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "section", "h1", "h2", "h3", "table", "tr",
                "th", "td", "ul", "li", "div", "span", "p", "blockquote", "br", "footer"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_html_uses_only_inline_markup(sample: str) -> None:
    page = parse(render(SAMPLES[sample](), "html", OPTIONS))
    assert {tag for tag, _ in page.tags} <= ALLOWED_TAGS
    for _, attrs in page.tags:
        assert not {"src", "href", "srcset"} & set(attrs)
        assert not any(name.startswith("on") for name in attrs)


def test_html_escapes_contract_text() -> None:
    html = render([northwind()], "html", OPTIONS)
    page = parse(html)
    assert "script" not in {tag for tag, _ in page.tags} and "b" not in {tag for tag, _ in page.tags}
    text = "".join(page.text)
    assert "<script>alert('x')</script>" in text
    assert "refunded <b>without</b> interest" in text
    assert "&lt;script&gt;" in html


def test_html_escapes_hostile_path_and_metadata() -> None:
    from dataclasses import replace

    report = replace(northwind(), path='evil"><img src=x onerror=alert(1)>.docx',
                     metadata=(("title", "<iframe src=//x>"), ("parties", "A <i>B</i>; C")))
    page = parse(render([report], "html", OPTIONS))
    assert {tag for tag, _ in page.tags} <= ALLOWED_TAGS
    assert "<iframe src=//x>" in "".join(page.text)


def test_html_has_one_checklist_item_per_check() -> None:
    html = render([northwind()], "html", OPTIONS)
    assert html.count('<li class="item">') == len(northwind().checks)
    assert html.count("&#10003;") == sum(1 for c in northwind().checks if not c.is_finding)


def test_html_prints_with_page_rules() -> None:
    html = render(SAMPLES["multi"](), "html", OPTIONS)
    assert "@media print" in html and "@page" in html and "break-inside: avoid" in html


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium not installed (apt-get install chromium)")
def test_html_renders_in_headless_chromium(tmp_path: Path) -> None:
    page = tmp_path / "checklist.html"
    page.write_text(render(SAMPLES["multi"](), "html", OPTIONS), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    pdf = tmp_path / "checklist.pdf"
    subprocess.run(["chromium", *flags, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
                   check=True, capture_output=True, timeout=120)
    pdfium = pytest.importorskip("pypdfium2")
    document = pdfium.PdfDocument(str(pdf))
    text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    assert len(document) >= 3  # a summary, then each document from a new page
    assert "Pre-signature checklists: 3 documents" in text
    # The browser shows the contract's markup as text: it was never parsed as HTML.
    assert "<script>alert('x')</script>" in text
