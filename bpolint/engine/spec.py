"""The detection part of the rule language (the ``detect:`` mapping), validated.

See ``docs/rules-language.md`` for the reference. Parsing turns YAML data into
frozen dataclasses; every problem raises :class:`~bpolint.errors.RuleError`
naming the file, the rule and the field (``detect.parts[1].with[0].scope``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import RuleError
from ..nlp.currencies import known_currency

PART_KINDS = ("grant", "statement", "definition")
PARTIES = ("customer", "customer_acts", "customer_right", "supplier", "any")
SCOPES = ("sentence", "clause", "parent", "section", "document")
MEASURES = ("money", "percent", "duration", "frequency")
COMPARATORS = ("below", "at_most", "above", "at_least", "outside")
WHERE = ("document", "headings")
IF_ABSENT = ("missing", "weak", "ignore")
DISTINCT = ("text", "frequency")  # how an element's matches are told apart when it needs `min` of them
ROLES = ("customer", "supplier")  # the placeholders a phrase may hold: {customer}, {supplier}
Fail = Callable[[str, str, str], RuleError]  # (field, message, error code) -> error


@dataclass(frozen=True)
class Element:
    """Something that must be present: any of ``phrases`` (lemma-matched) or ``patterns``."""

    id: str
    label: str
    phrases: tuple[str, ...] = ()
    patterns: tuple[tuple[Mapping[str, Any], ...], ...] = ()
    scope: str = "sentence"
    if_absent: str = "missing"  # missing: the candidate fails; weak: the verdict is weak; ignore
    reason: str = ""  # shown when absent
    min: int = 1  # distinct phrases needed
    distinct: str = "text"  # what makes two matches distinct for ``min``: their text, or their frequency
    headings: bool = True  # may be satisfied by the clause's (or an ancestor's) heading
    unless: tuple[str, ...] = ()  # a match does not count in a sentence that also has one of these
    via_terms: bool = True  # the definitions of the defined terms used may supply it (see Context.via_term)
    # with via_terms: a term the candidate uses supplies it from its whole definition only when the head of that
    # definition (its name and first words) holds one of these words - what the term *is* ("Case Platform" means
    # the Bank's ServiceNow instance ...), not a criterion deep in the definition of something else
    terms_naming: tuple[str, ...] = ()
    # also look in the clauses the candidate's scope refers to, for this element only ("the Exit Services in
    # Schedule 11": the schedule states the exit period, while the exit itself must be in the sentence)
    follow_references: bool = False
    # with follow_references: follow only the references of a sentence that holds one of these words ("meets all of
    # the criteria in Annex 2", not "closed in accordance with the procedures in Appendix 1")
    references_naming: tuple[str, ...] = ()


@dataclass(frozen=True)
class Qualifier:
    """Phrases that weaken (``weak_if``) or block (``blocked_by``) a candidate."""

    id: str
    phrases: tuple[str, ...]
    reason: str
    scope: str = "sentence"
    unless: tuple[str, ...] = ()  # phrases that, in the same sentence, cancel it ("at the Customer's option")
    holder: str = ""  # "supplier": it applies when the governing verb is that party's permission ("X may review")
    follow_references: bool = False  # also look in clauses referred to ("the Service Levels in Exhibit B")
    # also look in the definitions of the defined terms the candidate uses (false: the sentence's own words only -
    # "the Screening Model", defined "including its training data", is no restriction on training)
    via_terms: bool = True
    # with via_terms: only the definition of the term the part's ``find`` was found through ("each Position
    # assigned to the Servicer for management" lends "assign to" and can take it back), not those of every term the
    # sentence uses
    anchor_term_only: bool = False


@dataclass(frozen=True)
class Numeric:
    """A figure condition: which quantities, and when they make the term weak."""

    id: str
    measure: str
    comparator: str
    threshold: tuple[float | str, ...]  # numbers or param names
    reason: str
    per: tuple[str, ...] = ()
    scope: str = "sentence"
    absent: str = "ignore"
    absent_reason: str = ""
    unless: tuple[str, ...] = ()  # words next to a figure that make it another measure ("interest at 12% per annum")
    currency: str = ""  # money: the thresholds' currency (a code or the name of a param holding one)
    figures: str = "all"  # all: every figure in scope counts | own: the candidate's own figure decides
    trend: str = ""  # falling: the figures of the candidate's table column must fall row after row (else blocked)


@dataclass(frozen=True)
class Part:
    """One safeguard the rule needs (a rule with ``parts`` needs all of them)."""

    id: str
    label: str
    kind: str
    party: str
    find: Element
    with_: tuple[Element, ...] = ()
    weak_if: tuple[Qualifier, ...] = ()
    blocked_by: tuple[Qualifier, ...] = ()
    numeric: tuple[Numeric, ...] = ()
    headings: tuple[str, ...] = ()
    where: str = "document"
    negation: str = "block"
    deferral: str = "missing"
    follow_references: bool = True
    if_missing: str = "weak"
    used: bool = True  # definition kind: the term must be used in an operative sentence
    priced_unit: bool = False  # definition kind: a term priced "per X" is also a candidate
    one_of: tuple[Part, ...] = ()  # alternatives: the best of these decides the part
    used_with: Element | None = None  # definition kind: the operative use must also say one of these
    priced_share: Element | None = None  # definition kind: a term a percentage fee of these names is taken of
    # definition kind: every billed term counts - one the supplier decides (a weak_if) makes the part weak even
    # beside an objective one
    every_term: bool = False


@dataclass(frozen=True)
class Detect:
    """A rule's whole detection spec."""

    parts: tuple[Part, ...]
    applies_if: Part | None = None
    not_applicable: str = ""


