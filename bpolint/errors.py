"""Errors bpolint raises, each with a stable ``BPO-E...`` code (see docs/errors.md)."""

from __future__ import annotations

_ESCAPES = {code: repr(chr(code))[1:-1] for code in range(32)}


class BpolintError(Exception):
    """Base class: a problem the user can act on, reported as one line."""

    code = "BPO-E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        # one line whatever a file name holds: a control character (a newline pasted into a name) is shown escaped
        super().__init__(message.translate(_ESCAPES))
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class InputError(BpolintError):
    """A file that cannot be read as a contract (missing, corrupt, encrypted...)."""

    code = "BPO-E100"


class FileNotFound(InputError):
    code = "BPO-E101"


class UnsupportedFormat(InputError):
    code = "BPO-E102"


class CorruptFile(InputError):
    code = "BPO-E103"


class EncryptedFile(InputError):
    code = "BPO-E104"


class NoTextLayer(InputError):
    code = "BPO-E105"


class FileTooLarge(InputError):
    code = "BPO-E106"


class EmptyDocument(InputError):
    code = "BPO-E107"


class UnsafeFile(InputError):
    """A file bpolint refuses to open fully: a zip bomb, or XML with a DOCTYPE or entities."""

    code = "BPO-E110"


class RuleError(BpolintError):
    """A rule file that does not fit the rule schema."""

    code = "BPO-E200"


class ConfigError(BpolintError):
    """A configuration file or option that bpolint cannot use."""

    code = "BPO-E300"
