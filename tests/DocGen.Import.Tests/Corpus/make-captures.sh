#!/bin/sh
# Makes the other capture forms of each corpus page (<id>.html) the way archives get them:
# a browser-printed PDF, pdftotext's two text forms, a markdown converter's pipe tables, a
# crawler's one-line text and the line-per-cell text; and pdftotext's two forms of each
# published PDF (<id>.wps.pdf).
# Needs chromium, poppler-utils and python3. Run from this folder.
set -eu
for page in *.html; do
  id=${page%.html}
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-pdf-header-footer \
    --print-to-pdf="$id.chromium.pdf" "file://$PWD/$page" 2>/dev/null
  pdftotext -layout "$id.chromium.pdf" "$id.layout.txt"
  pdftotext "$id.chromium.pdf" "$id.pdftotext.txt"
  python3 page-text.py pipes < "$page" > "$id.pipes.txt"
  python3 page-text.py oneline < "$page" > "$id.oneline.txt"
  python3 page-text.py cells < "$page" > "$id.cells.txt"
done
for pdf in *.wps.pdf; do
  id=${pdf%.wps.pdf}
  pdftotext -layout "$pdf" "$id.layout.txt"
  pdftotext "$pdf" "$id.pdftotext.txt"
done
