#!/usr/bin/env bash
# The install routes of the README, each tried as a new user would, in a fresh temporary folder
# with its own HOME, npm cache and global prefix, and no devDependencies anywhere on the PATH:
#
#   clone       git clone, `npm ci`, run with no build (dist/ is committed)
#   committed-dist  then `npm run dist` in that clone must leave dist/ exactly as committed, so
#               the committed build is never stale
#   pack        `npm pack` in that clone writes nothing on stdout but the tarball's name
#               (pre-commit 3.x reads it as the name)
#   git-global  npm install --global git+file://<this repository>#<HEAD's SHA>
#   git-global-npm10  the same with npm 10 (the npm of Node 20 and 22), fetched by npx
#   git-project npm install git+file://<this repository> in a new project; npx --no-install and
#               npm exec --no run it, and `import { parseDraft } from 'kyoto-parse'` works
#   tar-global  npm install --global <the tarball>
#   tar-project npm install <the tarball> in a new project, as above
#
# Each runs kyoto-parse on the reference draft and compares the records CSV byte for byte with
# this checkout's own output (1,519 records). The git routes install the repository's HEAD commit:
# commit before running this locally. One PASS or FAIL line per route; exit status 1 if any failed.
#
#   scripts/check-install.sh [--keep]     --keep: leave the temporary folder for a post-mortem
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
keep=0
[ "${1:-}" = --keep ] && keep=1
draft=kyoto-6227-20-annexes.txt
records=1519

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kyoto-install-XXXXXX")
if [ $keep = 1 ]; then echo "check-install: keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi
mkdir -p "$tmp/home" "$tmp/global" "$tmp/work" "$tmp/logs"

# A new user's machine: nothing of ours in HOME or npm's configuration, global installs into a
# prefix of our own, and no node_modules/.bin on the PATH (npm run would have put this checkout's
# there, with tsc and esbuild in it).
export HOME="$tmp/home"
export npm_config_cache="$tmp/npm-cache" npm_config_prefix="$tmp/global" npm_config_userconfig="$tmp/home/.npmrc"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false npm_config_loglevel=warn
unset npm_config_globalconfig NODE_PATH NODE_OPTIONS
PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v node_modules | paste -sd: -)
export PATH="$tmp/global/bin:$PATH"

# Every run is in a folder holding fixtures/<the draft>, so the file column reads the same.
mkdir -p "$tmp/work/fixtures" && cp "fixtures/$draft" "$tmp/work/fixtures/$draft"
node bin/kyoto-parse.js "fixtures/$draft" >"$tmp/expected.csv" 2>"$tmp/logs/reference.log"
lines=$(wc -l <"$tmp/expected.csv")
echo "check-install: node $(node --version), npm $(npm --version); reference: this checkout's records CSV, $((lines - 1)) records"
if [ "$lines" -ne $((records + 1)) ]; then
  echo "FAIL reference: this checkout writes $((lines - 1)) records, not $records (npm run dist first?)"
  exit 1
fi
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "check-install: note: the working tree has uncommitted changes; the clone and git routes install HEAD"
fi