_PART_KEYS = {"id", "label", "kind", "party", "find", "with", "weak_if", "blocked_by", "numeric", "headings", "where",
              "negation", "deferral", "follow_references", "if_missing", "used", "priced_unit", "term", "one_of",
              "used_with", "priced_share", "every_term"}
_ONE_OF_KEYS = {"id", "label", "if_missing", "one_of"}
_ELEMENT_KEYS = {"id", "label", "any", "patterns", "scope", "if_absent", "reason", "min", "distinct", "headings",
                 "unless", "via_terms", "terms_naming", "follow_references", "references_naming"}
_QUALIFIER_KEYS = {"id", "any", "reason", "scope", "unless", "holder", "follow_references", "via_terms",
                   "anchor_term_only"}
HOLDERS = ("supplier", "customer")
_NUMERIC_KEYS = {"id", "measure", "per", "scope", "reason", "absent", "absent_reason", "unless", "currency",
                 "figures", "trend", *COMPARATORS}
TRENDS = ("falling",)
FIGURES = ("all", "own")
_DETECT_KEYS = {"parts", "applies_if", "not_applicable"}


def _choice(value: Any, allowed: tuple[str, ...], where: str, fail: Fail) -> str:
    if value not in allowed:
        raise fail(where, f"must be one of {', '.join(allowed)} (got {value!r})", "BPO-E212")
    return str(value)


def _keys(data: Any, allowed: set[str], where: str, fail: Fail) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise fail(where, "must be a mapping", "BPO-E204")
    for key in data:
        if key not in allowed:
            raise fail(f"{where}.{key}" if where else str(key),
                       f"unknown key (allowed: {', '.join(sorted(allowed))})", "BPO-E202")
    return data


def _strings(value: Any, where: str, fail: Fail) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(where, "must be a list of non-empty strings", "BPO-E204")
    return tuple(v.strip() for v in value)


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_POSSESSIVE = re.compile(r"^\s*['’](?:s\b)?")


@dataclass(frozen=True)
class Placeholder:
    """A phrase with one party placeholder: the words before and after it, and the role.

    ``"{supplier}'s discretion"`` is ``Placeholder("", "supplier", "discretion", possessive=True)``.
    """

    before: str
    role: str
    after: str
    possessive: bool = False


