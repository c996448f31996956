"""Read ``[tool.bpolint]`` from ``pyproject.toml``, or a ``bpolint.toml``.

The file is found by walking up from the first checked file (the nearest one
wins; ``bpolint.toml`` before ``pyproject.toml`` in the same folder, and a
``pyproject.toml`` without a ``[tool.bpolint]`` table does not count), or
given with ``--config``. Precedence: command-line flags > the config file >
built-in defaults. Every problem is a :class:`~bpolint.errors.ConfigError`
with a one-line message naming the file and key. See ``docs/configuration.md``.
"""

from __future__ import annotations

import datetime
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .errors import ConfigError
from .model import Severity, Waiver

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

CONFIG_FILES = ("bpolint.toml", ".bpolint.toml", "pyproject.toml")
_KEYS = ("select", "ignore", "fail-on", "severity", "params", "rule-paths", "waiver")
_WAIVER_KEYS = ("rule", "documents", "reason", "approver", "expires")
_RULE_CODE = re.compile(r"^[A-Z]{3}\d{3}$")
_LEVELS = ("error", "warning", "info")


@dataclass(frozen=True)
class Settings:
    """What a config file says; ``None`` where it says nothing."""

    source: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    fail_on: Severity | None = None
    severity: Mapping[str, Severity] = field(default_factory=dict)
    params: Mapping[str, Any] = field(default_factory=dict)
    rule_paths: tuple[Path, ...] = ()
    waivers: tuple[Waiver, ...] = ()

    def config(
        self,
        *,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        fail_on: str | Severity | None = None,
    ) -> Config:
        """The run :class:`Config`: each argument given replaces the file's value."""
        return Config.make(
            select=(self.select or ()) if select is None else select,
            ignore=(self.ignore or ()) if ignore is None else ignore,
            severity=self.severity,
            params=self.params,
            fail_on=fail_on or self.fail_on or Severity.WARNING,
        )


def _bpolint_table(path: Path, data: Mapping[str, Any]) -> Mapping[str, Any] | None:
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        table = tool.get("bpolint") if isinstance(tool, Mapping) else None
        return table if isinstance(table, Mapping) else None
    return data


def _read_toml(path: Path) -> Mapping[str, Any]:
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file", code="BPO-E304") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the config file ({error.strerror})", code="BPO-E301") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML ({error})", code="BPO-E301") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the config file is not UTF-8", code="BPO-E301") from None


def find_config(start: str | Path) -> Path | None:
    """The nearest config file at or above ``start`` (a file or folder), or ``None``."""
    here = Path(start).resolve()
    try:
        is_folder = here.is_dir()
    except OSError:  # a name too long to look up: its folder is still searched; the file's own error comes later
        is_folder = False
    folder = here if is_folder else here.parent
    for directory in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and _bpolint_table(candidate, _read_toml(candidate)) is None:
                continue
            return candidate
    return None


def _fail(path: Path, key: str, message: str, code: str = "BPO-E303") -> ConfigError:
    return ConfigError(f"{path}: '{key}' {message}", code=code)


def _codes(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, key, "must be a list of rule codes or prefixes")
    return tuple(v.strip().upper() for v in value if v.strip())


def _level(path: Path, key: str, value: Any) -> Severity:
    if value not in _LEVELS:
        raise _fail(path, key, f"must be one of {', '.join(_LEVELS)}, not {value!r}")
    return Severity(value)


def _date(path: Path, key: str, value: Any) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _fail(path, key, f"must be a date like 2027-01-01, not {value!r}", "BPO-E305")


