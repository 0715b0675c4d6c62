#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, when they are missing.
# Run as root (CI and a fresh machine are); otherwise it only says what is missing.
set -euo pipefail
need=()
# (package, file it installs: a command name or a path glob) pairs: add a line
# when a test needs a new tool.
while read -r pkg file; do
	[ -z "$pkg" ] && continue
	command -v "$file" >/dev/null 2>&1 || compgen -G "$file" >/dev/null || need+=("$pkg")
done <<'LIST'
postgresql /usr/lib/postgresql/*/bin/initdb
chromium /usr/bin/chromium
chromium-driver /usr/bin/chromedriver
LIST
if [ ${#need[@]} -eq 0 ]; then
	exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "test-deps: missing ${need[*]}; install them with: sudo apt-get install -y ${need[*]}" >&2
	exit 0
fi
echo "test-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends "${need[@]}" >/dev/null
