"""Hostile and oversized input found by the fuzzer (benchmarks/fuzz.py, docs/hardening.md).

Each input here once gave a traceback or a run of minutes. The bar: a report, or one
``BPO-E1xx`` line naming the file; the file untouched; time in proportion to the input.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bpolint import Clause, extract, lint
from bpolint.errors import CorruptFile, FileTooLarge
from bpolint.extract import document as document_module
from bpolint.extract import pdf as pdf_module
from bpolint.extract import segment as segment_module
from bpolint.extract.pdf_text import Vocabulary, join_lines
from bpolint.extract.segment import bound_clauses

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"
SAMPLE = CONTRACTS / "sample-msa.txt"


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def _one_line_naming(error: Exception, path: Path, code: str) -> None:
    message = str(error)
    assert message.startswith(f"{code}: {path}") and "\n" not in message


# -- text encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),  # Notepad's "Unicode"
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE),
    ("utf-32-be", codecs.BOM_UTF32_BE),
])
def test_hostile_text_with_a_byte_order_mark_reads_as_utf8_does(tmp_path: Path, encoding: str, bom: bytes) -> None:
    # UTF-16 with a BOM was refused as "binary data" (NUL bytes) before.
    text = SAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "contract.txt"
    path.write_bytes(bom + text.encode(encoding))
    expected = extract(SAMPLE)
    got = extract(path)
    assert [(c.path, c.text) for c in got.clauses] == [(c.path, c.text) for c in expected.clauses]


@pytest.mark.parametrize(("data", "phrase"), [
    (codecs.BOM_UTF16_LE + "1. Audit".encode("utf-16-le") + b"\x00", "byte-order mark but is not valid"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8" + "x".encode("utf-16-le"), "byte-order mark but is not valid"),
    ("1. Audit rights".encode("utf-16-le"), "binary data"),  # no BOM: a renamed binary file as far as anyone knows
])
def test_hostile_text_bad_utf16_is_one_line(tmp_path: Path, data: bytes, phrase: str) -> None:
    path = tmp_path / "contract.txt"
    path.write_bytes(data)
    with pytest.raises(CorruptFile) as raised:
        extract(path)
    assert phrase in str(raised.value)
    _one_line_naming(raised.value, path, "BPO-E103")
    assert path.read_bytes() == data


# -- clauses too long to check in one piece ---------------------------------------------------------

def _clause(text: str, path: str = "4.1") -> Clause:
    return Clause(path=path, number=path, heading="Audit", text=text)


LONG_TEXTS = {
    "paragraphs": "\n".join(f"The Supplier shall keep record {n} for the Customer." for n in range(400)),
    "sentences": " ".join(f"The Supplier shall keep record {n} for the Customer." for n in range(400)),
    "one sentence": " ".join(["the supplier shall audit the records of the customer"] * 400),
    "no spaces": "x(" * 10_000,
}


@pytest.mark.parametrize("kind", sorted(LONG_TEXTS))
def test_hostile_long_clause_is_read_in_parts_that_keep_every_word(kind: str) -> None:
    text = LONG_TEXTS[kind]
    clauses, split = bound_clauses((_clause(text), _clause("Short.", "4.2")), limit=3000)
    parts = [c for c in clauses if c.number == "4.1"]
    assert split == ["4.1"]
    assert [c.path for c in parts] == ["4.1"] + [f"4.1 (part {n})" for n in range(2, len(parts) + 1)]
    assert all(len(c.text) <= 3000 and c.heading == "Audit" for c in parts)
    assert re.sub(r"\s", "", "".join(c.text for c in parts)) == re.sub(r"\s", "", text)
    assert clauses[-1] == _clause("Short.", "4.2")


@pytest.mark.parametrize(("kind", "ending"), [("paragraphs", "Customer."), ("sentences", "Customer.")])
def test_hostile_long_clause_is_cut_where_a_reader_would(kind: str, ending: str) -> None:
    clauses, _ = bound_clauses((_clause(LONG_TEXTS[kind]),), limit=3000)
    assert all(c.text.endswith(ending) for c in clauses)


def test_hostile_clauses_within_the_limit_come_back_unchanged() -> None:
    clauses = tuple(extract(SAMPLE).clauses)
    assert bound_clauses(clauses) == (clauses, [])


def test_hostile_one_paragraph_file_is_linted_with_a_warning(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # A 1.6 MB file with no paragraph break was one clause: spaCy refused it (E088, a traceback), and
    # with that lifted the rules took five minutes on it. A small limit keeps this test fast.
    monkeypatch.setattr(segment_module, "MAX_CLAUSE_CHARS", 2000)
    path = tmp_path / "run-on.txt"
    path.write_text("1. Services\n\n" + LONG_TEXTS["sentences"] + "\n", encoding="utf-8")
    document = extract(path)
    assert [c.path for c in document.clauses][:3] == ["1", "1 (part 2)", "1 (part 3)"]
    assert [w.code for w in document.warnings] == ["long-clause"]
    report = lint(path)
    assert report.error is None and len(report.checks) == 20


def test_hostile_spacy_takes_text_over_its_million_character_default() -> None:
    from bpolint.nlp.pipeline import get_nlp

    (doc,) = get_nlp().pipe(["audit " * 180_000])
    assert len(doc) == 180_000


# -- size limits ------------------------------------------------------------------------------------

def test_hostile_too_much_text_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_module, "MAX_TEXT_CHARS", 1000)
    with pytest.raises(FileTooLarge) as raised:
        extract(SAMPLE)
    assert "characters of text (limit 1,000)" in str(raised.value)
    _one_line_naming(raised.value, SAMPLE, "BPO-E106")


AUDIT_TEXT = b"BT /F1 11 Tf 72 770 Td (1. The Customer may audit the Supplier.) Tj ET"


def _pdf_with_pages(count: int, content: bytes = AUDIT_TEXT, stream_keys: bytes = b"") -> bytes:
    """``count`` pages sharing one content stream: a few bytes a page, as a hostile file has it."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> " \
           b"/Contents 4 0 R >>"
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(content), stream_keys, content)] + [page] * count
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    return bytes(out)


