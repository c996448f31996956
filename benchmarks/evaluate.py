"""Measure bpolint's verdicts, not by eye.

    python benchmarks/evaluate.py                 # all five parts below
    python benchmarks/evaluate.py labelled        # only the labelled fixtures
    python benchmarks/evaluate.py cuad --cuad-format pdf --show-disagreements
    python benchmarks/evaluate.py clauses --show-disagreements
    python benchmarks/evaluate.py real --show-disagreements
    python benchmarks/evaluate.py real --contracts cuad-wpp-service,cuad-opera-service

1. Labelled fixtures (fixtures/contracts/*.expected.yaml): exact-status accuracy
   per rule and overall, for every format the contract is generated in, reported
   separately for the tuning set (the contracts the rules were developed on) and
   the held-out set (gold files with ``held_out: true``: written blind, never
   tuned on). Disagreements listed in tests/golden/known-gaps.yaml count as wrong
   but are tagged; only an unlisted one makes the exit code 1.
2. CUAD service agreements (../shared/corpora/cuad-service-dev, when present):
   document-level precision / recall / F1 of bpolint against the expert labels
   where a CUAD category maps onto a rule. CUAD labels either party's rights and
   bpolint only the customer's, so each disagreement we have read is recorded in
   benchmarks/cuad-adjudication.yaml as a ``catalogue`` difference (CUAD and the
   catalogue ask different questions) or a ``bpolint`` error; F1 is reported both
   raw and with catalogue differences set aside.
3. Public contracts (../shared/corpora/public-contracts): glossary-only and
   non-obligating documents; every ``pass`` there is listed for reading.
4. Held-out clauses (benchmarks/heldout-clauses/*.yaml): short contract excerpts,
   each with the status a lawyer applying the catalogue gives it for one rule,
   written blind in batches before bpolint was run on them, in drafting unlike the
   rules' own examples. Exact-status accuracy per rule and per batch; every
   disagreement is listed. A measurement, not a gate: the exit code ignores it.
5. Real agreements labelled by hand (benchmarks/real-gold/*.yaml): whole documents
   from ../shared/corpora (EDGAR service agreements, public standard terms), each
   labelled for all 20 rules from the catalogue alone before bpolint was run on
   it. Exact-status accuracy per rule, per document and per format; every
   disagreement is listed. A measurement, not a gate; skipped when the corpora are
   not beside the checkout.

Documents are linted in worker processes through a concurrent.futures executor,
as a portfolio run would.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import yaml

import bpolint
from bpolint import Report, Status

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = ROOT / "fixtures" / "contracts"
SHARED = ROOT.parent / "shared" / "corpora"
CUAD = SHARED / "cuad-service-dev"
PUBLIC = SHARED / "public-contracts"
ADJUDICATION = Path(__file__).resolve().parent / "cuad-adjudication.yaml"
KNOWN_GAPS = ROOT / "tests" / "golden" / "known-gaps.yaml"
HELDOUT_CLAUSES = Path(__file__).resolve().parent / "heldout-clauses"
REAL_GOLD = Path(__file__).resolve().parent / "real-gold"
FORMATS = ("txt", "md", "docx", "pdf")
PRESENT = (Status.PASS, Status.WEAK)


def _status(report: Report, code: str) -> Status | None:
    check = report.result(code)
    return None if check is None else check.status


def _part_found(report: Report, code: str, part_word: str) -> bool:
    """Did one part of a multi-part rule (e.g. EXT001's convenience ground) qualify?"""
    check = report.result(code)
    if check is None:
        return False
    if check.status is Status.PASS:
        return True
    # Part outcomes read "<part label>: found in clause X" or "<part label>: weak in clause X: <reason>".
    return any(part_word in line.split(":", 1)[0] and (": found in" in line or ": weak in" in line)
               for line in check.details)


# CUAD category -> (bpolint reading, predicate on a report)
MAPPINGS: dict[str, tuple[str, Callable[[Report], bool]]] = {
    "Audit Rights": ("AUD001 pass or weak", lambda r: _status(r, "AUD001") in PRESENT),
    "Termination For Convenience": ("EXT001 convenience part found",
                                    lambda r: _part_found(r, "EXT001", "convenience")),
    "Post-Termination Services": ("EXT002 or EXT003 pass or weak",
                                  lambda r: _status(r, "EXT002") in PRESENT or _status(r, "EXT003") in PRESENT),
    "Revenue/Profit Sharing": ("PRD001 pass or weak (loose)", lambda r: _status(r, "PRD001") in PRESENT),
}


@dataclass(frozen=True)
class Scores:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (f"P {self.precision:.2f}  R {self.recall:.2f}  F1 {self.f1:.2f}  "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn}, tn {self.tn})")


