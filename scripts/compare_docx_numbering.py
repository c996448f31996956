"""Compare bpolint's Word list numbers with LibreOffice's rendering of the same files.

    python scripts/compare_docx_numbering.py [DOCX_OR_DIR ...]

Default input: ../shared/corpora/public-contracts (every .docx below it). Each
file is converted to plain text with ``soffice --convert-to txt`` (LibreOffice
prints list numbers in front of list paragraphs); for every auto-numbered
paragraph bpolint reads, the LibreOffice line holding the same text must start
with the same number. Paragraphs whose text is not found on any line are not
counted. Needs LibreOffice; an evaluation aid, not a test.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bpolint.extract import docx as docx_module  # noqa: E402
from bpolint.extract.docx_package import read_package  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpora" / "public-contracts"


def numbered_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(number Word shows, start of text) for every auto-numbered paragraph bpolint reads."""
    reader = docx_module._Reader(path, read_package(path))
    found: list[tuple[str, str]] = []
    read = reader._read_paragraph

    def spy(paragraph, numbered=True):  # type: ignore[no-untyped-def]
        result = read(paragraph, numbered=numbered)
        if result is not None and result.number is not None and result.text:
            found.append((result.number.text, result.text[:40]))
        return result

    reader._read_paragraph = spy  # type: ignore[method-assign]
    reader.read_body()
    return found


def libreoffice_lines(path: Path, work: Path) -> list[str]:
    # A private profile: another soffice running on the machine would otherwise make this one fail.
    profile = (work / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
                    "--convert-to", "txt:Text", "--outdir", str(work), str(path)],
                   check=True, capture_output=True, timeout=300)
    text = (work / f"{path.stem}.txt").read_text(encoding="utf-8-sig", errors="replace")
    return [" ".join(line.split()) for line in text.splitlines()]


def main(arguments: list[str]) -> int:
    targets = [Path(a) for a in arguments] or [DEFAULT]
    files = sorted(f for t in targets for f in ([t] if t.is_file() else t.rglob("*.docx")))
    if not files:
        print(f"no .docx files under {', '.join(map(str, targets))}")
        return 1
    total_ok = total_bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            lines = libreoffice_lines(path, Path(tmp))
            ok = bad = 0
            misses = []
            for number, start in numbered_paragraphs(path):
                start = " ".join(start.split())[:30]
                candidates = [line for line in lines if start and start in line]
                if not candidates:
                    continue
                if any(line == number or line.startswith(number + " ") for line in candidates):
                    ok += 1
                else:
                    bad += 1
                    misses.append(f"{number!r} vs {candidates[0][:50]!r}")
            total_ok += ok
            total_bad += bad
            print(f"{path.name}: {ok} match, {bad} differ" + (f"  e.g. {misses[:3]}" if misses else ""))
    print(f"total: {total_ok} match, {total_bad} differ")
    return 0 if total_bad == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
