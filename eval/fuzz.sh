#!/usr/bin/env bash
# Fuzzes the readers with Jazzer, one target at a time (coverage-guided, in-process).
#   eval/fuzz.sh [DURATION] [TARGET...]      e.g. eval/fuzz.sh 10m feed warc
# DURATION is Jazzer's (30s, 10m, 2h; default 60s). TARGETs are the @FuzzTest methods of
# extract/src/test/java/dev/dossier/extract/fuzz/ReaderFuzzTest.java, and `sipri` for
# report/src/test/java/dev/dossier/report/compare/SipriRegisterFuzzTest.java (default: all).
# A crash or an input over the time bound fails the run; Jazzer writes the input to
# extract/src/test/resources/dev/dossier/extract/fuzz/ReaderFuzzTestInputs/<target>/, where it
# stays as a regression fixture that every `mvn test` runs. The growing corpus is kept in
# extract/.cifuzz-corpus/ (not versioned).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-60s}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(text html feed warc gzippedWarc jsonLines sipri)
fi

status=0
for target in "${targets[@]}"; do
  echo "fuzz: $target for $duration" >&2
  module=extract test="ReaderFuzzTest#$target"
  if [ "$target" = sipri ]; then module=report test="SipriRegisterFuzzTest#register"; fi
  if ! JAZZER_FUZZ=1 mvn -B -o test -pl "$module" -am -Dtest="$test" \
      -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration="$duration" >"/tmp/dossier-fuzz-$target.log" 2>&1; then
    echo "fuzz: $target FAILED (log: /tmp/dossier-fuzz-$target.log)" >&2
    status=1
  fi
  grep -E "^Done [0-9]+ runs" "/tmp/dossier-fuzz-$target.log" | sed "s/^/fuzz: $target: /" >&2 || true
done
exit $status
