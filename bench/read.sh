#!/usr/bin/env bash
# Reads at the speed of the wire (issue 16): the same load generator (wrk, 2 threads, 64 connections) against the
# derived documents of a running Synedrio — the programme JSON, the public page, the report, the schedule exports —
# on the embedded H2 and on MariaDB, and against a bare Javalin "hello" started the same way (the launcher's JVM
# options), before and after. Prints per route: requests/s, p50, p99, the ratio to hello (the mean of its two
# runs), and the CPU time per request of the server's JVM and of the MariaDB server (mariadbd, whole process: on a
# shared server it includes other clients' work) — steadier than requests/s on a loaded machine. Every server first
# gets WARMUP seconds of load on each of its routes, then each route WARMUP seconds more before it is measured. Targets: programme JSON and public page >= 0.5 x hello; report and schedule exports >= 0.3 x hello;
# p99 < 50 ms at 64 connections.
#
#   bench/read.sh [JDBC_URL]     MariaDB server, default jdbc:mariadb://127.0.0.1:3306/test: a fresh database is
#                                created on it for the run and dropped after it (loopback only)
# Environment: DURATION (seconds per route, 10), WARMUP (unmeasured seconds before each, 3), CONNECTIONS (64), THREADS (2), SYNEDRIO_BENCH_DB_USER (root),
# SYNEDRIO_BENCH_DB_PASSWORD (empty), SYNEDRIO_READ_CACHE=off (measures without the document cache),
# SKIP_MARIADB=1 / SKIP_H2=1, SYNEDRIO_BENCH_SERVER_OPTS (extra JVM options for the servers, e.g. a flight recording).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if ! command -v wrk >/dev/null; then
  # the load generator comes from Debian's packages, installed here as scripts/install-chromium.sh installs Chromium
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "bench/read.sh: installing wrk (apt-get install -y wrk)" >&2
    (apt-get install -y -q wrk || { apt-get update -q && apt-get install -y -q wrk; }) >&2
  fi
  command -v wrk >/dev/null || { echo "bench/read.sh needs wrk: apt-get install -y wrk" >&2; exit 3; }