def placeholder(phrase: str) -> Placeholder | None:
    """Split a phrase at its ``{customer}`` / ``{supplier}`` placeholder (``None`` if it has none).

    Assumes a validated phrase (see :func:`_phrases`).
    """
    match = _PLACEHOLDER.search(phrase)
    if match is None:
        return None
    after = phrase[match.end():]
    possessive = _POSSESSIVE.match(after)
    if possessive:
        after = after[possessive.end():]
    return Placeholder(phrase[:match.start()].strip(), match.group(1).strip(), after.strip(), bool(possessive))


def pattern_placeholder(pattern: tuple[Mapping[str, Any], ...]) -> tuple[tuple[Mapping[str, Any], ...], str,
                                                                           tuple[Mapping[str, Any], ...]] | None:
    """Split a token pattern at its ``{PARTY: customer}`` token: (tokens before, role, tokens after)."""
    for index, token in enumerate(pattern):
        if "PARTY" in token:
            return pattern[:index], str(token["PARTY"]), pattern[index + 1:]
    return None


def _phrases(value: Any, where: str, fail: Fail) -> tuple[str, ...]:
    """Phrase strings, each with at most one known party placeholder (``{customer}``, ``{supplier}``)."""
    phrases = _strings(value, where, fail)
    for phrase in phrases:
        found = _PLACEHOLDER.findall(phrase)
        unknown = [name for name in found if name.strip() not in ROLES]
        if unknown:
            raise fail(where, f"unknown placeholder {{{unknown[0]}}} in {phrase!r} (allowed: "
                       f"{', '.join('{' + r + '}' for r in ROLES)})", "BPO-E214")
        if len(found) > 1:
            raise fail(where, f"at most one party placeholder per phrase (got {phrase!r})", "BPO-E214")
        if _PLACEHOLDER.sub("", phrase).count("{") or _PLACEHOLDER.sub("", phrase).count("}"):
            raise fail(where, f"unbalanced brace in {phrase!r} (a placeholder is {{customer}} or {{supplier}})",
                       "BPO-E214")
    return phrases


def _patterns(raw: Any, where: str, fail: Fail) -> tuple[tuple[Mapping[str, Any], ...], ...]:
    """Token patterns (lists of mappings); a token ``{PARTY: customer}`` is a party placeholder."""
    if not isinstance(raw, list) or not all(isinstance(p, list) and p and all(isinstance(t, dict) for t in p)
                                            for p in raw):
        raise fail(where, "must be a list of spaCy token patterns (lists of mappings)", "BPO-E210")
    for pattern in raw:
        party = [token for token in pattern if "PARTY" in token]
        if len(party) > 1:
            raise fail(where, "at most one PARTY token per pattern", "BPO-E214")
        if party and (set(party[0]) != {"PARTY"} or party[0]["PARTY"] not in ROLES):
            raise fail(where, f"a PARTY token is {{PARTY: customer}} or {{PARTY: supplier}} alone (got "
                       f"{party[0]!r})", "BPO-E214")
        if party and len(pattern) == 1:
            raise fail(where, "a PARTY token needs other tokens around it (use the phrase \"{customer}\")",
                       "BPO-E214")
    return tuple(tuple(token for token in pattern) for pattern in raw)


