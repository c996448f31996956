"""Labels with the same phrases (an element repeated in each alternative of a part) are matched
once and share their matches: every label still has exactly the matches of its own phrases."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from bpolint import extract, load_rules
from bpolint.engine.examples import snippet_document
from bpolint.engine.matching import compile_rules, element_label, rule_parts
from bpolint.engine.rules import parse_rule
from bpolint.nlp.annotate import annotate
from bpolint.nlp.pipeline import get_nlp

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"
NAMES = ["uk-msa-buyer.txt", "vendor-terms.docx", "us-payer-claims.pdf"]

TWIN_RULE = """
code: TST009
name: twins
title: Twins
category: audit
severity: info
detect:
  parts:
    - id: main
      label: an audit right
      one_of:
        - id: first
          label: an audit right
          kind: grant
          find: {any: [audit, inspect]}
          with:
            - {id: records, label: records, any: [record, "books of account"], scope: clause}
        - id: second
          label: an audit right
          kind: grant
          find: {any: [inspect, audit]}
          with:
            - {id: records, label: records, any: ["books of account", record], scope: clause}
            - {id: other, label: other, any: [record], scope: clause}
"""


@cache
def _rules() -> list[Any]:
    return [rule for rule in load_rules() if rule.implemented]


def _phrase_labels(rules: list[Any]) -> dict[str, list[str]]:
    """Label -> phrases of every element matched by phrases alone (no pattern, no party placeholder)."""
    out: dict[str, list[str]] = {}
    for rule in rules:
        for part in rule_parts(rule):
            for element in (part.find, *part.with_, *((part.used_with,) if part.used_with else ())):
                if element.phrases and not element.patterns and not any("{" in p for p in element.phrases):
                    out[element_label(rule.code, part, element)] = list(element.phrases)
    return out


def test_aliases_twin_elements_are_matched_once_for_both() -> None:
    rule = parse_rule(yaml.safe_load(TWIN_RULE), "t.yaml")
    compiled = compile_rules([rule], get_nlp())
    groups = {frozenset((label, *others)) for label, others in compiled.aliases.items()}
    # the same phrases in another order are the same list; a different list is not
    assert frozenset({"TST009/first/find", "TST009/second/find"}) in groups
    assert frozenset({"TST009/first/records", "TST009/second/records"}) in groups
    assert not any("TST009/second/other" in group for group in groups)
    ann = annotate(snippet_document("The Customer may inspect and audit the books of account and records."),
                   nlp=get_nlp(), label_clause=compiled, label_heading=compiled)
    labels = ann.sentences[0].labels
    assert labels["TST009/first/find"] == labels["TST009/second/find"] == [(3, 4), (5, 6)]
    assert labels["TST009/first/records"] == [(7, 10), (11, 12)]
    assert labels["TST009/second/other"] == [(11, 12)]


@pytest.mark.parametrize("name", NAMES)
def test_aliases_each_label_has_the_matches_of_its_own_phrases(name: str) -> None:
    """Against a PhraseMatcher with one key per label, in the same order."""
    from spacy.matcher import PhraseMatcher

    nlp = get_nlp()
    rules = _rules()
    compiled = compile_rules(rules, nlp)
    assert compiled.aliases  # the built-in rules repeat elements across alternatives
    own = PhraseMatcher(nlp.vocab, attr="LEMMA")
    phrases = _phrase_labels(rules)
    for label, values in phrases.items():
        own.add(label, list(nlp.pipe(values)))
    strings = nlp.vocab.strings
    checked = 0
    for clause in extract(CONTRACTS / name).clauses:
        doc = nlp(clause.text)
        expected: dict[str, list[tuple[int, int]]] = {}
        for key, start, end in own(doc):
            expected.setdefault(strings[key], []).append((start, end))
        found: dict[str, list[tuple[int, int]]] = {}
        for label, start, end in compiled(doc):
            if label in phrases:
                found.setdefault(label, []).append((start, end))
        assert found == expected, clause.path
        checked += len(found)
    assert checked


@pytest.mark.parametrize("name", NAMES)
def test_aliases_annotation_is_that_of_every_label_matched_on_its_own(name: str) -> None:
    """The shared span lists equal what the one-match-per-label path builds, sentence by sentence."""
    nlp = get_nlp()
    compiled = compile_rules(_rules(), nlp)
    document = extract(CONTRACTS / name)
    shared = annotate(document, nlp=nlp, label_clause=compiled, label_heading=compiled)
    one_by_one = annotate(document, nlp=nlp, label_clause=lambda doc, parties: compiled(doc, parties),
                          label_heading=lambda doc: compiled(doc))
    assert [s.labels for s in shared.sentences] == [s.labels for s in one_by_one.sentences]
    assert shared.heading_labels == one_by_one.heading_labels
    aliased = sum(other in s.labels for s in shared.sentences for others in compiled.aliases.values()
                  for other in others)
    assert aliased  # the contract holds some of the twin labels
