"""Properties the segmenter keeps for any input (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bpolint.extract.blocks import TextBlock
from bpolint.extract.segment import segment

_PIECES = st.sampled_from([
    "1.", "1.1", "2.", "(a)", "(i)", "(ii)", "(b)", "(A)", "Article IV", "Section 3.2", "Schedule 2", "Annex B",
    "AUDIT RIGHTS", "The Supplier shall", "provide records", "\"Term\" means", "|", "WHEREAS", "", " ",
])
_PARAGRAPH = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=6).map(" ".join)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(_PARAGRAPH, st.booleans(), st.booleans()), max_size=25))
def test_segment_properties_hold_for_any_blocks(paragraphs: list[tuple[str, bool, bool]]) -> None:
    blocks = [TextBlock(text, is_heading=heading, is_table=table) for text, heading, table in paragraphs]
    clauses, text = segment(blocks)
    paths = [clause.path for clause in clauses]
    assert len(paths) == len(set(paths)), "paths are unique"
    known = set(paths)
    for clause in clauses:
        assert clause.parent is None or clause.parent in known, "parents exist"
        start, end = clause.span
        assert 0 <= start <= end <= len(text), "spans index the linear text"
        assert clause.level >= 1
    words = sum(len(b.text.split()) for b in blocks)
    assert sum(len((c.heading + " " + c.text).split()) for c in clauses) <= words + len(clauses) * 2