def _element(data: Any, where: str, fail: Fail, default_id: str) -> Element:
    if isinstance(data, (list, str)):
        data = {"any": data}
    data = _keys(data, _ELEMENT_KEYS, where, fail)
    phrases = _phrases(data["any"], f"{where}.any", fail) if "any" in data else ()
    patterns = _patterns(data["patterns"], f"{where}.patterns", fail) if "patterns" in data else ()
    if not phrases and not patterns:
        raise fail(where, "needs `any` (phrases) or `patterns`", "BPO-E203")
    element_id = str(data.get("id", default_id))
    minimum = data.get("min", 1)
    if not isinstance(minimum, int) or minimum < 1:
        raise fail(f"{where}.min", "must be a whole number >= 1", "BPO-E204")
    return Element(
        id=element_id,
        label=str(data.get("label", element_id.replace("_", " "))),
        phrases=phrases,
        patterns=patterns,
        scope=_choice(data.get("scope", "sentence"), SCOPES, f"{where}.scope", fail),
        if_absent=_choice(data.get("if_absent", "missing"), IF_ABSENT, f"{where}.if_absent", fail),
        reason=str(data.get("reason", "")),
        min=minimum,
        distinct=_choice(data.get("distinct", "text"), DISTINCT, f"{where}.distinct", fail),
        headings=bool(data.get("headings", True)),
        unless=_phrases(data["unless"], f"{where}.unless", fail) if "unless" in data else (),
        via_terms=_flag(data.get("via_terms", True), f"{where}.via_terms", fail),
        terms_naming=_words(data.get("terms_naming", []), f"{where}.terms_naming", fail),
        follow_references=_flag(data.get("follow_references", False), f"{where}.follow_references", fail),
        references_naming=_words(data.get("references_naming", []), f"{where}.references_naming", fail),
    )


def _words(value: Any, where: str, fail: Fail) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(word, str) and word.strip() for word in value):
        raise fail(where, "must be a list of words", "BPO-E204")
    return tuple(word.strip().lower() for word in value)


def _flag(value: Any, where: str, fail: Fail) -> bool:
    if not isinstance(value, bool):
        raise fail(where, f"must be true or false (got {value!r})", "BPO-E204")
    return value


def _qualifiers(data: Any, where: str, fail: Fail, prefix: str) -> tuple[Qualifier, ...]:
    if not isinstance(data, list):
        raise fail(where, "must be a list", "BPO-E204")
    out = []
    for i, item in enumerate(data):
        here = f"{where}[{i}]"
        item = _keys(item, _QUALIFIER_KEYS, here, fail)
        if ("any" not in item and "holder" not in item) or "reason" not in item:
            raise fail(here, "needs `any` (phrases) or `holder`, and `reason` (shown to the reader)", "BPO-E203")
        out.append(Qualifier(
            id=str(item.get("id", f"{prefix}{i}")),
            phrases=_phrases(item["any"], f"{here}.any", fail) if "any" in item else (),
            holder=_choice(item["holder"], HOLDERS, f"{here}.holder", fail) if "holder" in item else "",
            reason=str(item["reason"]),
            scope=_choice(item.get("scope", "sentence"), SCOPES, f"{here}.scope", fail),
            unless=_phrases(item["unless"], f"{here}.unless", fail) if "unless" in item else (),
            follow_references=_flag(item.get("follow_references", False), f"{here}.follow_references", fail),
            via_terms=_flag(item.get("via_terms", True), f"{here}.via_terms", fail),
            anchor_term_only=_flag(item.get("anchor_term_only", False), f"{here}.anchor_term_only", fail),
        ))
    return tuple(out)


