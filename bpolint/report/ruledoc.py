"""A rule's documentation in fixed sections (as ``ruff rule``): for ``bpolint rule CODE``,
``bpolint rule CODE --format json`` and the generated reference ``docs/rules.md``
(``bpolint rules --format markdown``)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from ..engine.matching import rule_parts
from ..engine.rules import Rule
from .common import CATEGORY_ORDER

_EXAMPLE_LABELS = {"pass": "Passes", "weak": "Weak", "missing": "Missing", "not_applicable": "Not applicable"}


def weak_signals(rule: Rule) -> list[str]:
    """The reasons a rule can give for ``weak``, read from its validated detection spec:
    every part's qualifiers, numeric conditions and elements whose absence weakens it."""
    found: list[str] = []
    for part in rule_parts(rule):
        found.extend(q.reason for q in part.weak_if)
        found.extend(n.reason for n in part.numeric if not n.trend)  # a trend not followed blocks, it does not weaken
        found.extend(n.absent_reason for n in part.numeric if n.absent == "weak" and n.absent_reason)
        found.extend(e.reason for e in part.with_ if e.if_absent == "weak" and e.reason)
    return list(dict.fromkeys(reason for reason in found if reason))


def rule_text(rule: Rule) -> str:
    """``bpolint rule CODE``: the rule's documentation in fixed sections (as ``ruff rule``)."""
    out = [f"{rule.code} {rule.name}", "",
           f"Category: {rule.category}. Default severity: {rule.severity.value}. Status: {rule.status}"
           + (f", since {rule.since}." if rule.since else "."), ""]

    def section(title: str, body: str) -> None:
        out.extend([title, *textwrap.wrap(body, 88, initial_indent="  ", subsequent_indent="  "), ""])

    section("What passes", rule.title + (f". {rule.summary}" if rule.summary else ""))
    if rule.rationale:
        section("Why it matters", rule.rationale)
    signals = weak_signals(rule)
    if signals:
        out.append("Weak signals (what makes an otherwise present safeguard weak)")
        for signal in signals:
            out.extend(textwrap.wrap(signal, 88, initial_indent="  - ", subsequent_indent="    "))
        out.append("")
    if rule.examples:
        out.append("Examples")
        for kind, snippets in rule.examples.items():
            for snippet in snippets:
                out.extend(textwrap.wrap(f"{_EXAMPLE_LABELS.get(kind, kind)}: {snippet}", 88, initial_indent="  ",
                                         subsequent_indent="    "))
        out.append("")
    if rule.fix:
        section("Fallback language to request", rule.fix)
    if rule.params:
        out.append("Parameters (set under [params] or [params." + rule.code + "] in the config)")
        out.extend(f"  {name} = {value!r}" for name, value in rule.params.items())
        out.append("")
    if rule.references:
        out.append("References")
        out.extend(f"  - {ref}" for ref in rule.references)
        out.append("")
    if not rule.implemented:
        out.extend(["Note: this rule has no detection spec yet; it reports n.a.", ""])
    return "\n".join(out).rstrip("\n") + "\n"


def rule_data(rule: Rule) -> dict[str, Any]:
    """The rule's documentation as JSON-ready data."""
    return {
        "code": rule.code, "name": rule.name, "title": rule.title, "category": rule.category,
        "severity": rule.severity.value, "status": rule.status, "since": rule.since, "summary": rule.summary,
        "rationale": rule.rationale, "fix": rule.fix, "examples": {k: list(v) for k, v in rule.examples.items()},
        "params": dict(rule.params), "references": list(rule.references), "implemented": rule.implemented,
        "weak_signals": weak_signals(rule),
    }


def _category_key(rule: Rule) -> tuple[int, str]:
    order = CATEGORY_ORDER.index(rule.category) if rule.category in CATEGORY_ORDER else len(CATEGORY_ORDER)
    return order, rule.code


def rules_markdown(rules: Sequence[Rule]) -> str:
    """The rule reference page: a table of every rule, then each rule's sections."""
    ordered = sorted(rules, key=_category_key)
    out = [
        "# Rule reference",
        "",
        "Generated from `rules/` by `bpolint rules --format markdown > docs/rules.md`; a test keeps it current.",
        "Codes and names never change meaning; `bpolint rule CODE` shows the same text.",
        "",
        "| code | name | category | severity | what passes |",
        "| --- | --- | --- | --- | --- |",
    ]
    out.extend(f"| [{r.code}](#{r.code.lower()}) | {r.name} | {r.category} | {r.severity.value} | {r.title} |"
               for r in ordered)
    for rule in ordered:
        out.extend(["", f"## {rule.code}", "", f"**{rule.name}**: {rule.title}.", "",
                    f"Category `{rule.category}`, default severity `{rule.severity.value}`, status `{rule.status}`"
                    + (f" since {rule.since}." if rule.since else "."), ""])
        if rule.summary:
            out.extend([rule.summary, ""])
        if rule.rationale:
            out.extend(["### Why it matters", "", rule.rationale, ""])
        signals = weak_signals(rule)
        if signals:
            out.extend(["### Weak signals", "", *(f"- {signal}" for signal in signals), ""])
        if rule.fix:
            out.extend(["### Fallback language to request", "", f"> {rule.fix}", ""])
        if rule.examples:
            out.extend(["### Examples", ""])
            for kind, snippets in rule.examples.items():
                for snippet in snippets:
                    one_line = " ".join(snippet.split())
                    out.append(f"- *{_EXAMPLE_LABELS.get(kind, kind)}*: {one_line}")
            out.append("")
        if rule.params:
            out.extend(["### Parameters", "", *(f"- `{name}` = `{value!r}`" for name, value in rule.params.items()),
                        ""])
        if rule.references:
            out.extend(["### References", "", *(f"- {ref}" for ref in rule.references), ""])
        if not rule.implemented:
            out.extend(["*No detection spec yet: the rule reports `not_applicable` (\"not implemented\").*", ""])
    return "\n".join(out).rstrip("\n") + "\n"
