#!/usr/bin/env bash
# The opening-day rush: 64 concurrent HTTP clients book 16 workshops (3,600 seats) on the real server against
# MariaDB until every workshop is full, then the same booking transaction over bare JDBC with the same concurrency
# as the limit to compare with. Prints bookings/s, p50/p99 latency, the HTTP/JDBC ratio, and what the database
# holds afterwards: overbooked seats, lost and duplicated bookings (all must be 0; exit code 1 otherwise).
# A second reference (issue 16): the minimal booking transaction on bare JDBC — one UPDATE workshop_seat SET booked =
# booked + 1 WHERE … AND booked < capacity, one INSERT into booking, COMMIT — the physical limit; it prints the
# HTTP/minimal ratio too (target >= 0.5).
#
#   bench/booking.sh [JDBC_URL]      default jdbc:mariadb://127.0.0.1:3306/test (a fresh database is created on
#                                    that server for the run and dropped after it; loopback servers only)
#   bench/booking.sh --cluster 3     the rush on a local Galera cluster of 3 nodes (scripts/galera-local.sh up,
#                                    base port GALERA_BASE_PORT, default 14306): writes pinned to one node, then on
#                                    any node, then pinned with node 1 killed (kill -9) mid-rush and restarted; each
#                                    run checked on every node (BookingBench.ClusterBench). PARTICIPANTS default 600;
#                                    BASELINE=jdbc:mariadb://127.0.0.1:3306/test runs the same rush on that single
#                                    server first, for comparison at the same moment.
# Environment: SYNEDRIO_BENCH_DB_USER (root), SYNEDRIO_BENCH_DB_PASSWORD (empty), PARTICIPANTS (3000 per rush),
# ROUNDS (5: each round one HTTP and one JDBC rush, in alternating order), WARMUPS (2 unmeasured rounds first), POOL (8 connections, server and JDBC),
# SYNEDRIO_BENCH_SERVER_OPTS (extra JVM options for the server, e.g. a flight recording).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[ -f bootstrap/target/synedrio.jar ] || mvn -q -B package -DskipTests
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
if [ "${1:-}" = "--cluster" ]; then
  nodes="${2:?--cluster takes the number of nodes}"
  base="${GALERA_BASE_PORT:-14306}"
  scripts/galera-local.sh up --nodes "$nodes" --base-port "$base" >/dev/null
  exec java ${BENCH_JAVA_OPTS:-} -Xmx1g -cp "bootstrap/target/lib/*" bench/BookingBench.java --jar bootstrap/target/synedrio.jar \
    --cluster "$nodes" --base-port "$base" --galera-script "$root/scripts/galera-local.sh" \
    --user "${SYNEDRIO_BENCH_DB_USER:-root}" --password "${SYNEDRIO_BENCH_DB_PASSWORD:-}" \
    --participants "${PARTICIPANTS:-600}" --launcher "$root/synedrio" ${BASELINE:+--baseline "$BASELINE"}
fi
url="${1:-jdbc:mariadb://127.0.0.1:3306/test}"
exec java ${BENCH_JAVA_OPTS:-} -Xmx1g -cp "bootstrap/target/lib/*" bench/BookingBench.java --jar bootstrap/target/synedrio.jar \
  --db "$url" --user "${SYNEDRIO_BENCH_DB_USER:-root}" --password "${SYNEDRIO_BENCH_DB_PASSWORD:-}" \
  --participants "${PARTICIPANTS:-3000}" --rounds "${ROUNDS:-5}" --warmups "${WARMUPS:-2}" --launcher "$root/synedrio"
