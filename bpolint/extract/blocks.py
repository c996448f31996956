"""The one input every format extractor gives the segmenter."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import ClauseKind, Comment, Location, Revision


@dataclass(frozen=True)
class TextBlock:
    """One paragraph, heading or table of a source file, in reading order.

    A format extractor fills in what its format knows: ``number`` when the
    number comes from the file's own numbering (Word lists), ``level`` for
    heading or list levels, ``is_heading`` when style, weight or size marks a
    heading, ``is_table`` for table text (one row a line, cells joined by
    ``" | "``). Anything it leaves out, the segmenter works out from the text.
    """

    text: str
    location: Location = Location()
    number: str | None = None
    number_style: str | None = None  # a markers.* style when the format knows it
    level: int | None = None
    is_heading: bool = False
    is_table: bool = False
    kind: ClauseKind | None = None  # force a kind, e.g. FOOTNOTE
    original_text: str | None = None  # text before pending tracked changes
    revisions: tuple[Revision, ...] = ()
    comments: tuple[Comment, ...] = ()
