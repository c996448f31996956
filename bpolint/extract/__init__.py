"""File -> :class:`~bpolint.model.Document`.

Extractors register here by file suffix; :func:`extract` checks the file
(exists, size, not empty) and dispatches. A third-party extractor plugs in
through the ``bpolint.extractors`` entry point group or :func:`register`.
"""

from __future__ import annotations

import inspect
import stat
from collections.abc import Callable
from importlib import import_module
from importlib import metadata as importlib_metadata
from pathlib import Path

from ..errors import EmptyDocument, FileNotFound, FileTooLarge, InputError, UnsupportedFormat
from ..model import Document

Extractor = Callable[..., Document]
"""``extractor(path, **options) -> Document``; options are keyword-only and optional."""

MAX_FILE_BYTES = 200 * 1024 * 1024
_REGISTRY: dict[str, Extractor] = {}
_LAZY: dict[str, str] = {
    ".txt": "bpolint.extract.text:extract_text",
    ".text": "bpolint.extract.text:extract_text",
    ".md": "bpolint.extract.text:extract_text",
    ".markdown": "bpolint.extract.text:extract_text",
    ".docx": "bpolint.extract.docx:extract_docx",
    ".dotx": "bpolint.extract.docx:extract_docx",
    ".pdf": "bpolint.extract.pdf:extract_pdf",
}
_EXPLAINED = {
    ".doc": "legacy binary Word (.doc) is not supported; save it as .docx "
            "(Word: File > Save As, or: soffice --headless --convert-to docx FILE)",
    ".docm": "macro-enabled Word files (.docm) are not opened; save a copy as .docx "
             "(Word: File > Save As > Word Document)",
    ".dotm": "macro-enabled Word templates (.dotm) are not opened; save a copy as .docx",
    ".rtf": "RTF is not supported; save it as .docx or PDF",
    ".odt": "OpenDocument text is not supported; save it as .docx "
            "(soffice --headless --convert-to docx FILE)",
}


def register(suffix: str, extractor: Extractor) -> None:
    """Use ``extractor`` for files ending in ``suffix`` (e.g. ``".docx"``)."""
    _REGISTRY[suffix.lower()] = extractor


def register_lazy(suffix: str, target: str) -> None:
    """Like :func:`register`, importing ``"module:function"`` only when first used."""
    _LAZY[suffix.lower()] = target


def _load(target: str) -> Extractor:
    module_name, _, attribute = target.partition(":")
    module = import_module(module_name)
    extractor: Extractor = getattr(module, attribute)
    return extractor


def _plugins() -> None:
    for entry in importlib_metadata.entry_points(group="bpolint.extractors"):
        _LAZY.setdefault(entry.name.lower(), entry.value)


def extractor_for(path: Path) -> Extractor:
    suffix = path.suffix.lower()
    if suffix not in _REGISTRY and suffix not in _LAZY:
        _plugins()
    if suffix in _REGISTRY:
        return _REGISTRY[suffix]
    if suffix in _LAZY:
        _REGISTRY[suffix] = _load(_LAZY[suffix])
        return _REGISTRY[suffix]
    if suffix in _EXPLAINED:
        raise UnsupportedFormat(f"{path}: {_EXPLAINED[suffix]}")
    known = ", ".join(sorted(set(_REGISTRY) | set(_LAZY)))
    raise UnsupportedFormat(f"{path}: unsupported file type {suffix or '(none)'!r}; bpolint reads {known}")


def _options(extractor: Extractor, **given: object) -> dict[str, object]:
    """The options ``extractor`` takes, out of those the caller set (others do not apply)."""
    wanted = {name: value for name, value in given.items() if value is not None and value is not False}
    if not wanted:
        return {}
    try:
        parameters = inspect.signature(extractor).parameters
    except (TypeError, ValueError):
        return {}
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        return wanted
    return {name: value for name, value in wanted.items() if name in parameters}


def extract(path: str | Path, *, password: str | None = None, ocr: bool = False) -> Document:
    """Read a contract file into a :class:`Document`.

    ``password`` opens a password-protected PDF; ``ocr`` lets the PDF
    extractor OCR image-only pages (needs ocrmypdf). Options an extractor
    does not take are ignored. Raises an :class:`~bpolint.errors.InputError`
    subclass, with a one-line message, for missing, empty, oversized,
    corrupt, encrypted or unsupported files. The file is only ever read.
    """
    path = Path(path)
    try:
        status = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise FileNotFound(f"{path}: no such file") from None
    except (OSError, ValueError) as error:  # a name too long for the file system, a NUL byte in it, no permission
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise InputError(f"{path}: cannot open the file ({reason})") from None
    if stat.S_ISDIR(status.st_mode):
        raise InputError(f"{path}: is a directory, not a file")
    size = status.st_size
    if size == 0:
        raise EmptyDocument(f"{path}: the file is empty")
    if size > MAX_FILE_BYTES:
        raise FileTooLarge(f"{path}: {size / 1e6:.0f} MB is over the {MAX_FILE_BYTES // 2**20} MiB limit")
    extractor = extractor_for(path)
    options = _options(extractor, password=password, ocr=ocr)
    try:
        return extractor(path, **options)
    except InputError:
        raise
    except (OSError, ValueError, KeyError, IndexError, UnicodeError) as error:
        raise InputError(f"{path}: cannot read the file ({type(error).__name__}: {error})") from error
