#!/usr/bin/env bash
# Runs every test project of Mesh. Installs the Debian packages the tests use when they are missing (as root),
# then runs the suite; tests that need PostgreSQL start a private server themselves.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-test-dependencies.sh
dotnet test Mesh.sln --nologo "$@"
