"""The ``bpolint`` command: parse arguments, read files, pick a renderer.

Thin by design: everything it does is a call into the library. Exit codes:
0 no finding at or above the fail level, 1 findings, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._version import __version__
from .errors import BpolintError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
COMMANDS = ("check", "extract", "rules", "rule")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"bpolint: error: BPO-E001: {message} (see bpolint --help)\n")
        raise SystemExit(EXIT_ERROR)


def _parser() -> argparse.ArgumentParser:
    from .report import formats

    parser = _Parser(
        prog="bpolint",
        description="Check BPO contracts for the safeguards a buyer needs before signing.",
        epilog="`bpolint FILE...` is short for `bpolint check FILE...`.",
    )
    parser.add_argument("--version", action="version", version=f"bpolint {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    check = commands.add_parser("check", help="check contracts (the default command)")
    check.add_argument("files", nargs="+", metavar="FILE", help=".docx, .pdf, .txt or .md contract")
    check.add_argument("--format", default="text", choices=formats(), help="output format (default: text)")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--select", action="append", default=[], metavar="CODES",
                       help="only these rule codes or prefixes, comma-separated (e.g. AUD,EXT001)")
    check.add_argument("--ignore", action="append", default=[], metavar="CODES",
                       help="skip these rule codes or prefixes")
    check.add_argument("--fail-on", default="warning", choices=("error", "warning", "info"),
                       help="lowest severity of a weak or missing verdict that makes the exit code 1")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    _input_options(check)

    extract = commands.add_parser("extract", help="show the clauses bpolint reads from a file")
    extract.add_argument("file", metavar="FILE")
    extract.add_argument("--format", default="text", choices=("text", "json"))
    _input_options(extract)

    rules = commands.add_parser("rules", help="list the rules")
    rules.add_argument("--format", default="text", choices=("text", "json"))

    rule = commands.add_parser("rule", help="explain one rule")
    rule.add_argument("code", metavar="CODE")
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
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)


def _check(args: argparse.Namespace) -> int:
    from .config import Config
    from .engine import lint
    from .model import Status
    from .report import render

    config = Config.make(select=args.select, ignore=args.ignore, fail_on=args.fail_on)
    reports = [lint(path, config, password=args.password, ocr=args.ocr) for path in args.files]
    _write(render(reports, args.format), args.output)
    for report in reports:
        if report.error is not None:
            sys.stderr.write(f"bpolint: error: {report.error.code}: {report.error.message}\n")
    if any(report.error is not None for report in reports):
        return EXIT_ERROR
    failing = [
        check
        for report in reports
        for check in report.checks
        if check.status in (Status.WEAK, Status.MISSING) and check.severity.rank >= config.fail_on.rank
    ]
    return EXIT_FINDINGS if failing and not args.exit_zero else EXIT_OK


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

    from .engine import load_rules

    rules = load_rules()
    if args.format == "json":
        data = [{"code": r.code, "name": r.name, "category": r.category, "severity": r.severity.value,
                 "title": r.title} for r in rules]
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        for r in rules:
            sys.stdout.write(f"{r.code}  {r.name:<30} {r.category:<13} {r.severity.value:<8} {r.title}\n")
    return EXIT_OK


def _rule(args: argparse.Namespace) -> int:
    from .engine import load_rules

    wanted = args.code.upper()
    for r in load_rules():
        if r.code == wanted or r.name == args.code.lower():
            sys.stdout.write(f"{r.code} {r.name} ({r.category}, {r.severity.value})\n\n{r.title}\n")
            if r.rationale:
                sys.stdout.write(f"\nWhy it matters\n{r.rationale}\n")
            if r.fix:
                sys.stdout.write(f"\nFallback language to request\n{r.fix}\n")
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
        return _fail("interrupted")
    except BrokenPipeError:
        return EXIT_OK


def run() -> None:
    """Console-script entry point."""
    raise SystemExit(main())
