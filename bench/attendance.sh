#!/usr/bin/env bash
# Attendance at national scale: 1,000,000 attendance rows in 100 meeting exports in the platforms' real formats
# (Zoom participants and webinar reports, Teams reports in UTF-16 LE, Webex UTF-16 LE tab-delimited, BigBlueButton
# dashboards; bench/attendance_files.py), 7,000 registrations, imported into MariaDB through the running server
# (PUT /api/conferences/7/attendance/{id}, one file after the other) started with -Xmx256m. Then the same rows,
# flat, with LOAD DATA LOCAL INFILE into a plain table on the same server in the same run, as the speed limit to
# compare with; then `./synedrio attendance show 7` (a fresh JVM through the launcher, as an operator runs it) and
# GET …/attendance on the warm server. Prints rows/s, the ratio to LOAD DATA, the show times, the CPU time of the
# server and of the database server (a machine shared with other work queues for the processor: CPU time is the
# fairer measure there), and the server's peak heap (from its GC log).
#
#   bench/attendance.sh [JDBC_URL]     default jdbc:mariadb://127.0.0.1:3306/test: a fresh database is created on
#                                      that server for the run and dropped after it
# Environment: ROWS (1000000), MEETINGS (100), REGISTERED (7000), SYNEDRIO_BENCH_DB_USER (root),
# SYNEDRIO_BENCH_DB_PASSWORD (empty), WARM_PASSES=N (the whole set imported N times first, unmeasured), PARALLEL=N (N files sent at
# once in the measured import), KEEP=1 keeps the generated files and the database, BENCH_JAVA_OPTS (more
# options for the server JVM, e.g. -XX:StartFlightRecording=filename=/tmp/server.jfr,settings=profile),
# WARM_FORMATS=1 (the server warmed with the first file of each platform's format, not only the first file),
# CURL_PER_FILE=1 (a curl process per file, as before 2026-11-30 20:30, instead of one curl for all the files),
# VIA=cli (the measured import is one `./synedrio attendance import 7 --manifest LIST` of the hundred files, a new
# JVM as an operator runs it, instead of the PUTs to the server: its CPU is then the CLI's).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
url="${1:-jdbc:mariadb://127.0.0.1:3306/test}"
user="${SYNEDRIO_BENCH_DB_USER:-root}"
password="${SYNEDRIO_BENCH_DB_PASSWORD:-}"
rows="${ROWS:-1000000}"
meetings="${MEETINGS:-100}"
registered="${REGISTERED:-7000}"
cd "$root"
[ -f bootstrap/target/synedrio.jar ] || mvn -q -B -o package -DskipTests

hostport="${url#jdbc:mariadb://}"; hostport="${hostport%%/*}"
host="${hostport%%:*}"; port="${hostport##*:}"; [ "$port" = "$host" ] && port=3306
db="synedrio_bench_attendance_$$"
dburl="jdbc:mariadb://$host:$port/$db"
sql() { mariadb -h"$host" -P"$port" -u"$user" ${password:+-p"$password"} --local-infile=1 "$@"; }
work="$(mktemp -d /tmp/synedrio-attendance-bench.XXXXXX)"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  if [ "${KEEP:-}" != 1 ]; then sql -e "drop database if exists \`$db\`" || true; rm -rf "$work"; fi
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "database: MariaDB $(sql -N -e 'select version()') at $host:$port"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
python3 bench/attendance_files.py "$work" datasets/etwinning-2021.json "$rows" "$meetings" "$registered"
echo "input: $(du -sh "$work" | cut -f1) of exports and flat rows"

sql -e "create database \`$db\` character set utf8mb4 collate utf8mb4_unicode_ci"
jvm=(java -Xmx256m -XX:+UseSerialGC -Dfile.encoding=UTF-8 -jar bootstrap/target/synedrio.jar --db "$dburl"
     --db-user "$user" --db-password "$password")
"${jvm[@]}" import datasets/etwinning-2021.json > /dev/null 2>&1
"${jvm[@]}" registrations import 7 "$work/registrations.csv" > /dev/null 2>&1
token="$("${jvm[@]}" token create bench --scope write 2>/dev/null)"

