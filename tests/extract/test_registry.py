"""extract() dispatch and the errors for files it cannot read."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint import Document, extract
from bpolint.errors import EmptyDocument, FileNotFound, InputError, UnsupportedFormat
from bpolint.extract import register


@pytest.mark.parametrize(
    ("name", "content", "error", "words"),
    [
        ("missing.txt", None, FileNotFound, "no such file"),
        ("empty.txt", b"", EmptyDocument, "empty"),
        ("blank.txt", b"   \n\n  ", EmptyDocument, "no text"),
        ("contract.doc", b"\xd0\xcf\x11\xe0", UnsupportedFormat, "save it as .docx"),
        ("contract.xyz", b"hello", UnsupportedFormat, "unsupported file type"),
        ("binary.txt", b"\x00\x01\x02binary", InputError, "binary data"),
    ],
)
def test_extract_rejects_unreadable_input_with_one_line(
    tmp_path: Path, name: str, content: bytes | None, error: type[Exception], words: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error) as raised:
        extract(path)
    message = str(raised.value)
    assert words in message and "\n" not in message
    assert message.startswith("BPO-E")
    if content is not None:
        assert path.read_bytes() == content


@pytest.mark.parametrize(("name", "words"), [
    ("a" * 300 + ".txt", "cannot open the file (File name too long)"),  # over the file system's 255 bytes
    ("two\nlines.pdf", "two\\nlines.pdf: no such file"),  # a newline pasted into a name: still one line
    ("missing-folder/contract.docx", "no such file"),
])
def test_extract_names_a_path_it_cannot_open_in_one_line(tmp_path: Path, name: str, words: str) -> None:
    with pytest.raises(InputError) as raised:
        extract(tmp_path / name)
    message = str(raised.value)
    assert words in message and "\n" not in message and message.startswith("BPO-E10")


def test_extract_rejects_a_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        extract(tmp_path)


def test_extract_uses_a_registered_extractor(tmp_path: Path) -> None:
    path = tmp_path / "c.bpotest"
    path.write_text("x")
    marker = Document(path=str(path), format="test", clauses=())
    register(".bpotest", lambda p: marker)
    assert extract(path) is marker
