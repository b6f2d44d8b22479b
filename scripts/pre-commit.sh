#!/bin/sh
# The pre-commit framework's entry point (see .pre-commit-hooks.yaml): checks the staged content of
# the commit with regexguard --staged and blocks it when it adds a finding at or above --fail-on.
# The jar is $REGEXGUARD_JAR, else the one built in this checkout (built on first use).
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
jar=${REGEXGUARD_JAR:-$here/checker-core/target/regexguard.jar}
if [ ! -f "$jar" ]; then
  echo "regexguard: building $jar (first run only)" >&2
  (cd "$here" && mvn -B -q -DskipTests package -pl checker-core -am) >&2
fi
java=java
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
fi
exec "$java" -jar "$jar" --staged "$@"
