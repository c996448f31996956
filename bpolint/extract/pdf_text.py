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
    # the Greek question mark is canonically a semicolon, and some PDF fonts map ';' to it: left alone,
    # "hereto\u037e or (b) in the event of breach" is one provision, not two
    "\u037e": ";",
    # Word's bullets in the Symbol and Wingdings fonts come out of a PDF as private-use code points
    # (Symbol's U+F0B7, Wingdings' squares, diamonds and ticks): they are bullets, not broken glyphs
    "\uf0b7": "•", "\uf0a7": "•", "\uf0a8": "•", "\uf06e": "•", "\uf076": "•", "\uf0d8": "•",
    "\uf0fc": "•",
})
_SPACES = re.compile(r"[ \t]{2,}")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")
_BROKEN = re.compile(r"(?:\(cid:\d+\)|[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f])")
_LIGATURE_PIECES = ("fi", "fl", "ff", "ffi", "ffl", "ti", "tt", "ft", "f", "i", "l", "t")
_MIN_DAMAGED_WORDS = 3
# The lemma tables leave out closed-class words; without them "from" would be "repaired".
_FUNCTION_WORDS = frozenset("""
a about above across after afterwards again against all almost alone along already also although always am among
amongst an and another any anyhow anyone anything anyway anywhere are around as at be because been before
beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done
down due during each either else elsewhere enough even ever every everyone everything everywhere except few for
former formerly from further had has have having he hence her here hereafter hereby herein hereinafter hereof
hereto hereunder herewith hers herself him himself his how however if in including inasmuch indeed insofar into is
it its itself last latter least less many may me meanwhile might mine more moreover most mostly much must my myself
namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one
only onto or other others otherwise our ours ourselves out over own per perhaps please provided rather same several
shall she should since so some somehow someone something sometime sometimes somewhere still such than that the
their theirs them themselves then thence there thereafter thereby therefore therein thereof thereon thereto
thereunder therewith these they this those though through throughout thru thus to together too toward towards
under unless until unto up upon us very via was we were what whatever when whence whenever where whereafter whereas
whereby wherein whereof whereupon wherever whether which while whither who whoever whole whom whose why will with
within without would yet you your yours yourself yourselves doesn don won isn aren wasn weren hasn haven hadn didn
wouldn shouldn couldn mustn shan
""".split())


def normalise(text: str) -> str:
    """Expand ligatures, straighten quotes, turn odd spaces into spaces, drop invisible marks."""
    return _SPACES.sub(" ", text.translate(_GLYPHS))


