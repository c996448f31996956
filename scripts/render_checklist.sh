#!/usr/bin/env bash
# Visual check of the HTML checklist: render it in headless Chromium as a
# screenshot and as A4 and Letter PDFs, then turn the PDFs into PNG pages to look at.
#
#   scripts/render_checklist.sh [CHECKLIST.html] [OUT_DIR]
#
# Without a file it renders the hand-built sample reports used by the tests
# (every status, a waiver, an unreadable file, <script> in a quote).
# Needs chromium (Debian: apt-get install chromium) and poppler-utils (pdftoppm).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${2:-/tmp/bpolint-checklist}"
mkdir -p "$out"
html="${1:-}"
if [[ -z "$html" ]]; then
  html="$out/sample-checklist.html"
  python - "$html" <<'PY'
import sys
from bpolint.report import render
from tests.report.sample_reports import OPTIONS, SAMPLES
open(sys.argv[1], "w", encoding="utf-8").write(render(SAMPLES["multi"](), "html", OPTIONS))
PY
fi
chrome="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$chrome" ]]; then
  echo "render_checklist: no chromium found (apt-get install chromium)" >&2
  exit 2
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars)
url="file://$(realpath "$html")"
"$chrome" "${flags[@]}" --window-size=1000,1800 --screenshot="$out/screen.png" "$url" 2>/dev/null
for paper in A4 Letter; do
  # The checklist leaves the paper size to the printer; headless Chromium has no paper
  # option, so print a copy that asks for each size.
  sized="$out/checklist-$paper.html"
  sed "s|</style>|@page { size: $paper; }</style>|" "$html" > "$sized"
  "$chrome" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/checklist-$paper.pdf" \
    "file://$(realpath "$sized")" 2>/dev/null
done
rm -f "$out"/page-*.png "$out"/letter-*.png
pdftoppm -r 60 -png "$out/checklist-A4.pdf" "$out/page"
pdftoppm -r 60 -png "$out/checklist-Letter.pdf" "$out/letter"
pdfinfo "$out/checklist-A4.pdf" | grep -E "Pages|Page size"
pdfinfo "$out/checklist-Letter.pdf" | grep -E "Pages|Page size"
echo "screenshot: $out/screen.png"
echo "pdf pages:  $(ls "$out"/page-*.png | tr '\n' ' ')"
