"""Bad .docx input: one clear line, a stable code, and the file left untouched."""

from __future__ import annotations

import hashlib
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
