"""Rules as data: one YAML file per rule under ``rules/<category>/CODE.yaml``.

Each file is validated on load; a problem names the file, the rule and the
field and raises :class:`~bpolint.errors.RuleError` (``BPO-E2xx``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import RuleError
from ..model import Severity
from .spec import Detect, Part, parse_detect, pattern_placeholder

_CODE = re.compile(r"^[A-Z]{3}\d{3}$")
_SLUG = re.compile(r"^[a-z][a-z0-9-]*$")
_STATUSES = ("preview", "stable", "deprecated")
_EXAMPLE_KINDS = ("pass", "weak", "missing", "not_applicable")

# Keys a rule file may have, with the type each must be.
_IDENTITY: dict[str, type | tuple[type, ...]] = {
    "code": str,
    "name": str,
    "title": str,
    "category": str,
    "severity": str,
}
_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "since": (str, int, float),
    "status": str,
    "summary": str,
    "rationale": str,
    "fix": str,
    "references": list,
    "examples": dict,
    "params": dict,
    "detect": dict,
}


@dataclass(frozen=True)
class Rule:
    """A loaded rule: identity, documentation and its detection spec."""

    code: str
    name: str
    title: str
    category: str
    severity: Severity
    source: str
    since: str = ""
    status: str = "stable"
    summary: str = ""
    rationale: str = ""
    fix: str = ""
    references: tuple[str, ...] = ()
    examples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    params: Mapping[str, Any] = field(default_factory=dict)
    detect: Mapping[str, Any] = field(default_factory=dict)
    spec: Detect | None = None

    @property
    def implemented(self) -> bool:
        """True when the rule has a ``detect`` spec (identity-only rules are not implemented)."""
        return self.spec is not None


def default_rules_dir() -> Path:
    """The built-in rule set: packaged as ``bpolint/_rules``, or ``rules/`` in a checkout."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "_rules"
    return packaged if packaged.is_dir() else package.parent / "rules"


def _fail(source: Path | str, code: str | None, field_name: str | None, message: str, error_code: str) -> RuleError:
    where = f"{source}"
    if code:
        where += f": rule {code}"
    if field_name:
        where += f": field '{field_name}'"
    return RuleError(f"{where}: {message}", code=error_code)


def parse_rule(data: Any, source: Path | str) -> Rule:
    """Validate one rule's YAML data and build a :class:`Rule`."""
    if not isinstance(data, dict):
        raise _fail(source, None, None, "a rule file must hold a mapping", "BPO-E201")
    code = data.get("code") if isinstance(data.get("code"), str) else None
    allowed = {**_IDENTITY, **_OPTIONAL}
    for key in data:
        if key not in allowed:
            raise _fail(source, code, key, f"unknown key (allowed: {', '.join(sorted(allowed))})", "BPO-E202")
    for key in _IDENTITY:
        if key not in data:
            raise _fail(source, code, key, "is required", "BPO-E203")
    for key, kind in allowed.items():
        if key in data and not isinstance(data[key], kind):
            raise _fail(source, code, key, f"must be {_type_name(kind)}", "BPO-E204")
    if not _CODE.match(data["code"]):
        raise _fail(source, code, "code", "must be three capitals and three digits, e.g. AUD001", "BPO-E205")
    if not _SLUG.match(data["name"]):
        raise _fail(source, code, "name", "must be a lower-case slug, e.g. audit-right", "BPO-E205")
    try:
        severity = Severity(data["severity"])
    except ValueError:
        raise _fail(source, code, "severity", "must be error, warning or info", "BPO-E205") from None
    status = data.get("status", "stable")
    if status not in _STATUSES:
        raise _fail(source, code, "status", f"must be one of {', '.join(_STATUSES)}", "BPO-E205")
    examples: dict[str, tuple[str, ...]] = {}
    for kind, snippets in (data.get("examples") or {}).items():
        if kind not in _EXAMPLE_KINDS:
            raise _fail(source, code, f"examples.{kind}", f"must be one of {', '.join(_EXAMPLE_KINDS)}", "BPO-E206")
        if not isinstance(snippets, list) or not all(isinstance(s, str) for s in snippets):
            raise _fail(source, code, f"examples.{kind}", "must be a list of strings", "BPO-E206")
        examples[kind] = tuple(snippets)
    params = data.get("params") or {}
    for name, value in params.items():
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise _fail(source, code, f"params.{name}", "must be a number or a string", "BPO-E204")

    def fail(field_name: str, message: str, error_code: str) -> RuleError:
        return _fail(source, code, field_name, message, error_code)

    spec = parse_detect(data.get("detect"), fail, params)
    if spec is not None:
        _check_patterns(spec, fail)
    return Rule(
        code=data["code"],
        name=data["name"],
        title=data["title"],
        category=data["category"],
        severity=severity,
        source=str(source),
        since=str(data.get("since", "")),
        status=status,
        summary=data.get("summary", ""),
        rationale=data.get("rationale", "").strip(),
        fix=data.get("fix", "").strip(),
        references=tuple(str(r) for r in data.get("references", [])),
        examples=examples,
        params=dict(data.get("params") or {}),
        detect=dict(data.get("detect") or {}),
        spec=spec,
    )


