#!/usr/bin/env bash
# Sets up the Python side of the WARC benchmark (scripts/bench-warc.py) in a
# virtual environment: trafilatura, and resiliparse with FastWARC.
#   scripts/bench-warc-setup.sh [VENV]      (default: target/bench-venv)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${1:-target/bench-venv}
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
"$venv/bin/pip" install --quiet trafilatura resiliparse fastwarc
"$venv/bin/python" -c 'import importlib.metadata as m; print(" ".join(f"{p} {m.version(p)}" for p in ("trafilatura", "resiliparse", "fastwarc")))'
