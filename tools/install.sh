#!/usr/bin/env bash
# Create the venv and install the app editable with its dev tools, quietly.
#
# Usage: tools/install.sh PYTHON VENV
#
# Prints one progress line; everything the installers say goes to
# VENV/install.log, which is printed only when something fails. uv does the
# install when it can be had (on PATH, or installed into the venv by pip);
# plain pip is the fallback. The machine's pip configuration (mirrors,
# certificates) is left as it is: uv ignores it, pip needs it where it matters.
set -uo pipefail

python=${1:-python3}
venv=${2:-.venv}
log=$venv/install.log
vpython=$venv/bin/python

mkdir -p "$venv"
: >"$log"
echo "Installiere Anfragen-Desk in $venv (einmalig) …"

fail() {
  echo "Installation fehlgeschlagen: $1" >&2
  echo "----- $log -----" >&2
  cat "$log" >&2
  echo "-----" >&2
  echo "Nach dem Beheben erneut versuchen: make clean und dann make run" >&2
  exit 1
}

step() {  # log the command, run it with its output in the log
  echo "+ $*" >>"$log"
  "$@" >>"$log" 2>&1
}

step "$python" -m venv "$venv" || fail "konnte $venv nicht anlegen (fehlt python3-venv?)"

uv=$(command -v uv || true)
if [ -z "$uv" ] && step "$vpython" -m pip install --quiet --disable-pip-version-check uv; then
  uv=$venv/bin/uv
fi

if [ -n "$uv" ] && step "$uv" pip install --compile-bytecode --python "$vpython" -e '.[dev]'; then
  exit 0
fi

# No uv, or uv could not install (e.g. only pip is configured for a local mirror).
echo "  (uv nicht verfügbar, installiere mit pip – das dauert länger)"
step "$vpython" -m pip install --quiet --upgrade pip || fail "pip konnte sich nicht aktualisieren"
step "$vpython" -m pip install --quiet -e '.[dev]' || fail "pip konnte die Abhängigkeiten nicht installieren"