fi
[ -f bootstrap/target/synedrio.jar ] || mvn -q -B package -DskipTests
duration="${DURATION:-10}"; conns="${CONNECTIONS:-64}"; threads="${THREADS:-2}"
url="${1:-jdbc:mariadb://127.0.0.1:3306/test}"
user="${SYNEDRIO_BENCH_DB_USER:-root}"; password="${SYNEDRIO_BENCH_DB_PASSWORD:-}"
case "$url" in jdbc:mariadb://127.*|jdbc:mariadb://localhost*) ;; *) echo "loopback MariaDB only: $url" >&2; exit 2;; esac
hostport="${url#jdbc:mariadb://}"; hostport="${hostport%%/*}"; host="${hostport%%:*}"; port="${hostport##*:}"
[ "$port" = "$host" ] && port=3306
db="synedrio_read_$$"
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  [ -z "${SKIP_MARIADB:-}" ] && mysql -h"$host" -P"$port" -u"$user" ${password:+-p"$password"} -e "drop database if exists $db" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
opts=(-Xmx256m -XX:+UseSerialGC -XX:-UsePerfData -Dfile.encoding=UTF-8 ${SYNEDRIO_BENCH_SERVER_OPTS:-})

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
await() { # url
  for _ in $(seq 1 240); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "no answer from $1" >&2; exit 3
}
# CPU time of a process so far, in clock ticks (user + system)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
hz=$(getconf CLK_TCK)
# the server that listens on the port measured (a machine may run others: a local Galera cluster's nodes)
dbpid="$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
[ -n "$dbpid" ] || dbpid="$(cat "$(mysql -h"$host" -P"$port" -u"$user" ${password:+-p"$password"} -N -e 'select @@pid_file' 2>/dev/null)" 2>/dev/null || true)" # ss names only our own processes' ids
[ -n "$dbpid" ] || { dbpid="$(pgrep -x mariadbd 2>/dev/null || pgrep -x mysqld 2>/dev/null || true)"; dbpid="${dbpid%%$'\n'*}"; }
# Before any route of a server is measured, each of its routes gets WARMUP seconds of the same load (the JIT
# compiles what every route shares — Jetty, Javalin, the cache — so that the first route measured is not the one
# that pays for it); then each route again WARMUP seconds right before its own measurement. Hello gets the same:
# one start-up pass over its one route, then its warm-up.
warm() { # url…
  for u in "$@"; do curl -fs -o /dev/null "$u"; wrk -t"$threads" -c"$conns" -d"${WARMUP:-3}s" "$u" > /dev/null 2>&1 || true; done
}
# wrk's summary as "req/s p50_ms p99_ms non2xx server_cpu_us_per_request db_cpu_us_per_request"
measure() { # url server_pid db(0/1)
  # made once (and kept) before the clock starts, then WARMUP seconds of the same load unmeasured (the JIT)
  curl -fs -o /dev/null "$1"; wrk -t"$threads" -c"$conns" -d"${WARMUP:-3}s" "$1" > /dev/null 2>&1 || true
  local s0 d0 s1 d1
  s0=$(ticks "$2"); d0=$([ "$3" = 1 ] && [ -n "$dbpid" ] && ticks "$dbpid" || echo 0)
  wrk -t"$threads" -c"$conns" -d"${duration}s" --latency "$1" > "$work/wrk.txt" 2>&1 || true
  s1=$(ticks "$2"); d1=$([ "$3" = 1 ] && [ -n "$dbpid" ] && ticks "$dbpid" || echo 0)
  awk -v sc=$((s1 - s0)) -v dc=$((d1 - d0)) -v hz="$hz" -v db="$3" '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /requests in/ { n=$1 }
    /Requests\/sec:/ { rps=$2 }
    /^ +50%/ { p50=ms($2) } /^ +99%/ { p99=ms($2) }
    /Non-2xx/ { bad=$NF }
    END { printf "%s %.2f %.2f %s %.1f %s\n", rps, p50, p99, (bad==""?0:bad), (n>0 ? sc*1e6/hz/n : 0),
          (db==1 && n>0 ? sprintf("%.1f", dc*1e6/hz/n) : "-") }' "$work/wrk.txt"
}
results=()
record() { # label route url server_pid db(0/1)
  read -r rps p50 p99 bad scpu dcpu < <(measure "$3" "$4" "${5:-0}")
  results+=("$1|$2|$rps|$p50|$p99|$bad|$scpu|$dcpu")
  printf '%-8s %-34s %10s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s  cpu/req server %s us, db %s us\n' "$1" "$2" \
    "$rps" "$p50" "$p99" "$bad" "$scpu" "$dcpu"
}
hello() {
  local p; p="$(free_port)"
  java "${opts[@]}" -cp "bootstrap/target/lib/*" bench/Hello.java "$p" > "$work/hello.log" 2>&1 &
  pids+=($!); local pid=$!
  await "http://127.0.0.1:$p/hello"
  warm "http://127.0.0.1:$p/hello"
  record hello "GET /hello ($1)" "http://127.0.0.1:$p/hello" "$pid"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
routes=(/api/conferences/7/program / /api/conferences/7/report.md /api/conferences/7/schedule.xml
        /api/conferences/7/schedule.json /api/conferences/7/schedule.ics)
synedrio() { # label, extra args…
  local label="$1"; shift
  local p; p="$(free_port)"
  SYNEDRIO_JAVA_OPTS="${SYNEDRIO_BENCH_SERVER_OPTS:-}" SYNEDRIO_DATA_DIR="$work/h2" ./synedrio "$@" serve --demo \
    --host 127.0.0.1 --port "$p" > "$work/$label.log" 2>&1 &
  pids+=($!); local pid=$!
  await "http://127.0.0.1:$p/api/health"
  local r urls=(); for r in "${routes[@]}"; do urls+=("http://127.0.0.1:$p$r"); done
  warm "${urls[@]}"
  for r in "${routes[@]}"; do record "$label" "GET $r" "http://127.0.0.1:$p$r" "$pid" "$([ "$label" = mariadb ] && echo 1 || echo 0)"; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); wrk -t$threads -c$conns -d${duration}s; read cache: ${SYNEDRIO_READ_CACHE:-on}"
hello before
[ -z "${SKIP_H2:-}" ] && synedrio h2
if [ -z "${SKIP_MARIADB:-}" ]; then
  mysql -h"$host" -P"$port" -u"$user" ${password:+-p"$password"} -e "create database $db"
  synedrio mariadb --db "jdbc:mariadb://$host:$port/$db" --db-user "$user" --db-password "$password"
fi
hello after
echo
printf '%-8s %-34s %10s %9s %9s %7s %9s %7s  %s\n' server route "req/s" "p50 ms" "p99 ms" ratio "cpu us/r" "db us/r" target
hellos=$(printf '%s\n' "${results[@]}" | awk -F'|' '$1=="hello" {s+=$3; n++} END {print s/n}')
printf '%s\n' "${results[@]}" | awk -F'|' -v hello="$hellos" '
  { target = ($2 ~ /program$|GET \/$/) ? 0.5 : ($1 == "hello" ? 1 : 0.3)
    ratio = $3 / hello
    verdict = ($1 == "hello") ? "" : ((ratio >= target && $5 < 50) ? "ok" : "below")
    if ($1 == "hello") printf "%-8s %-34s %10.0f %9.2f %9.2f %7.2f %9s %7s\n", $1, $2, $3, $4, $5, ratio, $7, $8
    else printf "%-8s %-34s %10.0f %9.2f %9.2f %7.2f %9s %7s  >= %.1f, p99 < 50 ms: %s\n", $1, $2, $3, $4, $5, ratio, $7, $8, target, verdict }'
