"""PDF extraction speed: pages per second for a generated 100-page contract.

    python benchmarks/bench_pdf.py [--pages 100] [--repeat 3] [--profile]

"before" is pdfplumber's ``extract_text`` on every page (text only, no
segmentation: the baseline the extractor had to beat); "raw" is pypdfium2's
plain text (the floor); "after" is :func:`bpolint.extract.extract` end to end
(layout, tables, clean-up and clause segmentation), in one process and with
its page workers. Figures are pages per second, best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "fixtures"))


def _best(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print the top functions of one in-process run")
    args = parser.parse_args()

    import pdfplumber
    import pypdfium2 as pdfium
    from generate.pdf_features import long_contract

    from bpolint.extract import extract
    from bpolint.extract import pdf as pdf_module

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contract.pdf"
        long_contract(path, pages=args.pages)
        document = pdfium.PdfDocument(str(path))
        pages = len(document)
        document.close()

        def plumber() -> None:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()

        def raw() -> None:
            pdf = pdfium.PdfDocument(str(path))
            for index in range(len(pdf)):
                pdf[index].get_textpage().get_text_range()
            pdf.close()

        def single() -> None:
            saved = pdf_module.PARALLEL_PAGES
            pdf_module.PARALLEL_PAGES = 10**9
            try:
                extract(path)
            finally:
                pdf_module.PARALLEL_PAGES = saved

        def parallel() -> None:
            # Forced on: the extractor itself skips workers when the load average says the cores are busy.
            saved = pdf_module.os.getloadavg
            pdf_module.os.getloadavg = lambda: (0.0, 0.0, 0.0)
            try:
                extract(path)
            finally:
                pdf_module.os.getloadavg = saved

        print(f"machine: {platform.machine()}, {os.cpu_count()} CPU(s), Python {platform.python_version()}, "
              f"{platform.system()}")
        print(f"file: generated contract, {pages} pages, {path.stat().st_size // 1024} KiB; "
              f"load average {os.getloadavg()[0]:.1f}")
        clauses = len(extract(path).clauses)
        for label, run, repeat in (
            ("before: pdfplumber extract_text", plumber, 1),
            ("raw: pypdfium2 get_text_range", raw, args.repeat),
            ("after: bpolint extract, 1 process", single, args.repeat),
            ("after: bpolint extract, page workers on", parallel, args.repeat),
        ):
            seconds = _best(run, repeat)
            print(f"{label:<40} {pages / seconds:8.1f} pages/s  ({seconds * 1000 / pages:6.2f} ms/page)")
        print(f"clauses found: {clauses}")
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(single)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
