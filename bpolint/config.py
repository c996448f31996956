"""Run configuration: which rules, how severe, and the numeric parameters.

The library takes a :class:`Config` value; reading ``pyproject.toml`` or
``bpolint.toml`` into one is the CLI's job (:mod:`bpolint.configfile`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .model import Severity


def _codes(values: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        out.extend(part.strip().upper() for part in value.split(",") if part.strip())
    return tuple(out)


@dataclass(frozen=True)
class Config:
    """What to check and how.

    ``select``/``ignore`` take codes or prefixes (``"AUD"``, ``"EXT001"``);
    an empty ``select`` means every rule. ``params`` overrides rule
    parameters by name (``{"unit_price_min": 3.0}``) or per rule
    (``{"PRC004": {"unit_price_min": 3.0}}``).
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    params: Mapping[str, Any] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING

    @classmethod
    def make(cls, *, select: Iterable[str] = (), ignore: Iterable[str] = (),
             severity: Mapping[str, str | Severity] | None = None,
             params: Mapping[str, Any] | None = None,
             fail_on: str | Severity = Severity.WARNING) -> Config:
        """Build a config from loose values (strings, comma lists)."""
        return cls(
            select=_codes(select),
            ignore=_codes(ignore),
            severity={code.upper(): Severity(level) for code, level in (severity or {}).items()},
            params=dict(params or {}),
            fail_on=Severity(fail_on),
        )

    def is_selected(self, code: str) -> bool:
        code = code.upper()
        selected = not self.select or any(code.startswith(prefix) for prefix in self.select)
        ignored = any(code.startswith(prefix) for prefix in self.ignore)
        if selected and ignored:
            # The more specific of the two wins, as in ruff.
            best_select = max((len(p) for p in self.select if code.startswith(p)), default=0)
            best_ignore = max(len(p) for p in self.ignore if code.startswith(p))
            return best_select > best_ignore
        return selected

    def severity_for(self, code: str, default: Severity) -> Severity:
        return self.severity.get(code.upper(), default)

    def param(self, code: str, name: str, default: Any) -> Any:
        per_rule = self.params.get(code.upper())
        if isinstance(per_rule, Mapping) and name in per_rule:
            return per_rule[name]
        return self.params.get(name, default)
