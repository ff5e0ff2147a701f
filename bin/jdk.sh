# Sourced by bin/gwanyong and .ci/jdk.sh: chooses a Java 21+ when JAVA_HOME and the java on PATH are older.
# An argument names the tool the Java must have: `javac` for a build, `java` (the default) to run the jar.
jdk_tool=${1:-java}
# A Java's feature release: from its installation's release file, which starts no JVM, else from what it prints.
java_major() {
  local home release
  home=$(dirname "$(dirname "$(readlink -f "$(command -v "$1")")")") 2>/dev/null || home=
  release=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)
  if [ -n "$release" ]; then echo "$release"; else "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; fi
}
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 21 ] 2>/dev/null; then
  current=$(command -v java >/dev/null && java_major java || echo 0)
  if [ "${current:-0}" -lt 21 ]; then
    for candidate in /usr/lib/jvm/*; do
      if [ -x "$candidate/bin/$jdk_tool" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
        export JAVA_HOME="$candidate"
        export PATH="$JAVA_HOME/bin:$PATH"
        break
      fi
    done
  fi
fi
