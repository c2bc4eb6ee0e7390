#!/usr/bin/env python3
"""Runs a composite action's steps (action.yml) outside GitHub, as a runner would run them.

    scripts/run-action.py ACTION_DIR [NAME=VALUE ...]

The steps run in the current directory (the workspace), with the inputs given (others take their
default from action.yml); `${{ inputs.NAME }}`, `${{ github.action_path }}` and
`${{ github.workspace }}` are replaced as GitHub would, and any other expression is an error (the
runner here cannot evaluate it). Each `run:` step runs like GitHub's `shell: bash`
(`bash --noprofile --norc -eo pipefail FILE`) with its `env:` and GITHUB_ACTION_PATH and
GITHUB_WORKSPACE set. The exit status is the first failing step's, or 0.

Uses PyYAML (Debian's python3-yaml, which pre-commit depends on).
"""
import os
import re
import subprocess
import sys
import tempfile

import yaml

EXPRESSION = re.compile(r'\$\{\{\s*([^}]*?)\s*\}\}')


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    action_dir = os.path.abspath(argv[1])
    given = dict(arg.split('=', 1) for arg in argv[2:])
    with open(os.path.join(action_dir, 'action.yml'), encoding='utf-8') as file:
        action = yaml.safe_load(file)
    if action['runs']['using'] != 'composite':
        sys.exit(f"run-action: {action_dir}/action.yml is not a composite action")
    declared = action.get('inputs') or {}
    unknown = set(given) - set(declared)
    if unknown:
        sys.exit(f"run-action: action.yml has no input {', '.join(sorted(unknown))}")
    inputs = {name: given.get(name, str(spec.get('default', ''))) for name, spec in declared.items()}
    workspace = os.getcwd()
    context = {'github.action_path': action_dir, 'github.workspace': workspace}
    context.update({f'inputs.{name}': value for name, value in inputs.items()})

    def expand(text):
        def value(match):
            if match.group(1) not in context:
                sys.exit(f"run-action: cannot evaluate ${{{{ {match.group(1)} }}}} outside GitHub")
            return context[match.group(1)]
        return EXPRESSION.sub(value, str(text))

    for number, step in enumerate(action['runs']['steps'], 1):
        if 'uses' in step:
            sys.exit(f"run-action: step {number} uses another action ({step['uses']}): not runnable here")
        if step.get('shell') != 'bash':
            sys.exit(f"run-action: step {number} has shell {step.get('shell')!r}; only bash is run here")
        env = dict(os.environ, GITHUB_ACTION_PATH=action_dir, GITHUB_WORKSPACE=workspace)
        env.update({name: expand(value) for name, value in (step.get('env') or {}).items()})
        with tempfile.NamedTemporaryFile('w', suffix='.sh', delete=False) as script:
            script.write(expand(step['run']))
        try:
            status = subprocess.run(['bash', '--noprofile', '--norc', '-eo', 'pipefail', script.name],
                                    env=env, cwd=workspace, check=False).returncode
        finally:
            os.unlink(script.name)
        if status != 0:
            return status
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
