"""Compile every rule's phrase lists into one matcher and run it once per clause.

Phrases are matched on lemmas (``audits``/``audited`` match ``audit``) with a
single :class:`spacy.matcher.PhraseMatcher`; only elements that declare token
``patterns`` use the (slower) :class:`spacy.matcher.Matcher`. Heading aliases
are matched with rapidfuzz on normalised word sets, so ``Audit Rights``
matches ``audit right`` but ``Termination`` does not match ``Termination
Assistance``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .rules import Rule
from .spec import Element, Part

_HEADING_STOP = frozenset("and of the for to on in a an & its by with".split())
_NUMBERING = re.compile(r"^\s*(?:(?:clause|section|article|schedule|annex|appendix|part)\s+)?"
                        r"[\dIVXivx.()]+\s*[-–—:.]?\s*",
                        re.I)


def element_label(code: str, part: Part, element: Element) -> str:
    return f"{code}/{part.id}/{element.id}"


def qualifier_label(code: str, part: Part, kind: str, qualifier_id: str) -> str:
    return f"{code}/{part.id}/{kind}:{qualifier_id}"


def unless_label(code: str, part: Part, element: Element) -> str:
    return f"{code}/{part.id}/{element.id}:unless"


def _flatten(parts: Iterable[Part]) -> list[Part]:
    out: list[Part] = []
    for part in parts:
        out.extend(_flatten(part.one_of) if part.one_of else [part])
    return out


def rule_parts(rule: Rule) -> list[Part]:
    """Every matchable part of a rule (alternatives of a ``one_of`` included)."""
    if rule.spec is None:
        return []
    return _flatten(list(rule.spec.parts) + ([rule.spec.applies_if] if rule.spec.applies_if else []))


# Token attributes whose literal values a pattern can be gated on (TEXT is ORTH).
_ANCHOR_ATTRS = {"LOWER": "LOWER", "LEMMA": "LEMMA", "ORTH": "ORTH", "TEXT": "ORTH"}
_ARRAY_ATTRS = ("LOWER", "LEMMA", "ORTH")
Anchor = tuple[tuple[str, frozenset[str]], ...]
HashedAnchor = tuple[tuple[int, frozenset[int]], ...]


def pattern_anchor(pattern: Sequence[dict[str, Any]]) -> Anchor:
    """The literal values a token pattern cannot match without: for each token it
    requires (no ``OP``, or ``+``), the attribute and the set of values it allows.
    An empty anchor means the pattern cannot be gated and always runs."""
    anchor = []
    for token in pattern:
        if token.get("OP") not in (None, "+"):
            continue
        for attr, value in token.items():
            if attr not in _ANCHOR_ATTRS:
                continue
            if isinstance(value, str):
                anchor.append((_ANCHOR_ATTRS[attr], frozenset([value])))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                anchor.append((_ANCHOR_ATTRS[attr], frozenset(value["IN"])))
    return tuple(anchor)


def _hashed(anchor: Anchor, strings: Any) -> HashedAnchor:
    return tuple((_ARRAY_ATTRS.index(attr), frozenset(strings.add(v) for v in values)) for attr, values in anchor)


@dataclass
class GatedMatcher:
    """A Matcher for one label's patterns, run only on docs that hold every word one pattern requires.

    The spaCy Matcher's cost grows with patterns x tokens; most clauses hold none
    of a pattern's required words, so gating gives the same matches for a
    fraction of the work.
    """

    anchors: tuple[HashedAnchor, ...]
    matcher: Any

    def may_match(self, values: Sequence[set[int]]) -> bool:
        return any(all(values[column] & allowed for column, allowed in anchor) for anchor in self.anchors)


@dataclass
class CompiledRules:
    """The matchers for one rule set."""

    phrase_matcher: Any
    token_matchers: tuple[GatedMatcher, ...]
    nlp: Any

    def __call__(self, doc: Any) -> list[tuple[str, int, int]]:
        strings = self.nlp.vocab.strings
        out = [(strings[key], start, end) for key, start, end in self.phrase_matcher(doc)]
        if self.token_matchers:
            array = doc.to_array(list(_ARRAY_ATTRS))
            values = [set(array[:, column].tolist()) for column in range(len(_ARRAY_ATTRS))] if len(doc) else [
                set(), set(), set()]
            for gated in self.token_matchers:
                if gated.may_match(values):
                    out += [(strings[key], start, end) for key, start, end in gated.matcher(doc)]
        return out


_CACHE: dict[tuple[int, tuple[str, ...]], CompiledRules] = {}
_SPEC_KEYS: dict[int, tuple[Rule, str]] = {}


def _rule_key(rule: Rule) -> str:
    """A key for what a rule matches: its code and its spec (not its object id, which is reused)."""
    cached = _SPEC_KEYS.get(id(rule))
    if cached is not None and cached[0] is rule:
        return cached[1]
    key = f"{rule.code}:{rule.spec!r}"
    if len(_SPEC_KEYS) > 256:
        _SPEC_KEYS.clear()
    _SPEC_KEYS[id(rule)] = (rule, key)
    return key


def compile_rules(rules: Sequence[Rule], nlp: Any) -> CompiledRules:
    """One PhraseMatcher (lemma attribute) for every phrase of every rule; cached per rule set."""
    key = (id(nlp), tuple(_rule_key(r) for r in rules))
    if key in _CACHE:
        return _CACHE[key]
    from spacy.matcher import Matcher, PhraseMatcher

    phrases: dict[str, list[str]] = {}
    patterns: dict[str, list[list[dict[str, Any]]]] = {}
    for rule in rules:
        for part in rule_parts(rule):
            for element in (part.find, *part.with_, *((part.used_with,) if part.used_with else ())):
                label = element_label(rule.code, part, element)
                phrases.setdefault(label, []).extend(element.phrases)
                if element.patterns:
                    patterns.setdefault(label, []).extend([dict(t) for t in p] for p in element.patterns)
                if element.unless:
                    phrases.setdefault(unless_label(rule.code, part, element), []).extend(element.unless)
            for kind, qualifiers in (("weak", part.weak_if), ("block", part.blocked_by)):
                for qualifier in qualifiers:
                    label = qualifier_label(rule.code, part, kind, qualifier.id)
                    if qualifier.phrases:
                        phrases.setdefault(label, []).extend(qualifier.phrases)
                    if qualifier.unless:
                        phrases.setdefault(label + ":unless", []).extend(qualifier.unless)
    phrase_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
    every = sorted({p for values in phrases.values() for p in values})
    docs = dict(zip(every, nlp.pipe(every), strict=True))
    for label, values in phrases.items():
        if values:
            phrase_matcher.add(label, [docs[v] for v in dict.fromkeys(values)])
    token_matchers = []
    ungated = Matcher(nlp.vocab, validate=True)  # labels with a pattern that cannot be gated share one pass
    for label, token_patterns in patterns.items():
        anchors = tuple(_hashed(pattern_anchor(p), nlp.vocab.strings) for p in token_patterns)
        if any(not anchor for anchor in anchors):
            ungated.add(label, token_patterns)
            continue
        matcher = Matcher(nlp.vocab, validate=True)
        matcher.add(label, token_patterns)
        token_matchers.append(GatedMatcher(anchors, matcher))
    if len(ungated):
        token_matchers.append(GatedMatcher(((),), ungated))
    compiled = CompiledRules(phrase_matcher, tuple(token_matchers), nlp)
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[key] = compiled
    return compiled


def _heading_words(text: str) -> list[str]:
    text = _NUMBERING.sub("", text.lower())
    words = re.findall(r"[a-z][a-z'-]*", text)
    return [w[:-1] if w.endswith("s") and len(w) > 3 and not w.endswith("ss") else w
            for w in words if w not in _HEADING_STOP]


@lru_cache(maxsize=4096)
def _alias_match(heading: str, aliases: tuple[str, ...], threshold: float) -> str | None:
    return _heading_alias(heading, aliases, threshold)


def heading_alias(heading: str, aliases: Iterable[str], threshold: float = 90.0) -> str | None:
    """The alias a heading matches, or ``None`` (cached; see :func:`_heading_alias`)."""
    return _alias_match(heading, tuple(aliases), threshold)


def _heading_alias(heading: str, aliases: Iterable[str], threshold: float = 90.0) -> str | None:
    """The alias a heading matches, or ``None``.

    Both sides must cover each other's words (so an alias never matches a
    longer heading that means something else); rapidfuzz's token-set ratio
    tolerates spelling variants.
    """
    from rapidfuzz import fuzz

    words = _heading_words(heading)
    if not words:
        return None
    joined = " ".join(words)
    for alias in aliases:
        alias_words = _heading_words(alias)
        if not alias_words:
            continue
        if set(alias_words) == set(words):
            return alias
        if len(alias_words) == len(set(words)) and fuzz.token_sort_ratio(" ".join(alias_words), joined) >= threshold:
            return alias
    return None
