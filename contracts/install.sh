#!/bin/sh
# Installs the pinned Solidity compiler (npm solc, see package-lock.json) into
# contracts/node_modules. Idempotent: does nothing when the pinned version is
# already there.
set -eu
cd "$(dirname "$0")"
want=$(node -p 'require("./package-lock.json").packages["node_modules/solc"].version')
have=$(node -p 'try { require("./node_modules/solc/package.json").version } catch (e) { "" }')
if [ "$have" = "$want" ]; then
	echo "solc $have already installed"
	exit 0
fi
npm ci --no-audit --no-fund
echo "solc $(node -p 'require("./node_modules/solc/package.json").version') installed"
