"""Do two checkouts give byte-identical reports? The guard for speed work.

    python benchmarks/compare_reports.py run CHECKOUT OUT_DIR [--cuad DIR]
    python benchmarks/compare_reports.py compare OUT_DIR_A OUT_DIR_B

``run`` lints, with the ``bpolint`` package *of CHECKOUT* (a worktree or a
clone: it is imported from there, not from wherever bpolint is installed),
every fixture contract (``fixtures/contracts/*.{txt,md,docx,pdf}`` of that
checkout) and every CUAD text in the shared development corpus, and writes one
JSON report per document to OUT_DIR (the renderer's own per-check data,
sorted keys). ``compare`` exits 1 and names every document whose report
differs byte for byte, so a speed change that moves a single verdict, quote
or offset is caught. Typical use::

    git worktree add /tmp/base main
    python benchmarks/compare_reports.py run /tmp/base /tmp/reports-base
    python benchmarks/compare_reports.py run . /tmp/reports-new
    python benchmarks/compare_reports.py compare /tmp/reports-base /tmp/reports-new
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

CUAD = Path("/work/shared/corpora/cuad-service-dev/txt")
SUFFIXES = (".txt", ".md", ".docx", ".pdf")


def documents(checkout: Path, cuad: Path) -> list[tuple[str, Path]]:
    """(report name, path) for every document linted: fixtures by their path in the checkout."""
    # relative to the checkout (the child runs there), so error messages that quote the path compare equal
    folder = Path("fixtures", "contracts")
    fixtures = sorted(p.name for p in (checkout / folder).iterdir() if p.suffix in SUFFIXES)
    found = [(f"fixtures/{name}", folder / name) for name in fixtures]
    if cuad.is_dir():
        found += [(f"cuad/{p.name}", p) for p in sorted(cuad.glob("*.txt"))]
    return found


def run_inner(checkout: Path, out: Path, cuad: Path) -> None:
    """Runs in a child whose sys.path starts with the checkout (see :func:`run`)."""
    import bpolint
    from bpolint import lint
    from bpolint.report.json import report_data

    package = Path(bpolint.__file__).resolve().parent
    if package != (checkout / "bpolint").resolve():
        raise SystemExit(f"imported bpolint from {package}, not from {checkout}")
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    items = documents(checkout, cuad)
    for name, path in items:
        # The report's path is the document's name, not where this checkout keeps it, so that two
        # checkouts' reports compare equal.
        data = report_data(lint(path))
        data["path"] = name
        target = out / (name.replace("/", "__") + ".json")
        target.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(items)} reports from {checkout} in {time.perf_counter() - start:.1f} s -> {out}")


def run(checkout: Path, out: Path, cuad: Path) -> None:
    """Lint in a fresh interpreter whose first import path is ``checkout``, so its own code runs."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    command = [sys.executable, str(Path(__file__).resolve()), "_inner", str(checkout), str(out), "--cuad", str(cuad)]
    subprocess.run(command, env=env, check=True, cwd=checkout)


def compare(a: Path, b: Path) -> int:
    names_a = {p.name for p in a.glob("*.json")}
    names_b = {p.name for p in b.glob("*.json")}
    problems = [f"only in {a}: {n}" for n in sorted(names_a - names_b)]
    problems += [f"only in {b}: {n}" for n in sorted(names_b - names_a)]
    same = 0
    for name in sorted(names_a & names_b):
        if (a / name).read_bytes() == (b / name).read_bytes():
            same += 1
        else:
            problems.append(f"differs: {name}")
    for line in problems:
        print(line)
    print(f"{same} identical, {len(problems)} problems")
    return 1 if problems else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("run", "_inner"):
        p = sub.add_parser(name)
        p.add_argument("checkout", type=Path)
        p.add_argument("out", type=Path)
        p.add_argument("--cuad", type=Path, default=CUAD, help="folder of CUAD .txt contracts (skipped if absent)")
    p = sub.add_parser("compare")
    p.add_argument("a", type=Path)
    p.add_argument("b", type=Path)
    args = parser.parse_args()
    if args.command == "compare":
        raise SystemExit(compare(args.a, args.b))
    checkout, out = args.checkout.resolve(), args.out.resolve()
    if args.command == "run":
        run(checkout, out, args.cuad)
    else:
        run_inner(checkout, out, args.cuad)


if __name__ == "__main__":
    main()
