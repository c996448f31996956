"""Hostile-input fuzzer: mutated and crafted DOCX, PDF, TXT and MD files against the API and the CLI.

    PYTHONPATH=. nice -n 10 python benchmarks/fuzz.py [--seed N] [--time 300] [--crashes DIR]
    PYTHONPATH=. python benchmarks/fuzz.py --replay fuzz-crashes/*.docx     # re-check saved inputs
    PYTHONPATH=. python benchmarks/fuzz.py --regexes                        # super-linear regexes

Each case starts from a committed fixture (or is crafted from nothing) and is damaged one way
(flipped bytes, truncation, zip members removed/duplicated/renamed/corrupted, malformed or
huge/deep XML, zip-bomb members, external relationships and altChunks, broken xref tables,
object streams, huge page counts, encryption, fonts without ToUnicode, odd text encodings,
wrong extensions...). Every case is linted by ``bpolint.lint`` in a long-lived worker process
and, for a share of the cases, by ``python -m bpolint`` (alone, or in a batch between two good
files); both run under an address-space limit (``resource.setrlimit``) and a time limit. The
bar (issue #5): either a report, or one ``bpolint: error: BPO-E1xx: <file>: ...`` line and exit
code 2, never a traceback; the input's bytes and mtime unchanged; no network access; time
within ``--budget-base + --budget-per-mb x size`` (size: the file, or for a DOCX the inflated
zip members). Anything else is a finding: the input is saved in ``--crashes`` with a ``.txt``
beside it saying what happened, and the run exits 1. The seed is printed first; the same seed
and the same ``--cases`` give the same inputs (with ``--time``, how many run depends on speed).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import re
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = ROOT / "fixtures" / "contracts"
ERROR_LINE = re.compile(r"^bpolint: error: (BPO-E1\d\d): (.*)$")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass
class Case:
    name: str  # the mutator
    data: bytes
    suffix: str
    note: str = ""


@dataclass
class Outcome:
    kind: str  # report | error | exception | timeout | memory | died
    seconds: float = 0.0  # wall clock
    cpu: float = 0.0  # CPU seconds of the lint, page workers included: what the budget is checked on
    code: str = ""
    message: str = ""
    detail: str = ""
    network: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- fixtures


def fixtures() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {".docx": [], ".pdf": [], ".txt": [], ".md": []}
    for path in sorted(CONTRACTS.rglob("*")):
        if path.suffix in found and "bad" not in path.parent.name:
            found[path.suffix].append(path)
    return found


# --------------------------------------------------------------------------- byte mutators


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 2, 5, 20, 100))):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def splice(rng: random.Random, data: bytes) -> bytes:
    """Delete, duplicate or insert a chunk somewhere."""
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.choice((1, 16, 512, 8192)))
    how = rng.randrange(3)
    if how == 0:
        return data[:a] + data[b:]
    if how == 1:
        return data[:b] + data[a:b] * rng.choice((2, 10, 1000)) + data[b:]
    return data[:a] + rng.randbytes(b - a) + data[a:]


# --------------------------------------------------------------------------- docx mutators


def _zip(members: list[tuple[str, bytes]], *, compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compress) as archive:
        for name, body in members:
            with warnings_off():
                archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), body, compress_type=compress)
    return out.getvalue()


class warnings_off:
    def __enter__(self) -> None:
        import warnings

        self._ctx = warnings.catch_warnings()
        self._ctx.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc: object) -> None:
        self._ctx.__exit__(*exc)


def _members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


KEY_PARTS = ("word/document.xml", "word/numbering.xml", "word/styles.xml", "[Content_Types].xml",
             "word/_rels/document.xml.rels", "_rels/.rels", "word/settings.xml", "word/footnotes.xml")


def _pick_part(rng: random.Random, members: list[tuple[str, bytes]]) -> int:
    names = [name for name, _ in members]
    wanted = [i for i, name in enumerate(names) if name in KEY_PARTS]
    return rng.choice(wanted if wanted and rng.random() < 0.8 else range(len(members)))


def zip_member(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    members = _members(data)
    i = _pick_part(rng, members)
    name, body = members[i]
    how = rng.choice(("remove", "duplicate", "rename", "corrupt", "empty", "stored-garbage"))
    if how == "remove":
        del members[i]
    elif how == "duplicate":
        members.insert(rng.randrange(len(members) + 1), (name, flip_bytes(rng, body) if body else body))
    elif how == "rename":
        members[i] = (rng.choice((name.upper(), name + ".bak", "word/" + name, name.replace("/", "\\"), "")) or "x",
                      body)
    elif how == "corrupt":
        members[i] = (name, flip_bytes(rng, body) if body else b"\xff")
    elif how == "empty":
        members[i] = (name, b"")
    else:
        members[i] = (name, rng.randbytes(rng.choice((1, 100, 10000))))
    return _zip(members), f"{how} {name}"


def corrupt_deflate(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """Flip bytes inside one member's compressed data (CRC and inflate errors)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = [info for info in archive.infolist() if info.compress_size > 8]
    info = rng.choice(infos)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    out = bytearray(data)
    for _ in range(rng.choice((1, 3, 10))):
        out[start + rng.randrange(info.compress_size)] = rng.randrange(256)
    return bytes(out), f"deflate data of {info.filename}"


