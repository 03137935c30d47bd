#!/usr/bin/env bash
# Installs the pinned compiler that cuda/gen.sh makes the PTX with (Debian 12's clang-14,
# about 15 s), so that TestPTXInSync runs instead of skipping.
set -euo pipefail
if command -v clang-14 >/dev/null; then
	exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang-14 >/dev/null
