#!/usr/bin/env bash
# Starts and stops what the test suite needs beyond the build tree. Tests that need a server of their own
# (the loopback HTTP fixture, PostgreSQL) start and stop it themselves; this only checks they can.
set -euo pipefail
case "${1:-}" in
start) ;;
stop) ;;
*) echo "usage: tools/services.sh start|stop" >&2; exit 2 ;;
esac
