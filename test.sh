#!/usr/bin/env bash
# Runs every test project of Mesh. Tests that need PostgreSQL start a private server themselves.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Mesh.sln --nologo "$@"