def lint_all(paths: Sequence[Path], executor: Executor | None = None) -> list[Report]:
    if executor is None:
        with ProcessPoolExecutor(max_workers=2) as pool:
            return list(pool.map(bpolint.lint, paths, chunksize=2))
    return list(executor.map(bpolint.lint, paths))


# -- 1. labelled fixtures ------------------------------------------------------------------

def _known_gaps() -> set[tuple[str, str, str]]:
    """(contract, format, rule) disagreements read and recorded in tests/golden/known-gaps.yaml."""
    if not KNOWN_GAPS.exists():
        return set()
    entries = yaml.safe_load(KNOWN_GAPS.read_text(encoding="utf-8")) or []
    return {(e["contract"], fmt, e["rule"]) for e in entries for fmt in e.get("formats", FORMATS)}


def evaluate_labelled(formats: Iterable[str], contracts: Iterable[str] = ()) -> bool:
    """Exact-status accuracy, reported separately for the tuning set and the held-out set.

    A gold file with ``held_out: true`` belongs to the held-out set: contracts written
    after the rules, never used to tune them. Known gaps count as wrong; the return value
    is False only when a disagreement is not listed in known-gaps.yaml. ``contracts``
    (names, default all) restricts the run, so that one held-out batch can be measured
    on its own (issue #7: each batch's first blind figures are recorded apart).
    """
    formats = list(formats)
    golds = sorted(CONTRACTS.glob("*.expected.yaml"))
    wanted = set(contracts)
    if wanted:
        known = {gold.name.removesuffix(".expected.yaml") for gold in golds}
        if wanted - known:
            print(f"labelled: no gold file for {', '.join(sorted(wanted - known))}")
            return False
        golds = [gold for gold in golds if gold.name.removesuffix(".expected.yaml") in wanted]
    if not golds:
        print("labelled: no fixtures/contracts/*.expected.yaml found")
        return False
    jobs: list[tuple[str, str, Path]] = []
    expected: dict[str, dict[str, str]] = {}
    held_out: dict[str, bool] = {}
    for gold in golds:
        name = gold.name.removesuffix(".expected.yaml")
        data = yaml.safe_load(gold.read_text(encoding="utf-8"))
        expected[name] = {code: entry["status"] for code, entry in data["expected"].items()}
        held_out[name] = bool(data.get("held_out", False))
        for fmt in formats:
            path = CONTRACTS / f"{name}.{fmt}"
            if path.exists():
                jobs.append((name, fmt, path))
    reports = lint_all([path for _, _, path in jobs])
    gaps = _known_gaps()
    unexplained = False
    for label, is_held_out in (("tuning set", False), ("held-out set", True)):
        names = sorted(n for n in expected if held_out[n] == is_held_out)
        if not names:
            continue
        per_rule: dict[str, Counter[bool]] = defaultdict(Counter)
        per_format: dict[str, Counter[bool]] = defaultdict(Counter)
        presence = Counter[bool]()  # same side of present (pass/weak) vs absent (missing/n.a.)
        wrong: list[str] = []
        files = 0
        for (name, fmt, path), report in zip(jobs, reports, strict=True):
            if name not in names:
                continue
            files += 1
            if report.error is not None:
                wrong.append(f"  {path.name}: {report.error.code} {report.error.message}")
                unexplained = True
                continue
            for code, want in expected[name].items():
                got = _status(report, code)
                ok = got is not None and got.value == want
                per_rule[code][ok] += 1
                per_format[fmt][ok] += 1
                presence[got is not None and (got in PRESENT) == (want in ("pass", "weak"))] += 1
                if not ok:
                    known = (name, fmt, code) in gaps
                    unexplained = unexplained or not known
                    tag = " (known gap)" if known else ""
                    wrong.append(f"  {name}.{fmt} {code}: expected {want}, got {got.value if got else None}{tag}")
        total = Counter[bool]()
        for counts in per_rule.values():
            total.update(counts)
        print(f"\nLabelled fixtures, {label}: {len(names)} contracts, {files} files, formats {', '.join(formats)}")
        for code in sorted(per_rule):
            counts = per_rule[code]
            print(f"  {code}  {counts[True]:>3}/{counts[True] + counts[False]:<3} {_pct(counts)}")
        for fmt in formats:
            if per_format[fmt]:
                print(f"  format {fmt:<5} {_pct(per_format[fmt])}")
        print(f"  overall exact-status accuracy ({label}): {_pct(total)}")
        print(f"  present/absent agreement ({label}): {_pct(presence)}")
        if wrong:
            print("  disagreements:")
            print("\n".join(wrong))
    return not unexplained


