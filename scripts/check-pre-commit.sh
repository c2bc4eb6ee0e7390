#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml) as a drafts repository uses it, with the
# pre-commit on the PATH (Debian's 3.0.4 in CI; .ci/run installs it): in a new git repository
# holding drafts/several-faults.txt (3 errors), drafts/clean.txt (none), a LICENSE.txt and a
# notes.txt full of brackets that are not drafts,
#
#   broken      pre-commit try-repo <this repository> kyoto-parse-check --files drafts/several-faults.txt
#               fails with exit status 1 and shows the findings
#   clean       ... --files drafts/clean.txt passes
#   top-level   ... --files broken.txt (a broken draft outside any drafts folder) fails too
#   not-drafts  ... --files LICENSE.txt notes.txt checks nothing (the default `exclude` pattern)
#   files       the README's .pre-commit-config.yaml (rev: a commit SHA, files: a folder of one's
#               own) fails on a broken draft in that folder
#
# pre-commit installs the hook from this repository's HEAD commit (try-repo adds uncommitted
# changes to tracked files). Its own HOME, pre-commit cache and npm cache, in a temporary folder.
# One PASS or FAIL line per case; exit status 1 if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
command -v pre-commit >/dev/null || { echo "FAIL pre-commit: pre-commit is not installed (apt-get install pre-commit)"; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kyoto-pre-commit-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" PRE_COMMIT_HOME="$tmp/pre-commit" npm_config_cache="$tmp/npm-cache"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.invalid GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.invalid
unset npm_config_prefix NODE_PATH NODE_OPTIONS
PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v node_modules | paste -sd: -)
mkdir -p "$HOME"
echo "check-pre-commit: $(pre-commit --version), node $(node --version), hook from $(git rev-parse --short HEAD)"

repo="$tmp/drafts-repo"
mkdir -p "$repo/drafts" "$repo/transcripts"
cp fixtures/check/several-faults.txt "$repo/drafts/several-faults.txt"
cp fixtures/check/clean.txt "$repo/drafts/clean.txt"
cp fixtures/check/several-faults.txt "$repo/broken.txt"
cp fixtures/check/several-faults.txt "$repo/transcripts/broken.txt"
# Not drafts: brackets and upper-case words that `check` would report.
cat >"$repo/LICENSE.txt" <<'TEXT'
  0. Definitions.
  "This License" refers to version 3 of the GNU General Public License.
  a) The work must carry prominent notices stating that you modified
  it, and giving a relevant date.)  b) The work must carry notices]
TEXT
printf '%s\n' 'TODO [WIP] check OP3 against the Rev.1 text (ask KT)]' >"$repo/notes.txt"
git -C "$repo" init --quiet && git -C "$repo" add -A && git -C "$repo" commit --quiet -m drafts

failed=0
# hook CASE EXPECTED_STATUS MUST_MATCH COMMAND...: runs COMMAND in the drafts repository.
hook() {
  local case=$1 expected=$2 pattern=$3 status=0
  shift 3
  (cd "$repo" && "$@") >"$tmp/$case.log" 2>&1 || status=$?
  if [ $status -ne "$expected" ]; then
    echo "FAIL $case: exit status $status, not $expected"
    tail -n 25 "$tmp/$case.log" | sed 's/^/    | /'
    failed=1
  elif ! grep -Eq "$pattern" "$tmp/$case.log"; then
    echo "FAIL $case: exit status $status, but the output lacks /$pattern/"
    tail -n 25 "$tmp/$case.log" | sed 's/^/    | /'
    failed=1
  else
    echo "PASS $case: exit status $status; $(grep -E "$pattern" "$tmp/$case.log" | head -1 | sed 's/\x1b\[[0-9;]*m//g' | cut -c1-110)"
  fi
}

hook broken 1 'error unclosed-group' pre-commit try-repo "$root" kyoto-parse-check --files drafts/several-faults.txt
hook clean 0 'kyoto-parse check\.+Passed' pre-commit try-repo "$root" kyoto-parse-check --files drafts/clean.txt
hook top-level 1 'broken\.txt:[0-9]+:[0-9]+ error unclosed-group' pre-commit try-repo "$root" kyoto-parse-check --files broken.txt
hook not-drafts 0 'kyoto-parse check\.+\(no files to check\)Skipped' pre-commit try-repo "$root" kyoto-parse-check --files LICENSE.txt notes.txt

# The README's configuration: rev pinned to a full commit SHA, files: a folder of one's own.
cat >"$repo/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $root
    rev: $(git rev-parse HEAD)
    hooks:
      - id: kyoto-parse-check
        files: ^transcripts/.*\.txt$
YAML
hook files 1 'transcripts/broken\.txt:[0-9]+:[0-9]+ error' pre-commit run --files transcripts/broken.txt drafts/clean.txt

[ $failed = 0 ] && echo "check-pre-commit: all cases passed" || echo "check-pre-commit: FAILED"
exit $failed
