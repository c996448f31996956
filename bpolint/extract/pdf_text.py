"""Text clean-up for PDF text layers: glyph normalisation, hyphenation repair, damage detection.

Pure string functions, so they are tested without PDFs. The vocabulary that
settles a line-end hyphen is the document's own (see :class:`Vocabulary`); the
damage check also uses the English word list spaCy's lookups ship, loaded only
when a document has unknown words to explain.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

# U+FFFE is how pdfium marks a hyphen it found at a line end; the layout code
# still sees the line break, so it becomes an ordinary hyphen here.
_GLYPHS = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
    "\ufb06": "st", "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ",
    "\u2002": " ", "\u2003": " ", "\u3000": " ", "\u2018": "'", "\u2019": "'", "\u201a": "'",
    "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2033": '"', "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
    "\ufffe": "-", "\u2010": "-", "\u2011": "-",
})
_SPACES = re.compile(r"[ \t]{2,}")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")
_BROKEN = re.compile(r"(?:\(cid:\d+\)|[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f])")
_LIGATURE_PIECES = ("fi", "fl", "ff", "ffi", "ffl", "ti", "tt", "ft", "f", "i", "l", "t")
_MIN_DAMAGED_WORDS = 3


def normalise(text: str) -> str:
    """Expand ligatures, straighten quotes, turn odd spaces into spaces, drop invisible marks."""
    return _SPACES.sub(" ", text.translate(_GLYPHS))


def broken_glyphs(text: str) -> int:
    """How many characters of ``text`` have no usable Unicode (``(cid:NN)``, U+FFFD, private use)."""
    return len(_BROKEN.findall(text))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


class Vocabulary:
    """Word counts of one document, to settle line-end hyphens by the document's own usage."""

    def __init__(self, texts: Iterable[str]) -> None:
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(word.lower() for word in words(text))
        self.counts = counts

    def __contains__(self, word: str) -> bool:
        return self.counts.get(word.lower(), 0) > 0

    def join(self, left: str, right: str) -> str:
        """The word a line-end hyphen between ``left`` and ``right`` stands for.

        ``termi-`` + ``nation`` gives ``termination`` when the document uses
        that word (or when ``termi`` is not a word of its own); ``self-`` +
        ``assessment`` stays ``self-assessment`` when the document writes it
        hyphenated or uses both halves as words.
        """
        joined, hyphenated = left + right, f"{left}-{right}"
        if self.counts.get(hyphenated.lower(), 0) > self.counts.get(joined.lower(), 0):
            return hyphenated
        if joined in self:
            return joined
        if left in self and right in self and len(left) > 1:
            return hyphenated
        return joined


_LINE_END_HYPHEN = re.compile(r"([A-Za-z]+)-$")
_LINE_START_WORD = re.compile(r"^([a-z][A-Za-z']*)(.*)$", re.S)


def join_lines(lines: list[str], vocabulary: Vocabulary) -> str:
    """Join the lines of one paragraph, repairing words hyphenated across line ends."""
    out = ""
    for line in lines:
        line = line.strip()
        if not out:
            out = line
            continue
        hyphen = _LINE_END_HYPHEN.search(out)
        start = _LINE_START_WORD.match(line)
        if hyphen and start:
            left, right = hyphen.group(1), start.group(1)
            out = out[: hyphen.start()] + vocabulary.join(left, right) + start.group(2)
        elif out.endswith("-") and len(out) > 1 and (
                out[-2].isalpha() and line[:1].isupper() or out[-2].isdigit() and line[:1].isdigit()):
            out += line  # "Anti-" + "Money Laundering", "12-" + "14": the hyphen is part of the text
        else:
            out = f"{out} {line}"
    return out


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English word forms from spacy-lookups-data (lemma lookup, index and exceptions)."""
    folder = resources.files("spacy_lookups_data").joinpath("data")
    found: set[str] = set()
    try:
        lookup: dict[str, str] = _table(folder, "en_lemma_lookup")
        index: dict[str, list[str]] = _table(folder, "en_lemma_index")
        exceptions: dict[str, dict[str, list[str]]] = _table(folder, "en_lemma_exc")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    for form, lemma in lookup.items():
        found.add(form.lower())
        found.add(lemma.lower())
    for lemmas in index.values():
        found.update(lemma.lower() for lemma in lemmas)
    for table in exceptions.values():
        found.update(form.lower() for form in table)
    return frozenset(found)


def _table(folder: Traversable, name: str) -> Any:
    return json.loads(gzip.decompress(folder.joinpath(f"{name}.json.gz").read_bytes()))


def _repairs(word: str) -> Iterable[str]:
    """Spellings ``word`` could have had before a ligature or glyph map damaged it."""
    for index in range(1, len(word)):
        if word[index] == word[index - 1]:
            yield word[:index] + word[index + 1:]  # "contraact" -> "contract"
        for piece in _LIGATURE_PIECES:
            yield word[:index] + piece + word[index:]  # "terminaton" -> "termination"
    if len(word) > 3:
        yield word[:-1]  # a glyph mapped onto a trailing letter: "Defnitonss"


def damaged_words(text: str, known: frozenset[str] | None = None) -> set[str]:
    """Lower-case words that are not English but become English after undoing a glyph-map fault.

    A clean text layer has almost none; a PDF whose font drops or doubles
    ligature glyphs ("contraact", "terminaton", "sufcient") has many.
    Capitalised words are skipped: names are where unknown words live.
    """
    known = english_words() if known is None else known
    found: set[str] = set()
    if not known:
        return found
    for word in set(words(text)):
        if len(word) < 4 or not word.isalpha() or not word.islower() or word in known:
            continue
        if any(candidate in known for candidate in _repairs(word) if len(candidate) >= 4):
            found.add(word)
    return found


def is_damaged(text: str, known: frozenset[str] | None = None) -> bool:
    """True when a page's text shows the fingerprint of a damaged glyph map."""
    total = len(words(text))
    damaged = len(damaged_words(text, known)) if total else 0
    return damaged >= _MIN_DAMAGED_WORDS and damaged / total >= 0.01
