#!/bin/sh
# Makes the other capture forms of each corpus page (<id>.html) the way archives get them:
# a browser-printed PDF, pdftotext's two text forms, a markdown converter's pipe tables, a
# crawler's one-line text and the line-per-cell text; and pdftotext's two forms of each
# published PDF (<id>.wps.pdf); and a scan of huaian-gov-2024's published PDF (<id>.scan.pdf): its
# pages rasterised at 200 dpi in grey, saved as JPEG as a scanner does, each wrapped as a PDF page of
# its own with no text layer.
# Needs chromium, poppler-utils, python3, imagemagick and img2pdf. Run from this folder.
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
for id in huaian-gov-2024; do
  pages=$(mktemp -d)
  pdftoppm -r 200 -gray "$id.wps.pdf" "$pages/page"
  for pgm in "$pages"/page-*.pgm; do
    convert "$pgm" -quality 75 "${pgm%.pgm}.jpg"
  done
  img2pdf -s 200dpi -o "$id.scan.pdf" "$pages"/page-*.jpg
  rm -r "$pages"
done
