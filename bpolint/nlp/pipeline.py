"""The one spaCy pipeline bpolint uses: blank English, no statistical model.

* tokenizer special cases for legal abbreviations (``Sec.``, ``cl.``, ``e.g.``)
  and clause references (``12.3(a)(ii)`` is one token);
* a rule-based sentence splitter that does not break after those and that
  treats each line (a table row, a definition) as its own sentence;
* lower-cased lookup lemmas from ``spacy-lookups-data`` (works offline).

A statistical model is never loaded unless a caller asks for one by name.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

ABBREVIATIONS = (
    "Sec.", "Secs.", "Art.", "Arts.", "cl.", "Cl.", "cls.", "Sch.", "Schs.", "No.", "Nos.", "no.",
    "para.", "Para.", "paras.", "e.g.", "i.e.", "E.g.", "I.e.", "etc.", "cf.", "viz.", "approx.",
    "Ltd.", "Inc.", "Corp.", "Co.", "L.L.C.", "LLC.", "N.A.", "U.S.", "U.K.", "Pty.", "p.a.", "vs.",
)
# 12.3(a)(ii), 4(b): a clause reference is one token.
_CLAUSE_REF = re.compile(r"^\d{1,3}(?:\.\d{1,3})*(?:\([a-zA-Z0-9]{1,4}\))+$")
_BREAK_AFTER = (".", "?", "!")


@contextmanager
def without_gc_pauses() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off, as it was before afterwards.

    Annotating a contract allocates hundreds of thousands of small objects (spans,
    tuples, sentence records) that live until the report is built; each allocation
    burst triggered collections that walked them, and spaCy's vocabulary, again and
    again - a tenth of annotation time, for nothing, since they are freed by
    reference counting. Nested blocks leave the collector off until the outer one ends.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _lemma_table() -> Any:
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


@lru_cache(maxsize=2)
def get_nlp(model: str | None = None) -> Language:
    """The cached pipeline. ``model`` names an installed spaCy model to use instead
    of the blank one (only when the user asks for it)."""
    import spacy
    from spacy.language import Language

    nlp = spacy.load(model, exclude=["ner"]) if model else spacy.blank("en")
    tokenizer: Any = nlp.tokenizer
    for abbreviation in ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    tokenizer.token_match = _CLAUSE_REF.match
    # PDF text often loses the space after a list label: "(a)at the option of" -> "(a)" "at ..."
    from spacy.util import compile_infix_regex

    # and the space after a clause number: "20.1If the Regulations apply" -> "20.1" "If ..."
    infixes = [*list(nlp.Defaults.infixes or ()), r"(?<=\))(?=[A-Za-z]{2})", r"(?<=\d)(?=[A-Z][a-z])",
               r"(?<=\d\.)(?=[A-Z][a-z])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    table = _lemma_table()

    if "bpolint_lemmas" not in Language.factories:
        Language.component("bpolint_lemmas", func=_lemmas_factory(table))
        Language.component("bpolint_sentences", func=_sentences)
    if not model:
        nlp.add_pipe("bpolint_sentences")
    nlp.add_pipe("bpolint_lemmas")
    return nlp


# Function words the lookup table folds into other words ("as" -> "a", "less" -> "little",
# "does" -> "doe", "these" -> "this"): a phrase "as directed" must not match "a direct ...".
KEEP_AS_WRITTEN = frozenset({"as", "less", "does", "these", "those"})


def _lemmas_factory(table: Any) -> Any:
    """Set LEMMA from LOWER through the lookup table, on arrays (no Token objects)."""
    from spacy.attrs import LEMMA, LOWER

    cache: dict[int, int] = {}

    def bpolint_lemmas(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        lowers = doc.to_array([LOWER])
        lemmas = lowers.copy()
        for index, lower in enumerate(lowers.tolist()):
            lemma = cache.get(lower)
            if lemma is None:
                text = strings[lower]
                lemma = strings.add(text if text in KEEP_AS_WRITTEN else table.get(text, text))
                cache[lower] = lemma
            lemmas[index] = lemma
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    return bpolint_lemmas


def _sentences(doc: Doc) -> Doc:
    """Sentence starts, computed on arrays (no Token objects, no per-token checks):

    * after a line break (a table row, a definition line, a list item);
    * after ``.``, ``?`` or ``!`` unless a lower-case word or more punctuation
      follows (so a closing quote or bracket stays with its sentence, and the
      abbreviation tokens ``Sec.``, ``e.g.`` never end one - they are not ``.``).
    """
    import numpy
    from spacy.attrs import IS_LOWER, IS_PUNCT, IS_SPACE, ORTH, SENT_START

    if not len(doc):
        return doc
    strings = doc.vocab.strings
    breaks = {strings.add(mark) for mark in _BREAK_AFTER}
    rows = doc.to_array([ORTH, IS_SPACE, IS_PUNCT, IS_LOWER]).tolist()
    # SENT_START is stored unsigned: -1 ("not a start") is the all-ones value, as Doc.to_array gives it.
    not_start = numpy.uint64(2**64 - 1)
    starts = numpy.zeros((len(rows), 1), dtype="uint64")
    newline = period = False
    for index, (orth, space, punct, lower) in enumerate(rows):
        if index == 0:
            starts[index] = 1
        elif space:
            starts[index] = not_start
            if "\n" in strings[orth]:
                newline = True
            continue
        elif newline or (period and not punct and not lower):
            starts[index] = 1
            period = False
        else:
            starts[index] = not_start
        newline = False
        period = orth in breaks or (period and bool(punct))  # '."' and '.)' still end the sentence
    doc.from_array([SENT_START], starts)  # type: ignore[arg-type]
    return doc
