#!/usr/bin/env bash
# Median wall time of ten cold runs of `./synedrio program show 7` on the embedded database.
# Each run is a new JVM (the launcher's -Xmx256m). The database is a fresh one in a temporary directory, loaded
# with the 2021 dataset; one warm-up run first writes the launcher's class-data archive, as the first run after
# any build does. Prints every run and the median, in milliseconds. Set SYNEDRIO_NO_CDS=1 to measure without it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-10}"
export SYNEDRIO_DATA_DIR
SYNEDRIO_DATA_DIR="$(mktemp -d)"
trap 'rm -rf "$SYNEDRIO_DATA_DIR"' EXIT

[ -f "$root/bootstrap/target/synedrio.jar" ] || (cd "$root" && mvn -q -B -DskipTests install)
"$root/synedrio" import "$root/datasets/etwinning-2021.json" > /dev/null
"$root/synedrio" program show 7 > /dev/null   # warm-up: prepares the start-up cache if it is missing

times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$root/synedrio" program show 7 > /dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if (( n % 2 )); then median=${sorted[$((n / 2))]}; else median=$(( (sorted[n/2-1] + sorted[n/2]) / 2 )); fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, default $(java -version 2>&1 | head -1)"
echo "launcher JVM: ${SYNEDRIO_JAVA:-the newest JDK >= 25 under /usr/lib/jvm if any, else java}; cache: $(ls "$root"/bootstrap/target/synedrio.aot "$root"/bootstrap/target/synedrio.jsa 2>/dev/null | xargs -r -n1 basename | tr '\n' ' ')"
echo "runs (ms): ${times[*]}"
echo "median: ${median} ms over ${n} cold runs of './synedrio program show 7' (embedded H2, -Xmx256m)"
