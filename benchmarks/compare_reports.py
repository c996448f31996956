"""Do two checkouts give byte-identical reports? The guard for speed work.

    python benchmarks/compare_reports.py run CHECKOUT OUT_DIR [--cuad DIR]
    python benchmarks/compare_reports.py compare OUT_DIR_A OUT_DIR_B

``run`` lints, with the ``bpolint`` package *of CHECKOUT* (a worktree or a
clone: it is imported from there, not from wherever bpolint is installed),
every fixture contract (``fixtures/contracts/*.{txt,md,docx,pdf}`` of that
checkout), every CUAD text in the shared development corpus, the public
contracts (DOCX and PDF), the real agreements of ``benchmarks/real-gold`` that
are not among those (parts joined as ``evaluate.py`` joins them), and, as
snippets with all rules, every held-out clause excerpt and every rule YAML
example of that checkout; it writes one JSON report per document to OUT_DIR
(the renderer's own per-check data, sorted keys). ``compare`` exits 1 and names every document whose report
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
import tempfile
import time
from pathlib import Path

CUAD = Path("/work/shared/corpora/cuad-service-dev/txt")
SUFFIXES = (".txt", ".md", ".docx", ".pdf")


def _file_name(name: str) -> str:
    """One report's file name: the document's name, or for a name over the file system's limit (a real
    agreement filed in four parts, joined) its start and a digest of the whole."""
    flat = name.replace("/", "__")
    if len(flat.encode()) <= 200:
        return flat + ".json"
    import hashlib

    return flat.encode()[:150].decode(errors="ignore") + "-" + hashlib.sha1(flat.encode()).hexdigest()[:12] + ".json"


def documents(checkout: Path, cuad: Path) -> list[tuple[str, Path]]:
    """(report name, path) for every document linted: fixtures by their path in the checkout."""
    # relative to the checkout (the child runs there), so error messages that quote the path compare equal
    folder = Path("fixtures", "contracts")
    fixtures = sorted(p.name for p in (checkout / folder).iterdir() if p.suffix in SUFFIXES)
    found = [(f"fixtures/{name}", folder / name) for name in fixtures]
    if cuad.is_dir():
        found += [(f"cuad/{p.name}", p) for p in sorted(cuad.glob("*.txt"))]
    return found


def snippets(checkout: Path) -> list[tuple[str, str]]:
    """(report name, text) for every held-out clause excerpt and rule example of the checkout."""
    import yaml

    found = []
    for batch in sorted((checkout / "benchmarks" / "heldout-clauses").glob("*.yaml")):
        cases = yaml.safe_load(batch.read_text(encoding="utf-8"))["cases"]
        found += [(f"clauses/{batch.stem}-{i:03d}", case["text"].strip()) for i, case in enumerate(cases)]
    for path in sorted((checkout / "rules").rglob("*.yaml")):
        examples = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("examples") or {}
        for kind, texts in sorted(examples.items()):
            found += [(f"examples/{path.stem}-{kind}-{i:03d}", text) for i, text in enumerate(texts)]
    return found


def real_agreements(checkout: Path, folder: Path) -> list[tuple[str, Path]]:
    """(report name, path) for every public contract and every real-gold source that is not a
    CUAD text (those are linted above); a source in parts is joined into ``folder`` first."""
    import yaml
    from evaluate import PART_JOIN, join_parts  # this script's neighbour: bpolint still comes from the checkout

    shared = CUAD.parent.parent
    found = {}
    public = shared / "public-contracts"
    if public.is_dir():
        for path in sorted(p for p in public.rglob("*") if p.suffix.lower() in (".docx", ".pdf")):
            found[str(path.relative_to(shared))] = path
    for gold in sorted((checkout / "benchmarks" / "real-gold").glob("*.yaml")):
        for source in yaml.safe_load(gold.read_text(encoding="utf-8")).get("sources") or []:
            parts = [shared / part.strip() for part in source.split(PART_JOIN)]
            if source in found or not all(part.exists() for part in parts):
                continue
            if len(parts) == 1 and parts[0].parent == CUAD:
                continue
            found[source] = parts[0] if len(parts) == 1 else join_parts(parts, folder)
    return [(f"real/{name}", path) for name, path in sorted(found.items())]


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
    from bpolint.engine.examples import snippet_document

    def write(name: str, report: object) -> None:
        # The report's path is the document's name, not where this checkout keeps it, so that two
        # checkouts' reports compare equal.
        data = report_data(report)
        data["path"] = name
        target = out / _file_name(name)
        target.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")

    count = 0
    with tempfile.TemporaryDirectory(prefix="compare-reports-") as folder:
        for name, path in documents(checkout, cuad) + real_agreements(checkout, Path(folder)):
            write(name, lint(path))
            count += 1
    for name, text in snippets(checkout):
        write(name, lint(snippet_document(text)))
        count += 1
    print(f"{count} reports from {checkout} in {time.perf_counter() - start:.1f} s -> {out}")


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