def _numerics(data: Any, where: str, fail: Fail, params: Mapping[str, Any]) -> tuple[Numeric, ...]:
    if not isinstance(data, list):
        raise fail(where, "must be a list", "BPO-E204")
    out = []
    for i, item in enumerate(data):
        here = f"{where}[{i}]"
        item = _keys(item, _NUMERIC_KEYS, here, fail)
        measure = _choice(item.get("measure"), MEASURES, f"{here}.measure", fail)
        comparators = [c for c in COMPARATORS if c in item]
        if len(comparators) > 1:
            raise fail(here, f"give one comparator, not {', '.join(comparators)}", "BPO-E211")
        comparator = comparators[0] if comparators else ""
        raw = item[comparator] if comparator else []
        values = raw if isinstance(raw, list) else [raw]
        if comparator == "outside" and len(values) != 2:
            raise fail(f"{here}.outside", "must be [low, high]", "BPO-E211")
        threshold: list[float | str] = []
        for value in values:
            if isinstance(value, bool) or not isinstance(value, (int, float, str)):
                raise fail(f"{here}.{comparator}", "must be a number or the name of a param", "BPO-E211")
            if isinstance(value, str) and value not in params:
                raise fail(f"{here}.{comparator}", f"names param {value!r}, which `params` does not define",
                           "BPO-E211")
            threshold.append(float(value) if not isinstance(value, str) else value)
        trend = _choice(item["trend"], TRENDS, f"{here}.trend", fail) if "trend" in item else ""
        if trend and comparator:
            raise fail(here, "give a comparator or a trend, not both", "BPO-E211")
        if (comparator or trend) and "reason" not in item:
            raise fail(here, "needs `reason` (shown to the reader)", "BPO-E203")
        currency = item.get("currency", "")
        if currency:
            if measure != "money" or not comparator:
                raise fail(f"{here}.currency", "only a money condition with a comparator has a currency", "BPO-E211")
            code = params.get(currency, currency) if isinstance(currency, str) else currency
            if not isinstance(code, str) or not known_currency(code):
                raise fail(f"{here}.currency", f"must be a currency code (e.g. USD) or a param holding one "
                           f"(got {code!r})", "BPO-E211")
        if item.get("figures", "all") != "all" and not comparator:
            raise fail(f"{here}.figures", "only a condition with a comparator chooses among figures", "BPO-E211")
        absent = _choice(item.get("absent", "ignore"), IF_ABSENT, f"{here}.absent", fail)
        if absent != "ignore" and "absent_reason" not in item:
            raise fail(here, "needs `absent_reason` when `absent` is weak or missing", "BPO-E203")
        out.append(Numeric(
            id=str(item.get("id", f"numeric{i}")), measure=measure, comparator=comparator,
            threshold=tuple(threshold), reason=str(item.get("reason", "")),
            per=_strings(item["per"], f"{here}.per", fail) if "per" in item else (),
            scope=_choice(item.get("scope", "sentence"), SCOPES, f"{here}.scope", fail),
            absent=absent, absent_reason=str(item.get("absent_reason", "")),
            unless=_phrases(item["unless"], f"{here}.unless", fail) if "unless" in item else (),
            currency=str(currency),
            figures=_choice(item.get("figures", "all"), FIGURES, f"{here}.figures", fail),
            trend=trend,
        ))
    return tuple(out)


