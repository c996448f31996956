"""Cover details from a contract's opening words: the parties and the date.

Only the usual drafting forms are recognised ("This Agreement is made on
2 March 2026 between A (the "Customer") and B (the "Supplier")", "dated as of
January 5, 2021", "BETWEEN: (1) A ... and (2) B"). Anything else gives no
value rather than a wrong one: these fill the checklist's cover block, they
never decide a verdict.
"""

from __future__ import annotations

import re

_HEAD_CHARS = 3000
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
           r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+day\s+of)?\s+{_MONTHS},?\s+\d{{4}}"
         rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
         r"|\d{4}-\d{2}-\d{2})")
_DATED = re.compile(
    rf"\b(?:dated|made|entered\s+into|executed|effective)\b(?:\s+(?:as\s+of|on|this|with\s+effect\s+from))?"
    rf"(?:\s+the)?\s+({_DATE})",
    re.IGNORECASE,
)
# A sentence ends at ". " unless the dot closes a title or company abbreviation.
_SENTENCE_END = (r"(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bCo)(?<!\bNo)(?<!\bSt)"
                 r"(?<!\b[A-Z])\.\s")
_BETWEEN = re.compile(rf"\bbetween\s*:?\s+(.+?)(?:{_SENTENCE_END}|\n\n|$)", re.IGNORECASE | re.DOTALL)
# Pieces that are recitals or definitions, not a party's name.
_NOT_A_PARTY = re.compile(r"^(?:whereas|now|recitals?|in\s+witness|in\s+consideration)\b|\bmeans\b",
                          re.IGNORECASE)
# "ACME LIMITED a company incorporated in England" / "Beta LLC, a Delaware limited liability company".
_DESCRIPTION = re.compile(
    r",?\s+(?:an?|the)\s+(?:[\w.-]+\s+){0,5}?(?:company|corporation|partnership|limited\s+liability|"
    r"individual|entity|body\s+corporate|association|trust)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_LIST_MARK = re.compile(r"^\s*(?:\(\d+\)|\d+\.|\([a-z]\))\s*", re.IGNORECASE)
_PARENS = re.compile(r"\([^()]*\)")
_TAIL = re.compile(
    r"\s*,\s*(?:a|an|the|whose|with|having|incorporated|registered|of|on\s+behalf|acting)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_SPLIT_AND = re.compile(r"\s*(?:;\s*and\b|;|\band\b)\s*", re.IGNORECASE)
_MAX_PARTY = 80
_MAX_PARTY_WORDS = 10
# Words that follow a name but are not part of it: "..., on the one hand", "dated as of ...", a page footer.
_TRAILER = re.compile(r"(?:,?\s+on\s+the\s+(?:one|other)\s+hand|\s+(?:dated|effective|made)\b.*|\s+Page\s+\d+)[\s,.]*$",
                      re.IGNORECASE | re.DOTALL)
_ABBREVIATION = re.compile(r"(?:\b(?:Inc|Corp|Ltd|Co|Bhd|Pty|Pte|plc)|\b(?:[A-Z]\.)+[A-Z])\.$", re.IGNORECASE)


def _party(text: str) -> str | None:
    text = _LIST_MARK.sub("", text)
    text = _PARENS.sub("", text)
    text = _TAIL.sub("", text)
    text = _DESCRIPTION.sub("", text)
    text = re.sub(r"\s+of(?:\s+\d.*)?\s*$", "", text, flags=re.DOTALL)  # "X of 12 High Street"
    text = _TRAILER.sub("", text)
    text = " ".join(text.split()).strip(" ,;:\"“”")
    if text.endswith(".") and not _ABBREVIATION.search(text):
        text = text[:-1].rstrip(" ,;:")
    if not text or len(text) > _MAX_PARTY or len(text.split()) > _MAX_PARTY_WORDS:
        return None
    if not text[0].isupper() or _NOT_A_PARTY.search(text):
        return None
    return text


def _split_parties(segment: str) -> list[str]:
    # Split at "and"/";" outside parentheses, so that `(the "Buyer and Owner")` stays whole.
    depth, start, pieces = 0, 0, []
    for match in _SPLIT_AND.finditer(segment):
        depth = segment.count("(", 0, match.start()) - segment.count(")", 0, match.start())
        if depth == 0:
            pieces.append(segment[start:match.start()])
            start = match.end()
    pieces.append(segment[start:])
    return pieces


def preamble_metadata(text: str) -> list[tuple[str, str]]:
    """``("parties", "A; B")`` and ``("date", "2 March 2026")`` where the opening words state them."""
    head = text[:_HEAD_CHARS]
    found: list[tuple[str, str]] = []
    between = _BETWEEN.search(head)
    if between:
        parties: list[str] = []
        for piece in _split_parties(between.group(1)[:600]):
            name = _party(piece)
            if name is None:
                break  # what follows a piece that is not a name is not a list of parties either
            if name not in parties:
                parties.append(name)
        if len(parties) >= 2:
            found.append(("parties", "; ".join(parties[:4])))
    dated = _DATED.search(head)
    if dated:
        found.append(("date", " ".join(dated.group(1).split())))
    return found
