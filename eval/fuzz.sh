#!/usr/bin/env bash
# The short fuzzing pass (CI runs it after ./test): each reader for DURATION under Jazzer.
#   eval/fuzz.sh [DURATION] [TARGET...]      e.g. eval/fuzz.sh 25s feed warc   (DURATION: 25s, 10m, 2h; default 25s)
# TARGETs are the @FuzzTest methods of extract/src/test/java/dev/dossier/extract/fuzz/ReaderFuzzTest.java
# (text html feed warc gzippedWarc jsonLines) and `sipri` for
# report/src/test/java/dev/dossier/report/compare/SipriRegisterFuzzTest.java (default: all).
# It is eval/fuzz-long.sh with no limit on runs: see there for how the targets run. A crash or an
# input over its time bound fails the pass and is written to the target's kept inputs
# (…FuzzTestInputs/<target>/), where it stays as a regression fixture that every `mvn test` replays.
# (Jazzer's JUnit mode cannot be given a duration from the command line: it always stops at the
# @FuzzTest's maxDuration, hence the driver.) The growing corpus is kept in <module>/.cifuzz-corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-25s}"
shift || true
case "$duration" in
  *h) seconds=$(( ${duration%h} * 3600 )) ;;
  *m) seconds=$(( ${duration%m} * 60 )) ;;
  *s) seconds=${duration%s} ;;
  *) seconds=$duration ;;
esac
exec eval/fuzz-long.sh -1 "$seconds" "$@"