def parse_part(data: Any, where: str, fail: Fail, params: Mapping[str, Any], default_id: str = "main") -> Part:
    """Validate one part (also used for ``applies_if``)."""
    data = _keys(data, _PART_KEYS, where, fail)
    if "one_of" in data:
        _keys(data, _ONE_OF_KEYS, where, fail)
        raw = data["one_of"]
        if not isinstance(raw, list) or len(raw) < 2:
            raise fail(f"{where}.one_of", "must list at least two alternative parts", "BPO-E204")
        part_id = str(data.get("id", default_id))
        options = tuple(parse_part(item, f"{where}.one_of[{i}]", fail, params, f"{part_id}{i + 1}")
                        for i, item in enumerate(raw))
        if len({o.id for o in options}) != len(options):
            raise fail(f"{where}.one_of", "alternative ids must be unique", "BPO-E213")
        return Part(
            id=part_id, label=str(data.get("label", part_id.replace("_", " "))), kind=options[0].kind,
            party=options[0].party, find=options[0].find, one_of=options,
            if_missing=_choice(data.get("if_missing", "weak"), ("weak", "missing", "ignore"), f"{where}.if_missing",
                               fail),
        )
    kind = _choice(data.get("kind", "grant"), PART_KINDS, f"{where}.kind", fail)
    anchor_key = "term" if kind == "definition" else "find"
    if anchor_key not in data:
        raise fail(f"{where}.{anchor_key}", "is required" + (" for kind: definition" if kind == "definition" else ""),
                   "BPO-E203")
    part_id = str(data.get("id", default_id))
    find = _element(data[anchor_key], f"{where}.{anchor_key}", fail, anchor_key)
    with_items = data.get("with", [])
    if not isinstance(with_items, list):
        raise fail(f"{where}.with", "must be a list of elements", "BPO-E204")
    elements = tuple(_element(item, f"{where}.with[{i}]", fail, f"element{i}") for i, item in enumerate(with_items))
    ids = [find.id] + [e.id for e in elements]
    if len(set(ids)) != len(ids):
        raise fail(f"{where}.with", "element ids must be unique within a part", "BPO-E213")
    for flag in ("follow_references", "used", "priced_unit", "every_term"):
        if flag in data and not isinstance(data[flag], bool):
            raise fail(f"{where}.{flag}", "must be true or false", "BPO-E204")
    return Part(
        id=part_id,
        label=str(data.get("label", part_id.replace("_", " "))),
        kind=kind,
        party=_choice(data.get("party", "any"), PARTIES, f"{where}.party", fail),
        find=find,
        with_=elements,
        weak_if=_qualifiers(data.get("weak_if", []), f"{where}.weak_if", fail, "weak"),
        blocked_by=_qualifiers(data.get("blocked_by", []), f"{where}.blocked_by", fail, "block"),
        numeric=_numerics(data.get("numeric", []), f"{where}.numeric", fail, params),
        headings=_strings(data["headings"], f"{where}.headings", fail) if "headings" in data else (),
        where=_choice(data.get("where", "document"), WHERE, f"{where}.where", fail),
        negation=_choice(data.get("negation", "block"), ("block", "allow"), f"{where}.negation", fail),
        deferral=_choice(data.get("deferral", "missing"), ("missing", "weak"), f"{where}.deferral", fail),
        follow_references=bool(data.get("follow_references", True)),
        if_missing=_choice(data.get("if_missing", "weak"), ("weak", "missing", "ignore"), f"{where}.if_missing", fail),
        used=bool(data.get("used", True)),
        priced_unit=bool(data.get("priced_unit", False)),
        used_with=_element(data["used_with"], f"{where}.used_with", fail, "used_with") if "used_with" in data else None,
        priced_share=(_element(data["priced_share"], f"{where}.priced_share", fail, "priced_share")
                      if "priced_share" in data else None),
        every_term=bool(data.get("every_term", False)),
    )


def _all_parts(parts: tuple[Part, ...]) -> list[Part]:
    out: list[Part] = []
    for part in parts:
        out.append(part)
        out.extend(_all_parts(part.one_of))
    return out


def parse_detect(data: Any, fail: Fail, params: Mapping[str, Any]) -> Detect | None:
    """Validate a rule's ``detect`` mapping; ``None`` for an identity-only rule."""
    if not data:
        return None
    if not isinstance(data, Mapping):
        raise fail("detect", "must be a mapping", "BPO-E204")
    if "parts" in data:
        data = _keys(data, _DETECT_KEYS, "detect", fail)
        raw_parts = data["parts"]
        if not isinstance(raw_parts, list) or not raw_parts:
            raise fail("detect.parts", "must be a non-empty list of parts", "BPO-E204")
        parts = tuple(parse_part(p, f"detect.parts[{i}]", fail, params, f"part{i + 1}")
                      for i, p in enumerate(raw_parts))
        if len({p.id for p in parts}) != len(parts):
            raise fail("detect.parts", "part ids must be unique", "BPO-E213")
        applies = data.get("applies_if")
    else:
        # A single-part rule may put the part's keys straight under `detect`.
        rest = {k: v for k, v in data.items() if k not in ("applies_if", "not_applicable")}
        _keys(rest, _PART_KEYS, "detect", fail)
        parts = (parse_part(rest, "detect", fail, params),)
        applies = data.get("applies_if")
    applies_if = parse_part(applies, "detect.applies_if", fail, params, "applies_if") if applies else None
    # Matcher labels are built from part ids: two alternatives sharing an id would share matches.
    ids = [p.id for p in _all_parts(parts)]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise fail("detect.parts", f"part and alternative ids must be unique within a rule (repeated: "
                   f"{', '.join(duplicates)})", "BPO-E213")
    message = data.get("not_applicable", "")
    if not isinstance(message, str):
        raise fail("detect.not_applicable", "must be a string", "BPO-E204")
    return Detect(parts=parts, applies_if=applies_if, not_applicable=message)
