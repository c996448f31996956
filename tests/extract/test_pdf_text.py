"""PDF text clean-up: glyphs, line-end hyphens, damaged text layers."""

from __future__ import annotations

import pytest

from bpolint.extract.pdf_text import (
    Repairer,
    Vocabulary,
    broken_glyphs,
    damaged_words,
    is_damaged,
    join_lines,
    normalise,
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("of\ufb01ce \ufb02ow e\ufb00ect", "office flow effect"),
        ("e\ufb03cient ba\ufb04e", "efficient baffle"),
        ("within\u00a010\u202fdays", "within 10 days"),
        ("\u201cServices\u201d means the Supplier\u2019s work", "\"Services\" means the Supplier's work"),
        ("soft\u00adhyphen and zero\u200bwidth", "softhyphen and zerowidth"),
        ("termi\ufffe", "termi-"),
        ("two  spaces", "two spaces"),
        ("on notice to the other side\u037e or (b) on breach", "on notice to the other side; or (b) on breach"),
    ],
)
def test_pdf_text_normalise_glyphs(raw: str, clean: str) -> None:
    assert normalise(raw) == clean


@pytest.mark.parametrize(
    ("lines", "corpus", "joined"),
    [
        (["On termi-", "nation the Supplier"], "termination", "On termination the Supplier"),
        (["complete a self-", "assessment report"], "a self-assessment report", "complete a self-assessment report"),
        (["complete a self-", "assessment report"], "self assessment", "complete a self-assessment report"),
        (["the transi-", "tion plan"], "", "the transition plan"),
        (["a hand-", "over plan"], "handover", "a handover plan"),
        (["see Clause 12-", "14 below"], "", "see Clause 12-14 below"),
        (["ends with a dash -", "next line"], "", "ends with a dash - next line"),
        (["capital after hyphen Anti-", "Money Laundering"], "", "capital after hyphen Anti-Money Laundering"),
    ],
)
def test_pdf_text_join_lines_repairs_hyphenation_by_the_documents_vocabulary(
        lines: list[str], corpus: str, joined: str) -> None:
    assert join_lines(lines, Vocabulary([corpus])) == joined


def test_pdf_text_vocabulary_prefers_the_hyphenated_form_the_document_uses_more() -> None:
    vocabulary = Vocabulary(["co-operate co-operate cooperate"])
    assert vocabulary.join("co", "operate") == "co-operate"


@pytest.mark.parametrize(
    ("text", "count"),
    [("clean text", 0), ("(cid:12)(cid:7) broken", 2), ("\ufffd\ufffd x", 2), ("\ue001 private", 1), ("a\x01b", 1)],
)
def test_pdf_text_broken_glyphs_counts_characters_without_unicode(text: str, count: int) -> None:
    assert broken_glyphs(text) == count


KNOWN = frozenset("contract termination sufficient conflict information with the party shall notify".split())


@pytest.mark.parametrize(
    ("text", "damaged"),
    [
        ("the contraact and its terminaton", {"contraact", "terminaton"}),
        ("a sufcient confict of informaton", {"sufcient", "confict", "informaton"}),
        ("the party shall notify", set()),
        ("Acme Globix Contraact", set()),  # capitalised words are names, not evidence
    ],
)
def test_pdf_text_damaged_words_are_unknown_words_a_glyph_fault_explains(text: str, damaged: set[str]) -> None:
    assert damaged_words(text, KNOWN) == damaged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the contraact and its terminaton with a sufcient confict " + "the party shall notify " * 20, True),
        ("the contraact " + "the party shall notify " * 20, False),  # one damaged word is noise
        ("the party shall notify " * 50, False),
        ("", False),
    ],
)
def test_pdf_text_is_damaged_needs_several_damaged_words(text: str, expected: bool) -> None:
    assert is_damaged(text, KNOWN) is expected


def test_pdf_text_english_words_come_from_spacy_lookups() -> None:
    from bpolint.extract.pdf_text import english_words

    words = english_words()
    assert {"termination", "contract", "below", "forth"} <= words
    assert "contraact" not in words


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("the contraact woraks", "the contract works"),
        ("Praicing and the terminaton", "Pricing and the termination"),
        ("CONTRAACT", "CONTRACT"),
        ("from the party with notice", "from the party with notice"),  # known words are never touched
        ("Globix and Kevin", "Globix and Kevin"),  # nothing English explains them
    ],
)
def test_pdf_text_repairer_undoes_glyph_damage_when_one_word_explains_it(text: str, repaired: str) -> None:
    known = KNOWN | {"works", "pricing", "from", "with", "and", "notice"}
    assert Repairer(known)(text) == repaired


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        # a font that keeps only the first letter of each ligature ("ti", "tt", "fi", "ff"): several in a word,
        # and preferred to a stray-letter reading ("writen" is "written", not "write" + "n")
        ("Confdental Rectfcaton", "Confidential Rectification"),
        ("a writen notce", "a written notice"),
        ("efectve acton", "effective action"),
        ("the Defnitonss", "the Definitions"),  # and a doubled final letter
        ("senter into", "senter into"),  # a typo no ligature explains: "sente" and "enter" both could
    ],
)
def test_pdf_text_repairer_restores_dropped_ligatures(text: str, repaired: str) -> None:
    known = KNOWN | {"confidential", "rectification", "a", "written", "write", "notice", "note", "effective",
                     "action", "the", "definitions", "sente", "enter", "into"}
    assert Repairer(known)(text) == repaired


def test_pdf_text_repairer_leaves_ambiguous_words() -> None:
    repair = Repairer(frozenset({"form", "from", "the"}))
    assert repair("the frorm") == "the frorm"  # "form" and "from" both explain it
    assert repair.repaired == 0
