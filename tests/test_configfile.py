"""Config files: discovery by walking up, validation, precedence."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from bpolint.configfile import discover_settings, find_config, load_settings
from bpolint.errors import ConfigError
from bpolint.model import Severity

FULL = """
select = ["AUD", "EXT001", "PRD"]
ignore = "AUD002"
fail-on = "error"
rule-paths = ["house-rules"]

[severity]
EXT001 = "error"

[params]
unit_price_min = 2.5

[params.PRC004]
unit_price_max = 12

[[waiver]]
rule = "PRD001"
documents = "acme-*.docx"
reason = "gainshare covered in side letter 2026-03"
approver = "Head of Procurement"
expires = "2027-01-01"
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def pyproject(body: str) -> str:
    lines = []
    for line in body.strip().splitlines():
        if line.startswith("[["):
            line = "[[tool.bpolint." + line[2:]
        elif line.startswith("["):
            line = "[tool.bpolint." + line[1:]
        lines.append(line)
    head = [i for i, line in enumerate(lines) if line.startswith("[")]
    first = head[0] if head else len(lines)
    return "[project]\nname = 'drafts'\n\n[tool.bpolint]\n" + "\n".join(lines[:first]) + "\n" \
        + "\n".join(lines[first:]) + "\n"


@pytest.mark.parametrize("name", ["bpolint.toml", "pyproject.toml"])
def test_configfile_reads_every_setting(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, FULL if name == "bpolint.toml" else pyproject(FULL))
    settings = load_settings(path)
    assert settings.select == ("AUD", "EXT001", "PRD")
    assert settings.ignore == ("AUD002",)
    assert settings.fail_on is Severity.ERROR
    assert settings.severity == {"EXT001": Severity.ERROR}
    assert settings.params == {"unit_price_min": 2.5, "PRC004": {"unit_price_max": 12}}
    assert settings.rule_paths == ((tmp_path / "house-rules").resolve(),)
    (waiver,) = settings.waivers
    assert (waiver.rule, waiver.documents, waiver.approver) == ("PRD001", ("acme-*.docx",), "Head of Procurement")
    assert waiver.expires == datetime.date(2027, 1, 1) and waiver.source == str(path)
    config = settings.config()
    assert config.is_selected("AUD001") and not config.is_selected("AUD002") and not config.is_selected("GOV001")
    assert config.param("PRC004", "unit_price_max", 9) == 12 and config.param("PRC004", "unit_price_min", 3) == 2.5


def test_configfile_accepts_toml_dates(tmp_path: Path) -> None:
    path = write(tmp_path / "bpolint.toml",
                 '[[waiver]]\nrule = "PRD001"\nreason = "r"\napprover = "a"\nexpires = 2027-01-01\n')
    assert load_settings(path).waivers[0].expires == datetime.date(2027, 1, 1)


def test_configfile_found_by_walking_up(tmp_path: Path) -> None:
    config = write(tmp_path / "bpolint.toml", 'select = ["AUD"]\n')
    contract = write(tmp_path / "deals" / "2026" / "acme.txt", "x")
    assert find_config(contract) == config
    assert discover_settings(None, contract).select == ("AUD",)


def test_configfile_nearest_wins_and_bpolint_toml_before_pyproject(tmp_path: Path) -> None:
    write(tmp_path / "bpolint.toml", 'select = ["AUD"]\n')
    near = write(tmp_path / "deals" / "bpolint.toml", 'select = ["EXT"]\n')
    write(tmp_path / "deals" / "pyproject.toml", pyproject('select = ["GOV"]'))
    assert find_config(write(tmp_path / "deals" / "acme.txt", "x")) == near


def test_configfile_pyproject_without_section_is_skipped(tmp_path: Path) -> None:
    outer = write(tmp_path / "bpolint.toml", 'select = ["AUD"]\n')
    write(tmp_path / "deals" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(write(tmp_path / "deals" / "acme.txt", "x")) == outer


def test_configfile_none_found_gives_defaults(tmp_path: Path) -> None:
    contract = write(tmp_path / "acme.txt", "x")
    settings = discover_settings(None, contract)
    if settings.source is None:  # a config above tmp_path (unlikely) would be found legitimately
        assert settings.config().select == () and settings.waivers == ()


def test_configfile_explicit_config_replaces_discovery(tmp_path: Path) -> None:
    write(tmp_path / "bpolint.toml", 'select = ["AUD"]\n')
    explicit = write(tmp_path / "elsewhere" / "strict.toml", 'select = ["EXT"]\n')
    assert discover_settings(explicit, tmp_path / "acme.txt").select == ("EXT",)


def test_configfile_cli_values_override_file(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path / "bpolint.toml", FULL))
    config = settings.config(select=["GOV"], ignore=[], fail_on="info")
    assert config.select == ("GOV",) and config.ignore == () and config.fail_on is Severity.INFO
    assert config.severity == {"EXT001": Severity.ERROR}  # not overridden: kept from the file


@pytest.mark.parametrize(("text", "code", "fragment"), [
    ('selct = ["AUD"]\n', "BPO-E302", "'selct' is not a bpolint setting"),
    ("select = [\n", "BPO-E301", "invalid TOML"),
    ("select = 3\n", "BPO-E303", "'select' must be a list"),
    ('fail-on = "fatal"\n', "BPO-E303", "'fail-on' must be one of error, warning, info"),
    ('[severity]\nAUD001 = "high"\n', "BPO-E303", "'severity.AUD001'"),
    ('[params]\nbands = [1, 2]\n', "BPO-E303", "'params.bands'"),
    ('[[waiver]]\nrule = "PRD001"\nreason = "r"\n', "BPO-E305", "'waiver[0].approver' is required"),
    ('[[waiver]]\nrule = "PRD1"\nreason = "r"\napprover = "a"\n', "BPO-E305", "'waiver[0].rule' must be a rule code"),
    ('[[waiver]]\nrule = "PRD001"\nreason = "r"\napprover = "a"\nexpires = "next year"\n', "BPO-E305",
     "'waiver[0].expires' must be a date"),
    ('[[waiver]]\nrule = "PRD001"\nreason = "r"\napprover = "a"\nexpiry = "2027-01-01"\n', "BPO-E302",
     "'waiver[0].expiry' is not a waiver key"),
])
def test_configfile_errors_are_one_line_with_code(tmp_path: Path, text: str, code: str, fragment: str) -> None:
    path = write(tmp_path / "bpolint.toml", text)
    with pytest.raises(ConfigError) as raised:
        load_settings(path)
    message = str(raised.value)
    assert raised.value.code == code and fragment in message
    assert "\n" not in message and str(path) in message


def test_configfile_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as raised:
        load_settings(tmp_path / "nope.toml")
    assert raised.value.code == "BPO-E304"
