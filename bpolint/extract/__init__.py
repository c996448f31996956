"""File -> :class:`~bpolint.model.Document`.

Extractors register here by file suffix; :func:`extract` checks the file
(exists, size, not empty) and dispatches. A third-party extractor plugs in
through the ``bpolint.extractors`` entry point group or :func:`register`.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module, metadata
from pathlib import Path

from ..errors import EmptyDocument, FileNotFound, FileTooLarge, InputError, UnsupportedFormat
from ..model import Document

Extractor = Callable[[Path], Document]

MAX_FILE_BYTES = 200 * 1024 * 1024
_REGISTRY: dict[str, Extractor] = {}
_LAZY: dict[str, str] = {
    ".txt": "bpolint.extract.text:extract_text",
    ".text": "bpolint.extract.text:extract_text",
    ".md": "bpolint.extract.text:extract_text",
    ".markdown": "bpolint.extract.text:extract_text",
    ".pdf": "bpolint.extract.pdf:extract_pdf",
}
_EXPLAINED = {
    ".doc": "legacy binary Word (.doc) is not supported; save it as .docx "
            "(Word: File > Save As, or: soffice --headless --convert-to docx FILE)",
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
    for entry in metadata.entry_points(group="bpolint.extractors"):
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


def extract(path: str | Path) -> Document:
    """Read a contract file into a :class:`Document`.

    Raises an :class:`~bpolint.errors.InputError` subclass, with a one-line
    message, for missing, empty, oversized, corrupt or unsupported files.
    The file is only ever read.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFound(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    size = path.stat().st_size
    if size == 0:
        raise EmptyDocument(f"{path}: the file is empty")
    if size > MAX_FILE_BYTES:
        raise FileTooLarge(f"{path}: {size / 1e6:.0f} MB is over the {MAX_FILE_BYTES // 2**20} MiB limit")
    extractor = extractor_for(path)
    try:
        return extractor(path)
    except InputError:
        raise
    except (OSError, ValueError, KeyError, IndexError, UnicodeError) as error:
        raise InputError(f"{path}: cannot read the file ({type(error).__name__}: {error})") from error
