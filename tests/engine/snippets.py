"""Linting a short contract text with one rule: the status the specification tests assert on."""

from __future__ import annotations

from bpolint.config import Config
from bpolint.engine import lint
from bpolint.engine.examples import snippet_document


def status_of(code: str, text: str) -> str:
    """The status rule ``code`` gives ``text`` read as a whole contract ("pass", "weak", ...)."""
    return lint(snippet_document(text), Config.make(select=[code])).checks[0].status.value