http_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
java ${BENCH_JAVA_OPTS:-} -Xmx256m -XX:+UseSerialGC -Xlog:gc:file="$work/gc.log" -Dfile.encoding=UTF-8 -jar bootstrap/target/synedrio.jar \
  --db "$dburl" --db-user "$user" --db-password "$password" serve --port "$http_port" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$http_port/api/health" > /dev/null && break
  sleep 0.5
done

# warm the server up with one file, imported again (replaced) in the measured run
# WARM_FORMATS=1: with the first file of each platform's format instead (five files), so that the JIT has compiled
# every format's reading before the clock starts, as in a server that has imported each kind once
if [ -n "${WARM_FORMATS:-}" ]; then warmers="$(sort -t$'\t' -k3,3 -u "$work/plan.txt")"; else warmers="$(head -1 "$work/plan.txt")"; fi
while IFS=$'\t' read -r wfile wtarget _; do
  curl -sf -X PUT -H "Authorization: Bearer $token" --data-binary @"$work/$wfile" \
    "http://127.0.0.1:$http_port/api/conferences/7/attendance/$wtarget" > /dev/null
done <<< "$warmers"
[ -n "${WARM_FORMATS:-}" ] && echo "warm-up: the first file of each format ($(wc -l <<< "$warmers") files), replaced in the measured import"

