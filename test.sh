#!/usr/bin/env bash
# Runs every test project of Mesh. Installs the Debian packages the tests use when they are missing (as root),
# then runs the suite; tests that need PostgreSQL start a private server themselves.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-test-dependencies.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Mesh.sln --nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole suite, summed over the test projects' own summaries.
awk -F'[:,]' '/^(Passed|Failed)! +- +Failed:/ { failed += $2; passed += $4 } END { printf "%d passed, %d failed\n", passed, failed }' "$log"
exit "$status"
