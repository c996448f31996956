"""The public surface is exactly bpolint.__all__ (httpx's practice)."""

from __future__ import annotations

import subprocess
import sys

import bpolint

PUBLIC = {
    "BpolintError", "CheckResult", "Clause", "ClauseKind", "Config", "ConfigError", "Definition", "Document",
    "Evidence", "InputError", "Location", "Report", "Rule", "RuleError", "Severity", "Status", "__version__",
    "extract", "lint", "load_rules", "render",
}


def test_public_api_is_pinned() -> None:
    assert set(bpolint.__all__) == PUBLIC
    for name in bpolint.__all__:
        assert hasattr(bpolint, name), name


def test_importing_bpolint_does_not_import_spacy() -> None:
    code = "import sys, bpolint, bpolint.cli; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