def _pct(counts: Counter[bool]) -> str:
    n = counts[True] + counts[False]
    return f"{100 * counts[True] / n:5.1f}%" if n else "  n/a"


# -- 2. CUAD ---------------------------------------------------------------------------------

def _adjudications() -> dict[tuple[str, str], dict[str, str]]:
    if not ADJUDICATION.exists():
        return {}
    entries = yaml.safe_load(ADJUDICATION.read_text(encoding="utf-8")) or []
    return {(e["document"], e["category"]): e for e in entries}


def evaluate_cuad(fmt: str, show: bool) -> None:
    labels = CUAD / "labels.csv"
    if not labels.exists():
        print(f"\nCUAD: {CUAD} is not here; skipped")
        return
    rows = list(csv.DictReader(labels.open(encoding="utf-8")))
    paths = [CUAD / fmt / f"{row['id']}.{fmt}" for row in rows]
    reports = lint_all(paths)
    adjudicated = _adjudications()
    errors = [r for r in reports if r.error is not None]
    print(f"\nCUAD service agreements: {len(rows)} documents ({fmt}); {len(errors)} could not be read")
    for report in errors:
        print(f"  {report.path}: {report.error.code if report.error else ''}")
    for category, (reading, predicate) in MAPPINGS.items():
        raw = Counter[str]()
        fair = Counter[str]()
        disagreements = []
        for row, report in zip(rows, reports, strict=True):
            if report.error is not None:
                continue
            truth = row[category] == "1"
            said = predicate(report)
            cell = {(True, True): "tp", (False, True): "fp", (True, False): "fn", (False, False): "tn"}[(truth, said)]
            raw[cell] += 1
            verdict = adjudicated.get((row["id"], category), {}).get("verdict")
            if cell in ("fp", "fn") and verdict == "catalogue":
                # Read and judged: under the catalogue's question bpolint's answer is the right one.
                fair["tp" if cell == "fp" else "tn"] += 1
            else:
                fair[cell] += 1
            if cell in ("fp", "fn"):
                disagreements.append((cell, row, report, verdict))
        print(f"  {category} -> {reading}")
        print(f"    raw:         {Scores(raw['tp'], raw['fp'], raw['fn'], raw['tn']).line()}")
        print(f"    adjudicated: {Scores(fair['tp'], fair['fp'], fair['fn'], fair['tn']).line()}")
        unread = [d for d in disagreements if d[3] is None]
        if unread:
            print(f"    {len(unread)} disagreement(s) not yet adjudicated in {ADJUDICATION.name}")
        if show:
            for cell, row, report, verdict in disagreements:
                print(f"    {cell.upper()} [{verdict or 'unread'}] {row['id']}")
                span = row.get(f"{category} (spans)", "")
                if span:
                    print(f"       CUAD: {span[:300]}")
                for code in reading.replace(",", " ").split():
                    check = report.result(code)
                    if check is not None:
                        quote = check.evidence[0].quote[:240] if check.evidence else ""
                        print(f"       {code} {check.status.value}: {check.message[:160]} {quote!r}")


# -- 3. public contracts ------------------------------------------------------------------------

