"""Rule files are validated on load: errors name the file, the rule and the field."""

from __future__ import annotations

import pytest
import yaml

from bpolint.engine.rules import load_rules, parse_rule
from bpolint.errors import RuleError

BASE = """
code: TST001
name: test-rule
title: Test
category: audit
severity: error
params: {limit: 1}
detect:
  find: {any: [audit]}
"""


def _parse(**detect):
    data = yaml.safe_load(BASE)
    data["detect"].update(detect)
    return parse_rule(data, "rules/x/TST001.yaml")


@pytest.mark.parametrize(("detect", "field", "code"), [
    ({"colour": "red"}, "detect.colour", "BPO-E202"),
    ({"kind": "vibe"}, "detect.kind", "BPO-E212"),
    ({"party": "lawyer"}, "detect.party", "BPO-E212"),
    ({"with": [{"any": ["x"], "scope": "page"}]}, "detect.with[0].scope", "BPO-E212"),
    ({"with": [{"label": "no phrases"}]}, "detect.with[0]", "BPO-E203"),
    ({"with": [{"any": ["x"], "min": 2, "distinct": "colour"}]}, "detect.with[0].distinct", "BPO-E212"),
    ({"weak_if": [{"any": ["x"]}]}, "detect.weak_if[0]", "BPO-E203"),
    ({"numeric": [{"measure": "frequency", "below": "nope", "reason": "r"}]}, "detect.numeric[0].below", "BPO-E211"),
    ({"numeric": [{"measure": "speed"}]}, "detect.numeric[0].measure", "BPO-E212"),
    ({"numeric": [{"measure": "money", "outside": [1], "reason": "r"}]}, "detect.numeric[0].outside", "BPO-E211"),
    ({"find": {"patterns": [[{"LOWER": "audit", "OP": "sometimes"}]]}}, "main.find.patterns", "BPO-E210"),
    ({"find": {"any": "audit", "bogus": 1}}, "detect.find.bogus", "BPO-E202"),
    ({"weak_if": [{"any": ["x"], "reason": "r", "follow_references": "yes"}]}, "detect.weak_if[0].follow_references",
     "BPO-E204"),
    ({"numeric": [{"measure": "percent", "above": 5, "reason": "r", "unless": [""]}]}, "detect.numeric[0].unless",
     "BPO-E204"),
    # a money band's currency: a code or a param holding one, and only on money with a comparator
    ({"numeric": [{"measure": "money", "above": 5, "reason": "r", "currency": "dollars"}]},
     "detect.numeric[0].currency", "BPO-E211"),
    ({"numeric": [{"measure": "percent", "above": 5, "reason": "r", "currency": "USD"}]},
     "detect.numeric[0].currency", "BPO-E211"),
])
def test_rules_schema_errors_name_file_rule_and_field(detect, field, code):
    with pytest.raises(RuleError) as caught:
        _parse(**detect)
    message = str(caught.value)
    assert caught.value.code == code
    assert "rules/x/TST001.yaml" in message and "rule TST001" in message and f"field '{field}'" in message


def test_rules_schema_unknown_top_level_key():
    data = yaml.safe_load(BASE)
    data["detcet"] = {}
    with pytest.raises(RuleError, match="field 'detcet'"):
        parse_rule(data, "x.yaml")


def test_rules_schema_duplicate_code(tmp_path):
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(BASE, encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rules([tmp_path])
    assert caught.value.code == "BPO-E208" and "duplicate code" in str(caught.value)


@pytest.mark.parametrize("twice", [
    # a second key in one mapping would silently replace the first one's value
    "detect:\n  find: {any: [audit]}\n  weak_if:\n    - any: [x]\n      unless: [a]\n      reason: r\n"
    "      unless: [b]\n",
    "detect:\n  find: {any: [audit]}\ndetect:\n  find: {any: [review]}\n",
])
def test_rules_schema_a_key_given_twice_is_an_error(tmp_path, twice):
    (tmp_path / "a.yaml").write_text(BASE.split("detect:")[0] + twice, encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rules([tmp_path])
    assert caught.value.code == "BPO-E215" and "given twice" in str(caught.value)


def test_rules_schema_merge_keys_may_override(tmp_path):
    text = BASE.split("detect:")[0] + "detect:\n  find: &f {any: [audit], scope: sentence}\n  with:\n" \
        "    - <<: *f\n      scope: clause\n"
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    assert load_rules([tmp_path])[0].code == "TST001"


def test_rules_schema_valid_patterns_load():
    rule = _parse(find={"patterns": [[{"LOWER": "once"}, {"LOWER": "in", "OP": "?"}]]})
    assert rule.implemented


def test_rules_schema_cli_exits_2_on_a_bad_rule(tmp_path, capsys):
    from bpolint.engine.rules import load_rule_file

    bad = tmp_path / "BAD001.yaml"
    bad.write_text(BASE.replace("TST001", "BAD001") + "  colour: red\n", encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rule_file(bad)
    assert "BAD001" in str(caught.value)


def test_rules_schema_builtin_rules_load():
    codes = [rule.code for rule in load_rules()]
    assert len(codes) == 20 and len(set(codes)) == 20


def test_rules_schema_bad_rule_makes_the_cli_exit_2(tmp_path, monkeypatch, capsys):
    import importlib

    from bpolint import cli

    lint_module = importlib.import_module("bpolint.engine.lint")
    rules_module = importlib.import_module("bpolint.engine.rules")

    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "TST001.yaml").write_text(BASE + "  kind: vibe\n", encoding="utf-8")
    contract = tmp_path / "c.txt"
    contract.write_text("The Customer may audit the records.\n", encoding="utf-8")
    monkeypatch.setattr(rules_module, "default_rules_dir", lambda: folder)
    lint_module._builtin_rules.cache_clear()
    try:
        assert cli.main(["check", str(contract)]) == 2
    finally:
        lint_module._builtin_rules.cache_clear()
    err = capsys.readouterr().err
    assert "BPO-E212" in err and "TST001.yaml" in err and "rule TST001" in err and "detect.kind" in err
