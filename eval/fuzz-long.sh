#!/usr/bin/env bash
# The long fuzzing pass: each target under Jazzer's own driver (not JUnit), so that a run count
# and a time budget can be given on the command line (the JUnit mode of eval/fuzz.sh always stops
# at the @FuzzTest's maxDuration).
#   eval/fuzz-long.sh RUNS MAX_SECONDS [TARGET...]      e.g. nice -n 10 eval/fuzz-long.sh 1000000 3600 text
# TARGETs as in eval/fuzz.sh (text html feed warc gzippedWarc jsonLines sipri; default all), run
# one after another. Each stops at RUNS executions or MAX_SECONDS, whichever comes first, or at
# the first finding: an exception, or an input over the target's time bound (an assertion in the
# target). A finding is written to the target's kept inputs (…FuzzTestInputs/<method>/), where
# every `mvn test` replays it. Inputs are at most 4 KB (-max_len) beyond the kept seeds; the
# injection sanitizers (SQL, LDAP, regex …) are off: the readers run no queries, and they cost
# most of the speed. One line per target goes to stderr: runs, seconds, findings.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd -P)"
runs="${1:?RUNS}"
max_seconds="${2:?MAX_SECONDS}"
shift 2
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(text html feed warc gzippedWarc jsonLines sipri)
fi
sanitizers=com.code_intelligence.jazzer.sanitizers
disabled="$sanitizers.RegexRoadblocks:$sanitizers.RegexInjection:$sanitizers.ReflectiveCall:$sanitizers.LdapInjection"
disabled="$disabled:$sanitizers.NamingContextLookup:$sanitizers.SqlInjection:$sanitizers.XPathInjection"
disabled="$disabled:$sanitizers.ScriptEngineInjection:$sanitizers.ExpressionLanguageInjection"
disabled="$disabled:$sanitizers.Deserialization:$sanitizers.ServerSideRequestForgery:$sanitizers.OsCommandInjection"
disabled="$disabled:$sanitizers.ClojureLangHooks"

# The module's test classpath, its class folders copied aside (one copy per run, removed at the
# end) so that a build during a long run cannot change the classes under the fuzzer.
trap 'rm -rf "/tmp/dossier-fuzz-classes/$$" /tmp/dossier-fuzz-$$-*.classpath' EXIT
classpath() {
  local module="$1" file="/tmp/dossier-fuzz-$$-$1.classpath" copy="/tmp/dossier-fuzz-classes/$$/$1" entry out=()
  local goals=(-B -q test-compile dependency:build-classpath -pl "$module" -am -Dmdep.includeScope=test
      -Dmdep.outputFile="$file")
  # Offline first (a shared ~/.m2 without network); online where the dependency plugin is missing.
  mvn -o "${goals[@]}" >/dev/null 2>&1 || mvn "${goals[@]}" >/dev/null
  rm -rf "$copy" && mkdir -p "$copy"
  local entries="$root/$module/target/test-classes:$root/$module/target/classes:$(cat "$file")" i=0
  IFS=: read -ra parts <<<"$entries"
  for entry in "${parts[@]}"; do
    if [[ -d "$entry" && "$entry" == "$root"/* ]]; then
      i=$((i + 1)); cp -r "$entry" "$copy/$i"; entry="$copy/$i"
    fi
    out+=("$entry")
  done
  (IFS=:; printf '%s\n' "${out[*]}")
}

status=0
declare -A built=()
for target in "${targets[@]}"; do
  module=extract class=dev.dossier.extract.fuzz.ReaderFuzzTest method="$target"
  if [ "$target" = sipri ]; then
    module=report class=dev.dossier.report.compare.SipriRegisterFuzzTest method=register
  fi
  [ -n "${built[$module]:-}" ] || built[$module]="$(classpath "$module")"
  resources="$root/$module/src/test/resources/$(dirname "${class//.//}")/${class##*.}Inputs/$method"
  corpus="$root/$module/.cifuzz-corpus/$class/$method"
  mkdir -p "$corpus" "$resources"
  # One log per run and target: two passes at once (CI beside a long run) must not write into one file.
  log="${TMPDIR:-/tmp}/dossier-fuzz-long-$$-$target.log"
  start=$(date +%s)
  if ! (cd "$corpus" && java -cp "${built[$module]}" com.code_intelligence.jazzer.Jazzer \
      --target_class="$class" --target_method="$method" --instrumentation_includes='dev.dossier.**' \
      --disabled_hooks="$disabled" -runs="$runs" -max_total_time="$max_seconds" -max_len=4096 \
      -artifact_prefix="$resources/" "$corpus" "$resources") >"$log" 2>&1; then
    status=1
    echo "fuzz-long: $target: FINDING (log: $log)" >&2
  fi
  done_line="$(grep -aE '^Done [0-9]+ runs' "$log" | tail -1 || true)"
  echo "fuzz-long: $target: ${done_line:-no summary} (wall $(( $(date +%s) - start )) s)" >&2
done
exit $status