def _waiver(path: Path, index: int, data: Any) -> Waiver:
    key = f"waiver[{index}]"
    if not isinstance(data, Mapping):
        raise _fail(path, key, "must be a table ([[waiver]])", "BPO-E305")
    for name in data:
        if name not in _WAIVER_KEYS:
            raise _fail(path, f"{key}.{name}", f"is not a waiver key (allowed: {', '.join(_WAIVER_KEYS)})",
                        "BPO-E302")
    for name in ("rule", "reason", "approver"):
        value = data.get(name)
        if not isinstance(value, str) or not value.strip():
            raise _fail(path, f"{key}.{name}", "is required and must be a non-empty string", "BPO-E305")
    rule = data["rule"].strip().upper()
    if not _RULE_CODE.match(rule):
        raise _fail(path, f"{key}.rule", f"must be a rule code like PRD001, not {data['rule']!r}", "BPO-E305")
    documents = data.get("documents", "*")
    if isinstance(documents, str):
        documents = [documents]
    if not isinstance(documents, list) or not documents or not all(isinstance(d, str) and d for d in documents):
        raise _fail(path, f"{key}.documents", "must be a glob pattern or a list of them", "BPO-E305")
    expires = data.get("expires")
    return Waiver(
        rule=rule,
        reason=data["reason"].strip(),
        approver=data["approver"].strip(),
        documents=tuple(documents),
        expires=None if expires is None else _date(path, f"{key}.expires", expires),
        source=str(path),
    )


def _params(path: Path, value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise _fail(path, "params", "must be a table")
    out: dict[str, Any] = {}
    for name, item in value.items():
        if isinstance(item, Mapping):
            if not _RULE_CODE.match(name.upper()):
                raise _fail(path, f"params.{name}", "a sub-table must be named by a rule code, e.g. [params.PRC004]")
            for inner_name, inner in item.items():
                if isinstance(inner, (Mapping, list)):
                    raise _fail(path, f"params.{name}.{inner_name}", "must be a number, string or boolean")
            out[name.upper()] = dict(item)
        elif isinstance(item, list):
            raise _fail(path, f"params.{name}", "must be a number, string or boolean")
        else:
            out[name] = item
    return out


def parse_settings(path: Path, table: Mapping[str, Any]) -> Settings:
    """Validate a ``[tool.bpolint]`` table (or a ``bpolint.toml``) into :class:`Settings`."""
    for key in table:
        if key not in _KEYS:
            raise _fail(path, key, f"is not a bpolint setting (allowed: {', '.join(_KEYS)})", "BPO-E302")
    severity: dict[str, Severity] = {}
    raw_severity = table.get("severity", {})
    if not isinstance(raw_severity, Mapping):
        raise _fail(path, "severity", "must be a table of rule code = level")
    for code, level in raw_severity.items():
        severity[code.upper()] = _level(path, f"severity.{code}", level)
    raw_paths = table.get("rule-paths", [])
    if not isinstance(raw_paths, list) or not all(isinstance(p, str) for p in raw_paths):
        raise _fail(path, "rule-paths", "must be a list of folders")
    raw_waivers = table.get("waiver", [])
    if not isinstance(raw_waivers, list):
        raise _fail(path, "waiver", "must be an array of tables ([[waiver]])", "BPO-E305")
    return Settings(
        source=path,
        select=_codes(path, "select", table["select"]) if "select" in table else None,
        ignore=_codes(path, "ignore", table["ignore"]) if "ignore" in table else None,
        fail_on=_level(path, "fail-on", table["fail-on"]) if "fail-on" in table else None,
        severity=severity,
        params=_params(path, table.get("params", {})),
        rule_paths=tuple((path.parent / p).resolve() for p in raw_paths),
        waivers=tuple(_waiver(path, i, w) for i, w in enumerate(raw_waivers)),
    )


def load_settings(path: str | Path) -> Settings:
    """Read one config file. A ``pyproject.toml`` without ``[tool.bpolint]`` gives empty settings."""
    path = Path(path)
    if path.is_dir():
        raise ConfigError(f"{path}: is a folder; give the config file itself", code="BPO-E304")
    table = _bpolint_table(path, _read_toml(path))
    return Settings(source=path) if table is None else parse_settings(path, table)


def discover_settings(config: str | Path | None, first_file: str | Path | None) -> Settings:
    """Settings from ``--config`` if given, else from the file nearest ``first_file``, else defaults."""
    if config is not None:
        return load_settings(config)
    if first_file is None:
        return Settings()
    found = find_config(first_file)
    return Settings() if found is None else load_settings(found)