def malformed_xml(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    members = _members(data)
    i = _pick_part(rng, members)
    name, body = members[i]
    text = bytearray(body)
    how = rng.choice(("cut", "lt", "unclose", "namespace", "attr", "encoding", "bom"))
    if how == "cut" and text:
        del text[rng.randrange(len(text)):]
    elif how == "lt" and text:
        text[rng.randrange(len(text))] = ord("<")
    elif how == "unclose":
        text = bytearray(re.sub(rb"</w:p>", b"", bytes(text), count=rng.randint(1, 50)))
    elif how == "namespace":
        text = bytearray(bytes(text).replace(W.encode(), b"urn:not-word", 1))
    elif how == "attr":
        text = bytearray(re.sub(rb'w:val="[^"]*"', lambda _: rng.choice(
            (b'w:val="-1"', b'w:val="99999999999999999999"', b'w:val=""', b'w:val="x"', b'w:val="1e308"',
             b'w:val="\xc3\x28"', b'w:val="NaN"')), bytes(text)))
    elif how == "encoding":
        text = bytearray(bytes(text).replace(b'encoding="UTF-8"', rng.choice(
            (b'encoding="UTF-16"', b'encoding="EBCDIC"', b'encoding="nonsense"')), 1))
    else:
        text = bytearray(b"\xef\xbb\xbf\xef\xbb\xbf" + bytes(text))
    members[i] = (name, bytes(text))
    return _zip(members), f"{how} in {name}"


def _document(members: list[tuple[str, bytes]]) -> tuple[int, bytes]:
    for i, (name, body) in enumerate(members):
        if name == "word/document.xml":
            return i, body
    raise ValueError("no document.xml")


def _with_body(data: bytes, body_xml: bytes) -> bytes:
    members = _members(data)
    i, document = _document(members)
    start = document.index(b"<w:body>") + len(b"<w:body>")
    end = document.rindex(b"</w:body>")
    members[i] = ("word/document.xml", document[:start] + body_xml + document[end:])
    return _zip(members)


def _para(text: str) -> bytes:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>".encode()


def huge_docx(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    how = rng.choice(("nested-tables", "deep-runs", "paragraphs", "one-run", "one-run-nospace", "numbered",
                      "bomb", "many-members"))
    if how == "nested-tables":
        depth = rng.choice((20, 60, 100, 300))
        xml = b"<w:tbl><w:tr><w:tc>" * depth + _para("1.1 The Supplier shall permit audits.") \
            + b"</w:tc></w:tr></w:tbl>" * depth + b"<w:p/>"
        return _with_body(data, xml), f"{depth} nested tables"
    if how == "deep-runs":
        depth = rng.choice((100, 250, 1000, 20000))
        xml = b"<w:p>" + b"<w:ins w:id=\"1\" w:author=\"a\">" * depth + b"<w:r><w:t>deep</w:t></w:r>" \
            + b"</w:ins>" * depth + b"</w:p>"
        return _with_body(data, xml), f"{depth} nested w:ins"
    if how == "paragraphs":
        count = rng.choice((10_000, 100_000))
        xml = b"".join(_para(f"{n}. The Supplier shall keep records for clause {n}.") for n in range(count))
        return _with_body(data, xml), f"{count} paragraphs"
    if how in ("one-run", "one-run-nospace"):
        size = rng.choice((1, 3, 10)) * 1_000_000
        unit = "audit " if how == "one-run" else "x("
        text = unit * (size // len(unit))
        if rng.random() < 0.3:  # as a numbered heading: the whole paragraph becomes the heading
            return _with_body(data, f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>1. {text}</w:t>'
                                    '</w:r></w:p>'.encode()), f"{size} character heading ({how})"
        return _with_body(data, _para(text)), f"{size} character run ({how})"
    if how == "numbered":
        count = rng.choice((1000, 20000))
        xml = b"".join(
            f"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{n % 9}\"/><w:numId w:val=\"{1 + n % 3}\"/></w:numPr></w:pPr>"
            f"<w:r><w:t>Item {n}</w:t></w:r></w:p>".encode() for n in range(count))
        return _with_body(data, xml), f"{count} numbered paragraphs"
    if how == "bomb":
        members = _members(data)
        i, document = _document(members)
        size = rng.choice((50, 300)) * 2**20
        padded = document.replace(b"<w:body>", b"<w:body>" + b" " * size, 1)
        members[i] = ("word/document.xml", padded)
        return _zip(members), f"document.xml padded to {size >> 20} MiB of spaces"
    members = _members(data) + [(f"word/media/x{n}.bin", b"") for n in range(rng.choice((4000, 6000)))]
    return _zip(members, compress=zipfile.ZIP_STORED), f"{len(members)} members"


def docx_features(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """External relationships, altChunk, embedded objects, style and numbering cycles."""
    members = _members(data)
    how = rng.choice(("external", "altchunk", "object", "style-cycle", "num-cycle", "field-bomb", "huge-start"))
    names = {name: i for i, (name, _) in enumerate(members)}
    i, document = _document(members)
    if how in ("external", "altchunk", "object"):
        rels_name = "word/_rels/document.xml.rels"
        rels = members[names[rels_name]][1] if rels_name in names else \
            b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
        extra = (
            b'<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'image" Target="http://127.0.0.1:9/x.png" TargetMode="External"/>'
            b'<Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'aFChunk" Target="chunk.html"/>'
            b'<Relationship Id="rIdX3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'oleObject" Target="embeddings/ole.bin"/>'
            b'<Relationship Id="rIdX4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'styles" Target="file:///etc/passwd" TargetMode="External"/>'
        )
        rels = rels.replace(b"</Relationships>", extra + b"</Relationships>")
        if rels_name in names:
            members[names[rels_name]] = (rels_name, rels)
        else:
            members.append((rels_name, rels))
        members.append(("word/chunk.html", b"<html><body><p>1. Audit. The Customer may audit.</p></body></html>"))
        members.append(("word/embeddings/ole.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(2000)))
        body = (b'<w:altChunk r:id="rIdX2"/>'
                b'<w:p><w:r><w:object><v:shape xmlns:v="urn:schemas-microsoft-com:vml"/>'
                b'<o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" r:id="rIdX3"/></w:object>'
                b'<w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:link="rIdX1"/>'
                b'</w:drawing><w:t>linked</w:t></w:r></w:p>')
        document = document.replace(b"<w:body>", b"<w:body>" + body, 1)
        if b"xmlns:r=" not in document[:2000]:
            document = document.replace(b"<w:document ", f'<w:document xmlns:r="{R}" '.encode(), 1)
        members[i] = ("word/document.xml", document)
        return _zip(members), "external relationships, altChunk, OLE object"
    if how == "style-cycle" and "word/styles.xml" in names:
        styles = members[names["word/styles.xml"]][1]
        cycle = b"".join(
            f'<w:style w:type="paragraph" w:styleId="C{n}"><w:name w:val="C{n}"/><w:basedOn w:val="C{(n + 1) % 5}"/>'
            f'<w:link w:val="C{n}"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="{n}"/>'
            f'</w:pPr></w:style>'.encode() for n in range(5))
        members[names["word/styles.xml"]] = ("word/styles.xml", styles.replace(b"</w:styles>", cycle + b"</w:styles>"))
        document = document.replace(b"<w:p>", b'<w:p><w:pPr><w:pStyle w:val="C0"/></w:pPr>', 50)
        members[i] = ("word/document.xml", document)
        return _zip(members), "basedOn cycle"
    if how == "num-cycle":
        numbering = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W}">'
            '<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="L1"/></w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="L1"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="-5"/><w:numFmt w:val="upperRoman"/>'
            '<w:lvlText w:val="%1%1%1%9.%0"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="4000000000"/><w:numFmt w:val="lowerLetter"/>'
            '<w:lvlText w:val="(%2)"/></w:lvl>'
            '</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
            '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="99"><w:startOverride w:val="x"/>'
            '</w:lvlOverride></w:num></w:numbering>').encode()
        if "word/numbering.xml" in names:
            members[names["word/numbering.xml"]] = ("word/numbering.xml", numbering)
        xml = b"".join(
            f"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{n % 3}\"/><w:numId w:val=\"{1 + n % 3}\"/></w:numPr></w:pPr>"
            f"<w:r><w:t>Item {n}</w:t></w:r></w:p>".encode() for n in range(200))
        members[i] = ("word/document.xml", document.replace(b"<w:body>", b"<w:body>" + xml, 1))
        return _zip(members), "numbering with style-link cycle, odd starts and levels"
    if how == "field-bomb":
        xml = b"<w:p>" + b'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>SEQ x</w:instrText></w:r>' \
            * rng.choice((1000, 50000)) + b"<w:r><w:t>after</w:t></w:r></w:p>"
        return _with_body(data, xml), "unclosed nested fields"
    xml = b'<w:p><w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="999999"/></w:numPr></w:pPr>' \
        b'<w:r><w:t>orphan</w:t></w:r></w:p>'
    return _with_body(data, xml * 100), "numbering that does not exist"


# --------------------------------------------------------------------------- pdf crafting


def build_pdf(objects: list[bytes], *, objstm: bool = False, trailer: bytes = b"", xref: bool = True) -> bytes:
    """A PDF from object bodies (object n is ``objects[n - 1]``; object 1 is the catalogue).

    With ``objstm`` the non-stream objects go into one object stream with a cross-reference
    stream, as modern writers do.
    """
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, tuple[int, int, int]] = {}
    packed: list[tuple[int, bytes]] = []
    for number, body in enumerate(objects, 1):
        if objstm and b"stream\n" not in body:
            packed.append((number, body))
            continue
        offsets[number] = (1, len(out), 0)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    size = len(objects) + 1
    if packed:
        stm = size
        header = b" ".join(b"%d %d" % (n, 0) for n, _ in packed)
        position, content = [], bytearray()
        for index, (n, body) in enumerate(packed):
            position.append(len(content))
            content += body + b" "
            offsets[n] = (2, stm, index)
        header = b" ".join(b"%d %d" % (n, p) for (n, _), p in zip(packed, position, strict=True)) + b" "
        raw = zlib.compress(header + bytes(content))
        offsets[stm] = (1, len(out), 0)
        out += (b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
                % (stm, len(packed), len(header), len(raw)) + raw + b"\nendstream\nendobj\n")
        size += 1
        xref_number = size
        size += 1
        offsets[xref_number] = (1, len(out), 0)
        rows = b"".join(
            bytes([kind]) + value.to_bytes(4, "big") + extra.to_bytes(2, "big")
            for n in range(size)
            for kind, value, extra in [offsets.get(n, (0, 0, 0))])
        raw = zlib.compress(rows)
        start = len(out)
        out += (b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d %s >>\n"
                b"stream\n" % (xref_number, size, len(raw), trailer) + raw + b"\nendstream\nendobj\n")
        out += b"startxref\n%d\n%%%%EOF\n" % start
        return bytes(out)
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for n in range(1, size):
            out += b"%010d 00000 n \n" % offsets[n][1]
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer, start)
    return bytes(out)


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def _text_ops(lines: list[bytes], font: bytes = b"/F1") -> bytes:
    out = b"BT " + font + b" 11 Tf 14 TL 72 770 Td "
    return out + b" ".join(b"(" + line + b") '" for line in lines) + b" ET"


CONTRACT_LINES = [
    b"1. Audit", b"1.1 The Customer may audit the Supplier's records once in each contract year.",
    b"2. Fees", b"2.1 The Customer shall pay USD 5.00 for each Resolved Contact.",
    b"3. Exit", b"3.1 The Customer may terminate for convenience on 90 days' notice.",
]
HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def crafted_pdf(rng: random.Random) -> tuple[bytes, str]:
    how = rng.choice(("plain", "objstm", "pages", "count", "cycle", "deep-tree", "no-tounicode", "no-xref",
                      "bad-xref", "huge-stream", "encrypted", "unicode", "inline-image"))
    content = _stream(_text_ops(CONTRACT_LINES))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> " \
        b"/Contents 5 0 R >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page,
               HELVETICA, content]
    if how == "objstm":
        return build_pdf(objects, objstm=True), "object stream and xref stream"
    if how == "pages":
        count = rng.choice((200, 1000, 5000, 20000))
        kids = b" ".join(b"%d 0 R" % (6 + n) for n in range(count))
        objects[1] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count
        objects += [page] * count
        return build_pdf(objects, objstm=rng.random() < 0.5), f"{count} pages sharing one content stream"
    if how == "count":
        objects[1] = b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % rng.choice((0, -1, 2**31 - 1, 10**12))
        return build_pdf(objects), "page tree /Count that lies"
    if how == "cycle":
        objects[1] = b"<< /Type /Pages /Kids [3 0 R 2 0 R 6 0 R] /Count 3 >>"
        objects.append(b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 6 0 R] /Count 2 >>")
        return build_pdf(objects), "page tree with cycles"
    if how == "deep-tree":
        depth = rng.choice((100, 1000, 10000))
        objects[1] = b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>"
        for n in range(depth):
            child = b"%d 0 R" % (7 + n) if n < depth - 1 else b"3 0 R"
            objects.append(b"<< /Type /Pages /Kids [" + child + b"] /Count 1 >>")
        return build_pdf(objects), f"page tree {depth} levels deep"
    if how == "no-tounicode":
        font = (b"<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H /DescendantFonts "
                b"[<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /CIDSystemInfo << /Registry (Adobe) "
                b"/Ordering (Identity) /Supplement 0 >> >>] >>")
        ops = b"BT /F1 11 Tf 72 770 Td <0024004500460047004800490003002C002D> Tj ET"
        objects[3], objects[4] = font, _stream(ops)
        return build_pdf(objects), "Identity-H font without ToUnicode"
    if how == "no-xref":
        return build_pdf(objects, xref=False), "no xref table"
    if how == "bad-xref":
        data = bytearray(build_pdf(objects))
        table = data.index(b"xref\n")
        for _ in range(rng.randint(1, 6)):
            at = table + 20 + rng.randrange(len(data) - table - 40)
            data[at] = rng.choice(b"0123456789 fn\n")
        return bytes(data), "damaged xref table"
    if how == "huge-stream":
        size = rng.choice((1, 20)) * 2**20
        body = b"0 0 0 RG\n" + zlib.compress(b"") if False else b"q Q\n" * (size // 4)
        packed = zlib.compress(body, 9)
        objects[4] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"
        return build_pdf(objects), f"content stream inflating to {size >> 20} MiB"
    if how == "encrypted":
        return _reportlab_pdf(rng, encrypt=True), "encrypted with a user password"
    if how == "unicode":
        return _reportlab_pdf(rng, encrypt=False, strip_tounicode=rng.random() < 0.5), "RTL/zero-width text"
    image = b"BI /W 4 /H 4 /BPC 8 /CS /G ID " + rng.randbytes(16) + b" EI " + _text_ops(CONTRACT_LINES)
    objects[4] = _stream(image)
    return build_pdf(objects), "inline image"


ODD_TEXT = [
    "1. Audit\u200b rights \u200f\u202eThe Customer\u202c may audit\ufeff the records.",
    "2. \u0627\u0644\u0645\u0648\u0631\u062f \u05d4\u05e1\u05e4\u05e7 Fees of USD 5.00 per Resolved Contact.",
    "3. Te\u0301rmination\u00ad for convenience on ninety (90) days' notice \U0001f600\U0001d400.",
]


def _reportlab_pdf(rng: random.Random, *, encrypt: bool, strip_tounicode: bool = False) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    kwargs: dict[str, object] = {"invariant": 1}
    if encrypt:
        from reportlab.lib import pdfencrypt

        kwargs["encrypt"] = pdfencrypt.StandardEncryption("user", "owner", strength=rng.choice((40, 128)))
    canvas = Canvas(out, **kwargs)
    font = "Helvetica"
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if dejavu.exists():
        pdfmetrics.registerFont(TTFont("DejaVu", str(dejavu)))
        font = "DejaVu"
    canvas.setFont(font, 11)
    y = 780
    for line in ODD_TEXT * 3:
        canvas.drawString(72, y, line)
        y -= 16
    canvas.showPage()
    canvas.save()
    data = out.getvalue()
    return data.replace(b"/ToUnicode", b"/ToUnicodX") if strip_tounicode else data


def pdf_mutation(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    how = rng.choice(("xref", "startxref", "tounicode", "length", "filter", "trailer"))
    if how == "xref" and b"\nxref" in data:
        at = data.rindex(b"\nxref")
        out = bytearray(data)
        for _ in range(rng.randint(1, 10)):
            out[at + rng.randrange(min(4000, len(data) - at))] = rng.choice(b"0123456789 fn")
        return bytes(out), "damaged xref entries"
    if how == "startxref" and b"startxref" in data:
        at = data.rindex(b"startxref")
        return data[:at] + b"startxref\n%d\n%%%%EOF\n" % rng.randrange(len(data) * 2), "startxref points anywhere"
    if how == "tounicode":
        return data.replace(b"/ToUnicode", b"/ToUnicodX"), "ToUnicode maps removed"
    if how == "length":
        return re.sub(rb"/Length \d+", lambda _: b"/Length %d" % rng.choice((0, 1, 10**9)), data), "stream lengths"
    if how == "filter":
        return data.replace(b"/FlateDecode", rng.choice((b"/LZWDecode", b"/DCTDecode", b"/Bogus")), 3), "filters"
    return data.replace(b"/Root", b"/Rout"), "trailer without /Root"


# --------------------------------------------------------------------------- text mutators


def text_mutation(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    text = data.decode("utf-8", "replace")
    how = rng.choice(("utf-16", "utf-16-nobom", "latin-1", "nul", "control", "rtl", "long-line", "repeat",
                      "pathological", "crlf", "deep-numbers", "table"))
    if how == "utf-16":
        return text.encode(rng.choice(("utf-16", "utf-16-be"))) if rng.random() < 0.5 else \
            b"\xff\xfe" + text.encode("utf-16-le"), "UTF-16 with BOM"
    if how == "utf-16-nobom":
        return text.encode("utf-16-le"), "UTF-16 without BOM"
    if how == "latin-1":
        return text.replace("'", "\u00e9").encode("latin-1", "replace"), "Latin-1"
    if how == "nul":
        at = rng.randrange(len(data))
        return data[:at] + b"\x00" * rng.choice((1, 100)) + data[at:], "NUL bytes"
    if how == "control":
        chars = [chr(c) for c in list(range(1, 32)) + [0x7F, 0x85, 0x2028, 0x2029]]
        out = list(text)
        for _ in range(rng.choice((10, 1000))):
            out.insert(rng.randrange(len(out)), rng.choice(chars))
        return "".join(out).encode("utf-8", "surrogatepass"), "control characters"
    if how == "rtl":
        marks = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\ufeff",
                 "\u0301", "\ud800"]
        out = list(text)
        for _ in range(rng.choice((10, 1000))):
            out.insert(rng.randrange(len(out)), rng.choice(marks))
        return "".join(out).encode("utf-8", "surrogatepass"), "RTL, zero-width and lone surrogates"
    if how == "long-line":
        return text.replace("\n", " ").encode() * rng.choice((1, 10)), "one long line"
    if how == "repeat":
        a = rng.randrange(len(text))
        piece = text[a: a + rng.choice((1, 5, 50, 500))] or "x"
        return (text[:a] + piece * (rng.choice((10_000, 200_000)) // len(piece)) + text[a:]).encode(), \
            f"{piece[:20]!r} repeated"
    if how == "pathological":
        unit = rng.choice(("(a)", "1.", "1.1.", "(", "$", "%", "-", "\"", "'s ", "shall ", "not ", "0", "USD 1 ",
                           "per ", "days ", "a.b.", "i)", "| ", "**", "#", "Schedule 1 "))
        count = rng.choice((1000, 30_000, 300_000)) // len(unit)
        sep = rng.choice(("", " ", "\n"))
        return (text + "\n\n" + sep.join([unit] * count) + "\n").encode(), f"{unit!r} x {count} sep {sep!r}"
    if how == "crlf":
        return text.replace("\n", rng.choice(("\r", "\r\n", "\f", "\x0b", "\u2028"))).encode(), "odd line ends"
    if how == "deep-numbers":
        lines = [".".join(["1"] * (1 + n % 40)) + f" Clause at depth {1 + n % 40}." for n in range(2000)]
        return ("\n".join(lines)).encode(), "numbering 40 levels deep"
    rows = "\n".join("| " + " | ".join(["cell"] * rng.choice((3, 300))) + " |" for _ in range(rng.choice((10, 3000))))
    return (text + "\n\n" + rows + "\n").encode(), "huge table"


# --------------------------------------------------------------------------- case generation

WRONG = (".docx", ".pdf", ".txt", ".md", ".doc", ".DOCX", ".Pdf", "", ".zip", ".dotx")


def make_case(rng: random.Random, pool: dict[str, list[Path]]) -> Case:
    family = rng.choice((".docx", ".docx", ".docx", ".pdf", ".pdf", ".pdf", ".txt", ".md", "wrong", "empty"))
    if family == "empty":
        kind = rng.choice(("", " ", "\n\n\n", "\ufeff", "\x00", "PK\x03\x04", "%PDF-1.4\n%%EOF"))
        return Case("empty", kind.encode(), rng.choice((".docx", ".pdf", ".txt", ".md")), repr(kind))
    if family == "wrong":
        source = rng.choice(pool[rng.choice((".docx", ".pdf", ".txt", ".md"))])
        suffix = rng.choice([s for s in WRONG if s.lower() != source.suffix])
        return Case("wrong-extension", source.read_bytes(), suffix, f"{source.name} as {suffix or '(none)'}")
    source = rng.choice(pool[family])
    data = source.read_bytes()
    choices: list[Callable[..., object]]
    generic = [flip_bytes, truncate, splice]
    if family == ".docx":
        choices = [*generic, zip_member, zip_member, corrupt_deflate, malformed_xml, malformed_xml, huge_docx,
                   huge_docx, docx_features, docx_features]
    elif family == ".pdf":
        choices = [*generic, pdf_mutation, pdf_mutation, "crafted", "crafted", "crafted"]  # type: ignore[list-item]
    else:
        choices = [*generic, text_mutation, text_mutation, text_mutation]
    mutator = rng.choice(choices)
    if mutator == "crafted":
        out, note = crafted_pdf(rng)
        return Case("crafted-pdf", out, ".pdf", note)
    result = mutator(rng, data)  # type: ignore[operator]
    out, note = result if isinstance(result, tuple) else (result, "")
    return Case(mutator.__name__, out, family, f"{source.name}: {note}".rstrip(": "))  # type: ignore[union-attr]


# --------------------------------------------------------------------------- running


def _limits(memory_mb: int) -> Callable[[], None]:
    def apply() -> None:
        limit = memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1", PYTHONHASHSEED="0")
    env.pop("PYTHONWARNINGS", None)
    return env


def _kill(process: subprocess.Popen[bytes]) -> None:
    """Kill the child and the page workers it forked (it leads its own process group)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


class Worker:
    """A long-lived ``python benchmarks/fuzz.py --worker`` that lints the paths it is sent."""

    def __init__(self, memory_mb: int) -> None:
        self.memory_mb = memory_mb
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env(), cwd=ROOT,
            preexec_fn=_limits(self.memory_mb), start_new_session=True)
        assert self._line(120) == "ready", "the worker did not start"

    def _line(self, timeout: float) -> str | None:
        assert self.process is not None and self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return None
        return self.process.stdout.readline().decode().strip()

    def lint(self, path: Path, timeout: float) -> Outcome:
        if self.process is None or self.process.poll() is not None:
            self.start()
        assert self.process is not None and self.process.stdin is not None
        start = time.perf_counter()
        self.process.stdin.write((json.dumps(str(path)) + "\n").encode())
        self.process.stdin.flush()
        line = self._line(timeout)
        seconds = time.perf_counter() - start
        if line is None:
            self.stop()
            return Outcome("timeout", seconds, detail=f"no answer within {timeout:.0f} s")
        if not line:
            code = self.process.wait()
            self.process = None
            return Outcome("died", seconds, detail=f"worker exited with {code} (memory limit or crash)")
        answer = json.loads(line)
        return Outcome(answer["kind"], answer["seconds"], answer["cpu"], answer.get("code", ""),
                       answer.get("message", ""), answer.get("detail", ""), answer.get("network", []))

    def stop(self) -> None:
        if self.process is not None:
            _kill(self.process)
            self.process = None


def worker_main() -> int:
    """Lint each JSON path read from stdin; answer one JSON line each (see :class:`Worker`)."""
    import socket

    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args)[:200])
        raise OSError("network access refused by the fuzzer")

    socket.socket.connect = refuse  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign,assignment]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]
    import bpolint

    bpolint.lint(CONTRACTS / "sample-msa.txt")  # load rules and spaCy before the clock starts
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    for line in sys.stdin:
        path = json.loads(line)
        attempts.clear()
        start = time.perf_counter()
        cpu = _cpu()
        try:
            report = bpolint.lint(path)
        except MemoryError:
            answer = {"kind": "memory", "detail": "MemoryError"}
        except BaseException as error:  # noqa: BLE001 - anything escaping lint is the finding
            answer = {"kind": "exception", "detail": "".join(traceback.format_exception(error))[-4000:]}
        else:
            if report.error is not None:
                answer = {"kind": "error", "code": report.error.code, "message": report.error.message}
            else:
                answer = {"kind": "report", "detail": f"{len(report.checks)} checks"}
        answer["seconds"] = time.perf_counter() - start
        answer["cpu"] = _cpu() - cpu
        answer["network"] = list(attempts)
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
    return 0


def _cpu() -> float:
    """CPU seconds used by this process and its finished children (the PDF page workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_cli(files: list[Path], timeout: float, memory_mb: int) -> tuple[int | None, str, str, float]:
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bpolint", "--isolated", *map(str, files)], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env=_env(), cwd=ROOT, preexec_fn=_limits(memory_mb), start_new_session=True)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        return None, "", "", time.perf_counter() - start
    return process.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), \
        time.perf_counter() - start


_PAGE_COUNT = re.compile(rb"/Count\s+(\d{1,12})")
PAGE_BYTES = 4096  # a PDF counts at least this much per page it claims (pages can share one content stream)


def effective_mb(path: Path) -> float:
    """The input's size for the time budget: a zip counts inflated (its XML is what is parsed), a PDF
    at least :data:`PAGE_BYTES` a page (up to the extractor's page limit)."""
    size = path.stat().st_size
    if path.suffix.lower() == ".pdf":
        from bpolint.extract.pdf import MAX_PAGES

        counts = [int(n) for n in _PAGE_COUNT.findall(path.read_bytes())]
        size = max(size, min(max(counts, default=0), MAX_PAGES) * PAGE_BYTES)
    try:
        with zipfile.ZipFile(path) as archive:
            size = max(size, min(sum(info.file_size for info in archive.infolist()), 2**30))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        pass
    return size / 2**20


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in folder.iterdir()}


@dataclass
class Settings:
    budget_base: float
    budget_per_mb: float
    memory_mb: int
    cli_share: float
    crashes: Path
    wall_factor: float


def check_case(case_path: Path, worker: Worker, settings: Settings, rng: random.Random,
               good: list[Path]) -> tuple[list[str], Outcome]:
    """Lint one input by API (and maybe CLI); the list of what went wrong (empty: fine)."""
    problems: list[str] = []
    folder = case_path.parent
    before = fingerprint(folder)
    budget = settings.budget_base + settings.budget_per_mb * effective_mb(case_path)
    # The budget is CPU time; the wall-clock limit allows for cores shared with other work.
    outcome = worker.lint(case_path, timeout=settings.wall_factor * budget)
    if outcome.kind in ("exception", "timeout", "memory", "died"):
        problems.append(f"api {outcome.kind}: {outcome.detail}")
    elif outcome.kind == "error":
        if "\n" in outcome.message or str(case_path) not in outcome.message or not outcome.code.startswith("BPO-E1"):
            problems.append(f"api error message not one line naming the file: {outcome.code}: {outcome.message!r}")
    if outcome.cpu > budget and outcome.kind != "timeout":
        problems.append(f"api slow: {outcome.cpu:.1f} CPU s ({outcome.seconds:.1f} s wall), budget {budget:.1f} s")
    if outcome.network:
        problems.append(f"network access attempted: {outcome.network[:3]}")
    if outcome.kind in ("report", "error") and rng.random() < settings.cli_share:
        batch = rng.random() < 0.4
        files = [good[0], case_path, good[1]] if batch else [case_path]
        cli_budget = settings.wall_factor * budget + (20 if batch else 10)
        code, out, err, seconds = run_cli(files, cli_budget, settings.memory_mb)
        problems += cli_problems(case_path, files, outcome, code, out, err, seconds, cli_budget)
    after = fingerprint(folder)
    if after != before:
        problems.append(f"input folder changed: {sorted(set(after.items()) ^ set(before.items()))[:4]}")
    return problems, outcome


def cli_problems(case_path: Path, files: list[Path], outcome: Outcome, code: int | None, out: str, err: str,
                 seconds: float, timeout: float) -> list[str]:
    label = "cli batch" if len(files) > 1 else "cli"
    if code is None:
        return [f"{label} timeout after {timeout:.0f} s"]
    problems = []
    if "Traceback" in err or "Traceback" in out:
        problems.append(f"{label} traceback: {err[-3000:]}")
    lines = [line for line in err.splitlines() if line.strip()]
    if outcome.kind == "error":
        matches = [ERROR_LINE.match(line) for line in lines]
        if code != 2 or len(lines) != 1 or not matches[0] or matches[0].group(1) != outcome.code \
                or str(case_path) not in lines[0]:
            problems.append(f"{label} exit {code} with stderr {err[-600:]!r}; api said {outcome.code}")
    elif code not in (0, 1) or lines:
        problems.append(f"{label} exit {code} with stderr {err[-600:]!r}; api gave a report")
    for good in files:
        if good != case_path and str(good) not in out:
            problems.append(f"{label}: the good file {good.name} is not reported")
    return problems


def save(case: Case, case_path: Path, problems: list[str], outcome: Outcome, crashes: Path, label: str) -> Path:
    crashes.mkdir(parents=True, exist_ok=True)
    kind = re.sub(r"[^a-z-]", "", problems[0].split(":")[0].replace(" ", "-"))
    target = crashes / f"{label}-{case.name}-{kind}{case.suffix or '.noext'}"
    shutil.copyfile(case_path, target)
    target.with_name(target.name + ".note").write_text(
        f"mutator: {case.name}\nnote: {case.note}\nsize: {len(case.data)} bytes\n"
        f"api: {outcome.kind} {outcome.code} {outcome.cpu:.2f} CPU s, {outcome.seconds:.2f} s wall\n\n"
        + "\n\n".join(problems) + "\n",
        encoding="utf-8")
    return target


REGEX_UNITS = (" ", "\t", ".", "1", "1.", "a", "A", "a ", "A ", "(", ")", "(a)", '"', "'", "-", "#", "|", "*", "**",
               ", ", "; ", "$", "%", "1 ", "1,", "shall ", "of ", "Section ", " \t", "\n", ".\n")
REGEX_PREFIXES = ("", "# x", "1. ", "(a) ", "A", '"A', "**A", "| a ", "Schedule 1 ", "SECTION 1", "The Supplier shall ",
                  "USD ", "$1")
REGEX_SUFFIXES = ("", "x", "!", "\n", '"', ")")


def regex_probe(length: int, threshold: float) -> int:
    """Time every module-level regex of bpolint on long runs of one unit (spaces, digits, letters...).

    A pattern whose time grows faster than the text (a lazy group before optional whitespace, a
    search that rescans a run from every start) shows up here long before a document finds it.
    Prints each pattern slower than ``threshold`` seconds on ``2 * length`` characters that takes
    at least three times as long as on ``length`` (super-linear); returns how many.
    """
    import importlib
    import itertools
    import pkgutil

    import bpolint

    patterns: list[tuple[str, re.Pattern[str]]] = []
    for info in pkgutil.walk_packages(bpolint.__path__, "bpolint."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        patterns += [(f"{info.name}.{name}", value) for name, value in vars(module).items()
                     if isinstance(value, re.Pattern) and isinstance(value.pattern, str)]
    print(f"{len(patterns)} patterns, runs of {length} and {2 * length} characters", flush=True)

    def timed(pattern: re.Pattern[str], text: str) -> float:
        start = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        return time.perf_counter() - start

    slow = 0
    for name, pattern in patterns:
        worst, shape = 0.0, ("", "", "")
        for unit, prefix, suffix in itertools.product(REGEX_UNITS, REGEX_PREFIXES, REGEX_SUFFIXES):
            seconds = timed(pattern, prefix + unit * (length // len(unit)) + suffix)
            if seconds > worst:
                worst, shape = seconds, (prefix, unit, suffix)
        if worst * 4 < threshold:
            continue
        prefix, unit, suffix = shape
        longer = timed(pattern, prefix + unit * (2 * length // len(unit)) + suffix)
        if longer > threshold and longer > 3 * worst:
            slow += 1
            print(f"SUPER-LINEAR {name}: {worst:.2f} s -> {longer:.2f} s when the run doubles; "
                  f"input {prefix + unit * 3 + '...' + suffix!r}; pattern {pattern.pattern[:120]!r}", flush=True)
    print(f"{slow} super-linear pattern(s)")
    return slow


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=None, help="default: from the clock (printed)")
    parser.add_argument("--time", type=float, default=300.0, help="stop starting new cases after this many seconds")
    parser.add_argument("--cases", type=int, default=None, help="stop after this many cases")
    parser.add_argument("--crashes", type=Path, default=Path("fuzz-crashes"), help="where failing inputs are saved")
    parser.add_argument("--cli-share", type=float, default=0.15, help="share of cases also run through the CLI")
    parser.add_argument("--memory-mb", type=int, default=2048, help="address-space limit of the children")
    parser.add_argument("--budget-base", type=float, default=10.0, help="CPU seconds any input may take")
    parser.add_argument("--budget-per-mb", type=float, default=40.0,
                        help="extra CPU seconds per MiB of input (a real contract needs 5-10)")
    parser.add_argument("--wall-factor", type=float, default=5.0,
                        help="kill a lint after this many times its budget in wall-clock seconds")
    parser.add_argument("--only", default="", help="mutator names to keep, comma-separated (e.g. huge_docx)")
    parser.add_argument("--replay", nargs="*", type=Path, help="check these saved inputs instead of fuzzing")
    parser.add_argument("--regexes", action="store_true",
                        help="instead: time every bpolint regex on long runs of one character (see regex_probe)")
    parser.add_argument("--regex-length", type=int, default=1500)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker_main()
    if args.regexes:
        return 1 if regex_probe(args.regex_length, threshold=0.2) else 0
    seed = args.seed if args.seed is not None else int(time.time()) % 1_000_000
    print(f"fuzz seed {seed} (rerun: --seed {seed}{f' --cases {args.cases}' if args.cases else ''})", flush=True)
    settings = Settings(args.budget_base, args.budget_per_mb, args.memory_mb, args.cli_share, args.crashes,
                        args.wall_factor)
    pool = fixtures()
    good = [CONTRACTS / "sample-msa.txt", CONTRACTS / "docx" / "typed-numbers.docx"]
    worker = Worker(args.memory_mb)
    worker.start()
    only = {name for name in args.only.split(",") if name}
    tally: Counter[str] = Counter()
    findings = 0
    slowest: tuple[float, str] = (0.0, "")
    started = time.perf_counter()
    cases: list[Case]
    if args.replay:
        cases = [Case("replay", p.read_bytes(), p.suffix, str(p)) for p in args.replay if p.suffix != ".note"]
    try:
        with tempfile.TemporaryDirectory(prefix="bpolint-fuzz-") as scratch:
            index = 0
            while True:
                if args.replay:
                    if index >= len(cases):
                        break
                    case = cases[index]
                else:
                    if (args.cases is not None and index >= args.cases) or \
                            (args.cases is None and time.perf_counter() - started > args.time):
                        break
                    case_rng = random.Random(f"{seed}-{index}")
                    try:
                        case = make_case(case_rng, pool)
                    except (ValueError, KeyError, IndexError, zipfile.BadZipFile) as error:
                        tally["skipped (mutator could not apply)"] += 1
                        index += 1
                        del error
                        continue
                    if only and case.name not in only:
                        index += 1
                        continue
                folder = Path(scratch) / f"case{index}"
                folder.mkdir()
                case_path = folder / f"contract{case.suffix}"
                case_path.write_bytes(case.data)
                problems, outcome = check_case(case_path, worker, settings, random.Random(f"{seed}-cli-{index}"),
                                               good)
                tally[outcome.kind if outcome.kind != "error" else outcome.code] += 1
                per_mb = outcome.cpu / max(effective_mb(case_path), 0.05)
                if outcome.cpu > slowest[0]:
                    slowest = (outcome.cpu, f"{case.name} {case.note} ({len(case.data)} bytes)")
                if problems:
                    findings += 1
                    saved = save(case, case_path, problems, outcome, args.crashes, f"{seed}-{index}")
                    print(f"FINDING case {index} {case.name} ({case.note}): {problems[0][:300]}\n  saved {saved}",
                          flush=True)
                else:
                    print(f"ok case {index} {case.name} {outcome.kind} {outcome.code} {outcome.cpu:.2f} CPU s "
                          f"({per_mb:.1f} s/MiB, {outcome.seconds:.2f} s wall) {case.note[:80]}"
                          + (f"\n    {outcome.message[-160:]}" if outcome.message else ""), flush=True)
                shutil.rmtree(folder)
                index += 1
    finally:
        worker.stop()
    elapsed = time.perf_counter() - started
    print(f"\n{index} cases in {elapsed:.0f} s (seed {seed}); outcomes: "
          + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
    print(f"slowest: {slowest[0]:.1f} CPU s for {slowest[1]}")
    print(f"{findings} finding(s)" + (f", inputs saved in {args.crashes}/" if findings else ""))
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
