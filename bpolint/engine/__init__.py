"""Rules -> verdicts. ``lint`` is pure: a Document and rules in, a Report out."""

from __future__ import annotations

from .lint import check_document, lint
from .rules import Rule, default_rules_dir, load_rules

__all__ = ["Rule", "check_document", "default_rules_dir", "lint", "load_rules"]