def evaluate_public() -> None:
    if not PUBLIC.exists():
        print(f"\nPublic contracts: {PUBLIC} is not here; skipped")
        return
    paths = sorted(p for p in PUBLIC.rglob("*") if p.suffix.lower() in (".docx", ".pdf"))
    reports = lint_all(paths)
    print(f"\nPublic contracts: {len(paths)} files")
    for path, report in zip(paths, reports, strict=True):
        if report.error is not None:
            print(f"  {path.relative_to(PUBLIC)}: {report.error.code} {report.error.message[:120]}")
            continue
        passes = [c.rule for c in report.checks if c.status is Status.PASS]
        weak = [c.rule for c in report.checks if c.status is Status.WEAK]
        print(f"  {path.relative_to(PUBLIC)}: pass {' '.join(passes) or '-'} | weak {' '.join(weak) or '-'}")


# -- 4. held-out clauses ---------------------------------------------------------------------

def _lint_clause(case: dict[str, str]) -> str:
    """The status bpolint gives one held-out excerpt for its rule (a worker-process job)."""
    from bpolint.config import Config
    from bpolint.engine.examples import snippet_document

    report = bpolint.lint(snippet_document(case["text"].strip()), Config.make(select=[case["rule"]]))
    return report.checks[0].status.value


def load_clause_batches(folder: Path = HELDOUT_CLAUSES) -> list[tuple[str, list[dict[str, str]]]]:
    """(batch file name, cases) for every batch file; each case has rule, expect, text, why."""
    return [(path.stem, yaml.safe_load(path.read_text(encoding="utf-8"))["cases"])
            for path in sorted(folder.glob("*.yaml"))]


def evaluate_clauses(show: bool) -> None:
    batches = load_clause_batches()
    if not batches:
        print(f"\nHeld-out clauses: nothing in {HELDOUT_CLAUSES}")
        return
    cases = [case for _, batch in batches for case in batch]
    with ProcessPoolExecutor(max_workers=2) as pool:
        got = iter(list(pool.map(_lint_clause, cases, chunksize=8)))
    print(f"\nHeld-out clauses: {len(cases)} excerpts in {len(batches)} batch(es)")
    per_rule: dict[str, Counter[bool]] = defaultdict(Counter)
    overall = Counter[bool]()
    for name, batch in batches:
        counts = Counter[bool]()
        presence = Counter[bool]()
        wrong = []
        for case in batch:
            status = next(got)
            ok = status == case["expect"]
            counts[ok] += 1
            per_rule[case["rule"]][ok] += 1
            presence[(status in ("pass", "weak")) == (case["expect"] in ("pass", "weak"))] += 1
            if not ok:
                first_line = case["text"].strip().splitlines()[0][:100]
                wrong.append(f"    {case['rule']} expected {case['expect']}, got {status}: {first_line}")
        overall.update(counts)
        print(f"  batch {name}: exact {_pct(counts)} ({counts[True]}/{len(batch)}), "
              f"present/absent {_pct(presence)}")
        if show and wrong:
            print("\n".join(wrong))
    for code in sorted(per_rule):
        counts = per_rule[code]
        print(f"  {code}  {counts[True]:>3}/{counts[True] + counts[False]:<3} {_pct(counts)}")
    print(f"  overall exact-status accuracy (held-out clauses): {_pct(overall)}")


# -- 5. real agreements labelled by hand ----------------------------------------------------

PART_JOIN = " + "


def join_parts(parts: Sequence[Path], folder: Path) -> Path:
    """One file holding the parts of one agreement in order, so that it is linted as one.

    EDGAR sometimes files one agreement in several parts (an MSA in one file, its
    incorporated exhibit in the next); linted apart, each part would lack the other's
    terms and defined words. Text files are joined by a blank line; PDFs page by page.
    """
    suffix = parts[0].suffix.lower()
    if any(part.suffix.lower() != suffix for part in parts):
        raise ValueError(f"parts of one agreement must share a format: {parts}")
    target = folder / f"{parts[0].stem}-joined{suffix}"
    if suffix in (".txt", ".md"):
        target.write_text("\n\n".join(part.read_text(encoding="utf-8") for part in parts), encoding="utf-8")
    elif suffix == ".pdf":
        import pypdfium2 as pdfium

        joined = pdfium.PdfDocument.new()
        for part in parts:
            source = pdfium.PdfDocument(part)
            joined.import_pages(source)
            source.close()
        joined.save(target)
        joined.close()
    else:
        raise ValueError(f"cannot join {suffix} parts: {parts}")
    return target


