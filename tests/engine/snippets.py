"""Linting a short contract text with one rule: the status the specification tests assert on."""

from __future__ import annotations

from bpolint.config import Config
from bpolint.engine import lint
from bpolint.engine.examples import snippet_document
from bpolint.model import CheckResult


def result_of(code: str, text: str) -> CheckResult:
    """Rule ``code``'s check of ``text`` read as a whole contract: its status, message and evidence."""
    return lint(snippet_document(text), Config.make(select=[code])).checks[0]


def status_of(code: str, text: str) -> str:
    """The status rule ``code`` gives ``text`` read as a whole contract ("pass", "weak", ...)."""
    return result_of(code, text).status.value
