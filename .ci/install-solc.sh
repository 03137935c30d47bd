#!/bin/sh
# CI entry point: installs the pinned solc for contracts/ (see contracts/install.sh).
set -eu
exec "$(dirname "$0")/../contracts/install.sh"
