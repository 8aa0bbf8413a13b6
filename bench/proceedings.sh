#!/usr/bin/env bash
# The proceedings volume for a big edition: N papers (300) of P pages (8) each, every one with its submitted PDF,
# built into one volume (contents, parts, merged full texts, author index) in a heap of 256 MiB. Prints the time
# (target: under 30 s for 300 papers of 8 pages), the pages, the file's size and the heap's peak.
#
#   bench/proceedings.sh [N] [P]
# Environment: BENCH_HEAP (256m, the heap of the measuring JVM).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-300}"
pages="${2:-8}"
cd "$root"
[ -f bootstrap/target/synedrio.jar ] || mvn -q -B -o package -DskipTests
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); database: embedded H2 (file); heap ${BENCH_HEAP:-256m}; $n paper(s) of $pages page(s)"
java -Xmx"${BENCH_HEAP:-256m}" -Djava.io.tmpdir="$work" -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true \
  -cp "bootstrap/target/lib/*" bench/ProceedingsBench.java "$n" "$pages" "$work"
