"""How long each output format takes to render, per document.

    python benchmarks/render_reports.py [DOCUMENTS]

Renders the hand-built sample reports of tests/report/sample_reports.py (21
checks with evidence, a waiver, unicode, markup) repeated DOCUMENTS times (default
200) in every format, and prints milliseconds per document. Rendering is pure
string work: it should stay far below extraction and checking.
"""

from __future__ import annotations

import dataclasses
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bpolint.engine import load_rules  # noqa: E402
from bpolint.report import RenderOptions, formats, render  # noqa: E402
from tests.report.sample_reports import CHECKED_ON, northwind  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    reports = [dataclasses.replace(northwind(), path=f"contracts/northwind-{i:04d}.docx") for i in range(count)]
    options = RenderOptions(rules=load_rules(), checked_on=CHECKED_ON)
    print(f"{platform.processor() or platform.machine()}, {count} documents x 21 checks, Python "
          f"{platform.python_version()}")
    for name in formats():
        render(reports[:2], name, options)  # import and warm up
        start = time.perf_counter()
        output = render(reports, name, options)
        elapsed = time.perf_counter() - start
        print(f"  {name:<9} {elapsed / count * 1000:7.3f} ms/document   {len(output) / count / 1024:6.1f} KiB/document")


if __name__ == "__main__":
    main()
