"""The ``bpolint`` command: parse arguments, read config, call the library, render.

Thin by design: everything it does is a call into the library. Exit codes:
0 no finding at or above the fail level, 1 findings, 2 usage, config or input
error (one line on stderr, with a ``BPO-E...`` code).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO

from ._version import __version__
from .errors import BpolintError

if TYPE_CHECKING:
    from .config import Config
    from .configfile import Settings
    from .engine.rules import Rule
    from .model import Report, Severity

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
INTERNAL_ERROR = "BPO-E199"  # a bug met on one file: reported in one line like an unreadable file
COMMANDS = ("check", "extract", "rules", "rule")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"bpolint: error: BPO-E001: {message} (see bpolint --help)\n")
        raise SystemExit(EXIT_ERROR)


def _config_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--config", metavar="FILE",
                       help="read settings from this bpolint.toml or pyproject.toml instead of the nearest one")
    group.add_argument("--isolated", action="store_true", help="ignore all config files")


def _parser() -> argparse.ArgumentParser:
    from .report import formats

    parser = _Parser(
        prog="bpolint",
        description="Check BPO contracts for the safeguards a buyer needs before signing.",
        epilog="`bpolint FILE...` is short for `bpolint check FILE...`. "
               "Exit codes: 0 no findings, 1 findings, 2 error.",
    )
    parser.add_argument("--version", action="version", version=f"bpolint {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    check = commands.add_parser("check", help="check contracts (the default command)")
    check.add_argument("files", nargs="+", metavar="FILE", help=".docx, .pdf, .txt or .md contract")
    check.add_argument("--format", default="text", choices=formats(),
                       help="output format (default: text; markdown and html give the pre-signature checklist)")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--select", action="append", default=None, metavar="CODES",
                       help="only these rule codes or prefixes, comma-separated (e.g. AUD,EXT001)")
    check.add_argument("--ignore", action="append", default=None, metavar="CODES",
                       help="skip these rule codes or prefixes")
    check.add_argument("--fail-on", default=None, choices=("error", "warning", "info"),
                       help="lowest severity of a weak or missing verdict that makes the exit code 1 "
                            "(default: warning)")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    _input_options(check)
    check.add_argument("--statistics", action="store_true", help="show counts of findings per rule instead")
    check.add_argument("-q", "--quiet", action="store_true",
                       help="text and concise formats: show findings only, and nothing when there are none")
    check.add_argument("--color", default="auto", choices=("auto", "always", "never"),
                       help="colour the text report (auto: on a terminal unless NO_COLOR is set)")
    _config_options(check)

    extract = commands.add_parser("extract", help="show the clauses bpolint reads from a file")
    extract.add_argument("file", metavar="FILE")
    extract.add_argument("--format", default="text", choices=("text", "json"))
    _input_options(extract)

    rules = commands.add_parser("rules", help="list the rules (markdown: the full rule reference)")
    rules.add_argument("--format", default="text", choices=("text", "json", "markdown"))
    _config_options(rules)

    rule = commands.add_parser("rule", help="explain one rule")
    rule.add_argument("code", metavar="CODE")
    rule.add_argument("--format", default="text", choices=("text", "json"))
    _config_options(rule)
    return parser


def _input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password", metavar="PASSWORD", help="password that opens a protected PDF")
    parser.add_argument("--ocr", action="store_true",
                        help="OCR scanned PDF pages without a text layer (needs ocrmypdf)")


def _fail(error: BpolintError | str) -> int:
    sys.stderr.write(f"bpolint: error: {error}\n")
    return EXIT_ERROR


def _write(text: str, output: str | None) -> None:
    if output:
        try:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as error:
            raise BpolintError(f"cannot write {output}: {error.strerror}", code="BPO-E003") from None
    else:
        sys.stdout.write(text)


def _settings(args: argparse.Namespace, start: str | None) -> Settings:
    from .configfile import Settings, discover_settings

    if args.isolated:
        return Settings()
    return discover_settings(args.config, start)


def _rules_for(settings: Settings) -> tuple[tuple[Rule, ...], str]:
    """The rule set to run and how a report names it."""
    from .engine.rules import default_rules_dir, load_rules

    if not settings.rule_paths:
        return load_rules(), "built-in"
    rules = load_rules([default_rules_dir(), *settings.rule_paths])
    return rules, "built-in + " + ", ".join(p.name for p in settings.rule_paths)


def _use_color(choice: str, output: str | None, stream: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    if output or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def _width(output: str | None, stream: TextIO) -> int:
    """Wrap text at the terminal's width (within reason); 100 columns in files and pipes."""
    import shutil

    if output or not (hasattr(stream, "isatty") and stream.isatty()):
        return 100
    return min(max(shutil.get_terminal_size((100, 24)).columns, 60), 140)


def _statistics(reports: Sequence[Report], format: str) -> str:
    import json
    from collections import Counter

    tally: Counter[tuple[str, str, str]] = Counter()
    for report in reports:
        if report.error is not None:
            tally[(report.error.code, "unreadable", "error")] += 1
        for check in report.checks:
            if check.is_finding:
                status = check.status.value if check.kind == "check" else check.kind
                tally[(check.rule, check.name, status)] += 1
    rows = sorted(tally.items(), key=lambda item: (-item[1], item[0]))
    if format == "json":
        data = [{"code": c, "name": n, "status": s, "count": k} for (c, n, s), k in rows]
        return json.dumps(data, indent=2) + "\n"
    width = max((len(str(k)) for _, k in rows), default=1)
    return "".join(f"{k:>{width}}  {c:<8}  {s:<14} {n}\n" for (c, n, s), k in rows)