# the server's CPU time (user + system, all threads) from /proc: on a shared machine a fairer measure than wall time
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/${1:-$server}/stat"; }
# and the database server's, when it runs here (it may serve others too: then its figure is an upper bound)
# the server that listens on the port measured (a machine may run others: a local Galera cluster's nodes)
db_pid="$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
[ -n "$db_pid" ] || db_pid="$(cat "$(sql -N -e 'select @@pid_file' 2>/dev/null)" 2>/dev/null || true)" # ss names only our own processes' ids
[ -n "$db_pid" ] || { db_pid="$(pidof mariadbd 2>/dev/null || pidof mysqld 2>/dev/null || true)"; db_pid="${db_pid%% *}"; }
db_cpu_s() { if [ -n "$db_pid" ] && [ -r "/proc/$db_pid/stat" ]; then cpu_s "$db_pid"; else echo 0; fi; }
# the CPU time of the database server's threads that serve this run's database (one thread per connection): on a
# database server shared with other work, the part that is this run's (InnoDB's background threads not included,
# on either side)
threads_of_db() { sql -N -e "select tid from information_schema.processlist where db = '$db'" 2>/dev/null || true; }
tids_cpu() { # "tid cpu" per thread
  for t in "$@"; do
    [ -r "/proc/$db_pid/task/$t/stat" ] || continue
    awk -v t="$t" -v hz="$(getconf CLK_TCK)" '{ printf "%s %.2f\n", t, ($14 + $15) / hz }' "/proc/$db_pid/task/$t/stat"
  done
}
# the server's CPU per kind of thread (request threads, the read-ahead thread, the JIT compilers, the VM thread where
# SerialGC collects), to see where a million rows' CPU goes
server_threads() {
  for t in /proc/"$server"/task/*; do
    awk -v hz="$(getconf CLK_TCK)" -v name="$(cut -c1-11 "$t/comm")" '{ printf "%s\t%.2f\n", name, ($14 + $15) / hz }' "$t/stat" 2>/dev/null || true
  done
}
# every pause's milliseconds, 'Pause Full (System.gc())' included; no pause logged yet is 0, not the end of the run
gc_pause_ms() { { grep -oE 'Pause .*\) [0-9.]+M->[0-9.]+M\([0-9.]+M\) [0-9.]+ms' "$work/gc.log" || true; } | awk '{ s += $NF } END { printf "%.0f", s }'; }
# the PUTs, one file after the other, from one curl process over one connection (as LOAD DATA's client is started
# before its clock starts): a curl started per file cost ~30 ms of process start-up per file here, 3 s of a run
# that has nothing to do with the server. CURL_PER_FILE=1 measures the old way.
mkdir -p "$work/answers"
n=0
while IFS=$'\t' read -r file target platform; do
  n=$((n + 1))
  [ "$n" -gt 1 ] && echo next >> "$work/puts.conf" # between two transfers: options apply to the next URL only
  printf 'url = "http://127.0.0.1:%s/api/conferences/7/attendance/%s?fileName=%s"\nrequest = "PUT"\nheader = "Authorization: Bearer %s"\ndata-binary = "@%s"\noutput = "%s"\nwrite-out = "%%{http_code} %s\\n"\nsilent\n' \
    "$http_port" "$target" "$file" "$token" "$work/$file" "$work/answers/$n.json" "$file" >> "$work/puts.conf"
done < "$work/plan.txt"
# WARM_PASSES=N: the whole set imported N times before the measured import (which then replaces every file's rows,
# a database's heavier case): the server's JIT has compiled what an import runs, as in a server that has imported
# before; the default, 0, warms it with the first file only, as before.
for _ in $(seq 1 "${WARM_PASSES:-0}"); do
  curl --config "$work/puts.conf" > "$work/warm-codes.txt" || true
  [ "$(grep -c '^200 ' "$work/warm-codes.txt")" = "$(wc -l < "$work/plan.txt")" ] || { echo "a warm-up pass failed" >&2; exit 1; }
done
if [ "${WARM_PASSES:-0}" -gt 0 ] && [ -n "${WARM_EMPTIED:-}" ]; then
  # WARM_EMPTIED=1: the warm-up's rows deleted again (in the database, behind the server's back), so that the measured
  # import is a first import into empty tables, as the default's, by a server whose JIT has compiled an import
  sql "$db" -e "delete from attendance_presence; delete from attendance_person_page; delete from attendance_file"
  echo "warm-up: ${WARM_PASSES} full pass(es) of the files, then their rows deleted: the measured import is a first import by a warm server"
elif [ "${WARM_PASSES:-0}" -gt 0 ]; then
  echo "warm-up: ${WARM_PASSES} full pass(es) of the files before the measured import (which replaces them)"
fi
cli=("$root/synedrio" --db "$dburl" --db-user "$user" --db-password "$password")
if [ "${VIA:-}" = cli ]; then
  (printf 'file\tfor\tplatform\n'; cat "$work/plan.txt") > "$work/manifest.tsv"
  "${cli[@]}" attendance show 7 > /dev/null 2>&1 || true # prepares the launcher's start-up cache, if not yet
  echo "import: one ./synedrio attendance import 7 --manifest (a new JVM through the launcher; SYNEDRIO_JAVA=${SYNEDRIO_JAVA:-unset: the newest JDK >= 25 under /usr/lib/jvm if any})"
fi
server_threads > "$work/server_threads.before"
gc_before=$(gc_pause_ms)
cpu_before=$(cpu_s)
db_before=$(db_cpu_s)
[ -n "$db_pid" ] && tids_cpu $(threads_of_db) > "$work/threads.before"
start=$(date +%s.%N)
if [ "${VIA:-}" = cli ]; then
  # the operator's one command for the whole set: the launcher, a new JVM, reading each file while the one before is
  # written (its start-up cache prepared before the clock starts, as after any first run of a build)
  ( time -p "${cli[@]}" attendance import 7 --manifest "$work/manifest.tsv" > "$work/cli-import.txt" ) \
    2> "$work/cli-import.time" || { echo "the import failed:" >&2; cat "$work/cli-import.time" >&2; exit 1; }
elif [ "${CURL_PER_FILE:-}" = 1 ]; then
  while IFS=$'\t' read -r file target platform; do
    code=$(curl -s -o "$work/last.json" -w '%{http_code}' -X PUT -H "Authorization: Bearer $token" \
      --data-binary @"$work/$file" "http://127.0.0.1:$http_port/api/conferences/7/attendance/$target?fileName=$file")
    echo "$code $file" >> "$work/codes.txt"
    [ "$code" = 200 ] || break
  done < "$work/plan.txt"
else
  # PARALLEL=N: N files in flight at once (an operator's script may send them so), so that the server reads one
  # file while the database writes another; the default, 1, sends them one after the other
  curl ${PARALLEL:+--parallel --parallel-max "$PARALLEL"} --config "$work/puts.conf" > "$work/codes.txt" || true
fi
end=$(date +%s.%N)
if [ "${VIA:-}" = cli ]; then
  tail -1 "$work/cli-import.txt"
elif [ "$(grep -c '^200 ' "$work/codes.txt")" != "$(wc -l < "$work/plan.txt")" ]; then
  failed="$(grep -v '^200 ' "$work/codes.txt" | head -1)"
  echo "import of ${failed#* } failed (HTTP ${failed%% *}; $(grep -c '^200 ' "$work/codes.txt") files imported):" >&2
  cat "$work/answers/$(grep -n -v '^200 ' "$work/codes.txt" | head -1 | cut -d: -f1).json" "$work/last.json" 2>/dev/null >&2
  exit 1
fi
cpu_after=$(cpu_s)
server_threads > "$work/server_threads.after"
gc_after=$(gc_pause_ms)
import_db_cpu=$(echo "$(db_cpu_s) - $db_before" | bc -l)
import_conn_cpu=0
if [ -n "$db_pid" ]; then
  tids_cpu $(threads_of_db) > "$work/threads.after"
  # threads of connections opened meanwhile count from 0 (a thread reused from the cache over-counts: an upper bound)
  import_conn_cpu=$(awk 'NR == FNR { b[$1] = $2; next } { s += $2 - ($1 in b ? b[$1] : 0) } END { printf "%.2f", s }' \
    "$work/threads.before" "$work/threads.after")
fi
import_s=$(echo "$end - $start" | bc -l)
import_cpu=$(echo "$cpu_after - $cpu_before" | bc -l)
[ "${VIA:-}" = cli ] && import_cpu=$(awk '/^user|^sys/ { s += $2 } END { printf "%.2f", s }' "$work/cli-import.time")
read_rows=$(sql -N -e "select sum(rows_read) from \`$db\`.attendance_file")

sql "$db" -e "create table plain_rows (id bigint not null auto_increment primary key, name varchar(200),
  email varchar(254), join_at datetime(6), leave_at datetime(6))"
db_before=$(db_cpu_s)
# the load's own connection: its thread named first, its CPU read before and after the load while it waits
mkfifo "$work/load.in"
sql -N --unbuffered "$db" < "$work/load.in" > "$work/load.out" &
loader=$!
exec 7> "$work/load.in"
echo "select tid from information_schema.processlist where id = connection_id();" >&7
for _ in $(seq 1 100); do [ -s "$work/load.out" ] && break; sleep 0.1; done
load_tid="$(head -1 "$work/load.out")"
load_tid_before="$(tids_cpu "$load_tid" | cut -d' ' -f2)"
start=$(date +%s.%N)
echo "load data local infile '$work/rows.tsv' into table plain_rows character set utf8mb4
  fields terminated by '\t' lines terminated by '\n' (name, email, join_at, leave_at); select 'loaded';" >&7
until grep -q '^loaded$' "$work/load.out"; do kill -0 "$loader" 2>/dev/null || { echo "LOAD DATA failed" >&2; exit 1; }; sleep 0.05; done
end=$(date +%s.%N)
load_conn_cpu=$(echo "$(tids_cpu "$load_tid" | cut -d' ' -f2) - ${load_tid_before:-0}" | bc -l)
exec 7>&-
wait "$loader"
load_db_cpu=$(echo "$(db_cpu_s) - $db_before" | bc -l)
load_s=$(echo "$end - $start" | bc -l)
loaded=$(sql -N -e "select count(*) from \`$db\`.plain_rows")

# as an operator runs it: the launcher, whose class cache the first run after a build prepares (not measured)
"${cli[@]}" attendance show 7 > /dev/null 2>&1 || true
start=$(date +%s.%N)
( time -p "${cli[@]}" attendance show 7 > "$work/show.txt" ) 2> "$work/show.time"
end=$(date +%s.%N)
show_cli_s=$(echo "$end - $start" | bc -l)
show_cli_cpu=$(awk '/^user|^sys/ { s += $2 } END { printf "%.2f", s }' "$work/show.time")
curl -sf "http://127.0.0.1:$http_port/api/conferences/7/attendance" > /dev/null
cpu_before=$(cpu_s)
start=$(date +%s.%N)
curl -sf "http://127.0.0.1:$http_port/api/conferences/7/attendance" > "$work/show.json"
end=$(date +%s.%N)
show_api_s=$(echo "$end - $start" | bc -l)
show_api_cpu=$(echo "$(cpu_s) - $cpu_before" | bc -l)
peak=$(grep -o '[0-9]*M->' "$work/gc.log" | sed 's/M->//' | sort -n | tail -1 || true)

echo
echo "imported: $read_rows rows in $meetings files ($(sql -N -e "select sum(persons) from \`$db\`.attendance_person_page") persons per file in $(sql -N -e "select count(*) from \`$db\`.attendance_person_page") pages, $(sql -N -e "select count(*) from \`$db\`.attendance_presence") presences) in $(printf %.1f "$import_s") s = $(printf %.0f "$(echo "$read_rows / $import_s" | bc -l)") rows/s"
echo "import: the $([ "${VIA:-}" = cli ] && echo "CLI's" || echo "server's") CPU time $(printf %.1f "$import_cpu") s = $(printf %.0f "$(echo "$read_rows / $import_cpu" | bc -l)") rows per CPU-second; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "LOAD DATA LOCAL INFILE: $loaded rows in $(printf %.1f "$load_s") s = $(printf %.0f "$(echo "$loaded / $load_s" | bc -l)") rows/s"
# threads that ended meanwhile (a file's read-ahead thread) are no longer listed: the rest of the process's CPU
[ "${VIA:-}" = cli ] || echo "import: the server's CPU by thread (s): $(awk -F'\t' -v total="$import_cpu" 'NR == FNR { b[$1] += $2; next } { a[$1] += $2 } END { for (k in a) { d = a[k] - b[k]; s += d; if (d >= 0.05) printf "%s %.2f, ", k, d }; printf "threads ended meanwhile (the read-ahead threads) %.2f", total - s }' "$work/server_threads.before" "$work/server_threads.after"); GC pauses $(( gc_after - gc_before )) ms"
if [ -n "$db_pid" ]; then
  echo "CPU of this run's database connections: import $(printf %.2f "$import_conn_cpu") s for $read_rows rows; LOAD DATA $(printf %.2f "$load_conn_cpu") s for $loaded rows; CPU ratio $(printf %.2f "$(echo "($read_rows / $loaded) * $load_conn_cpu / ($import_cpu + $import_conn_cpu)" | bc -l)") (server + connections; on a shared database server the fairer figure)"
  echo "CPU: import $(printf %.1f "$import_cpu") s (server) + $(printf %.1f "$import_db_cpu") s (database) for $read_rows rows; LOAD DATA $(printf %.2f "$load_db_cpu") s (database) for $loaded rows; CPU ratio $(printf %.2f "$(echo "($read_rows / $loaded) * $load_db_cpu / ($import_cpu + $import_db_cpu)" | bc -l)") (a load-independent estimate of the ratio when the two processes do not run in parallel)"
fi
echo "ratio import/LOAD DATA: $(printf %.2f "$(echo "($read_rows / $import_s) / ($loaded / $load_s)" | bc -l)") (target >= 0.5)"
echo "attendance show 7 (./synedrio, a new JVM): $(printf %.2f "$show_cli_s") s; GET /api/conferences/7/attendance (warm server): $(printf %.3f "$show_api_s") s (target <= 2 s); CPU time: CLI $show_cli_cpu s (the whole JVM), server $(printf %.2f "$show_api_cpu") s"
echo "server heap: -Xmx256m, peak used before a GC: ${peak:-?} MiB"
tail -4 "$work/show.txt"
