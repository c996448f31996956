"""Token patterns run only on clauses holding the words they require, with the same matches."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint import extract, load_rules
from bpolint.engine.matching import compile_rules, fragment_label, pattern_anchor, rule_parts
from bpolint.engine.spec import pattern_placeholder
from bpolint.nlp.pipeline import get_nlp

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"


@pytest.mark.parametrize(
    ("pattern", "anchor"),
    [
        ([{"LOWER": "as"}, {"LEMMA": {"IN": ["report", "record"]}}],
         (("LOWER", frozenset({"as"})), ("LEMMA", frozenset({"report", "record"})))),
        ([{"LIKE_NUM": True}, {"ORTH": "%"}], (("ORTH", frozenset({"%"})),)),
        ([{"LOWER": "not", "OP": "?"}, {"TEXT": "SLA", "OP": "+"}], (("ORTH", frozenset({"SLA"})),)),
        ([{"LIKE_NUM": True}, {"TEXT": {"REGEX": "^x"}}], ()),
    ],
)
def test_matching_gate_anchor_is_the_words_a_pattern_requires(pattern: list[dict], anchor: tuple) -> None:
    assert pattern_anchor(pattern) == anchor


@pytest.mark.parametrize("name", ["uk-msa-buyer.txt", "vendor-terms.docx", "synonyms-schedules.pdf"])
def test_matching_gate_gives_the_same_matches_as_one_ungated_matcher(name: str) -> None:
    from spacy.matcher import Matcher

    nlp = get_nlp()
    rules = load_rules()
    compiled = compile_rules(rules, nlp)
    plain = Matcher(nlp.vocab)
    for rule in rules:
        for part in rule_parts(rule):
            for element in (part.find, *part.with_, *((part.used_with,) if part.used_with else ())):
                label = f"{rule.code}/{part.id}/{element.id}"
                for index, pattern in enumerate(element.patterns):
                    split = pattern_placeholder(pattern)
                    if split is None:
                        plain.add(label, [[dict(t) for t in pattern]])
                        continue
                    # "{PARTY: customer} owns": the tokens around the placeholder are matched on their own
                    for side, tokens in (("<", split[0]), (">", split[2])):
                        if tokens:
                            plain.add(fragment_label(label, index, side), [[dict(t) for t in tokens]])
    strings = nlp.vocab.strings
    for clause in extract(CONTRACTS / name).clauses:
        doc = nlp(clause.text)
        expected = {(strings[key], start, end) for key, start, end in plain(doc)}
        phrased, tokened = compiled.raw_matches(doc)
        found = {(strings[key], start, end) for key, start, end in (*phrased, *tokened)}
        assert expected <= found, clause.path  # gating may skip work, never a match