def broken_glyphs(text: str) -> int:
    """How many characters of ``text`` have no usable Unicode (``(cid:NN)``, U+FFFD, private use). Word's bullets
    (Symbol's U+F0B7 ...) are private-use code points that stand for a bullet, not broken glyphs: three of them on
    a page had marked it damaged, and the repair then "corrected" its acronyms ("GDPR" to "GDP", "CNIL" to "NIL")."""
    return len(_BROKEN.findall(text.translate(_GLYPHS)))


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
        hyphenated or uses both halves as words. Otherwise an English word
        (``transition``) is joined and two English words not making one
        (``twenty`` + ``four``) keep their hyphen.
        """
        joined, hyphenated = left + right, f"{left}-{right}"
        if self.counts.get(hyphenated.lower(), 0) > self.counts.get(joined.lower(), 0):
            return hyphenated
        if joined in self:
            return joined
        if left in self and right in self and len(left) > 1:
            return hyphenated
        # The document does not settle it: English does. "transi-" + "tion" is one word; "twenty-" +
        # "four", "good-" + "faith", "sub-" + "processor", "non-" + "renewal" are a compound written
        # with its hyphen (as the DOCX and text copies print it) that happened to wrap there.
        english = english_words()
        if joined.lower() in english:
            return joined
        if len(left) > 1 and len(right) > 1 and left.lower() in english and right.lower() in english:
            return hyphenated
        return joined


# Only a run's first letter may start a match: the search is linear, not quadratic in a long run of letters.
_LINE_END_HYPHEN = re.compile(r"(?<![A-Za-z])([A-Za-z]+)-$")
_LINE_START_WORD = re.compile(r"^([a-z][A-Za-z']*)(.*)$", re.S)


def join_lines(lines: list[str], vocabulary: Vocabulary) -> str:
    """Join the lines of one paragraph, repairing words hyphenated across line ends."""
    # The text so far is "".join(done) + tail, where tail is what follows the last space this function
    # added: a word hyphenated at a line end lies in the tail, so each line costs its own length. (The
    # whole text was searched and copied per line: a 5,000-line paragraph took minutes.)
    done: list[str] = []
    tail = ""
    for line in lines:
        line = line.strip()
        if not done and not tail:
            tail = line
            continue
        hyphen = _LINE_END_HYPHEN.search(tail) if tail.endswith("-") else None
        start = _LINE_START_WORD.match(line)
        if hyphen and start:
            left, right = hyphen.group(1), start.group(1)
            tail = tail[: hyphen.start()] + vocabulary.join(left, right) + start.group(2)
            continue
        before_hyphen = tail[-2:-1] if len(tail) > 1 else (" " if done and tail else "")
        if tail.endswith("-") and before_hyphen and (
                before_hyphen.isalpha() and line[:1].isupper() or before_hyphen.isdigit() and line[:1].isdigit()):
            tail += line  # "Anti-" + "Money Laundering", "12-" + "14": the hyphen is part of the text
        else:
            done.append(tail)
            done.append(" ")
            tail = line
    return "".join(done) + tail


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
    return frozenset(found | _FUNCTION_WORDS)


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


# What a dropped ligature glyph leaves of its letters: the first one (Word's Calibri sets "ti", "tt",
# "fi", "ff", "fl", "ffi", "ft" as one glyph, and a broken font map keeps only its first letter), so
# the missing tail follows an "f" or a "t": "Rectfcaton" is "Rectification", "writen" "written".
_LIGATURE_TAILS = {"f": ("", "i", "l", "f", "t", "fi", "fl"), "t": ("", "i", "t")}
_MAX_LIGATURE_SITES = 5  # at most 7 ** 5 spellings of one word


def _completions(word: str) -> set[str]:
    """Every spelling of ``word`` with the tail of a dropped ligature restored after any ``f`` / ``t``."""
    sites = [index for index, letter in enumerate(word) if letter in _LIGATURE_TAILS]
    if not sites or len(sites) > _MAX_LIGATURE_SITES:
        return set()
    spellings = [""]
    previous = 0
    for index in sites:
        head = word[previous:index + 1]
        spellings = [done + head + tail for done in spellings for tail in _LIGATURE_TAILS[word[index]]]
        previous = index + 1
    return {done + word[previous:] for done in spellings} - {word}


def _deletions(word: str) -> Iterable[str]:
    for index in range(len(word)):
        yield word[:index] + word[index + 1:]  # a glyph that maps to two letters: "woraks" -> "works"


class Repairer:
    """Undo glyph-map damage word by word where exactly one English word explains it.

    Used only on pages :func:`is_damaged` flags: "contraact" -> "contract",
    "terminaton" -> "termination", "Praicing" -> "Pricing". Words with no
    single explanation are left as they are.
    """

    def __init__(self, known: frozenset[str] | None = None) -> None:
        self.known = english_words() if known is None else known
        self.cache: dict[str, str | None] = {}
        self.repaired = 0

    def word(self, word: str) -> str | None:
        lower = word.lower()
        if word.isupper() and len(word) <= 5:
            return None  # an acronym in capitals ("GDPR", "CNIL", "ACPR"): a ligature fault leaves lower case
        if lower in self.cache:
            return self.cache[lower]
        fixed: str | None = None
        if len(lower) >= 4 and lower.isalpha() and lower not in self.known:
            # dropped ligatures first, however many ("Confdental" -> "confidential"), since that is the
            # usual fault and it explains "writen" as "written", not as "write" plus a stray letter; then
            # the same after undoing a doubled final letter ("Defnitonss"); then one fault of any kind
            candidates = {c for c in _completions(lower) if c in self.known}
            if not candidates and len(lower) > 5 and lower[-1] == lower[-2]:
                base = lower[:-1]
                candidates = {c for c in (base, *_completions(base)) if c in self.known}
            if not candidates:
                candidates = {c for c in (*_repairs(lower), *_deletions(lower)) if len(c) >= 3 and c in self.known}
            if len(candidates) == 1:
                fixed = candidates.pop()
        self.cache[lower] = fixed
        return fixed

    def __call__(self, text: str) -> str:
        def replace(match: re.Match[str]) -> str:
            word = match.group(0)
            fixed = self.word(word)
            if fixed is None:
                return word
            self.repaired += 1
            if word.isupper():
                return fixed.upper()
            return fixed[:1].upper() + fixed[1:] if word[:1].isupper() else fixed

        return _PLAIN_WORD.sub(replace, text)


_PLAIN_WORD = re.compile(r"[A-Za-z]+")


def is_damaged(text: str, known: frozenset[str] | None = None) -> bool:
    """True when a page's text shows the fingerprint of a damaged glyph map."""
    total = len(words(text))
    damaged = len(damaged_words(text, known)) if total else 0
    return damaged >= _MIN_DAMAGED_WORDS and damaged / total >= 0.01


_BROKEN_GROUP = re.compile(r"\d,(\d{1,2})$")  # "$41,50" / "0": a figure's last digit group broken by the column


def join_cell_lines(lines: list[str], vocabulary: Vocabulary) -> str:
    """Join the lines of one table cell: as :func:`join_lines`, and a word a narrow column broke
    without a hyphen is made whole again ("Amoun" / "t", "Frequenc" / "y", "$41,50" / "0").

    Only where the joined form is an English word and the first piece is not a word of its own,
    or the second is a lone letter ("mandator" / "y"): "dealt with" / "in the manner" stays apart.
    """
    lines = [line for line in lines if line]
    out: list[str] = []
    for line in lines:
        if out and _broken_in_the_word(out[-1], line):
            out[-1] += line
        else:
            out.append(line)
    return join_lines(out, vocabulary)


def _broken_in_the_word(before: str, after: str) -> bool:
    left = before.rsplit(None, 1)[-1] if before.strip() else ""
    right = after.split(None, 1)[0] if after.strip() else ""
    if not left or not right:
        return False
    group = _BROKEN_GROUP.search(left)
    if group:
        return right.isdigit() and len(group.group(1)) + len(right) == 3
    if not (left.isalpha() and right.isalpha() and right.islower() and len(left) >= 3):
        return False
    english = english_words()
    if (left + right).lower() not in english:
        return False
    return left.lower() not in english or (len(right) == 1 and right not in "ai")
