from __future__ import annotations

import pytest

from bpolint.engine.matching import heading_alias


@pytest.mark.parametrize(("heading", "aliases", "expected"), [
    ("AUDIT", ["audit"], "audit"),
    ("14. Audit Rights", ["audit right"], "audit right"),
    ("Records and Audit", ["audit and records", "records and audit"], "audit and records"),
    ("Termination Assistance", ["termination"], None),
    ("TERM AND TERMINATION", ["termination"], None),
    ("TERM AND TERMINATION", ["term and termination"], "term and termination"),
    ("Termiantion", ["termination"], "termination"),
    ("Exit Management", ["exit", "exit plan"], None),
])
def test_matching_heading_aliases_need_full_coverage(heading, aliases, expected):
    assert heading_alias(heading, aliases) == expected
