"""OCR for scanned PDFs through ocrmypdf (tesseract), when the OS has it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from ..errors import InputError, NoTextLayer

INSTALL_HINT = "apt-get install ocrmypdf tesseract-ocr"
_TIMEOUT = 600


def ocr_available() -> bool:
    """True when the ``ocrmypdf`` command is on the PATH."""
    return shutil.which("ocrmypdf") is not None


def ocr_pdf(source: Path, target: Path, *, password: str | None = None) -> None:
    """Write ``source`` with a text layer added to its image-only pages to ``target``.

    Pages that already have text are left as they are (``--skip-text``).
    """
    if not ocr_available():
        raise NoTextLayer(f"{source}: --ocr needs ocrmypdf, which is not installed ({INSTALL_HINT})")
    if password is not None:
        raise InputError(f"{source}: --ocr cannot read a password-protected PDF; save an unprotected copy first")
    command = ["ocrmypdf", "--skip-text", "--quiet", "--output-type", "pdf", str(source), str(target)]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=_TIMEOUT, check=False)
    except subprocess.TimeoutExpired as error:
        raise InputError(f"{source}: OCR took longer than {_TIMEOUT} s and was stopped") from error
    if result.returncode != 0 or not target.exists():
        detail = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise InputError(f"{source}: OCR failed (ocrmypdf exit {result.returncode}: {detail})")
