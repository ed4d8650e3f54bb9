#!/usr/bin/env bash
# The one command that sets up a fresh machine and runs every check Rekindle has.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm test
