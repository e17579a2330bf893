#!/usr/bin/env bash
# Renders page images of a disclosure's PDF for review: the cover, 公开01表, 公开06表 and the first
# chart page, as PNG files.
#
#   scripts/render-pages.sh [PDF] [OUTPUT_DIR]
#
# Without a PDF it downloads the 硚口 2024 disclosure from a portal running at FA_URL (default
# http://127.0.0.1:5080, as ./run.sh starts it). Pages are found by their text with pdftotext.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
ensure_pdf_packages

URL="${FA_URL:-http://127.0.0.1:5080}"
pdf="${1:-}"
out="${2:-artifacts/pages}"
mkdir -p "$out"
if [ -z "$pdf" ]; then
  pdf="$out/qiaokou-2024.pdf"
  curl -fsS "$URL/disclosures/420104-sfj/2024/pdf" -o "$pdf"
fi

pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')

# The first page after the cover whose text contains the given string (the 目录 names neither tables by number nor charts).
first_page_with() {
  local page
  for ((page = 2; page <= pages; page++)); do
    if pdftotext -f "$page" -l "$page" -layout "$pdf" - | tr -d ' ' | grep -q -- "$1"; then
      echo "$page"; return 0
    fi
  done
  echo "no page contains $1" >&2; return 1
}

render() {
  local name=$1 page=$2
  pdftoppm -f "$page" -l "$page" -r 110 -png -singlefile "$pdf" "$out/$name"
  echo "$out/$name.png (page $page)"
}

render cover 1
render table-01 "$(first_page_with '公开01表')"
render table-06 "$(first_page_with '公开06表')"
render chart "$(first_page_with '图1：')"
