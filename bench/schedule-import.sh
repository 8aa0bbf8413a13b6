#!/usr/bin/env bash
# A congress-sized schedule (issue 21): a generated schedule.xml of about 2 MB and 1,000 events over four days of
# 11:00 to 04:00 (late events past midnight, Greek and German names), and the same as schedule.json, each imported
# with `program import` into a fresh embedded database by the real command line in a 256 MiB heap, then exported
# again. Prints each import's and export's wall time and the file sizes. Target: an import in a few seconds.
#
#   bench/schedule-import.sh [EVENTS]    default 1000; try 50 for a quick check of the script itself
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
events="${1:-1000}"
cd "$root"
[ -f bootstrap/target/synedrio.jar ] || mvn -q -B package -DskipTests
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/schedule_files.py "$work" "$events"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), database: embedded H2, events: $events"
run() {
  local started ended
  started=$(date +%s.%N)
  java ${BENCH_JAVA_OPTS:-} -Xmx256m -jar bootstrap/target/synedrio.jar --db "jdbc:h2:file:$work/$1/db" "${@:2}" \
    > "$work/$1.out"
  ended=$(date +%s.%N)
  printf '%-40s %6.2f s\n' "$1: ${*:2:2}" "$(echo "$ended - $started" | bc)"
}
for f in big.schedule.xml big.schedule.json; do
  printf '%-40s %s bytes\n' "$f" "$(stat -c %s "$work/$f")"
  run "${f%%.*}-${f##*.}" program import 90 "$work/$f"
  tail -n 3 "$work/${f%%.*}-${f##*.}.out"
  run "${f%%.*}-${f##*.}" program export 90 --format frab-xml
done
