#!/usr/bin/env bash
# npm test: everything CI checks, in order of cost. Installs Debian chromium and awscli if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
npm run typecheck
npm run lint
npm run knip
npm run format:check
npm run test:unit
npm run test:e2e