def _check_patterns(spec: Detect, fail: Any) -> None:
    """Validate spaCy token patterns with the Matcher's own schema (imports spaCy only if there are any).

    A pattern with a ``{PARTY: role}`` token is checked as the two patterns around it."""
    parts: list[Part] = list(spec.parts) + ([spec.applies_if] if spec.applies_if else [])
    while any(part.one_of for part in parts):
        parts = [option for part in parts for option in (part.one_of or (part,))]
    found = [(part, element) for part in parts for element in (part.find, *part.with_) if element.patterns]
    if not found:
        return
    from spacy.matcher import Matcher

    from ..nlp.pipeline import get_nlp

    for part, element in found:
        matcher = Matcher(get_nlp().vocab, validate=True)
        pieces = []
        for pattern in element.patterns:
            split = pattern_placeholder(pattern)
            pieces += [pattern] if split is None else [piece for piece in (split[0], split[2]) if piece]
        try:
            matcher.add("check", [[dict(t) for t in p] for p in pieces])
        except (ValueError, KeyError, TypeError) as error:
            first = str(error).strip().splitlines()[0][:200]
            raise fail(f"{part.id}.{element.id}.patterns", f"bad token pattern: {first}", "BPO-E210") from None


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "a string", list: "a list", dict: "a mapping", int: "a number", float: "a number"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(dict.fromkeys(names.get(k, k.__name__) for k in kinds))


class _DuplicateKey(yaml.YAMLError):
    def __init__(self, key: str, line: int) -> None:
        super().__init__(key)
        self.key, self.line = key, line


class _StrictLoader(yaml.SafeLoader):
    """PyYAML keeps the last of two equal keys in a mapping without a word: a rule's second ``unless:`` would
    silently drop the first one's phrases. A rule file must say each key once (``<<`` merges may still override)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value != "<<":
                if key.value in seen:
                    raise _DuplicateKey(key.value, key.start_mark.line + 1)
                seen.add(key.value)
        return super().construct_mapping(node, deep=deep)


def load_rule_file(path: Path) -> Rule:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
    except _DuplicateKey as error:
        raise _fail(path, None, None, f"key `{error.key}` given twice in one mapping (line {error.line})",
                    "BPO-E215") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise _fail(path, None, None, f"invalid YAML{where}", "BPO-E200") from None
    return parse_rule(data, path)


def load_rules(paths: Iterable[str | Path] | None = None) -> tuple[Rule, ...]:
    """Load rules from folders or files (default: the built-in rule set).

    Rules come back sorted by code. Duplicate codes raise :class:`RuleError`.
    """
    sources = [default_rules_dir()] if paths is None else [Path(p) for p in paths]
    rules: dict[str, Rule] = {}
    for source in sources:
        if not source.exists():
            raise RuleError(f"{source}: no such rule file or folder", code="BPO-E207")
        files = sorted(source.rglob("*.yaml")) + sorted(source.rglob("*.yml")) if source.is_dir() else [source]
        for file in files:
            rule = load_rule_file(file)
            if rule.code in rules:
                raise _fail(file, rule.code, "code", f"duplicate code, also in {rules[rule.code].source}", "BPO-E208")
            rules[rule.code] = rule
    return tuple(sorted(rules.values(), key=lambda r: r.code))
