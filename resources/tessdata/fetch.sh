#!/bin/sh
# Re-fetch ind.traineddata and eng.traineddata ("best_int") from the npm registry and check them against the
# SHA-256 recorded here and in README.md. With `--check` only the files already in place are checked.
#   sh resources/tessdata/fetch.sh [--check] [DEST]      (DEST defaults to this folder)
# Needs npm, tar, gzip and sha256sum; nothing else is downloaded.
set -eu
CHECK_ONLY=0
if [ "${1:-}" = "--check" ]; then CHECK_ONLY=1; shift; fi
DEST=${1:-$(dirname "$0")}
SUMS='431ad6931126cfd70a35db57eb14823c090fc6174e0eaf1f400dd06b9cb1baf3  ind.traineddata
5dc5d8d640a212c9d6184921ba103b186f50e0fed9ee716c53e6b312b400d747  eng.traineddata'
if [ "$CHECK_ONLY" = 0 ]; then
    TMP=$(mktemp -d)
    trap 'rm -rf "$TMP"' EXIT
    (cd "$TMP" && npm pack --silent @tesseract.js-data/ind@1.0.0 @tesseract.js-data/eng@1.0.0 >/dev/null)
    for lang in ind eng; do
        tar -xzf "$TMP/tesseract.js-data-$lang-1.0.0.tgz" -C "$TMP" "package/4.0.0_best_int/$lang.traineddata.gz"
        gzip -dc "$TMP/package/4.0.0_best_int/$lang.traineddata.gz" > "$DEST/$lang.traineddata"
    done
fi
cd "$DEST" && printf '%s\n' "$SUMS" | sha256sum -c -