def evaluate_real(show: bool, names: Sequence[str] = ()) -> None:
    golds = sorted(g for g in REAL_GOLD.glob("*.yaml") if not names or g.stem in names)
    if not golds:
        print(f"\nReal agreements: nothing in {REAL_GOLD}")
        return
    if not SHARED.exists():
        print(f"\nReal agreements: {SHARED} is not here; skipped")
        return
    with tempfile.TemporaryDirectory(prefix="bpolint-real-") as folder:
        _evaluate_real(golds, Path(folder), show)


def _evaluate_real(golds: Sequence[Path], folder: Path, show: bool) -> None:
    jobs: list[tuple[str, Path, dict[str, str]]] = []
    for gold in golds:
        data = yaml.safe_load(gold.read_text(encoding="utf-8"))
        expected = {code: entry["status"] for code, entry in data["expected"].items()}
        for source in data["sources"]:
            parts = [SHARED / part.strip() for part in source.split(PART_JOIN)]
            path = parts[0] if len(parts) == 1 else join_parts(parts, folder)
            jobs.append((gold.stem, path, expected))
    reports = lint_all([path for _, path, _ in jobs])
    per_rule: dict[str, Counter[bool]] = defaultdict(Counter)
    per_format: dict[str, Counter[bool]] = defaultdict(Counter)
    overall = Counter[bool]()
    presence = Counter[bool]()
    lines: list[str] = []
    for (name, path, expected), report in zip(jobs, reports, strict=True):
        fmt = path.suffix.lstrip(".").lower()
        if report.error is not None:
            lines.append(f"  {name}.{fmt}: {report.error.code} {report.error.message[:120]}")
            continue
        counts = Counter[bool]()
        wrong = []
        for code, want in expected.items():
            got = _status(report, code)
            ok = got is not None and got.value == want
            counts[ok] += 1
            per_rule[code][ok] += 1
            per_format[fmt][ok] += 1
            presence[got is not None and (got in PRESENT) == (want in ("pass", "weak"))] += 1
            if not ok:
                wrong.append(f"      {code} expected {want}, got {got.value if got else None}")
        overall.update(counts)
        lines.append(f"  {name}.{fmt}: exact {_pct(counts)} ({counts[True]}/{len(expected)})")
        if show:
            lines.extend(wrong)
    print(f"\nReal agreements labelled by hand: {len(golds)} documents, {len(jobs)} files")
    print("\n".join(lines))
    for code in sorted(per_rule):
        counts = per_rule[code]
        print(f"  {code}  {counts[True]:>3}/{counts[True] + counts[False]:<3} {_pct(counts)}")
    for fmt in sorted(per_format):
        print(f"  format {fmt:<5} {_pct(per_format[fmt])}")
    print(f"  overall exact-status accuracy (real agreements): {_pct(overall)}")
    print(f"  present/absent agreement (real agreements): {_pct(presence)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("parts", nargs="*", metavar="PART",
                        help="labelled, cuad, public, clauses and/or real (default: all)")
    parser.add_argument("--formats", default=",".join(FORMATS), help="labelled formats to check")
    parser.add_argument("--cuad-format", default="txt", choices=("txt", "pdf"))
    parser.add_argument("--show-disagreements", action="store_true")
    parser.add_argument("--contracts", default="",
                        help="labelled contracts or real-agreement gold files (stems) to check, comma-separated "
                             "(default: all)")
    args = parser.parse_args(argv)
    everything = ["labelled", "cuad", "public", "clauses", "real"]
    parts = args.parts or everything
    unknown = set(parts) - set(everything)
    if unknown:
        parser.error(f"unknown part(s): {', '.join(sorted(unknown))}")
    ok = True
    if "labelled" in parts:
        formats = [f for f in args.formats.split(",") if f]
        ok = evaluate_labelled(formats, [c for c in args.contracts.split(",") if c]) and ok
    if "cuad" in parts:
        evaluate_cuad(args.cuad_format, args.show_disagreements)
    if "public" in parts:
        evaluate_public()
    if "clauses" in parts:
        evaluate_clauses(args.show_disagreements)
    if "real" in parts:
        evaluate_real(args.show_disagreements, [c for c in args.contracts.split(",") if c])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
