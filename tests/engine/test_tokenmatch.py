"""The batch TokenMatcher gives exactly spaCy Matcher's matches, in spaCy's order.

Callers read the first match of a label, so order is part of the contract: every
comparison here is of lists, not sets.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from bpolint import extract, load_rules
from bpolint.engine.matching import rule_parts
from bpolint.engine.spec import pattern_placeholder
from bpolint.engine.tokenmatch import TokenMatcher, supported
from bpolint.nlp.pipeline import get_nlp

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"

# A small vocabulary so that random patterns and random texts meet often; lemmas ("audits"
# -> "audit"), numbers, punctuation and capitals exercise every attribute kind.
WORDS = ["the", "Supplier", "shall", "audit", "audits", "audited", "records", "not", "may", "within", "30", "days",
         "thirty", "of", "notice", "%", "$", "5", "(", ")", ",", ".", "Customer", "SLA", "report", "reports", "a"]
TEXTS = [
    "The Supplier shall audit the records within 30 days of notice.",
    "the the the audit audit not not shall shall",
    "Customer may audit, audit and audit (not 5 %) records records records.",
    "SLA SLA SLA report reports reports within thirty days",
    "a",
    "",
    "$ 5 5 % 30 % thirty thirty , , .",
]
OPS = [None, None, None, "?", "*", "+", "!", "{0,2}", "{1,3}", "{2}", "{,2}", "{1,}"]


def _token(rng: random.Random) -> dict[str, Any]:
    """One random token spec of the kinds the rules use."""
    kind = rng.randrange(9)
    word = rng.choice(WORDS)
    if kind == 0:
        token: dict[str, Any] = {"LOWER": word.lower()}
    elif kind == 1:
        token = {"LEMMA": {"IN": [rng.choice(WORDS).lower() for _ in range(3)]}}
    elif kind == 2:
        token = {"LOWER": {"NOT_IN": [rng.choice(WORDS).lower() for _ in range(4)]}}
    elif kind == 3:
        token = {"LIKE_NUM": rng.random() < 0.8}
    elif kind == 4:
        token = {"IS_PUNCT": True}
    elif kind == 5:
        token = {"TEXT": {"REGEX": rng.choice(["^[A-Z]", "s$", "^\\d+$", "it"])}}
    elif kind == 6:
        token = {"ORTH": word, "LOWER": word.lower()} if rng.random() < 0.5 else {"SHAPE": "dd"}
    elif kind == 7:
        token = {}
    else:
        token = {"LEMMA": word.lower()}
    op = rng.choice(OPS)
    if op is not None:
        token["OP"] = op
    return token


def _pattern(rng: random.Random) -> list[dict[str, Any]]:
    return [_token(rng) for _ in range(rng.randint(1, 5))]


def _spacy_and_ours(patterns: dict[str, list[list[dict[str, Any]]]]) -> tuple[Any, TokenMatcher]:
    from spacy.matcher import Matcher

    nlp = get_nlp()
    theirs = Matcher(nlp.vocab, validate=True)
    ours = TokenMatcher(nlp.vocab)
    for label, values in patterns.items():
        theirs.add(label, values)
        ours.add(label, values)
    return theirs, ours


@pytest.mark.parametrize("seed", range(60))
def test_tokenmatch_random_patterns_match_as_spacy_does(seed: int) -> None:
    rng = random.Random(seed)
    patterns = {f"L{n}": [_pattern(rng) for _ in range(rng.randint(1, 3))] for n in range(rng.randint(1, 4))}
    theirs, ours = _spacy_and_ours(patterns)
    nlp = get_nlp()
    docs = list(nlp.pipe(TEXTS + [" ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 40)))
                                  for _ in range(6)]))
    expected = [theirs(doc) for doc in docs]
    assert ours.match_docs(docs) == expected, patterns  # one batch
    assert [ours(doc) for doc in docs] == expected  # one doc at a time


@pytest.mark.parametrize("seed", range(30))
def test_tokenmatch_fixed_width_patterns_match_as_spacy_does(seed: int) -> None:
    """Patterns of required and '!' tokens only take the shortcut that lists matches by end without
    replaying the state machine: several such labels, overlapping, in the same docs."""
    rng = random.Random(1000 + seed)

    def fixed() -> list[dict[str, Any]]:
        tokens = [_token(rng) for _ in range(rng.randint(1, 4))]
        for token in tokens:
            token.pop("OP", None)
            if rng.random() < 0.15:
                token["OP"] = "!"
        return tokens

    patterns = {f"L{n}": [fixed() for _ in range(rng.randint(1, 3))] for n in range(rng.randint(2, 5))}
    theirs, ours = _spacy_and_ours(patterns)
    docs = list(get_nlp().pipe(TEXTS + [" ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 40)))
                                        for _ in range(6)]))
    assert all(p.width for p in ours._patterns)
    assert ours.match_docs(docs) == [theirs(doc) for doc in docs], patterns


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "audit", "OP": "?"}],  # all optional: no empty match
        [{"OP": "*"}, {"LOWER": "audit"}],
        [{"LOWER": "audit"}, {"OP": "*"}],
        [{"LOWER": "audit"}, {"OP": "{0,3}"}, {"LOWER": "records"}],
        [{"LOWER": "audit"}, {"LOWER": "audit", "OP": "+"}],
        [{"LOWER": "not", "OP": "!"}, {"LOWER": "audit"}],
        [{"LOWER": "audit", "OP": "?"}, {"LOWER": "audit", "OP": "?"}],
        [{"LIKE_NUM": True}, {"LOWER": {"IN": ["days", "%"]}}],
        [{}, {}, {}],
        # many paths through optional tokens reach the same state (kept once here, every time by spaCy)
        [{"LOWER": "the"}, *[{"OP": "?"}] * 6, {"LOWER": {"IN": ["audit", "records"]}}],
        [{"LOWER": "audit"}, {"OP": "?"}, {"OP": "*"}, {"LOWER": "audit", "OP": "?"}, {"OP": "?"}],
        [{"IS_PUNCT": False, "OP": "?"}, {"OP": "{0,3}"}, {"LOWER": "not", "OP": "!"}, {"OP": "?"}],
        # value conditions are answered per attribute from one table of the values they name
        [{"LOWER": {"IN": []}}],
        [{"LOWER": {"NOT_IN": []}}, {"LOWER": "audit"}],
        [{"LOWER": {"IN": ["audit", "records", "days"], "NOT_IN": ["records"]}}],
        [{"LOWER": {"NOT_IN": ["zzz-never-seen"]}}, {"LEMMA": {"IN": ["audit", "report"]}, "LOWER": "audits"}],
        [{"LIKE_NUM": False, "IS_PUNCT": False}, {"LIKE_NUM": True}],
    ],
)
def test_tokenmatch_operator_edge_cases_match_as_spacy_does(pattern: list[dict[str, Any]]) -> None:
    theirs, ours = _spacy_and_ours({"P": [pattern]})
    docs = list(get_nlp().pipe(TEXTS))
    assert ours.match_docs(docs) == [theirs(doc) for doc in docs]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ([{"LOWER": "as"}, {"LEMMA": {"IN": ["report"]}, "OP": "{0,3}"}], True),
        ([{"TEXT": {"REGEX": "^x"}, "OP": "+"}], True),
        ([{"POS": "VERB"}], False),  # no tagger: stays with spaCy
        ([{"LENGTH": {">=": 3}}], False),
        ([{"_": {"party": "x"}}], False),
    ],
)
def test_tokenmatch_supports_the_rules_pattern_language_only(pattern: list[dict[str, Any]], expected: bool) -> None:
    assert supported(pattern) is expected


@pytest.mark.parametrize("name", ["uk-msa-buyer.txt", "vendor-terms.docx", "us-payer-claims.pdf"])
def test_tokenmatch_rule_patterns_match_as_spacy_does_on_contracts(name: str) -> None:
    patterns: dict[str, list[list[dict[str, Any]]]] = {}
    for rule in load_rules():
        for part in rule_parts(rule):
            for element in (part.find, *part.with_, *((part.used_with,) if part.used_with else ())):
                for index, pattern in enumerate(element.patterns):
                    split = pattern_placeholder(pattern)
                    pieces = [pattern] if split is None else [p for p in (split[0], split[2]) if p]
                    for n, piece in enumerate(pieces):
                        patterns.setdefault(f"{rule.code}/{element.id}/{index}/{n}", []).append(
                            [dict(t) for t in piece])
    assert all(supported(p) for values in patterns.values() for p in values)
    theirs, ours = _spacy_and_ours(patterns)
    docs = list(get_nlp().pipe(c.text for c in extract(CONTRACTS / name).clauses))
    expected = [theirs(doc) for doc in docs]
    assert any(expected)
    assert ours.match_docs(docs) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LEMMA": "audit"}, {"LOWER": "the", "OP": "?"}, {"LEMMA": {"IN": ["record", "file"]}}],
        [{"LEMMA": {"NOT_IN": ["audit"]}}, {"LOWER": "records"}],
        [{"ORTH": "audit", "LEMMA": "inspect"}],
    ],
)
def test_tokenmatch_reads_each_tokens_own_attributes_when_one_spelling_has_two_lemmas(
        pattern: list[dict[str, Any]]) -> None:
    """Specs are tested once per distinct token; a spelling whose tokens differ in another attribute
    (a lemma set per token, as a statistical lemmatiser would) is still read token by token."""
    theirs, ours = _spacy_and_ours({"P": [pattern]})
    docs = list(get_nlp().pipe(["audit the records and audit the files", "audit records", "audit audit records"]))
    docs[0][0].lemma_ = "inspect"  # the first "audit" only
    docs[2][1].lemma_ = "file"
    assert ours.match_docs(docs) == [theirs(doc) for doc in docs]


def test_tokenmatch_patterns_added_after_a_match_are_matched() -> None:
    """The per-attribute tables of condition values are built on first use: a pattern added later,
    naming values no earlier pattern named, must still be seen."""
    theirs, ours = _spacy_and_ours({"P": [[{"LOWER": {"IN": ["audit"]}}, {"LOWER": "the"}]]})
    docs = list(get_nlp().pipe(TEXTS))
    assert ours.match_docs(docs) == [theirs(doc) for doc in docs]
    later = [[{"LOWER": {"IN": ["records", "thirty"]}}, {"LOWER": {"NOT_IN": ["records"]}}]]
    theirs.add("Q", later)
    ours.add("Q", later)
    expected = [theirs(doc) for doc in docs]
    assert any(key == get_nlp().vocab.strings["Q"] for found in expected for key, _, _ in found)
    assert ours.match_docs(docs) == expected
