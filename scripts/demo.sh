#!/usr/bin/env bash
# The README's first run: installs what it needs, builds Rekindle and the demo chat page, then opens
# Chromium with the extension on the demo chat (headless without a display: writes screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run build
npm run fixtures
npx tsx scripts/demo.ts
