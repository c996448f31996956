"""Bad .docx input: one clear line, a stable code, and the file left untouched."""

from __future__ import annotations

import hashlib
import io
import random
import zipfile
from pathlib import Path

import pytest

from bpolint.errors import CorruptFile, EncryptedFile, InputError, UnsafeFile, UnsupportedFormat
from bpolint.extract import extract

BAD = Path(__file__).resolve().parents[2] / "fixtures" / "contracts" / "docx-bad"

CASES = [
    ("truncated.docx", CorruptFile, "BPO-E103", "corrupt or truncated"),
    ("corrupt.docx", CorruptFile, "BPO-E103", "corrupt or truncated"),
    ("not-a-zip.docx", CorruptFile, "BPO-E103", "no zip signature"),
    ("missing-document.docx", CorruptFile, "BPO-E103", "corrupt .docx package"),
    ("malformed-xml.docx", CorruptFile, "BPO-E103", "not well-formed XML"),
    ("legacy-renamed.docx", UnsupportedFormat, "BPO-E102", "legacy binary Word 97-2003"),
    ("legacy-word97.docx", UnsupportedFormat, "BPO-E102", "legacy binary Word 97-2003"),  # written by LibreOffice
    ("encrypted.docx", EncryptedFile, "BPO-E104", "password-protected"),
    ("macro-enabled.docm", UnsupportedFormat, "BPO-E102", "macro-enabled"),
    ("macro-renamed.docx", UnsupportedFormat, "BPO-E102", "macro-enabled"),
    ("strict-ooxml.docx", UnsupportedFormat, "BPO-E102", "Strict Open XML"),
    ("zip-bomb.docx", UnsafeFile, "BPO-E110", "zip bomb"),
    ("zip-bomb-ratio.docx", UnsafeFile, "BPO-E110", "zip bomb"),
    ("doctype-entity.docx", UnsafeFile, "BPO-E110", "DOCTYPE"),
    ("doctype-rels.docx", UnsafeFile, "BPO-E110", "DOCTYPE"),
]


def _fingerprint(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_size, stat.st_mtime_ns


@pytest.mark.parametrize(("name", "error", "code", "phrase"), CASES)
def test_docx_errors_bad_input(name: str, error: type[InputError], code: str, phrase: str) -> None:
    path = BAD / name
    before = _fingerprint(path)
    with pytest.raises(error) as raised:
        extract(path)
    assert raised.value.code == code
    message = str(raised.value)
    assert phrase in message
    assert "\n" not in message and message.startswith(f"{code}: {path}")
    assert _fingerprint(path) == before


def test_docx_errors_legacy_message_says_how_to_convert() -> None:
    with pytest.raises(UnsupportedFormat, match="soffice --headless --convert-to docx"):
        extract(BAD / "legacy-renamed.docx")


def test_docx_errors_doctype_entity_never_resolved() -> None:
    with pytest.raises(UnsafeFile) as raised:
        extract(BAD / "doctype-entity.docx")
    assert "root:" not in str(raised.value)  # nothing of /etc/passwd leaks into the message


def test_docx_errors_legacy_doc_suffix(tmp_path: Path) -> None:
    legacy = tmp_path / "contract.doc"
    legacy.write_bytes((BAD / "legacy-word97.docx").read_bytes())
    with pytest.raises(UnsupportedFormat, match=r"legacy binary Word \(\.doc\).*--convert-to docx"):
        extract(legacy)


def _damaged(seed: int) -> bytes:
    """A fixture damaged one of three ways: flipped bytes, cut short, or XML cut inside the zip."""
    rng = random.Random(seed)
    source = rng.choice(sorted((BAD.parent / "docx").glob("*.docx"))).read_bytes()
    if seed % 3 == 0:
        data = bytearray(source)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if seed % 3 == 1:
        return source[: rng.randrange(len(source))]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w") as new:
        for name in old.namelist():
            data = bytearray(old.read(name))
            if name.endswith(".xml") or name.endswith(".rels"):
                for _ in range(rng.randint(0, 4)):
                    cut = rng.randrange(len(data))
                    del data[cut: cut + rng.randint(1, 30)]
            new.writestr(name, bytes(data))
    return out.getvalue()


@pytest.mark.parametrize("seed", range(150))
def test_docx_errors_damaged_file_is_input_error_or_document(seed: int, tmp_path: Path) -> None:
    path = tmp_path / "damaged.docx"
    path.write_bytes(_damaged(seed))
    try:
        document = extract(path)
    except InputError as error:
        assert error.code in {"BPO-E102", "BPO-E103", "BPO-E104", "BPO-E107", "BPO-E110"}
        assert "\n" not in str(error)
    else:
        assert document.format == "docx"


def test_docx_errors_compressible_media_is_not_a_bomb(tmp_path: Path) -> None:
    # A blank 20 MB bitmap compresses ~1000:1; media is held only to the total cap.
    path = tmp_path / "with-bitmap.docx"
    with zipfile.ZipFile(BAD.parent / "docx" / "typed-numbers.docx") as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            target.writestr(name, source.read(name))
        target.writestr("word/media/image1.bmp", b"\x00" * (20 * 1024 * 1024))
    assert extract(path).clause("12.3") is not None
