"""Token patterns matched over many docs at once, with spaCy's Matcher semantics.

spaCy's :class:`~spacy.matcher.Matcher` walks each doc token by token and
calls a Python predicate (``IN``, ``NOT_IN``, ``REGEX``) on a fresh ``Token``
object for every token a pattern state reaches; with dozens of patterns that
is most of the engine's time. Here the same patterns are answered in two
stages:

1. every distinct token spec (``{"LEMMA": {"IN": [...]}, "OP": "?"}`` minus
   its ``OP``) becomes one boolean vector over all tokens of all docs, from
   the docs' attribute arrays (``numpy.isin``, one regex test per distinct
   string), and each pattern is run as a set of ``(start, position)`` pairs
   over those vectors to find the starts from which it can match;
2. spaCy's own state machine (``find_matches`` / ``transition_states`` /
   ``finish_states`` in ``matcher.pyx``, transcribed) is replayed, in Python,
   from those starts only. States from a start with no match never emit, and
   each state is handled independently, so dropping them leaves the other
   states' matches - and their order, which callers read ("the first
   match") - exactly as spaCy gives them. Two shortcuts keep that order:
   a doc whose starts all belong to fixed-width patterns (no optional
   token) is not replayed at all, its matches being known from stage 1;
   and a state reached along two paths through optional tokens is kept
   once (see :meth:`TokenMatcher._replay`).

Only the pattern language the rules use is supported (see :func:`supported`):
ORTH/TEXT, LOWER, LEMMA, NORM, SHAPE, PREFIX, SUFFIX as strings or with
``IN`` / ``NOT_IN`` / ``REGEX``, ``LENGTH`` and the lexical flags (``IS_*``,
``LIKE_*``) as values, and the operators ``!``, ``?``, ``*``, ``+`` and
``{n,m}``. Anything else stays with spaCy's Matcher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

_STRING_ATTRS = frozenset({"ORTH", "LOWER", "LEMMA", "NORM", "SHAPE", "PREFIX", "SUFFIX"})
_FLAG_ATTRS = frozenset({
    "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP",
    "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY", "LIKE_NUM", "LIKE_URL",
    "LIKE_EMAIL", "LENGTH",
})
_PREDICATES = frozenset({"IN", "NOT_IN", "REGEX"})

# spaCy's quantifiers (matcher.pxd); FINAL marks the end of a pattern.
ZERO, ZERO_ONE, ZERO_PLUS, ONE, FINAL = "!", "?", "*", "1", "final"

# spaCy's actions (matcher.pyx get_action)
REJECT, MATCH, ADVANCE, RETRY, MATCH_EXTEND, RETRY_ADVANCE, RETRY_EXTEND, MATCH_REJECT, MATCH_DOUBLE = range(9)
_RETRIES = frozenset({RETRY, RETRY_ADVANCE, RETRY_EXTEND})


def _operators(token: dict[str, Any]) -> tuple[str, ...]:
    """The quantifiers one pattern token expands to (as spaCy's ``_get_operators``)."""
    op = token.get("OP")
    if op is None:
        return (ONE,)
    fixed = {"*": (ZERO_PLUS,), "+": (ONE, ZERO_PLUS), "?": (ZERO_ONE,), "1": (ONE,), "!": (ZERO,)}
    if op in fixed:
        return fixed[op]
    inner = op[1:-1]
    low, _, high = (inner if "," in inner else f"{inner},{inner}").partition(",")
    head = (ONE,) * int(low or 0)
    return head + ((ZERO_ONE,) * (int(high) - int(low or 0)) if high else (ZERO_PLUS,))


def _attr(name: str) -> str:
    name = name.upper()
    return "ORTH" if name == "TEXT" else name


def supported(pattern: Sequence[dict[str, Any]]) -> bool:
    """Can this (valid) spaCy token pattern be matched here?"""
    for token in pattern:
        for key, value in token.items():
            if key.upper() == "OP":
                if not isinstance(value, str) or not re.fullmatch(r"[!?*+1]|\{\d*(?:,\d*)?\}", value):
                    return False
                continue
            attr = _attr(key)
            if attr in _FLAG_ATTRS:
                if not isinstance(value, (bool, int)):
                    return False
            elif attr in _STRING_ATTRS:
                if isinstance(value, dict):
                    if not value or not set(value) <= _PREDICATES:
                        return False
                    for predicate, argument in value.items():
                        if predicate == "REGEX" and not isinstance(argument, str):
                            return False
                        if predicate != "REGEX" and not (isinstance(argument, (list, tuple))
                                                         and all(isinstance(v, str) for v in argument)):
                            return False
                elif not isinstance(value, str):
                    return False
            else:
                return False
    return True


@dataclass(frozen=True)
class _Condition:
    attr: str
    kind: str  # "eq", "IN", "NOT_IN", "REGEX"
    value: Any  # a hash, a tuple of hashes, or a regex string


def _spec_conditions(token: dict[str, Any], strings: Any) -> tuple[_Condition, ...]:
    out = []
    for key, value in token.items():
        if key.upper() == "OP":
            continue
        attr = _attr(key)
        if isinstance(value, dict):
            for predicate, argument in value.items():
                if predicate == "REGEX":
                    out.append(_Condition(attr, "REGEX", argument))
                else:
                    out.append(_Condition(attr, predicate, tuple(sorted({strings.add(v) for v in argument}))))
        elif isinstance(value, str):
            out.append(_Condition(attr, "eq", strings.add(value)))
        else:
            out.append(_Condition(attr, "eq", int(value)))
    return tuple(sorted(out, key=repr))


@dataclass
class _Pattern:
    key: int
    elements: tuple[tuple[str, int], ...]  # (quantifier, spec index); the spec index -1 is "any token"
    width: int = 0  # the number of tokens every match spans, or 0 when an optional token makes it vary

    def __post_init__(self) -> None:
        if all(quantifier in (ONE, ZERO) for quantifier, _ in self.elements):
            self.width = len(self.elements)


class TokenMatcher:
    """A drop-in for one spaCy ``Matcher`` (``add``, ``__call__``) that also matches a
    batch of docs at once (:meth:`match_docs`), with the same matches in the same order."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self._patterns: list[_Pattern] = []
        self._specs: dict[tuple[_Condition, ...], int] = {}
        self._regex_cache: dict[str, dict[int, bool]] = {}
        self._keys: set[int] = set()
        self._program_cache: list[tuple[tuple[int, int, int], ...]] = []
        self._membership_cache: dict[str, tuple[Any, Any, list[int], Any]] = {}
        self._membership_size = -1  # the number of specs the membership tables were built for

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: str | int, patterns: Iterable[Sequence[dict[str, Any]]]) -> None:
        strings = self.vocab.strings
        key_id = strings.add(key) if isinstance(key, str) else key
        self._keys.add(key_id)
        for pattern in patterns:
            if not supported(pattern):
                raise ValueError(f"token pattern not supported by TokenMatcher: {pattern!r}")
            elements: list[tuple[str, int]] = []
            for token in pattern:
                conditions = _spec_conditions(token, strings)
                spec = self._specs.setdefault(conditions, len(self._specs)) if conditions else -1
                elements.extend((op, spec) for op in _operators(token))
            self._patterns.append(_Pattern(key_id, tuple(elements)))

    @property
    def _attrs(self) -> list[str]:
        return sorted({c.attr for conditions in self._specs for c in conditions})

    def __call__(self, doc: Any) -> list[tuple[int, int, int]]:
        return self.match_docs([doc])[0]

    def match_docs(self, docs: Sequence[Any]) -> list[list[tuple[int, int, int]]]:
        """``[(key, start, end)]`` for each doc, as ``Matcher(doc)`` would give them."""
        out: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        if not self._patterns or not docs:
            return out
        lengths = np.fromiter((len(doc) for doc in docs), dtype=np.int64, count=len(docs))
        total = int(lengths.sum())
        if not total:
            return out
        offsets = np.zeros(len(docs) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        attrs = self._attrs
        rows, inverse = _token_rows(docs, attrs, self.vocab, total)
        # the start and end of each token's doc: a pattern never runs past them
        bounds = (np.repeat(offsets[:-1], lengths), np.repeat(offsets[1:], lengths))
        truth, hits = self._spec_vectors(rows, inverse, attrs)
        # which docs any pattern may match in, and from where (a pattern's starts depend on its elements only:
        # a fifth of the rules' patterns repeat another's, for another label)
        by_doc: dict[int, list[tuple[int, int]]] = {}
        walked: dict[tuple[tuple[str, int], ...], tuple[list[int], list[int]]] = {}
        for index, pattern in enumerate(self._patterns):
            found = walked.get(pattern.elements)
            if found is None:
                starts = self._starts(pattern, truth, hits, bounds, total)
                owners = np.searchsorted(offsets, starts, side="right") - 1 if len(starts) else starts
                found = walked[pattern.elements] = (owners.tolist(), starts.tolist())
            for doc_index, start in zip(*found, strict=True):
                by_doc.setdefault(doc_index, []).append((start, index))
        patterns = self._patterns
        table: _SpecRows | None = None
        for doc_index, entries in by_doc.items():
            entries.sort()  # by start, then pattern order: the order spaCy pushes states
            first, end = int(offsets[doc_index]), int(offsets[doc_index + 1])
            if all(patterns[j].width for _, j in entries):
                out[doc_index] = self._fixed([(s - first, j) for s, j in entries])
                continue
            table = _SpecRows(truth.table) if table is None else table
            out[doc_index] = self._replay([(s - first, j) for s, j in entries], table,
                                          truth.rows[first:end].tolist())
        return out

    def _spec_vectors(self, rows: Any, inverse: Any, attrs: list[str]) -> tuple[_Truth, Any]:
        """Which tokens satisfy each token spec, and how many do."""
        # A long contract has a few thousand distinct tokens: every spec is tested once per distinct
        # row of attribute values, rather than each spec's conditions being tested on every token.
        table = np.ones((len(self._specs), len(rows) + 1), dtype=bool)
        table[:, len(rows)] = False  # the column past the end
        strings = self.vocab.strings
        # value conditions (eq, IN, NOT_IN), all of one attribute at once: each distinct word's value is
        # looked up once among the values the conditions name, instead of one np.isin (two sorts) per
        # condition - a real contract has thousands of distinct words, and the rules ~300 such conditions
        for attr, (keys, member, specs, negated) in self._membership().items():
            column = rows[:, attrs.index(attr)]
            at = np.searchsorted(keys, column)
            at[at == len(keys)] = 0
            named = keys[at] == column if len(keys) else np.zeros(len(column), dtype=bool)
            held = np.zeros((len(specs), len(rows)), dtype=bool)
            held[:, named] = member[:, at[named]]
            held[negated] = ~held[negated]
            for k, index in enumerate(specs):
                table[index, :len(rows)] &= held[k]
        values_of: dict[str, list[int]] = {}
        for conditions, index in self._specs.items():
            row = table[index, :len(rows)]
            for condition in conditions:
                if condition.kind == "REGEX":
                    values = values_of.get(condition.attr)
                    if values is None:
                        values = values_of[condition.attr] = rows[:, attrs.index(condition.attr)].tolist()
                    answers = self._regex(condition.value, values, strings)
                    row &= np.fromiter(map(answers.__getitem__, values), dtype=bool, count=len(values))
        counts = np.bincount(inverse, minlength=len(rows) + 1)
        return _Truth(table, inverse, counts), table.astype(np.int64) @ counts

    def _membership(self) -> dict[str, tuple[Any, Any, list[int], Any]]:
        """Per attribute, its value conditions as ``(keys, member, specs, negated)``: ``keys`` the sorted
        values they name, ``member[k, j]`` whether condition ``k`` names ``keys[j]``, ``specs[k]`` the spec
        it belongs to, ``negated[k]`` whether it is a NOT_IN (held by the values it does not name)."""
        if self._membership_size == len(self._specs):
            return self._membership_cache
        grouped: dict[str, list[tuple[int, bool, tuple[int, ...]]]] = {}
        for conditions, index in self._specs.items():
            for condition in conditions:
                if condition.kind == "REGEX":
                    continue
                values = (condition.value,) if condition.kind == "eq" else condition.value
                grouped.setdefault(condition.attr, []).append((index, condition.kind == "NOT_IN", values))
        out = {}
        for attr, entries in grouped.items():
            keys = np.array(sorted({int(v) for _, _, values in entries for v in values}), dtype=np.uint64)
            member = np.zeros((len(entries), len(keys)), dtype=bool)
            for k, (_, _, values) in enumerate(entries):
                member[k, np.searchsorted(keys, np.array(values, dtype=np.uint64))] = True
            out[attr] = (keys, member, [index for index, _, _ in entries],
                         np.array([negated for _, negated, _ in entries], dtype=bool))
        self._membership_cache, self._membership_size = out, len(self._specs)
        return out

    def _regex(self, source: str, values: list[int], strings: Any) -> dict[int, bool]:
        """Whether the regex ``source`` finds the string of each of ``values``, kept per regex and string
        (the words of one contract recur in the next)."""
        answers = self._regex_cache.get(source)
        if answers is None or len(answers) > 200_000:
            answers = self._regex_cache[source] = {}
        new = set(values).difference(answers)
        if new:
            search = re.compile(source).search
            for value in new:
                answers[value] = search(strings[value]) is not None
        return answers

    @staticmethod
    def _starts(pattern: _Pattern, truth: _Truth, hits: Any, bounds: tuple[Any, Any], total: int) -> Any:
        """Every token from which ``pattern`` matches at least one token (within its doc).

        The walk starts from the hits of the pattern's rarest required token and goes forward
        through the tokens after it and backward through those before it, so its cost follows
        how often that token occurs, not the length of the batch."""
        elements = pattern.elements
        required = [k for k, (quantifier, _) in enumerate(elements) if quantifier in (ONE, ZERO)]
        if not required:  # every token optional: walk from everywhere, keep non-empty matches
            everywhere = np.arange(total, dtype=np.int64)
            anchor, pos = _reach(elements, truth, everywhere, everywhere, bounds, 1, total)
            return _unique(anchor[pos > anchor])
        counts = {k: _hit_count(hits, elements[k], total) for k in required}
        k = min(required, key=counts.__getitem__)
        if not counts[k]:  # a required token that no token of the batch is: no match (most patterns, most texts)
            return np.zeros(0, dtype=np.int64)
        quantifier, spec = elements[k]
        seeds = truth.tokens(spec, negate=quantifier == ZERO)
        anchor, _ = _reach(elements[k + 1:], truth, seeds, seeds + 1, bounds, 1, total)
        seeds = _unique(anchor)
        _, pos = _reach(elements[:k][::-1], truth, seeds, seeds, bounds, -1, total)
        return _unique(pos)

    def _programs(self) -> list[tuple[tuple[int, int, int], ...]]:
        """Each pattern's elements as ``(spec, action if the token satisfies the spec, action if not)``,
        so that the replay looks spaCy's ``get_action`` up instead of working it out per state and token."""
        if len(self._program_cache) != len(self._patterns):
            self._program_cache = [_program(p.elements) for p in self._patterns]
        return self._program_cache

    def _replay(self, entries: list[tuple[int, int]], table: Mapping[int, list[bool]],
                rows: list[int]) -> list[tuple[int, int, int]]:
        """spaCy's ``find_matches`` over one doc (``rows``: each token's row of ``table``, which says
        whether it satisfies each spec), states started only at ``entries`` ``(start, pattern index)``;
        matches as ``(key, start, end)``."""
        patterns = self._patterns
        if all(patterns[j].width for _, j in entries):
            return self._fixed(entries)
        programs = self._programs()
        end = len(rows)
        states: list[tuple[int, int, int, int]] = []  # (pattern index, element index, start, length)
        emitted: list[tuple[int, int, int]] = []
        cursor = 0
        count = len(entries)
        i = entries[0][0]
        while i < end:
            while cursor < count and entries[cursor][0] == i:
                states.append((entries[cursor][1], 0, i, 0))
                cursor += 1
            if not states:
                if cursor == count:
                    break
                i = entries[cursor][0]
                continue
            kept: list[tuple[int, int, int, int]] = []
            added: list[tuple[int, int, int, int]] = []
            row = rows[i]
            for j, k, start, length in states:
                program = programs[j]
                spec, hit, miss = program[k]
                action = hit if spec < 0 or table[spec][row] else miss
                while action in _RETRIES:  # the same token is tried on the next element
                    if action == RETRY_EXTEND:
                        added.append((j, k, start, length + 1))
                    elif action == RETRY_ADVANCE:
                        added.append((j, k + 1, start, length + 1))
                    k += 1
                    spec, hit, miss = program[k]
                    action = hit if spec < 0 or table[spec][row] else miss
                if action == ADVANCE:
                    kept.append((j, k + 1, start, length + 1))
                elif action == REJECT:
                    continue
                elif action == MATCH:
                    emitted.append((patterns[j].key, start, length + 1))
                elif action == MATCH_DOUBLE:
                    if length > 0:
                        emitted.append((patterns[j].key, start, length))
                    emitted.append((patterns[j].key, start, length + 1))
                elif action == MATCH_REJECT:
                    emitted.append((patterns[j].key, start, length))
                else:  # MATCH_EXTEND
                    emitted.append((patterns[j].key, start, length))
                    kept.append((j, k, start, length + 1))
            # Two paths through optional tokens often reach the same state ("A ?{0,8} B": which of the
            # optional tokens took a word). spaCy keeps both; the later one emits only what the
            # earlier one emits at the same step, and its descendants follow the earlier one's, so
            # dropping it leaves the (de-duplicated) matches and their order unchanged.
            states = list(dict.fromkeys(kept + added)) if added else kept
            i += 1
        # states whose rest is optional match as they stand (finish_states)
        for j, k, start, length in states:
            elements = patterns[j].elements
            while elements[k][0] in (ZERO_PLUS, ZERO_ONE):
                if k + 1 == len(elements):
                    emitted.append((patterns[j].key, start, length))
                    break
                k += 1
        out = []
        seen: set[tuple[int, int, int]] = set()
        for key, start, length in emitted:
            match = (key, start, start + length)
            if length > 0 and match not in seen:
                seen.add(match)
                out.append(match)
        return out

    def _fixed(self, entries: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """The replay's result when every pattern started is of fixed width (only required and ``!``
        tokens) and ``entries`` are the starts it matches from, as :meth:`_starts` gives them.

        Such a state never forks: it advances one element per token and matches once, ``width``
        tokens after its start, or is rejected (which :meth:`_starts` has ruled out). States stay in
        the order they were started (by start, then pattern order, as ``entries`` is sorted), so
        spaCy emits the matches by end, then start, then pattern order."""
        patterns = self._patterns
        ordered = sorted((start + patterns[j].width, start, j) for start, j in entries)
        out = []
        seen: set[tuple[int, int, int]] = set()
        for stop, start, j in ordered:
            match = (patterns[j].key, start, stop)
            if match not in seen:
                seen.add(match)
                out.append(match)
        return out


class _SpecRows(dict[int, list[bool]]):
    """``table[spec]`` as a list, made when the replay first asks for that spec: the replay reads the few
    specs of the variable-width patterns it runs, and the whole spec x row table as lists costs more than
    the replay itself on a long contract (hundreds of specs, thousands of distinct words)."""

    def __init__(self, table: Any) -> None:
        super().__init__()
        self._table = table

    def __missing__(self, spec: int) -> list[bool]:
        row: list[bool] = self._table[spec].tolist()
        self[spec] = row
        return row


class _Truth:
    """Which tokens satisfy each token spec: ``table[spec, row]`` for each distinct row of attribute
    values, and each token's row (``rows``; the position past the end, and -1, is a row no spec holds).
    Spreading the table to every token would be a spec x token matrix; the walk asks of few tokens."""

    def __init__(self, table: Any, inverse: Any, counts: Any) -> None:
        self.table = table
        self.rows = np.append(inverse, table.shape[1] - 1)
        self._counts = counts
        self._order: Any = None  # the tokens grouped by row, in order within each (see tokens)
        self._starts_of: Any = None

    def test(self, spec: int, positions: Any) -> Any:
        """Does the token at each of ``positions`` satisfy ``spec`` (-1: any token)?"""
        if spec < 0:
            return np.ones(len(positions), dtype=bool)
        return self.table[spec][self.rows[positions]]

    def tokens(self, spec: int, negate: bool = False) -> Any:
        """The positions, in order, of the tokens that satisfy ``spec`` (that do not, with ``negate``)."""
        total = len(self.rows) - 1
        if spec < 0:
            return np.arange(total, dtype=np.int64) if not negate else np.zeros(0, dtype=np.int64)
        held = self.table[spec, :-1]
        if negate:
            held = ~held
        found = np.flatnonzero(held)
        if len(found) > 16:  # a common spec: one test per token
            return np.flatnonzero(held[self.rows[:total]])
        if self._order is None:  # a rare one (the usual seed of a walk): the tokens of its few rows
            self._order = np.argsort(self.rows[:total], kind="stable")
            self._starts_of = np.concatenate([[0], np.cumsum(self._counts[:-1])])
        if not len(found):
            return np.zeros(0, dtype=np.int64)
        order, starts = self._order, self._starts_of
        return np.sort(np.concatenate([order[starts[row]:starts[row + 1]] for row in found.tolist()]))


_TOKEN_LEVEL = frozenset({"LEMMA", "NORM"})  # set per token (lemmatiser, tokenizer exceptions), not per spelling


def _token_rows(docs: Sequence[Any], attrs: list[str], vocab: Any, total: int) -> tuple[Any, Any]:
    """The distinct rows of the docs' token x ``attrs`` array and, per token, the index of its row.

    Only ORTH and the attributes set per token are read for every token: the others are the
    lexeme's, the same for every token of one spelling, and are read once per distinct spelling."""
    if not attrs:
        return np.zeros((1, 0), dtype=np.uint64), np.zeros(total, dtype=np.int64)
    own: list[int | str] = ["ORTH", *(attr for attr in attrs if attr in _TOKEN_LEVEL)]
    columns = np.concatenate([doc.to_array(own).reshape(len(doc), len(own)) for doc in docs if len(doc)])
    _, first, inverse = np.unique(columns[:, 0], return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    distinct = columns[first]
    if len(own) > 1 and not np.array_equal(distinct[inverse], columns):
        # one spelling with two lemmas: every row read in full and compared whole
        full = np.concatenate([doc.to_array(list(attrs)).reshape(len(doc), len(attrs)) for doc in docs if len(doc)])
        return _distinct_rows(full, attrs)
    lexical: list[int | str] = [attr for attr in attrs if attr not in own]
    if lexical:
        from spacy.tokens import Doc

        strings = vocab.strings
        spellings = Doc(vocab, words=[strings[orth] for orth in distinct[:, 0].tolist()])
        lexemes = spellings.to_array(lexical).reshape(len(distinct), len(lexical))
    rows = np.empty((len(distinct), len(attrs)), dtype=np.uint64)
    for column, attr in enumerate(attrs):
        rows[:, column] = distinct[:, own.index(attr)] if attr in own else lexemes[:, lexical.index(attr)]
    return rows, inverse


def _distinct_rows(columns: Any, attrs: list[str]) -> tuple[Any, Any]:
    """The distinct rows of a token x attribute array and, per token, the index of its row.

    Every attribute the patterns read is a property of the token's text (LEMMA too, looked up from
    it), so grouping by ORTH is grouping by row; that is checked, and any other grouping found by
    comparing whole rows."""
    if not columns.shape[1]:
        return columns[:1], np.zeros(len(columns), dtype=np.int64)
    key = columns[:, attrs.index("ORTH") if "ORTH" in attrs else 0]
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    rows = columns[first]
    if not np.array_equal(rows[inverse], columns):
        rows, inverse = np.unique(columns, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
    return rows, inverse


def _unique(values: Any) -> Any:
    """``np.unique(values)`` of a 1-d integer array, by sorting. NumPy 2.3 and later answer a plain ``np.unique``
    through a hash table before sorting, about ten times slower on the few thousand positions a
    pattern's walk holds; the sorted distinct values are the same."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def _hit_count(hits: Any, element: tuple[str, int], total: int) -> int:
    quantifier, spec = element
    count = total if spec < 0 else int(hits[spec])
    return total - count if quantifier == ZERO else count


def _reach(elements: Sequence[tuple[str, int]], truth: _Truth, anchor: Any, pos: Any, bounds: tuple[Any, Any],
           step: int, total: int) -> tuple[Any, Any]:
    """The pairs ``(anchor, position)`` reachable by consuming ``elements`` in turn from ``pos``:
    forward (``step`` 1: the token at a position) or backward (-1: the token before it), never
    leaving the doc of token ``anchor`` (``bounds``: each token's doc start and end)."""
    first, limit = bounds
    for quantifier, spec in elements:
        if not len(anchor):
            break
        if quantifier == ZERO_PLUS:  # take none or any run of tokens
            anchors, positions = [anchor], [pos]
            while len(anchor):
                ok = _can_take(truth, spec, anchor, pos, first, limit, step)
                anchor, pos = anchor[ok], pos[ok] + step
                anchors.append(anchor)
                positions.append(pos)
            anchor, pos = np.concatenate(anchors), np.concatenate(positions)
        else:
            ok = _can_take(truth, spec, anchor, pos, first, limit, step, negate=quantifier == ZERO)
            if quantifier in (ONE, ZERO):
                anchor, pos = anchor[ok], pos[ok] + step
                continue
            # ZERO_ONE: skip the token or take it
            anchor, pos = np.concatenate([anchor, anchor[ok]]), np.concatenate([pos, pos[ok] + step])
        codes = _unique(anchor * (total + 1) + pos)  # one pair reached along two paths is one pair
        anchor, pos = codes // (total + 1), codes % (total + 1)
    return anchor, pos


def _can_take(truth: _Truth, spec: int, anchor: Any, pos: Any, first: Any, limit: Any, step: int,
              negate: bool = False) -> Any:
    at = pos if step > 0 else pos - 1
    inside = at < limit[anchor] if step > 0 else at >= first[anchor]
    hit = truth.test(spec, at)
    return inside & (~hit if negate else hit)




def _program(elements: tuple[tuple[str, int], ...]) -> tuple[tuple[int, int, int], ...]:
    """spaCy's ``get_action`` for each element of a pattern, for a token that does and one that does
    not satisfy the element's spec: ``(spec, action on a hit, action on a miss)``."""
    out = []
    for k, (quantifier, spec) in enumerate(elements):
        final = k + 1 == len(elements)
        if quantifier == ONE:
            hit, miss = (MATCH if final else ADVANCE), REJECT
        elif quantifier == ZERO:  # "!": a hit rejects, a miss counts as a required token
            hit, miss = REJECT, (MATCH if final else ADVANCE)
        elif quantifier == ZERO_PLUS:
            hit, miss = (MATCH_EXTEND if final else RETRY_EXTEND), (MATCH_REJECT if final else RETRY)
        else:  # ZERO_ONE
            hit, miss = (MATCH_DOUBLE if final else RETRY_ADVANCE), (MATCH_REJECT if final else RETRY)
        out.append((spec, hit, miss))
    return tuple(out)
