"""Compare bpolint verdicts with CUAD expert labels (a realism check, not a test).

Run: ``python benchmarks/eval_cuad.py [CORPUS_DIR]``. Reads
``../shared/corpora/cuad-service-dev`` (or the folder given) when present and
says so and exits 0 when not. CUAD's categories only approximate bpolint's
rules and label *either* party's rights, while bpolint asks for the
customer's: read the disagreements it lists before calling them errors.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

PAIRS = (("Audit Rights", "AUD001"), ("Termination For Convenience", "EXT001"))
DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "cuad-service-dev"


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not (folder / "labels.csv").is_file():
        print(f"CUAD corpus not found at {folder}; skipping the evaluation")
        return 0
    from bpolint.config import Config
    from bpolint.engine import lint

    rows = list(csv.DictReader((folder / "labels.csv").open(encoding="utf-8")))
    config = Config.make(select=[code for _, code in PAIRS])
    tables: dict[str, Counter[tuple[str, str]]] = {code: Counter() for _, code in PAIRS}
    disagreements: list[str] = []
    for row in rows:
        path = folder / "txt" / f"{row['id']}.txt"
        if not path.is_file():
            continue
        report = lint(path, config)
        if report.error is not None:
            print(f"{row['id']}: {report.error.code}")
            continue
        for label, code in PAIRS:
            check = report.result(code)
            assert check is not None
            tables[code][(row[label], check.status.value)] += 1
            if row[label] == "0" and check.status.value == "pass":
                quote = check.evidence[0].quote[:160] if check.evidence else ""
                disagreements.append(f"{code} pass, CUAD 0: {row['id'][:60]}: \"{quote}\"")
    for label, code in PAIRS:
        print(f"\n{code} vs CUAD '{label}' (rows: CUAD label; columns: bpolint status)")
        for cuad in ("1", "0"):
            counts = {status: tables[code][(cuad, status)] for status in ("pass", "weak", "missing")}
            print(f"  CUAD {cuad}: " + ", ".join(f"{s} {n}" for s, n in counts.items()))
    print("\nbpolint pass where CUAD has no label (check each):")
    for line in disagreements:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
