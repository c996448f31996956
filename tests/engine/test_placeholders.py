"""``{customer}`` / ``{supplier}`` in phrases and patterns match whoever plays that role in the
document: role words, defined short names, with or without "the", possessive included."""

from __future__ import annotations

import pytest
import yaml

from bpolint.config import Config
from bpolint.engine import lint
from bpolint.engine.examples import snippet_document
from bpolint.engine.rules import parse_rule
from bpolint.errors import RuleError

RULE = """
code: TST001
name: test-placeholder
title: Test placeholders
category: data-source
severity: error
detect:
  kind: statement
  find: ["system of record"]
  with:
    - id: control
      any: ["owned by {customer}", "{customer} owns", "under the control of {customer}"]
      patterns:
        - [{PARTY: customer}, {LOWER: {IN: ["'s", "’s"]}}, {OP: "{0,2}"}, {LOWER: {IN: [platform, crm]}}]
      scope: clause
      if_absent: weak
      reason: the customer does not own it
  weak_if:
    - any: ["{supplier}'s discretion", "as determined by {supplier}", "{supplier}'s consent"]
      reason: the supplier decides
      scope: clause
"""

KUBIENT = ('This Master Services Agreement is made between Kubient, Inc. ("Kubient") and Acme Support LLC '
           '("Acme"), which will provide the Services.\n')


def _rule(**changes):
    data = yaml.safe_load(RULE)
    data["detect"].update(changes)
    return parse_rule(data, "rules/x/TST001.yaml")


def _check(text, rule=None):
    return lint(snippet_document(text), Config(), rules=[rule or _rule()]).checks[0]


@pytest.mark.parametrize(("text", "status"), [
    # a defined short name, resolved to the customer from the preamble
    (KUBIENT + "1. Outcomes are counted in the system of record, which Kubient owns and controls.", "pass"),
    (KUBIENT + "1. The system of record is the Zendesk instance owned by Kubient.", "pass"),
    # role words, with or without "the"
    ("1. The system of record is the CRM platform owned by the Customer.", "pass"),
    ("1. The system of record is the CRM platform owned by Client.", "pass"),
    ("1. The system of record is under the control of the Buyer.", "pass"),
    # a placeholder in a token pattern, possessive written in the pattern
    (KUBIENT + "1. The system of record is Kubient's Zendesk platform.", "pass"),
    ("1. The system of record is the Customer’s CRM.", "pass"),
    # the other party is not the customer
    (KUBIENT + "1. Outcomes are counted in the system of record, which Acme owns and controls.", "weak"),
    (KUBIENT + "1. The system of record is Acme's Zendesk platform.", "weak"),
    ("1. The system of record is the CRM platform owned by the Supplier.", "weak"),
    # "either party" is neither party alone
    ("1. The system of record is the CRM platform owned by either party.", "weak"),
])
def test_placeholders_match_the_party_in_its_role(text, status):
    assert _check(text).status.value == status


@pytest.mark.parametrize(("text", "status", "found"), [
    (KUBIENT + "1. The system of record is owned by Kubient, as determined by Acme.", "weak",
     "as determined by Acme"),
    (KUBIENT + "1. The system of record is owned by Kubient; Acme's consent is needed to export it.", "weak",
     "Acme's consent"),
    ("1. The system of record is owned by the Customer, at the Vendor’s discretion.", "weak",
     "Vendor’s discretion"),
    ("1. The system of record is owned by the Customer, at the Service Provider's discretion.", "weak",
     "Service Provider's discretion"),
    # not the supplier: the customer's own discretion, or either party's
    (KUBIENT + "1. The system of record is owned by Kubient, at Kubient's discretion.", "pass", ""),
    ("1. The system of record is owned by the Customer, at either party's discretion.", "pass", ""),
    ("1. The system of record is owned by the Customer, as determined by the Customer.", "pass", ""),
    # the words without a party next to them are not the phrase
    ("1. The system of record is owned by the Customer; the discretion of the board applies.", "pass", ""),
])
def test_placeholders_in_qualifiers(text, status, found):
    check = _check(text)
    assert check.status.value == status
    assert found in check.message


PRONOUNS = ('These terms are between Tidewell Analytics Ltd ("we", "us", "our") and the organisation named '
            'in the Order ("you", "your").\n')


@pytest.mark.parametrize(("text", "status", "found"), [
    # the pronouns the contract defines are the parties: "our" is the supplier's, "your" the customer's
    (PRONOUNS + "1. The system of record is your CRM platform.", "pass", ""),
    (PRONOUNS + "1. The system of record is owned by you, at our discretion.", "weak", "our discretion"),
    (PRONOUNS + "1. The system of record is the CRM platform owned by us.", "weak", ""),
    (PRONOUNS + "1. You own the system of record; exports need our consent.", "weak", "our consent"),
    (PRONOUNS + "1. The system of record is owned by you, at your discretion.", "pass", ""),
    # a possessive pronoun is not an object: "owned by your" is not "owned by {customer}"
    (PRONOUNS + "1. The system of record is owned by your auditor's firm.", "weak", ""),
    # undefined pronouns are nobody: the same words without the definitions
    ("1. The system of record is owned by you, at our discretion.", "weak", ""),
])
def test_placeholders_match_pronouns_the_contract_defines(text, status, found):
    check = _check(text)
    assert check.status.value == status
    assert found in check.message


