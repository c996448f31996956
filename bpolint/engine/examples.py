"""Rule examples as documents: every snippet in a rule's ``examples`` is linted
as a small contract of its own (by the test suite and ``bpolint rule --check``)."""

from __future__ import annotations

from ..extract.document import build_document
from ..extract.text import text_blocks
from ..model import Document


def snippet_document(text: str, name: str = "<snippet>") -> Document:
    """A :class:`Document` from plain contract text, as a ``.txt`` file would give,
    except that every line is its own paragraph (snippets are not hard-wrapped)."""
    return build_document(name, "text", text_blocks("\n\n".join(text.splitlines())))
