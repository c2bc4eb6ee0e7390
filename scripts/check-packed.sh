#!/usr/bin/env bash
# The packed CLI on other Node releases than the one that built it: packs the built checkout
# (`npm test` rebuilds dist/ first in .ci/run; dist/ is also committed), installs the tarball into a
# temporary folder, runs it on the reference draft under this machine's Node and under each
# release given (fetched from the npm registry by npx: the `node` package), and compares each
# records CSV byte for byte with the checkout's own output under this machine's Node. Under each
# it also checks standard input, `check`'s exit status 1 and a usage error's 2, and, where GNU time
# is installed, the peak memory of 200,000 one-line paragraphs against the README's bound (200 MiB
# plus ten times the input): under Node 24 the CLI runs in a child Node with V8's young generation
# bounded (bin/kyoto-parse.js), and these are what that child must pass on as they are. Standard
# error holds kyoto-parse's lines alone (no warning of Node's, or of V8's on a flag bin/ sets).
#
#   scripts/check-packed.sh [NODE_VERSION...]     default: 20.19.0 22 24
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(20.19.0 22 24)
draft="$root/fixtures/kyoto-6227-20-annexes.txt"
[ -f dist/bundle/kyoto-parse.cjs ] || { echo "check-packed: dist/bundle/ is missing: run \`npm run dist\` first" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kyoto-packed-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# --ignore-scripts: kyoto-parse has no pack scripts; this keeps a future one from changing what is tested.
tarball=$(npm pack --ignore-scripts --silent --pack-destination "$tmp")
mkdir "$tmp/app"
(cd "$tmp/app" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund --omit=dev "$tmp/$tarball" >/dev/null)
packed="$tmp/app/node_modules/kyoto-parse/bin/kyoto-parse.js"

node bin/kyoto-parse.js "$draft" >"$tmp/expected.csv" 2>/dev/null
faulty="$root/fixtures/check/several-faults.txt"
# 200,000 one-line paragraphs (numbers 1 to 999 over and over), some 3 MB.
large="$tmp/large.txt"
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "%d. Text [%s]\n", i % 999 + 1, (i % 2 ? "FRA" : "BEL") }' >"$large"
bound_kb=$(( (200 * 1024 * 1024 + 10 * $(wc -c <"$large")) / 1024 ))
echo "check-packed: $tarball; reference: this checkout under node $(node --version), $(($(wc -l <"$tmp/expected.csv") - 1)) records"
failed=0
check() { # LABEL NODE_COMMAND...
  local label=$1 status=0
  shift
  "$@" "$packed" "$draft" >"$tmp/got.csv" 2>"$tmp/stderr.txt" || status=$?
  if [ "$status" -ne 0 ]; then
    local why="exit status $status"
    [ "$status" -gt 128 ] && why="killed by SIG$(kill -l $((status - 128)))"
    echo "  FAIL $label: $why: $(tail -c 300 "$tmp/stderr.txt")"
    failed=1
  elif ! cmp -s "$tmp/expected.csv" "$tmp/got.csv"; then
    echo "  FAIL $label: the records CSV differs ($(cmp "$tmp/expected.csv" "$tmp/got.csv" 2>&1 | head -1))"
    failed=1
  elif grep -qv '^kyoto-parse: ' "$tmp/stderr.txt"; then
    # Node's or V8's own (a V8 flag bin/ sets that this release does not know) would reach every user.
    echo "  FAIL $label: standard error holds a line not kyoto-parse's: $(grep -v '^kyoto-parse: ' "$tmp/stderr.txt" | head -1)"
    failed=1
  else
    echo "  ok   $label: byte-identical records CSV"
  fi
  status=0
  "$@" "$packed" - <"$draft" >"$tmp/stdin.csv" 2>/dev/null || status=$?
  [ "$status" -eq 0 ] || { echo "  FAIL $label: standard input gave status $status"; failed=1; }
  cmp -s <(sed 1d "$tmp/expected.csv" | cut -d, -f2-) <(sed 1d "$tmp/stdin.csv" | cut -d, -f2-) || { echo "  FAIL $label: the records of standard input differ"; failed=1; }
  status=0
  "$@" "$packed" check "$faulty" >/dev/null 2>&1 || status=$?
  [ "$status" -eq 1 ] || { echo "  FAIL $label: check of a draft with errors gave status $status, not 1"; failed=1; }
  status=0
  "$@" "$packed" --no-such-option >/dev/null 2>&1 || status=$?
  [ "$status" -eq 2 ] || { echo "  FAIL $label: a usage error gave status $status, not 2"; failed=1; }
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$tmp/peak" "$@" "$packed" "$large" >/dev/null 2>&1 || true
    local peak_kb
    peak_kb=$(tail -1 "$tmp/peak")
    if [ "$peak_kb" -gt "$bound_kb" ]; then
      echo "  FAIL $label: 200,000 paragraphs took $((peak_kb / 1024)) MiB, above the bound of $((bound_kb / 1024)) MiB"
      failed=1
    else
      echo "  ok   $label: standard input, statuses 1 and 2; 200,000 paragraphs in $((peak_kb / 1024)) MiB (bound $((bound_kb / 1024)))"
    fi
  fi
}
check "packed, node $(node --version)" node
for version in "${versions[@]}"; do
  actual=$(npx -y -p "node@$version" -- node --version)
  check "packed, node $actual (node@$version)" npx -y -p "node@$version" -- node
done
exit $failed