def test_hostile_pdf_over_the_page_limit_is_refused_before_reading(tmp_path: Path) -> None:
    # 20,000 pages in a 3 MB file ran past any time limit; now the page tree is counted first.
    path = tmp_path / "pages.pdf"
    path.write_bytes(_pdf_with_pages(pdf_module.MAX_PAGES + 1))
    before = _fingerprint(path)
    with pytest.raises(FileTooLarge) as raised:
        extract(path)
    assert f"has {pdf_module.MAX_PAGES + 1:,} pages (limit {pdf_module.MAX_PAGES:,})" in str(raised.value)
    _one_line_naming(raised.value, path, "BPO-E106")
    assert _fingerprint(path) == before


def test_hostile_pdf_within_the_page_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (one page: the same text on every page would be dropped as a running header)
    monkeypatch.setattr(pdf_module, "MAX_PAGES", 1)
    path = tmp_path / "pages.pdf"
    path.write_bytes(_pdf_with_pages(1))
    assert extract(path).pages == 1
    path.write_bytes(_pdf_with_pages(2))
    with pytest.raises(FileTooLarge):
        extract(path)


def test_hostile_content_stream_bomb_is_bounded(tmp_path: Path) -> None:
    # 4 MiB of no-op operators deflated to a few KB: read in linear time, the text after them found.
    body = zlib.compress(b"q Q\n" * 2**20 + AUDIT_TEXT, 9)
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_pdf_with_pages(1, body, b"/Filter /FlateDecode"))
    assert len(body) < 50_000
    assert [c.text for c in extract(path).clauses] == ["The Customer may audit the Supplier."]


# -- regular expressions and loops that were super-linear -------------------------------------------

@pytest.mark.parametrize(("line", "heading"), [
    ("# Audit", "Audit"),
    ("## Audit rights ##", "Audit rights"),
    ("### Fees #  ", "Fees"),
    ("# C# and F# #", "C# and F#"),
    ("#  **Exit**  ", "Exit"),
    ("# x" + " " * 3000 + "y", "x" + " " * 3000 + "y"),  # took minutes: the heading regex backtracked cubically
])
def test_hostile_markdown_heading(tmp_path: Path, line: str, heading: str) -> None:
    path = tmp_path / "contract.md"
    path.write_text(f"{line}\n\n1. Audit\n\nThe Customer may audit the Supplier.\n", encoding="utf-8")
    assert extract(path).clauses[0].text.split("\n")[0] == heading


def _join_lines_as_before(lines: list[str], vocabulary: Vocabulary) -> str:
    """join_lines as it was, searching and copying the whole paragraph per line: the specification."""
    out = ""
    for line in lines:
        line = line.strip()
        if not out:
            out = line
            continue
        hyphen = re.search(r"([A-Za-z]+)-$", out)
        start = re.match(r"^([a-z][A-Za-z']*)(.*)$", line, re.S)
        if hyphen and start:
            out = out[: hyphen.start()] + vocabulary.join(hyphen.group(1), start.group(1)) + start.group(2)
        elif out.endswith("-") and len(out) > 1 and (
                out[-2].isalpha() and line[:1].isupper() or out[-2].isdigit() and line[:1].isdigit()):
            out += line
        else:
            out = f"{out} {line}"
    return out


_PIECES = st.sampled_from(["termi-", "nation", "self-", "assessment", "Anti-", "Money", "12-", "14", "-", " ",
                           "", "a", "B", "the Supplier", "x-", "  ", "1.", "it's", "(a)"])


@given(st.lists(st.lists(_PIECES, max_size=4).map("".join), max_size=12))
@settings(max_examples=400, deadline=None)
def test_hostile_pdf_line_joining_is_unchanged_and_linear(lines: list[str]) -> None:
    # join_lines searched and copied the whole paragraph for every line: a 5,000-line paragraph
    # took minutes. It now works on the last line's text only, with the same result.
    vocabulary = Vocabulary(["termination", "self-assessment", "the Supplier", "nation"])
    assert join_lines(lines, vocabulary) == _join_lines_as_before(lines, vocabulary)


def test_hostile_pdf_long_paragraph_joins_in_linear_time() -> None:
    lines = ["the Supplier shall provide the Services in accor-", "dance with this Agreement"] * 10_000
    joined = join_lines(lines, Vocabulary(["accordance"]))
    assert joined.count("accordance") == 10_000
