"""The per-document index answers what walking every sentence would: the same candidate sentences
in the same order, the same defined term, the same scopes, and the same money amounts."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bpolint import extract, load_rules
from bpolint.engine.decide import _DEFINITION_HEAD, DocumentIndex, _money, _number_families, _scope
from bpolint.engine.matching import compile_rules, element_label, rule_parts
from bpolint.nlp.annotate import annotate
from bpolint.nlp.numbers import quantities
from bpolint.nlp.pipeline import get_nlp

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"
NAMES = ["uk-msa-buyer.txt", "vendor-terms.docx", "us-payer-claims.pdf"]


@cache
def _annotated(name: str) -> Any:
    rules = [rule for rule in load_rules() if rule.implemented]
    nlp = get_nlp()
    matcher = compile_rules(rules, nlp)
    return annotate(extract(CONTRACTS / name), nlp=nlp, label_clause=matcher, label_heading=matcher), rules


def _via_term_by_walking(ann: Any, sentence: Any, label: str) -> str:
    for term in sentence.terms:
        for sid in ann.definition_sentences.get(term, ()):
            if any(start < _DEFINITION_HEAD for start, _ in ann.sentences[sid].labels.get(label, ())):
                return term
    return ""


@pytest.mark.parametrize("name", NAMES)
def test_index_candidates_and_terms_are_the_walks(name: str) -> None:
    ann, rules = _annotated(name)
    index = DocumentIndex(ann)
    asked = 0
    for rule in rules:
        for part in rule_parts(rule):
            label = element_label(rule.code, part, part.find)
            for via in (False, True):
                walked = [s.id for s in ann.sentences
                          if label in s.labels or (via and _via_term_by_walking(ann, s, label))
                          or (s.bound_by is not None and label in ann.sentences[s.bound_by].labels
                              and not s.table_row)]
                assert index.candidates(label, via) == walked, label
                asked += bool(walked)
            terms = {s.id: _via_term_by_walking(ann, s, label) for s in ann.sentences}
            assert {s.id: next((t for t in s.terms if t in index.naming_terms(label)), "")
                    for s in ann.sentences} == terms
    assert asked  # the contract names some of the rules' subjects


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("scope", ["sentence", "clause", "parent", "section", "document"])
def test_index_scopes_are_kept_not_changed(name: str, scope: str) -> None:
    ann, _ = _annotated(name)
    index = DocumentIndex(ann)
    families = _number_families(ann)
    for follow in (False, True):
        for sentence in ann.sentences:
            first = index.scope(sentence, scope, follow)
            assert index.scope(sentence, scope, follow) is first  # asked again: not rebuilt
            assert [s.id for s in first] == [s.id for s in _scope(ann, sentence, scope, follow, families)]


@pytest.mark.parametrize("name", NAMES)
def test_money_alone_is_what_the_full_parse_finds(name: str) -> None:
    ann, _ = _annotated(name)
    found = 0
    for sentence in ann.sentences:
        every = [q for q in quantities(sentence.text, sentence.header) if q.kind == "money"]
        assert sorted(_money(sentence), key=lambda q: q.start) == every
        found += len(every)
    assert found


@pytest.mark.parametrize(("text", "families"), [
    # 8.1 and 8.2 with no clause 8 read as one section; 9.1 alone is its own
    ("8.1 The Supplier shall meet the Service Levels.\n8.2 Service credits apply.\n9.1 The term is three years.",
     [["8.1", "8.2"], ["8.1", "8.2"]]),
    # under a stated clause 8 they are children already: no family is needed
    ("8. SERVICE LEVELS\n8.1 The Supplier shall meet the Service Levels.\n8.2 Service credits apply.", []),
    # a run is broken by another number
    ("8.1 One.\n9.1 Two.\n8.2 Three.", []),
])
def test_top_level_decimals_without_their_clause_are_one_section(text, families):
    from bpolint.engine.examples import snippet_document

    ann = annotate(snippet_document(text))
    found = _number_families(ann)
    assert [[ann.clause(i).number for i in found[k]] for k in sorted(found)] == families


@pytest.mark.parametrize("name", NAMES)
def test_index_long_scopes_keep_every_sentence_that_can_supply_an_element(name: str) -> None:
    """element_found reads a long scope ("scope: document") through may_supply: for every element of
    every rule and every candidate, the answer, the support and the terms are those of the whole scope."""
    from dataclasses import replace

    from bpolint.config import Config
    from bpolint.engine import decide

    ann, rules = _annotated(name)
    checked = 0
    default = decide._SMALL_POOL
    for rule in rules:
        for part in rule_parts(rule):
            if part.kind == "definition":
                continue
            label = element_label(rule.code, part, part.find)
            for sid in DocumentIndex(ann).candidates(label, part.find.via_terms)[:20]:
                sentence = ann.sentences[sid]
                for element in part.with_:
                    wide = replace(element, scope="document")
                    got = []
                    for small_pool in (default, len(ann.sentences) + 1):  # filtered, then not
                        ctx = decide.Context(ann, rule.code, rule.params, Config().param)
                        candidate = decide.Candidate(sentence)
                        decide._SMALL_POOL = small_pool
                        try:
                            found = decide.element_found(ctx, part, wide, sentence, candidate, 0)
                        finally:
                            decide._SMALL_POOL = default
                        got.append((found, candidate.support, candidate.terms))
                    assert got[0] == got[1], (rule.code, element.id, sid)
                    checked += 1
    assert checked


@pytest.mark.parametrize("name", NAMES)
def test_index_may_supply_keeps_the_scope_order_whatever_the_pool(name: str) -> None:
    """The whole document is cut by sentence id, any other pool by a walk: both keep, in the pool's order,
    the sentences holding the label and, where terms count, the candidate, its lead-in and the users
    of a term naming the label."""
    ann, rules = _annotated(name)
    index = DocumentIndex(ann)
    users: dict[str, set[int]] = {}
    for sentence in ann.sentences:
        for term in sentence.terms:
            users.setdefault(term, set()).add(sentence.id)
    checked = 0
    for rule in rules:
        for part in rule_parts(rule):
            for element in part.with_:
                label = element_label(rule.code, part, element)
                for via in (False, True):
                    holding = {s.id for s in ann.sentences if label in s.labels}
                    if via:
                        for term in index.naming_terms(label):
                            holding |= users.get(term, set())
                    for sid in index.candidates(element_label(rule.code, part, part.find), True)[:10]:
                        sentence = ann.sentences[sid]
                        keep = holding | ({sid, sentence.bound_by} if via else set())
                        reversed_pool = ann.sentences[::-1]  # any order: a scope that follows references
                        assert [s.id for s in index.may_supply(ann.sentences, label, via, sentence)] == \
                            [s.id for s in ann.sentences if s.id in keep]
                        assert [s.id for s in index.may_supply(reversed_pool, label, via, sentence)] == \
                            [s.id for s in reversed_pool if s.id in keep]
                        checked += 1
    assert checked
