#!/usr/bin/env bash
# Runs `./dossier analyze` on each held-out article set and scores the result against the set's gold.
#
#   eval/run-unseen.sh                      every set under eval/unseen/
#   eval/run-unseen.sh india-s400 examples  named sets (a name under eval/unseen/, or a folder path)
#
# A set is a folder of .txt articles plus gold.json (or expected.gold.json). Only the .txt files are
# given to `analyze` (copied into a scratch folder, so the gold and READMEs are never read as
# articles). Environment: DOSSIER_SHARED (default ../shared next to the repository) holds
# eval/score.py; OUT keeps the outputs (default: a temporary folder); VERBOSE=1 prints the
# scorer's per-item details. Exit code 0 when every set was analyzed and scored, 1 otherwise.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${DOSSIER_SHARED:-$root/../shared}
scorer=$shared/eval/score.py
out=${OUT:-$(mktemp -d)}
quiet=--quiet
[ "${VERBOSE:-0}" = 1 ] && quiet=
if [ ! -f "$scorer" ]; then echo "no scorer at $scorer (set DOSSIER_SHARED)" >&2; exit 1; fi

sets=()
if [ $# -eq 0 ]; then
  for dir in "$root"/eval/unseen/*/; do sets+=("${dir%/}"); done
else
  for name in "$@"; do
    if [ -d "$name" ]; then sets+=("$(cd "$name" && pwd)")
    elif [ -d "$root/eval/unseen/$name" ]; then sets+=("$root/eval/unseen/$name")
    elif [ -d "$root/$name" ]; then sets+=("$root/$name")
    else echo "no such set: $name" >&2; exit 1; fi
  done
fi

failed=0
summary=()
for set in "${sets[@]}"; do
  name=$(basename "$set")
  gold=$set/gold.json
  [ -f "$gold" ] || gold=$set/expected.gold.json
  [ -f "$gold" ] || gold=$(dirname "$0")/$(basename "$set").gold.json
  if [ ! -f "$gold" ]; then echo "$name: no gold.json" >&2; failed=1; continue; fi
  input=$out/$name/input
  mkdir -p "$input"
  cp "$set"/*.txt "$input"/
  echo "== $name ($(ls "$input" | wc -l) articles)"
  start=$(date +%s)
  if ! (cd "$root" && ./dossier analyze "$input" --out "$out/$name/out") >"$out/$name/analyze.log" 2>&1; then
    echo "analyze failed or reported failed inputs; see $out/$name/analyze.log" >&2
    tail -3 "$out/$name/analyze.log" >&2
    failed=1
  fi
  seconds=$(( $(date +%s) - start ))
  result=$(python3 "$scorer" --gold "$gold" --dossier "$out/$name/out/dossier.json" $quiet)
  echo "$result"
  echo "analyze took ${seconds}s"
  summary+=("$(printf '%-16s %s' "$name" "$(echo "$result" | tail -1)")")
done
echo "== summary (outputs in $out)"
printf '%s\n' "${summary[@]}"
exit $failed