failed=0
route='' log=''
begin() { route=$1 log="$tmp/logs/$1.log"; : >"$log"; }
pass() { echo "PASS $route: $*"; }
fail() {
  echo "FAIL $route: $*"
  [ -s "$log" ] && tail -n 15 "$log" | sed 's/^/    | /'
  failed=1
}
# step DESCRIPTION COMMAND...: runs COMMAND, its output in the route's log; a failure is the route's.
step() {
  local what=$1 status=0
  shift
  echo "\$ $*" >>"$log"
  "$@" >>"$log" 2>&1 || status=$?
  [ $status -eq 0 ] || { fail "$what: exit status $status"; return 1; }
}
# runs_draft HOW DIR COMMAND...: COMMAND fixtures/<draft> in DIR must write the reference CSV.
runs_draft() {
  local how=$1 dir=$2 status=0
  shift 2
  echo "\$ (cd $dir && $* fixtures/$draft)" >>"$log"
  (cd "$dir" && "$@" "fixtures/$draft") >"$tmp/got.csv" 2>>"$log" || status=$?
  [ $status -eq 0 ] || { fail "$how: exit status $status"; return 1; }
  cmp -s "$tmp/expected.csv" "$tmp/got.csv" || {
    fail "$how: the records CSV differs from this checkout's ($(($(wc -l <"$tmp/got.csv") - 1)) records; $(cmp "$tmp/expected.csv" "$tmp/got.csv" 2>&1 | head -1))"
    return 1
  }
}
# no_dev_dependencies DIR: none of the build's or the tests' tools was installed under DIR.
no_dev_dependencies() {
  local found
  found=$(find "$1" -type d \( -name typescript -o -name esbuild -o -name vitest -o -name fast-check \) -path '*/node_modules/*' 2>/dev/null | head -3)
  [ -z "$found" ] || { fail "devDependencies were installed: ${found//$'\n'/, }"; return 1; }
}
# library DIR: a module in DIR imports the library and parses the draft to the same records.
library() {
  local got
  got=$(cd "$1" && node --input-type=module -e "
    import { readFileSync } from 'node:fs';
    import { parseDraft } from 'kyoto-parse';
    const text = readFileSync('fixtures/$draft', 'utf8');
    console.log(parseDraft(text, { file: 'fixtures/$draft' }).records.length);
  " 2>>"$log") || { fail "import { parseDraft } from 'kyoto-parse' failed"; return 1; }
  [ "$got" = "$records" ] || { fail "parseDraft gave $got records, not $records"; return 1; }
}
# on_path: the global install put kyoto-parse on the PATH.
on_path() {
  [ "$(command -v kyoto-parse)" = "$tmp/global/bin/kyoto-parse" ] || { fail "kyoto-parse is not in the global prefix's bin/"; return 1; }
}
# new_project DIR: an empty npm project holding the draft.
new_project() {
  mkdir -p "$1/fixtures" && cp "fixtures/$draft" "$1/fixtures/" && (cd "$1" && npm init -y >/dev/null)
}
# project_routes HOW DIR: the ways the README runs an installed project dependency.
project_routes() {
  runs_draft "npx --no-install kyoto-parse" "$2" npx --no-install kyoto-parse &&
    runs_draft "npm exec --no -- kyoto-parse" "$2" npm exec --no -- kyoto-parse &&
    library "$2" && no_dev_dependencies "$2" &&
    pass "$1: npx --no-install, npm exec --no and import { parseDraft } give the $records records; no devDependencies"
}

# clone: git clone, npm ci, run with no build. committed-dist: npm run dist then changes nothing.
begin clone
clone="$tmp/clone"
step "git clone" git clone --quiet "$root" "$clone" &&
  step "npm ci" npm ci --prefix "$clone" &&
  runs_draft "npx kyoto-parse with no build" "$clone" npx --no-install kyoto-parse &&
  pass "npm ci && npx kyoto-parse, no build: the $records records"
begin committed-dist
[ -d "$clone/node_modules" ] &&
  step "npm run dist" npm run dist --prefix "$clone" &&
  {
    stale=$(git -C "$clone" status --porcelain --untracked-files=all -- dist)
    [ -z "$stale" ] || fail "the committed dist/ is not what \`npm run dist\` makes from the sources (run it and commit dist/): $(echo "$stale" | head -5 | tr '\n' ' ')"
  } && runs_draft "after npm run dist" "$clone" node bin/kyoto-parse.js &&
  pass "npm run dist leaves the committed dist/ byte for byte as it is"

# pack: npm pack's stdout is the tarball's name and nothing else.
begin pack
tarball=''
if [ -d "$clone" ]; then
  echo "\$ (cd $clone && npm pack --pack-destination $tmp)" >>"$log"
  if out=$(cd "$clone" && npm pack --pack-destination "$tmp" 2>>"$log"); then
    if [[ "$out" =~ ^kyoto-parse-[0-9][^/[:space:]]*\.tgz$ ]] && [ -f "$tmp/$out" ]; then
      tarball="$tmp/$out"
      pass "npm pack writes only the tarball's name on stdout ($out, $(($(wc -c <"$tarball") / 1024)) KiB)"
    else
      fail "npm pack's stdout is not just a tarball's name: $(printf '%q' "${out:0:300}")"
    fi
  else
    fail "npm pack failed"
  fi
else
  fail "no clone to pack"
fi

# git-global: npm install --global git+file://<repository>
begin git-global
# pinned to a commit, as the README's Install says
head=$(git rev-parse HEAD)
step "npm install --global git+file://$root#$head" npm install --global "git+file://$root#$head" &&
  on_path &&
  runs_draft "kyoto-parse" "$tmp/work" kyoto-parse &&
  no_dev_dependencies "$tmp/global" &&
  pass "pinned to ${head:0:12}: kyoto-parse gives the $records records; no devDependencies installed"
npm uninstall --global kyoto-parse >/dev/null 2>&1

# git-global-npm10: the same with npm 10 (Node 20's and 22's own npm; fetched by npx)
begin git-global-npm10
npm10=$(npx -y -p npm@10 -- npm --version 2>>"$log")
step "npm@10 install --global git+file://$root#$head" npx -y -p npm@10 -- npm install --global "git+file://$root#$head" &&
  on_path &&
  runs_draft "kyoto-parse" "$tmp/work" kyoto-parse &&
  no_dev_dependencies "$tmp/global" &&
  pass "npm $npm10: kyoto-parse gives the $records records; no devDependencies installed"
npm uninstall --global kyoto-parse >/dev/null 2>&1

# git-project: npm install git+file://<repository> in a new project
begin git-project
new_project "$tmp/git-project"
step "npm install git+file://$root" npm install --prefix "$tmp/git-project" "git+file://$root" &&
  project_routes "git dependency" "$tmp/git-project"

# tar-global: npm install --global <tarball>
begin tar-global
if [ -n "$tarball" ]; then
  step "npm install --global $tarball" npm install --global "$tarball" &&
    on_path &&
    runs_draft "kyoto-parse" "$tmp/work" kyoto-parse &&
    no_dev_dependencies "$tmp/global" &&
    pass "kyoto-parse gives the $records records; no devDependencies installed"
  npm uninstall --global kyoto-parse >/dev/null 2>&1
else
  fail "no tarball (see pack)"
fi

# tar-project: npm install <tarball> in a new project
begin tar-project
if [ -n "$tarball" ]; then
  new_project "$tmp/tar-project"
  step "npm install $tarball" npm install --prefix "$tmp/tar-project" "$tarball" &&
    project_routes "tarball dependency" "$tmp/tar-project"
else
  fail "no tarball (see pack)"
fi

if [ $failed = 0 ]; then
  echo "check-install: all routes passed"
elif [ $keep = 1 ]; then
  echo "check-install: FAILED; the logs are in $tmp/logs"
else
  echo "check-install: FAILED; rerun with --keep to keep the logs"
fi
exit $failed
