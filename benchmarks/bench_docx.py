"""Benchmark DOCX extraction on a generated 200-page contract.

    python benchmarks/bench_docx.py [--pages 200] [--repeat 5] [--profile]

The contract is written to a temporary directory with the fixture writer
(fixtures/generate/_ooxml.py): auto-numbered clauses 1 / 1.1 / (a) under
Heading 1 clauses, runs of about six words with properties and proofing
marks as Word saves them, an SLA table every few pages, a tracked change, a comment
and a footnote now and then. Pages are ESTIMATED at 500 words a page (a
typical contract page in 11-point type); DOCX has no pages until Word lays it
out. Reported: the median wall time of ``extract(path)`` (package checks,
XML parsing, numbering, segmentation, glossary), paragraphs/s and pages/s.
Goal: >= 500 pages/s on the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "fixtures"))

from generate._ooxml import (  # noqa: E402
    abstract_ref,
    dele,
    document,
    ins,
    level,
    notes,
    numbering,
    package,
    para,
    run,
    styles,
    write,
)

from bpolint.extract import extract  # noqa: E402

WORDS_PER_PAGE = 500
SENTENCE = ("The Supplier shall perform the Services with reasonable skill and care in accordance with Good "
            "Industry Practice, the Service Levels and the Buyer's policies notified to it from time to time")


def _body_text(words: int, seed: int) -> str:
    base = SENTENCE.split()
    out = [base[(seed + i) % len(base)] for i in range(words)]
    return " ".join(out) + "."


_RUN_PROPS = ('<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/>'
              '<w:lang w:val="en-GB"/></w:rPr>')


def _runs(text: str) -> str:
    """Split text into runs of ~6 words with properties and proofing marks, as Word saves it."""
    words = text.split(" ")
    out = []
    for start in range(0, len(words), 6):
        chunk = " ".join(words[start:start + 6]) + (" " if start + 6 < len(words) else "")
        out.append(f'<w:r w:rsidR="00A1B2C3">{_RUN_PROPS}<w:t xml:space="preserve">{chunk}</w:t></w:r>')
        if start % 24 == 12:
            out.append('<w:proofErr w:type="spellStart"/><w:proofErr w:type="spellEnd"/>')
    return "".join(out)


def contract(pages: int) -> tuple[dict[str, bytes], int, int]:
    """Members of a generated contract, its paragraph count and word count."""
    blocks: list[str] = []
    words = paragraphs = clause = 0
    footnote_texts: dict[int, str] = {}
    target = pages * WORDS_PER_PAGE
    while words < target:
        clause += 1
        blocks.append(para(f"Clause heading {clause}", num=(1, 0), style="Heading1"))
        words += 3
        paragraphs += 1
        for sub in range(1, 6):
            text = _body_text(45, clause * 7 + sub)
            extra = []
            if sub == 2 and clause % 3 == 0:
                extra = [ins(run(" promptly")), dele(" at its discretion")]
            if sub == 3 and clause % 5 == 0:
                footnote_texts[clause + 1] = f"See Schedule {clause}."
                extra = [f'<w:r><w:footnoteReference w:id="{clause + 1}"/></w:r>']
            blocks.append(para(_runs(text), *extra, num=(1, 1)))
            words += 45
            paragraphs += 1
            if sub == 4:
                for letter in range(3):
                    blocks.append(para(_runs(_body_text(15, clause + letter)[:-1] + ";"), num=(1, 2)))
                    words += 15
                    paragraphs += 1
        if clause % 4 == 0:
            rows = [["Service", "Target", "Service Credit"]] + [
                [f"Service {clause}.{i}", "99.9%", f"{i}% of monthly charges"] for i in range(1, 6)]
            cells = "".join("<w:tr>" + "".join(f"<w:tc>{para(_runs(c))}</w:tc>" for c in row) + "</w:tr>"
                            for row in rows)
            blocks.append(f"<w:tbl>{cells}</w:tbl>")
            words += 6 * 6
            paragraphs += 18
    levels = [level(0, "decimal", "%1."), level(1, "decimal", "%1.%2"), level(2, "lowerLetter", "(%3)")]
    members = package(document(*blocks), parts={
        "styles": styles(),
        "numbering": numbering({1: levels}, {1: abstract_ref(1)}),
        "footnotes": notes("footnote", footnote_texts),
    }, headers=["CONFIDENTIAL"], footers=["Page"])
    return members, paragraphs, words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print the top functions by cumulative time")
    args = parser.parse_args()
    members, paragraphs, words = contract(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp) / "bench-contract.docx", members)
        size = path.stat().st_size
        extract(path)  # warm imports
        times = []
        cpu_times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            cpu_start = time.process_time()
            doc = extract(path)
            cpu_times.append(time.process_time() - cpu_start)
            times.append(time.perf_counter() - start)
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            extract(path)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    median = statistics.median(times)
    pages = words / WORDS_PER_PAGE
    print(f"file: {size / 1024:.0f} KiB, {paragraphs} paragraphs, {words} words = {pages:.0f} pages "
          f"at {WORDS_PER_PAGE} words/page; {len(doc.clauses)} clauses")
    print(f"extract: median {median * 1000:.0f} ms over {args.repeat} runs "
          f"(min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms)")
    cpu = statistics.median(cpu_times)
    print(f"throughput (wall): {paragraphs / median:,.0f} paragraphs/s, {pages / median:,.0f} pages/s "
          f"(goal >= 500 pages/s)")
    print(f"throughput (CPU, median {cpu * 1000:.0f} ms): {paragraphs / cpu:,.0f} paragraphs/s, "
          f"{pages / cpu:,.0f} pages/s; wall above CPU means other load on the machine")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