@pytest.mark.parametrize(("phrase", "message"), [
    ("owned by {client}", "unknown placeholder {client}"),
    ("{customer} owns {supplier}", "at most one party placeholder"),
    ("owned by {customer", "unbalanced brace"),
])
def test_placeholders_are_validated_on_load(phrase, message):
    with pytest.raises(RuleError) as caught:
        _rule(**{"with": [{"id": "control", "any": [phrase]}]})
    text = str(caught.value)
    assert caught.value.code == "BPO-E214"
    assert message in text
    assert "rules/x/TST001.yaml" in text and "rule TST001" in text and "field 'detect.with[0].any'" in text


@pytest.mark.parametrize("field", ["weak_if", "blocked_by"])
def test_placeholders_are_validated_in_qualifiers(field):
    pattern = rf"field 'detect\.{field}\[0\]\.any'.*unknown placeholder \{{vendor\}}"
    with pytest.raises(RuleError, match=pattern):
        _rule(**{field: [{"any": ["{vendor}'s discretion"], "reason": "r"}]})


@pytest.mark.parametrize(("pattern", "message"), [
    ([{"PARTY": "client"}, {"LOWER": "owns"}], "PARTY token"),
    ([{"PARTY": "customer", "OP": "?"}, {"LOWER": "owns"}], "PARTY token"),
    ([{"PARTY": "customer"}, {"PARTY": "supplier"}], "at most one PARTY"),
    ([{"PARTY": "customer"}], "needs other tokens"),
])
def test_pattern_placeholders_are_validated_on_load(pattern, message):
    with pytest.raises(RuleError, match=message) as caught:
        _rule(**{"with": [{"id": "control", "patterns": [pattern]}]})
    assert caught.value.code == "BPO-E214"


def _compose_by_walking(doc, phrases, fragments, parties):
    """What ``CompiledRules._compose`` must give, written the plain way: every position of every
    fragment is checked for a mention of the phrase's role right after (or before) it."""
    from bpolint.engine.matching import _POSSESSIVE

    ends, begins = {}, {}
    for label, start, end in fragments:
        ends.setdefault(label, {})
        ends[label][end] = min(ends[label].get(end, start), start)
        begins.setdefault(label, {})
        begins[label][start] = max(begins[label].get(start, end), end)
    by_start = {start: (end, role) for start, end, role in parties if role}
    by_end = {end: (start, role) for start, end, role in parties if role}
    size = len(doc)

    def tail(phrase, end):
        if phrase.possessive:
            if end >= size or doc[end].lower_ not in _POSSESSIVE:
                return -1
            end += 1
        return begins.get(phrase.after, {}).get(end, -1) if phrase.after else end

    out = []
    for label, positions in ends.items():
        for phrase in [p for p in phrases if p.before == label]:
            for end, start in positions.items():
                mention = by_start.get(end + 1 if end < size and doc[end].lower_ == "the" else end)
                if mention is not None and mention[1] == phrase.role and tail(phrase, mention[0]) > 0:
                    out.append((phrase.label, start, tail(phrase, mention[0])))
    for label, positions in begins.items():
        for phrase in [p for p in phrases if not p.before and p.after == label]:
            for start, stop in positions.items():
                at = start
                if phrase.possessive:
                    if not start or doc[start - 1].lower_ not in _POSSESSIVE:
                        continue
                    at = start - 1
                mention = by_end.get(at)
                if mention is not None and mention[1] == phrase.role:
                    out.append((phrase.label, mention[0], stop))
    for phrase in [p for p in phrases if not p.before and not p.after]:
        for start, end, role in parties:
            stop = tail(phrase, end) if role == phrase.role else -1
            if stop > 0:
                out.append((phrase.label, start, stop))
    return out


@pytest.mark.parametrize("seed", range(80))
def test_placeholder_matches_are_composed_as_a_walk_over_every_fragment_would(seed):
    """Fragments are looked up from the (few) party mentions instead of every fragment position
    being checked: same matches, same order, with "the" and "'s" around the mentions."""
    import random

    from bpolint.engine.matching import CompiledRules, PartyPhrase
    from bpolint.nlp.pipeline import get_nlp

    rng = random.Random(seed)
    nlp = get_nlp()
    words = ["the", "Customer", "Acme", "'s", "’s", "consent", "of", "in", "by", "with", "discretion", "shall", "."]
    doc = nlp.make_doc(" ".join(rng.choice(words) for _ in range(rng.randint(3, 40))))
    size = len(doc)
    labels = [f"\x1fparty:f{n}" for n in range(3)]
    phrases = []
    for n in range(rng.randint(1, 8)):
        before, after = rng.choice(labels + [""]), rng.choice(labels + [""])
        phrases.append(PartyPhrase(f"L{n % 3}", rng.choice(["customer", "supplier"]), before, after,
                                   rng.random() < 0.3))
    phrases = list(dict.fromkeys(phrases))
    fragments = []
    for _ in range(rng.randint(0, 90)):  # in no particular order, as phrase and token matches are listed
        start = rng.randrange(size)
        fragments.append((rng.choice(labels), start, min(size, start + rng.randint(1, 3))))
    parties, at = [], rng.randrange(3)
    while at < size:
        end = min(size, at + rng.randint(1, 2))
        parties.append((at, end, rng.choice(["customer", "supplier", ""])))
        at = end + rng.randint(0, 4)
    compiled = CompiledRules(None, (), nlp, tuple(phrases))
    expected = _compose_by_walking(doc, phrases, fragments, parties)
    assert compiled._compose(doc, fragments, parties) == expected
