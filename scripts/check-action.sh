#!/usr/bin/env bash
# The GitHub Action (action.yml) run outside GitHub: scripts/run-action.py runs its steps as a
# runner would, from a fresh clone of this repository (the action's checkout: no node_modules, no
# dist/ build) in a workspace holding drafts/clean.txt and drafts/more/several-faults.txt:
#
#   broken      default inputs (drafts/**/*.txt, format github): exit status 1, an ::error
#               annotation per error of the broken draft; only runtime dependencies installed
#   clean       files: drafts/clean.txt: exit status 0, no annotation
#   inputs      files on two lines, format json, args --strict: a JSON array, every finding an error
#   no-drafts   files matching nothing: exit status 2 and an ::error:: saying so
#   env-only    (first) no run: step splices ${{ }} into its script text
#
# The clone is of HEAD: commit before running this locally. Its own HOME and npm cache.
# One PASS or FAIL line per case; exit status 1 if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python=/usr/bin/python3
[ -x "$python" ] || python=python3
"$python" -c 'import yaml' 2>/dev/null || { echo "FAIL action: PyYAML is missing (apt-get install python3-yaml; pre-commit brings it)"; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kyoto-action-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" npm_config_cache="$tmp/npm-cache"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
unset npm_config_prefix NODE_PATH NODE_OPTIONS GITHUB_STEP_SUMMARY GITHUB_OUTPUT GITHUB_ENV GITHUB_PATH
PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v node_modules | paste -sd: -)
mkdir -p "$HOME"

action="$tmp/action"
git clone --quiet "$root" "$action"
workspace="$tmp/workspace"
mkdir -p "$workspace/drafts/more"
cp fixtures/check/clean.txt "$workspace/drafts/clean.txt"
cp fixtures/check/several-faults.txt "$workspace/drafts/more/several-faults.txt"
errors=$(node bin/kyoto-parse.js check --format json fixtures/check/several-faults.txt | node -e '
  console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).filter((f) => f.severity === "error").length)')
findings=$(node bin/kyoto-parse.js check --format json --strict fixtures/check/several-faults.txt | node -e '
  console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).length)')
echo "check-action: action.yml from $(git rev-parse --short HEAD), node $(node --version); the broken draft has $errors errors ($findings findings with --strict)"

failed=0
# The inputs reach the steps through env:, never as ${{ }} spliced into a script's text (a file
# name or argument could then inject shell code).
if spliced=$("$python" -c '
import sys, yaml
steps = yaml.safe_load(open(sys.argv[1]))["runs"]["steps"]
print(" ".join(str(n) for n, step in enumerate(steps, 1) if "${{" in step.get("run", "")))' "$action/action.yml") && [ -z "$spliced" ]; then
  echo "PASS env-only: no run: step splices an expression into its script; the inputs come as env"
else
  echo "FAIL env-only: step(s) ${spliced:-?} splice \${{ }} into the script text"
  failed=1
fi
# action CASE INPUTS...: runs the action's steps in the workspace; stdout and stderr kept apart.
status=0
action() {
  local case=$1
  shift
  status=0
  (cd "$workspace" && "$python" "$root/scripts/run-action.py" "$action" "$@") >"$tmp/$case.out" 2>"$tmp/$case.err" || status=$?
}
pass() { echo "PASS $1: $2"; }
fail() {
  echo "FAIL $1: $2"
  tail -n 15 "$tmp/$1.out" "$tmp/$1.err" | sed 's/^/    | /'
  failed=1
}

action broken
annotations=$(grep -c '^::error file=drafts/more/several-faults.txt,line=[0-9]*,col=[0-9]*,title=' "$tmp/broken.out")
dev=$(find "$action/node_modules" -maxdepth 1 \( -name typescript -o -name esbuild -o -name vitest \) 2>/dev/null)
if [ $status -ne 1 ]; then fail broken "exit status $status, not 1"
elif [ "$annotations" -ne "$errors" ]; then fail broken "$annotations ::error annotations for the broken draft, not $errors"
elif [ ! -d "$action/node_modules/commander" ] || [ -n "$dev" ]; then fail broken "not just the runtime dependencies in the action's checkout (${dev:-no commander})"
else pass broken "exit status 1, $annotations ::error annotations on drafts/more/several-faults.txt; runtime dependencies only"
fi

action clean files=drafts/clean.txt
if [ $status -ne 0 ]; then fail clean "exit status $status, not 0"
elif grep -q '^::\(error\|warning\)' "$tmp/clean.out"; then fail clean "annotations for a clean draft"
else pass clean "exit status 0, no annotation"
fi

action inputs "files=drafts/clean.txt
drafts/more/*.txt" format=json args=--strict
got=$(node -e '
  const findings = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const files = [...new Set(findings.map((f) => f.file))];
  console.log(findings.length, findings.every((f) => f.severity === "error"), files.join(","))' "$tmp/inputs.out" 2>&1)
if [ $status -ne 1 ]; then fail inputs "exit status $status, not 1"
elif [ "$got" != "$findings true drafts/more/several-faults.txt" ]; then fail inputs "stdout is not the JSON of $findings errors in drafts/more/several-faults.txt: $got"
else pass inputs "files on two lines, format json, args --strict: $findings findings, all errors, stdout pure JSON"
fi

action no-drafts "files=nowhere/**/*.txt"
if [ $status -ne 2 ]; then fail no-drafts "exit status $status, not 2"
elif ! grep -q '^::error title=kyoto-parse::no draft to check' "$tmp/no-drafts.out"; then fail no-drafts "no ::error:: saying that no draft matched"
else pass no-drafts "exit status 2, ::error:: no draft to check"
fi

[ $failed = 0 ] && echo "check-action: all cases passed" || echo "check-action: FAILED"
exit $failed
