#!/usr/bin/env bash
# Evaluations at a national scale: a Google Forms export of 100,000 responses × 20 questions (16 Likert in Greek,
# a choice, a checkbox, two free-text questions) imported with `evaluations import` and summed up with
# `evaluations summary --json` (three times), in one JVM of at most 256 MiB heap, each command as a one-shot
# command runs it (its own injector and database connection). Prints the import's responses/s and each summary's
# wall time. Targets: import ≥ 20,000 responses/s, summary < 1 s.
#
#   bench/evaluations.sh [h2|JDBC_URL]   default h2 (a fresh embedded database in a temporary directory); a MariaDB
#                                        URL (jdbc:mariadb://127.0.0.1:3306/test) gets a fresh database for the run,
#                                        dropped after it
# Environment: RESPONSES (100000), SYNEDRIO_BENCH_DB_USER (root), SYNEDRIO_BENCH_DB_PASSWORD (empty).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
url="${1:-h2}"
cd "$root"
[ -f bootstrap/target/synedrio.jar ] || mvn -q -B package -DskipTests
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), database: $url"
exec java ${BENCH_JAVA_OPTS:-} -Xmx256m -cp "bootstrap/target/synedrio.jar:bootstrap/target/lib/*" \
  bench/EvaluationsBench.java "$url" "${RESPONSES:-100000}"
