#!/usr/bin/env bash
# Runs the whole test suite (what .ci/run runs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
exec dotnet test Rampart.slnx -c Release "$@"
