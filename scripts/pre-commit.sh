#!/bin/sh
# The pre-commit framework's entry point (see .pre-commit-hooks.yaml): checks the staged content of
# the commit with regexguard --staged and blocks it when it adds a finding at or above --fail-on.
# The jar is $REGEXGUARD_JAR, else the one built in this checkout (built on first use).
exec "$(dirname "$0")/regexguard" --staged "$@"
