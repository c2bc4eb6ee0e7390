#!/usr/bin/env bash
# The GitHub Action's step (action.yml): `kyoto-parse check` on the drafts of the workspace.
# Environment, as the action's step sets it:
#   GITHUB_ACTION_PATH   the action's checkout (GitHub sets it; default: this script's repository)
#   KYOTO_FILES          paths or glob patterns, separated by spaces or new lines (default drafts/**/*.txt)
#   KYOTO_FORMAT         check's --format (default github)
#   KYOTO_ARGS           more arguments, separated by spaces
# Installs the runtime dependencies in the action's checkout once (`npm ci --omit=dev`: no build,
# dist/ is committed), expands the patterns in the working directory and runs the check; its exit
# status is check's: 0 no error, 1 an error in a draft, 2 a usage problem (no draft found, too old a Node).
set -euo pipefail
action=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}
files=${KYOTO_FILES:-drafts/**/*.txt}
format=${KYOTO_FORMAT:-github}
read -r -a args <<<"${KYOTO_ARGS:-}"

if ! node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 20 || (major === 20 && minor >= 19) ? 0 : 1)' 2>/dev/null; then
  echo "::error title=kyoto-parse::kyoto-parse needs Node 20.19 or newer; this runner has $(node --version 2>/dev/null || echo no Node): add actions/setup-node before this step"
  exit 2
fi

if [ ! -f "$action/node_modules/.package-lock.json" ]; then
  echo "::group::Install kyoto-parse's runtime dependencies"
  (cd "$action" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "::endgroup::"
fi

shopt -s globstar nullglob
drafts=()
read -r -d '' -a patterns <<<"$files" || true
for pattern in "${patterns[@]}"; do
  # Unquoted on purpose: the pattern is expanded as a glob (it was split on white space above).
  # shellcheck disable=SC2206
  matched=($pattern)
  [ ${#matched[@]} -gt 0 ] || echo "::warning title=kyoto-parse::no file matches \`$pattern\`"
  drafts+=("${matched[@]}")
done
if [ ${#drafts[@]} -eq 0 ]; then
  echo "::error title=kyoto-parse::no draft to check: nothing matches the files input (\`${files//$'\n'/ }\`) in $PWD"
  exit 2
fi

echo "kyoto-parse check: ${#drafts[@]} file(s)" >&2
exec node "$action/bin/kyoto-parse.js" check --format "$format" "${args[@]}" "${drafts[@]}"
