"""Opening a Word package safely and handing out its XML parts.

Every check that protects the reader runs here, BEFORE python-docx or lxml
sees a byte of XML: the file's magic number (an OLE/CFB container is a legacy
``.doc`` or a password-protected ``.docx``), the zip's central directory
(member count, declared uncompressed size and compression ratio, so a zip bomb
is refused without inflating it), the main part's content type (macro-enabled
files are refused) and a DOCTYPE scan of the XML python-docx itself parses.
Parts are then read through python-docx's OPC package reader, and every part
bpolint parses goes through :func:`parse_xml`, whose parser never loads a DTD,
never resolves an entity and never touches the network.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import CorruptFile, EncryptedFile, UnsafeFile, UnsupportedFormat

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
# Word XML compresses 5-50:1; far beyond that is a bomb, not a contract. Only XML parts are
# held to it (media such as BMP or EMF can legitimately compress much better); the total cap
# bounds everything else.
MAX_RATIO = 500
RATIO_FLOOR_BYTES = 2 * 1024 * 1024  # small parts may compress very well legitimately
MAX_MEMBERS = 5000

_DOCTYPE_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("ascii", "utf-16-le", "utf-16-be")
)

CT_MAIN = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": "dotx",
    "application/vnd.ms-word.document.macroEnabled.main+xml": "docm",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": "dotm",
}
CONVERT_HINT = "soffice --headless --convert-to docx FILE"

_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_RT_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
RT_OFFICE_DOCUMENT = _RT + "officeDocument"
RT_STYLES = _RT + "styles"
RT_NUMBERING = _RT + "numbering"
RT_FOOTNOTES = _RT + "footnotes"
RT_ENDNOTES = _RT + "endnotes"
RT_COMMENTS = _RT + "comments"
RT_SETTINGS = _RT + "settings"
RT_HEADER = _RT + "header"
RT_FOOTER = _RT + "footer"

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False,
)


def _ole_error(path: Path, head: bytes) -> Exception:
    """An OLE container is either a legacy Word file or an encrypted OOXML package."""
    if "EncryptedPackage".encode("utf-16-le") in head or "EncryptionInfo".encode("utf-16-le") in head:
        return EncryptedFile(
            f"{path}: the document is password-protected (an encrypted Office container, not a zip); "
            "remove the password in Word (File > Info > Protect Document > Encrypt with Password) and save again"
        )
    if "WordDocument".encode("utf-16-le") in head:
        return UnsupportedFormat(
            f"{path}: this is a legacy binary Word 97-2003 document (.doc), not .docx; "
            f"save it as .docx in Word or convert it: {CONVERT_HINT}"
        )
    return UnsupportedFormat(
        f"{path}: this is an OLE/CFB container (legacy Office binary or encrypted file), not a .docx zip; "
        f"open it in Word and save as .docx, or convert it: {CONVERT_HINT}"
    )


def check_container(path: Path) -> None:
    """Refuse anything that is not a plain, reasonably sized OOXML zip.

    Reads only the file's head and the zip's central directory, plus the
    small ``[Content_Types].xml`` and ``.rels`` members python-docx parses.
    """
    with path.open("rb") as handle:
        head = handle.read(8)
        if head.startswith(OLE_MAGIC):
            handle.seek(0)
            raise _ole_error(path, handle.read(1024 * 1024))
    if not head.startswith(ZIP_MAGIC):
        raise CorruptFile(f"{path}: not a Word .docx file (no zip signature); is it truncated or renamed?")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(path, infos)
            names = {info.filename for info in infos}
            if "[Content_Types].xml" not in names:
                raise CorruptFile(f"{path}: not a Word .docx file (the zip has no [Content_Types].xml)")
            for info in infos:
                if info.filename.endswith(".rels") or info.filename == "[Content_Types].xml":
                    reject_doctype(archive.read(info), info.filename, path)
            _check_content_type(path, archive.read("[Content_Types].xml"))
    except zipfile.BadZipFile as error:
        raise CorruptFile(f"{path}: corrupt or truncated .docx ({error})") from error
    except (EOFError, OSError, RuntimeError, zlib.error, zipfile.LargeZipFile, NotImplementedError) as error:
        # OSError: a seek to an offset a damaged central directory made up; RuntimeError: a
        # flipped "encrypted" flag bit (Office never uses zip encryption).
        raise CorruptFile(f"{path}: cannot read the .docx zip ({type(error).__name__}: {error})") from error


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise UnsafeFile(
            f"{path}: the zip has {len(infos)} members (limit {MAX_MEMBERS}); refusing a possible zip bomb"
        )
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UnsafeFile(
            f"{path}: the zip would inflate to {total / 2**20:.0f} MiB (limit {MAX_UNCOMPRESSED_BYTES // 2**20} MiB); "
            "refusing a possible zip bomb"
        )
    for info in infos:
        if not info.filename.endswith((".xml", ".rels")):
            continue
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size / max(info.compress_size, 1)
            raise UnsafeFile(
                f"{path}: zip member {info.filename} compresses {ratio:.0f}:1 (limit {MAX_RATIO}:1); "
                "refusing a possible zip bomb"
            )


def _check_content_type(path: Path, data: bytes) -> None:
    root = parse_xml(data, "[Content_Types].xml", path)
    kinds = {CT_MAIN[node.get("ContentType", "")] for node in root if node.get("ContentType", "") in CT_MAIN}
    if kinds & {"docm", "dotm"}:
        raise UnsupportedFormat(
            f"{path}: macro-enabled Word file (.docm/.dotm); bpolint does not open files with macros: "
            "save a copy as .docx (Word: File > Save As > Word Document)"
        )
    if not kinds:
        raise UnsupportedFormat(
            f"{path}: the package has no Word document part (is it an Excel, PowerPoint or other Office file?)"
        )


def reject_doctype(data: bytes, part: str, path: Path) -> None:
    """Raise :class:`UnsafeFile` when a part declares a DOCTYPE or entities (never resolved)."""
    if any(marker in data for marker in _DOCTYPE_MARKERS):
        raise UnsafeFile(f"{path}: {part} declares a DOCTYPE or entities, which Word never writes; refusing it")


def parse_xml(data: bytes, part: str, path: Path) -> etree._Element:
    """Parse one part with the hardened parser; a malformed part is :class:`CorruptFile`."""
    reject_doctype(data, part, path)
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        detail = str(error).splitlines()[0] if str(error) else "syntax error"
        raise CorruptFile(f"{path}: {part} is not well-formed XML ({detail})") from error
    tree = root.getroottree()
    if tree.docinfo.doctype:
        raise UnsafeFile(f"{path}: {part} declares a DOCTYPE, which Word never writes; refusing it")
    return root


@dataclass
class Package:
    """The XML parts of a Word package that hold or shape text, as raw bytes."""

    document: bytes
    document_name: str
    styles: bytes | None = None
    numbering: bytes | None = None
    footnotes: bytes | None = None
    endnotes: bytes | None = None
    comments: bytes | None = None
    settings: bytes | None = None
    headers: list[bytes] = field(default_factory=list)
    footers: list[bytes] = field(default_factory=list)


def read_package(path: Path) -> Package:
    """Check the container, then read the parts through python-docx's package reader."""
    check_container(path)
    from docx.opc.pkgreader import PackageReader

    try:
        reader = PackageReader.from_file(str(path))  # type: ignore[no-untyped-call]
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError,
            etree.XMLSyntaxError, AttributeError, TypeError) as error:
        # python-docx meets a malformed [Content_Types].xml or .rels with AttributeError or
        # TypeError from its element classes: for bpolint that is a corrupt package.
        raise CorruptFile(f"{path}: corrupt .docx package ({type(error).__name__}: {error})") from error
    parts: dict[str, list[tuple[str, bytes]]] = {}
    for partname, _content_type, reltype, blob in reader.iter_sparts():
        parts.setdefault(reltype, []).append((str(partname), blob))
    documents = parts.get(RT_OFFICE_DOCUMENT)
    if not documents and any(reltype.startswith(_RT_STRICT) for reltype in parts):
        raise UnsupportedFormat(
            f"{path}: Strict Open XML is not supported; save it in Word as 'Word Document (.docx)'"
        )
    if not documents:
        raise CorruptFile(f"{path}: the package has no main document part")
    name, document = documents[0]

    def one(reltype: str) -> bytes | None:
        found = parts.get(reltype)
        return found[0][1] if found else None

    return Package(
        document=document,
        document_name=name,
        styles=one(RT_STYLES),
        numbering=one(RT_NUMBERING),
        footnotes=one(RT_FOOTNOTES),
        endnotes=one(RT_ENDNOTES),
        comments=one(RT_COMMENTS),
        settings=one(RT_SETTINGS),
        headers=[blob for _, blob in sorted(parts.get(RT_HEADER, []))],
        footers=[blob for _, blob in sorted(parts.get(RT_FOOTER, []))],
    )
