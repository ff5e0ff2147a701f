# Sourced by .ci/run and the test script: chooses a JDK 21+ when the current java is older.
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 21 ] 2>/dev/null; then
  current=$(command -v java >/dev/null && java_major java || echo 0)
  if [ "${current:-0}" -lt 21 ]; then
    for candidate in /usr/lib/jvm/*; do
      if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
        export JAVA_HOME="$candidate"
        export PATH="$JAVA_HOME/bin:$PATH"
        break
      fi
    done
  fi
fi
