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
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any

from ..nlp.parties import POSSESSIVE_PRONOUNS
from .rules import Rule
from .spec import Element, Part, pattern_placeholder, placeholder
from .tokenmatch import TokenMatcher, supported

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


def numeric_unless_label(code: str, part: Part, numeric_id: str) -> str:
    return f"{code}/{part.id}/numeric:{numeric_id}:unless"


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
    fraction of the work. Only patterns the batch :class:`TokenMatcher` cannot
    take come here.
    """

    anchors: tuple[HashedAnchor, ...]
    matcher: Any

    def may_match(self, values: Sequence[set[int]]) -> bool:
        return any(all(values[column] & allowed for column, allowed in anchor) for anchor in self.anchors)


_FRAGMENT = "\x1fparty:"  # labels of the words around a party placeholder (never a rule's label)
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _possessive_token(token: Any) -> bool:
    """A pattern token that matches only a possessive 's (required or optional)."""
    lower = token.get("LOWER") if isinstance(token, dict) else None
    values = lower.get("IN") if isinstance(lower, dict) else [lower] if isinstance(lower, str) else None
    if not isinstance(values, list) or not values:
        return False
    return set(values) <= _POSSESSIVE and set(token) <= {"LOWER", "OP"} and token.get("OP") in (None, "?")


def fragment_label(label: str, index: int, side: str) -> str:
    """The label of the tokens before (``<``) or after (``>``) the PARTY token of pattern ``index``."""
    return f"{_FRAGMENT}{label}#{index}{side}"


@dataclass(frozen=True)
class PartyPhrase:
    """A phrase or pattern with a ``{customer}`` / ``{supplier}`` placeholder, compiled as the
    fragments around it; a match is a fragment next to a mention of that party in the document."""

    label: str  # the element's (or qualifier's) label
    role: str
    before: str = ""  # fragment label of the words before the placeholder ("" when it opens the phrase)
    after: str = ""  # fragment label of the words after it
    possessive: bool = False  # "{supplier}'s discretion": the mention is followed by 's (or is "our")
    # a pattern's [{PARTY}, {'s}, ...] read after a possessive pronoun: "your CRM", no 's to match
    pronoun: bool = False


class _Names(dict[int, str]):
    """Label names by hash: a dict lookup is cheaper than asking the StringStore, and the few
    hundred labels of a rule set are asked for once per match."""

    def __init__(self, strings: Any) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, key: int) -> str:
        name: str = self.strings[key]
        self[key] = name
        return name


