#!/usr/bin/env bash
# Runs every test project of Mesh. Installs the Debian packages the tests use when they are missing (as root),
# then runs the suite; tests that need PostgreSQL start a private server themselves.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-test-dependencies.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# -m:1 runs the test projects one after another: their cluster, failover and real-time streaming tests are timed, and
# on two cores they would otherwise compete for the CPU with each other.
dotnet test Mesh.sln --nologo -m:1 "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole suite, summed over the test projects' own summaries.
awk -F'[:,]' '/^(Passed|Failed)! +- +Failed:/ { failed += $2; passed += $4 } END { printf "%d passed, %d failed\n", passed, failed }' "$log"
exit "$status"
