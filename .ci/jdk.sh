# Sourced by .ci/run and the test script: chooses a JDK 21+ (with javac) when the current java is older.
source "$(dirname "${BASH_SOURCE[0]}")/../bin/jdk.sh" javac
