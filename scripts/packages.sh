#!/usr/bin/env bash
# System packages the portal, its tests and benchmarks need besides .NET and PostgreSQL. Sourced by
# run.sh, test.sh and the scripts here; the Dockerfile installs the same PDF fonts.
#
#   ensure_pdf_packages   the fonts the PDF is set in (宋/黑 Chinese faces paired with Latin faces)
#                         and poppler-utils (pdftotext, pdftoppm) that tests and review scripts read
#                         PDFs with.
#   ensure_compose_validator docker-compose, which a test runs to validate docker-compose.yml.
#   ensure_python3        python3, which the cluster's seed and scripts/load/staff.py are run with.
#   ensure_browser_packages Chromium and the Noto CJK fonts it draws Chinese with, for the browser
#                         tests and the benchmarks. A Chromium already at /usr/bin/chromium (as on
#                         GitHub's runners) is used as it is.
#
# Each installs what is missing with apt, as root or through password-less sudo.

FA_PDF_FONTS=(
  /usr/share/fonts/truetype/arphic/uming.ttc:fonts-arphic-uming
  /usr/share/fonts/truetype/wqy/wqy-microhei.ttc:fonts-wqy-microhei
  /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf:fonts-liberation
)

fa_missing_pdf_packages() {
  local entry
  for entry in "${FA_PDF_FONTS[@]}"; do
    [ -f "${entry%%:*}" ] || printf '%s\n' "${entry##*:}"
  done
  command -v pdftotext >/dev/null 2>&1 || printf '%s\n' poppler-utils
}

# Installs with apt as root, or through password-less sudo (as on CI runners).
fa_apt_install() {
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      printf '[finalaccounts] missing packages: %s. Install them with: sudo apt-get install -y %s\n' "$*" "$*" >&2
      return 1
    fi
  fi
  printf '[finalaccounts] installing %s from apt\n' "$*" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_pdf_packages() {
  local missing
  missing=$(fa_missing_pdf_packages | sort -u | tr '\n' ' ')
  [ -z "${missing// /}" ] && return 0
  # shellcheck disable=SC2086
  fa_apt_install $missing
}

fa_package_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# Chromium draws Chinese with whatever fontconfig offers; Noto CJK is what a reader's browser would use.
# docker-compose (v1, from apt) validates docker-compose.yml without a Docker engine.
ensure_compose_validator() {
  command -v docker-compose >/dev/null 2>&1 || fa_apt_install docker-compose
}

ensure_python3() {
  command -v python3 >/dev/null 2>&1 || fa_apt_install python3
}

ensure_browser_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  fa_package_installed fonts-noto-cjk || missing+=(fonts-noto-cjk)
  [ ${#missing[@]} -eq 0 ] || fa_apt_install "${missing[@]}"
}