@dataclass
class CompiledRules:
    """The matchers for one rule set."""

    phrase_matcher: Any
    token_matchers: tuple[GatedMatcher, ...]  # spaCy Matchers for patterns outside the batch matcher's language
    nlp: Any
    party_phrases: tuple[PartyPhrase, ...] = ()
    batch: TokenMatcher | None = None  # every other token pattern, matched over all clauses at once
    # label key -> rank: token matches are listed label group by label group in the order the labels
    # were compiled (a label's own matches in spaCy's order), whichever matcher found them
    ranks: dict[int, int] = field(default_factory=dict)
    # label -> the other labels with the very same phrases (and nothing else), which it is matched for:
    # rules repeat an element's phrase list in each alternative of a part (a YAML anchor), and each
    # copy matched on its own made about two matches in five of a long contract's
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        strings = self.nlp.vocab.strings
        self._keys = {f: strings.add(f) for p in self.party_phrases for f in (p.before, p.after) if f}
        self._fragment_keys = frozenset(self._keys.values())
        by_before: dict[str, list[PartyPhrase]] = {}
        by_after: dict[str, list[PartyPhrase]] = {}
        for phrase in self.party_phrases:
            if phrase.before:
                by_before.setdefault(phrase.before, []).append(phrase)
            elif phrase.after:
                by_after.setdefault(phrase.after, []).append(phrase)
        # fragment label (by name, and by its key: see _labels) -> the phrases it opens or ends
        self._by_before: dict[str | int, list[PartyPhrase]] = {}
        self._by_after: dict[str | int, list[PartyPhrase]] = {}
        for by, named in ((self._by_before, by_before), (self._by_after, by_after)):
            by.update(named)
            by.update((self._keys[name], phrases) for name, phrases in named.items())
        self._bare = [p for p in self.party_phrases if not p.before and not p.after]
        self._names = _Names(strings)

    def token_matches(self, docs: Sequence[Any]) -> list[list[tuple[int, int, int]]]:
        """Token-pattern matches ``(label key, start, end)`` of each doc."""
        found = self.batch.match_docs(docs) if self.batch is not None else [[] for _ in docs]
        if not self.token_matchers:
            return found
        for doc, tokened in zip(docs, found, strict=True):
            array = doc.to_array(list(_ARRAY_ATTRS))
            values = [set(array[:, column].tolist()) for column in range(len(_ARRAY_ATTRS))] if len(doc) else [
                set(), set(), set()]
            for gated in self.token_matchers:
                if gated.may_match(values):
                    tokened += gated.matcher(doc)
            tokened.sort(key=lambda match: self.ranks[match[0]])
        return found

    def raw_matches(self, doc: Any) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
        """(phrase matches, token-pattern matches) as ``(label key, start, end)``, the words
        around party placeholders included (see :func:`fragment_label`)."""
        return self.phrase_matcher(doc), self.token_matches([doc])[0]

    def label_docs(self, docs: Sequence[Any], parties: Sequence[Sequence[tuple[int, int, str]]], *,
                   aliased: bool = True) -> list[list[tuple[str, int, int]]]:
        """``self(doc, parties)`` for many docs, their token patterns matched in one batch. With
        ``aliased=False`` a label's :attr:`aliases` are left out: its matches stand for theirs."""
        tokened = self.token_matches(docs)
        out = [self._labels(doc, mentions, self.phrase_matcher(doc), found)
               for doc, mentions, found in zip(docs, parties, tokened, strict=True)]
        return [self._with_aliases(matches) for matches in out] if aliased and self.aliases else out

    def __call__(self, doc: Any, parties: Sequence[tuple[int, int, str]] = ()) -> list[tuple[str, int, int]]:
        """Every label match in ``doc``; ``parties`` are its party mentions ``(start, end, role)``,
        which phrases with a party placeholder need (without them those phrases never match)."""
        phrased, tokened = self.raw_matches(doc)
        return self._with_aliases(self._labels(doc, parties, phrased, tokened))

    def _with_aliases(self, matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """Each match followed by the same match under each of its label's aliases."""
        aliases = self.aliases
        if not aliases:
            return matches
        return [(name, start, end) for label, start, end in matches for name in (label, *aliases.get(label, ()))]

    def _labels(self, doc: Any, parties: Sequence[tuple[int, int, str]], phrased: list[tuple[int, int, int]],
                tokened: list[tuple[int, int, int]]) -> list[tuple[str, int, int]]:
        strings = self._names
        if not self.party_phrases:
            return [(strings[key], start, end) for key, start, end in (*phrased, *tokened)]
        fragments = self._fragment_keys
        out = [(strings[key], start, end) for key, start, end in phrased if key not in fragments]
        if parties:
            # the fragments by their keys (_compose reads a label only as a key, its name is not needed)
            found = [match for match in phrased if match[0] in fragments]
            found += [match for match in tokened if match[0] in fragments]
            composed = self._compose(doc, found, parties) if found or self._bare else []
            if composed:
                # in document order among the phrase matches (a qualifier quotes its first match)
                out = sorted(out + composed, key=lambda match: match[1])
        return out + [(strings[key], start, end) for key, start, end in tokened if key not in fragments]

    def _compose(self, doc: Any, fragments: Sequence[tuple[str | int, int, int]],
                 parties: Sequence[tuple[int, int, str]]) -> list[tuple[str, int, int]]:
        """Placeholder matches: a fragment right before (after "the") or after a mention of the role.

        A fragment can be a common word ("in", "for") found dozens of times in a clause while the
        clause names a party once or twice, so each label's fragment positions are looked up from
        the mentions rather than each position checked for a mention. The matches are listed as if
        the positions had been walked (label by label in the order first found, then phrase by
        phrase, then position by position in the order found), which is the order callers see."""
        by_start = {start: (end, role) for start, end, role in parties if role}
        by_end = {end: (start, role) for start, end, role in parties if role}
        # only fragments touching a mention can take part: ending at its start (or at the "the" before
        # it), starting at its end (or after its 's)
        near_start = {*by_start, *(start - 1 for start in by_start)}
        near_end = {*by_end, *(end + 1 for end in by_end)}
        ends: dict[str | int, dict[int, int]] = {}  # fragment label (its name or key) -> end -> earliest start
        begins: dict[str | int, dict[int, int]] = {}  # fragment label -> start -> latest end
        for label, start, end in fragments:
            if end in near_start:
                at_end = ends.setdefault(label, {})
                at_end[end] = min(at_end.get(end, start), start)
            if start in near_end:
                at_start = begins.setdefault(label, {})
                at_start[start] = max(at_start.get(start, end), end)
        if len(ends) > 1 or len(begins) > 1:  # labels in the order first found among all fragments
            listed = list(map(itemgetter(0), fragments))
            found = {label: listed.index(label) for label in {*ends, *begins}}  # (first positions: the same order)
            ends = dict(sorted(ends.items(), key=lambda item: found[item[0]]))
            begins = dict(sorted(begins.items(), key=lambda item: found[item[0]]))
        size = len(doc)
        lowered: dict[int, str] = {}

        def lower(index: int) -> str:
            word = lowered.get(index)
            if word is None:
                word = lowered[index] = doc[index].lower_
            return word

        def tail(phrase: PartyPhrase, end: int) -> int:
            """End of the match after a mention ending at ``end``, or -1."""
            if lower(end - 1) in POSSESSIVE_PRONOUNS:
                # "our standard procedures" is "{supplier}'s standard procedures", and only that
                if not (phrase.possessive or phrase.pronoun):
                    return -1
            elif phrase.pronoun:
                return -1
            elif phrase.possessive:
                if end >= size or lower(end) not in _POSSESSIVE:
                    return -1
                end += 1
            if phrase.after:
                at = begins.get(phrase.after)  # (the fragments given by name, or else by key)
                if at is None:
                    at = begins.get(self._keys[phrase.after], {})
                return at.get(end, -1)
            return end

        def in_found_order(hits: list[tuple[int, Any]], positions: dict[int, int]) -> list[tuple[int, Any]]:
            if len(hits) < 2:
                return hits
            rank = {position: index for index, position in enumerate(positions)}
            return sorted(hits, key=lambda hit: rank[hit[0]])

        out = []
        for label, positions in ends.items():
            phrases = self._by_before.get(label)
            if not phrases:
                continue
            # a fragment ending at a mention, or at the "the" before it ("with the consent of the Customer")
            hits = []
            for begin, mention in by_start.items():
                if begin in positions and lower(begin) != "the":
                    hits.append((begin, mention))
                if begin > 0 and begin - 1 in positions and lower(begin - 1) == "the":
                    hits.append((begin - 1, mention))
            hits = in_found_order(hits, positions)
            for phrase in phrases:
                for end, (stop_of_mention, role) in hits:
                    if role == phrase.role:
                        stop = tail(phrase, stop_of_mention)
                        if stop > 0:
                            out.append((phrase.label, positions[end], stop))
        for label, positions in begins.items():
            phrases = self._by_after.get(label)
            if not phrases:
                continue
            plain = in_found_order([(stop, mention) for stop, mention in by_end.items() if stop in positions
                                    and lower(stop - 1) not in POSSESSIVE_PRONOUNS], positions)
            # "our discretion": the fragment starts right after a possessive pronoun
            pronouns = [(stop, mention) for stop, mention in by_end.items()
                        if stop in positions and lower(stop - 1) in POSSESSIVE_PRONOUNS]
            # "Acme's discretion": the fragment starts after the mention's 's
            owned = in_found_order([(stop + 1, mention) for stop, mention in by_end.items()
                                    if stop + 1 in positions and stop < size and lower(stop) in _POSSESSIVE]
                                   + pronouns, positions) if any(p.possessive for p in phrases) else []
            pronouns = in_found_order(pronouns, positions)
            for phrase in phrases:
                for begin, (start, role) in owned if phrase.possessive else pronouns if phrase.pronoun else plain:
                    if role == phrase.role:
                        out.append((phrase.label, start, positions[begin]))
        for phrase in self._bare:
            for start, end, role in parties:
                stop = tail(phrase, end) if role == phrase.role else -1
                if stop > 0:
                    out.append((phrase.label, start, stop))
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
    party_phrases: dict[PartyPhrase, None] = {}

    def add_phrases(label: str, values: Iterable[str]) -> None:
        for value in values:
            split = placeholder(value)
            if split is None:
                phrases.setdefault(label, []).append(value)
                continue
            # "owned by {customer}": the words around the placeholder are matched once per rule set;
            # which party a mention is depends on the document, so they are joined per document
            before = _FRAGMENT + split.before if split.before else ""
            after = _FRAGMENT + split.after if split.after else ""
            for fragment, text in ((before, split.before), (after, split.after)):
                if fragment:
                    phrases.setdefault(fragment, []).append(text)
            party_phrases[PartyPhrase(label, split.role, before, after, split.possessive)] = None

    def add_patterns(label: str, values: Iterable[Sequence[Any]]) -> None:
        for index, pattern in enumerate(values):
            split = pattern_placeholder(tuple(pattern))
            if split is None:
                patterns.setdefault(label, []).append([dict(t) for t in pattern])
                continue
            head, role, rest = split
            before = fragment_label(label, index, "<") if head else ""
            after = fragment_label(label, index, ">") if rest else ""
            for fragment, tokens in ((before, head), (after, rest)):
                if fragment:
                    patterns.setdefault(fragment, []).append([dict(t) for t in tokens])
            party_phrases[PartyPhrase(label, role, before, after)] = None
            if rest and _possessive_token(rest[0]):
                # "{PARTY} 's CRM" also reads "your CRM" where the contract names a party by pronouns
                owned = fragment_label(label, index, "^") if rest[1:] else ""
                if owned:
                    patterns.setdefault(owned, []).append([dict(t) for t in rest[1:]])
                party_phrases[PartyPhrase(label, role, before, owned, pronoun=True)] = None

    for rule in rules:
        for part in rule_parts(rule):
            for element in (part.find, *part.with_, *((part.used_with,) if part.used_with else ()),
                            *((part.priced_share,) if part.priced_share else ())):
                label = element_label(rule.code, part, element)
                phrases.setdefault(label, [])
                add_phrases(label, element.phrases)
                add_patterns(label, element.patterns)
                if element.unless:
                    add_phrases(unless_label(rule.code, part, element), element.unless)
            for kind, qualifiers in (("weak", part.weak_if), ("block", part.blocked_by)):
                for qualifier in qualifiers:
                    label = qualifier_label(rule.code, part, kind, qualifier.id)
                    add_phrases(label, qualifier.phrases)
                    if qualifier.unless:
                        add_phrases(label + ":unless", qualifier.unless)
            for numeric in part.numeric:
                if numeric.unless:
                    add_phrases(numeric_unless_label(rule.code, part, numeric.id), numeric.unless)
    phrase_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
    every = sorted({p for values in phrases.values() for p in values})
    docs = dict(zip(every, nlp.pipe(every), strict=True))
    # A label matched by its phrases alone has the matches of any other such label with the same
    # phrases, in the same order: it is matched once, for all of them (see CompiledRules.aliases).
    mixed = {p.label for p in party_phrases} | set(patterns)
    matched_as: dict[frozenset[str], str] = {}
    aliases: dict[str, list[str]] = {}
    for label, values in phrases.items():
        if not values:
            continue
        if label not in mixed and not label.startswith(_FRAGMENT):
            first = matched_as.setdefault(frozenset(values), label)
            if first != label:
                aliases.setdefault(first, []).append(label)
                continue
        phrase_matcher.add(label, [docs[v] for v in dict.fromkeys(values)])
    token_matchers = []
    # Labels are ranked as they were when each had a spaCy Matcher of its own, run in turn, with the
    # labels holding a pattern that cannot be gated sharing one last pass: the order of token matches
    # (and so every report) stays as it was.
    ranks: dict[int, int] = {}
    ungated_rank = len(patterns)
    batch = TokenMatcher(nlp.vocab)
    ungated = Matcher(nlp.vocab, validate=True)
    ungated_patterns: list[tuple[str, list[list[dict[str, Any]]]]] = []
    for rank, (label, token_patterns) in enumerate(patterns.items()):
        anchors = tuple(_hashed(pattern_anchor(p), nlp.vocab.strings) for p in token_patterns)
        gated = all(anchors)
        ranks[nlp.vocab.strings.add(label)] = rank if gated else ungated_rank
        if not gated:
            ungated_patterns.append((label, token_patterns))
        elif all(supported(p) for p in token_patterns):
            batch.add(label, token_patterns)
        else:
            matcher = Matcher(nlp.vocab, validate=True)
            matcher.add(label, token_patterns)
            token_matchers.append(GatedMatcher(anchors, matcher))
    # the ungated pass is one matcher: its labels' matches interleave as its state machine finds them
    if all(supported(p) for _, values in ungated_patterns for p in values):
        for label, token_patterns in ungated_patterns:
            batch.add(label, token_patterns)
    else:
        for label, token_patterns in ungated_patterns:
            ungated.add(label, token_patterns)
        token_matchers.append(GatedMatcher(((),), ungated))
    compiled = CompiledRules(phrase_matcher, tuple(token_matchers), nlp, tuple(party_phrases),
                             batch if len(batch) else None, ranks,
                             {label: tuple(others) for label, others in aliases.items()})
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[key] = compiled
    return compiled


def _heading_words(text: str) -> list[str]:
    text = _NUMBERING.sub("", text.lower())
    words = re.findall(r"[a-z][a-z'-]*", text)
    return [w[:-1] if w.endswith("s") and len(w) > 3 and not w.endswith("ss") else w
            for w in words if w not in _HEADING_STOP]


@cache
def _alias_words(alias: str) -> tuple[tuple[str, ...], frozenset[str], str]:
    """An alias's words (as a tuple, a set and joined), normalised once: the aliases are the rules'
    few hundred, while a document can have tens of thousands of distinct headings that overflow
    :func:`_alias_match`'s cache."""
    words = tuple(_heading_words(alias))
    return words, frozenset(words), " ".join(words)


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
    distinct = set(words)
    for alias in aliases:
        alias_words, alias_set, alias_joined = _alias_words(alias)
        if not alias_words:
            continue
        if alias_set == distinct:
            return alias
        if len(alias_words) == len(distinct) and fuzz.token_sort_ratio(alias_joined, joined) >= threshold:
            return alias
    return None
