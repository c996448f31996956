"""Drafting styles from held-out clause batch l (benchmarks/heldout-clauses/2026-12-05-l.yaml), each in several
wordings with its traps, linted with the real rule: US state and Canadian federal boilerplate, South African,
Nigerian and Ghanaian drafting, Indonesian and Thai translations, Dutch and German English, SOW table rows,
negotiation issues lists and buyer's checklists."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

_UTILITY = "This Agreement is between Prairie Utilities Inc. (the \"Customer\") and Northgate Contact Ltd (the " \
    "\"Contractor\").\n"

# A question is no term even when the splitter leaves the next sentence's opening bracket on it ("... a CSAT
# target? [Contractor response outstanding.]"); a binding target followed by a bracketed note still binds.
QUESTION_BEFORE_BRACKET = [
    ("GOV002", "missing",
     _UTILITY + "Negotiation Issues List, item 12. Will the Contractor commit to a CSAT target? [Contractor response "
     "outstanding.]"),
    ("GOV002", "missing",
     _UTILITY + "Open point 4: Shall the Contractor achieve an NPS of at least +30? (To be discussed.)"),
    ("EXT001", "missing",
     _UTILITY + "Issue 7. May the Customer terminate for convenience and for cause? [Supplier to confirm.]"),
    # trap: the binding target keeps its note
    ("GOV002", "pass",
     _UTILITY + "6.1 The Contractor shall achieve a monthly CSAT score of at least 85%, measured by a post-call "
     "survey of callers. [Agreed at the meeting of 3 May 2026.]"),
]


@pytest.mark.parametrize(("code", "expected", "text"), QUESTION_BEFORE_BRACKET)
def test_question_before_a_bracket(code, expected, text):
    assert status_of(code, text) == expected