def _failing(reports: Sequence[Report], fail_on: Severity) -> bool:
    return any(
        check.is_finding and check.severity.rank >= fail_on.rank
        for report in reports
        for check in report.checks
    )


def _lint_one(lint: Callable[..., Report], path: str, config: Config, rules: Sequence[Rule],
              args: argparse.Namespace) -> Report:
    """Lint one file of a batch; a failure bpolint did not foresee ends this file's check, not the batch."""
    from .model import Report, ReportError

    try:
        return lint(path, config, rules=rules, password=args.password, ocr=args.ocr)
    except (BpolintError, KeyboardInterrupt):
        raise
    except Exception as error:  # noqa: BLE001 - any bug: one line for this file, the others still run
        return Report(path=str(path), format=None, error=ReportError(INTERNAL_ERROR, _internal(path, error)))


def _internal(path: str, error: BaseException) -> str:
    detail = (str(error).splitlines() or [""])[0][:200]
    return (f"{path}: internal error while checking this file ({type(error).__name__}: {detail}); "
            "please report it with the file")


def _check(args: argparse.Namespace) -> int:
    import dataclasses
    import datetime

    from .engine import lint
    from .model import Report
    from .report import RenderOptions, render
    from .waivers import apply_waivers

    settings = _settings(args, args.files[0])
    config = settings.config(select=args.select, ignore=args.ignore, fail_on=args.fail_on)
    rules, ruleset = _rules_for(settings)
    reports = [_lint_one(lint, path, config, rules, args) for path in args.files]
    waived, run_findings = apply_waivers(reports, settings.waivers, datetime.date.today())
    # Waiver findings obey --select/--ignore like rules do (e.g. --ignore BPO-W003).
    reports = [
        dataclasses.replace(r, checks=tuple(c for c in r.checks if c.kind != "waiver" or config.is_selected(c.rule)))
        for r in waived
    ]
    run_findings = tuple(c for c in run_findings if config.is_selected(c.rule))
    if run_findings:
        reports.append(Report(path=str(settings.source), format="config", checks=run_findings))
    if args.statistics:
        output = _statistics(reports, "json" if args.format == "json" else "text")
    else:
        options = RenderOptions(
            color=_use_color(args.color, args.output, sys.stdout),
            width=_width(args.output, sys.stdout),
            quiet=args.quiet,
            rules=rules,
            ruleset=ruleset,
        )
        output = render(reports, args.format, options)
    _write(output, args.output)
    for report in reports:
        if report.error is not None:
            sys.stderr.write(f"bpolint: error: {report.error.code}: {report.error.message}\n")
    if any(report.error is not None for report in reports):
        return EXIT_ERROR
    return EXIT_FINDINGS if _failing(reports, config.fail_on) and not args.exit_zero else EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    import json

    from .extract import extract
    from .extract.dump import document_data, document_text

    document = extract(args.file, password=args.password, ocr=args.ocr)
    if args.format == "json":
        sys.stdout.write(json.dumps(document_data(document), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(document_text(document))
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    import json

    rules, _ = _rules_for(_settings(args, os.getcwd()))
    if args.format == "markdown":
        from .report.ruledoc import rules_markdown

        sys.stdout.write(rules_markdown(rules))
    elif args.format == "json":
        data = [{"code": r.code, "name": r.name, "category": r.category, "severity": r.severity.value,
                 "title": r.title, "status": r.status} for r in rules]
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        for r in rules:
            sys.stdout.write(f"{r.code}  {r.name:<30} {r.category:<13} {r.severity.value:<8} {r.title}\n")
    return EXIT_OK


def _rule(args: argparse.Namespace) -> int:
    import json

    from .report.ruledoc import rule_data, rule_text

    rules, _ = _rules_for(_settings(args, os.getcwd()))
    wanted = args.code.upper()
    for r in rules:
        if r.code == wanted or r.name == args.code.lower():
            if args.format == "json":
                sys.stdout.write(json.dumps(rule_data(r), indent=2, ensure_ascii=False, default=str) + "\n")
            else:
                sys.stdout.write(rule_text(r))
            return EXIT_OK
    return _fail(f"BPO-E002: unknown rule {args.code!r}; `bpolint rules` lists them")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] not in COMMANDS and not arguments[0].startswith("-"):
        arguments.insert(0, "check")
    elif arguments and arguments[0].startswith("-") and arguments[0] not in ("-h", "--help", "--version"):
        arguments.insert(0, "check")
    parser = _parser()
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exit_:  # --help, --version and usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_ERROR
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    handlers = {"check": _check, "extract": _extract, "rules": _rules, "rule": _rule}
    try:
        return handlers[args.command](args)
    except BpolintError as error:
        return _fail(error)
    except KeyboardInterrupt:
        return _fail("BPO-E004: interrupted")
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - never a traceback: one line, exit 2 (see docs/errors.md)
        file = getattr(args, "file", None)
        if file is not None:
            return _fail(f"{INTERNAL_ERROR}: {_internal(file, error)}")
        return _fail(f"{INTERNAL_ERROR}: internal error ({type(error).__name__}: "
                     f"{(str(error).splitlines() or [''])[0][:200]}); please report it")


def run() -> None:
    """Console-script entry point."""
    raise SystemExit(main())
