"""bpolint: check BPO contracts for the safeguards a buyer needs before signing.

>>> import bpolint
>>> report = bpolint.lint("contract.docx")          # doctest: +SKIP
>>> [(c.rule, c.status.value) for c in report.checks]  # doctest: +SKIP

The public API is exactly ``__all__``; everything else is private.
"""

from __future__ import annotations

from ._version import __version__
from .config import Config
from .engine import Rule, lint, load_rules
from .errors import BpolintError, ConfigError, InputError, RuleError
from .extract import extract
from .model import (
    CheckResult,
    Clause,
    ClauseKind,
    Definition,
    Document,
    Evidence,
    Location,
    Report,
    Severity,
    Status,
)
from .report import render

__all__ = [
    "BpolintError",
    "CheckResult",
    "Clause",
    "ClauseKind",
    "Config",
    "ConfigError",
    "Definition",
    "Document",
    "Evidence",
    "InputError",
    "Location",
    "Report",
    "Rule",
    "RuleError",
    "Severity",
    "Status",
    "__version__",
    "extract",
    "lint",
    "load_rules",
    "render",
]
