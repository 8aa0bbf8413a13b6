#!/usr/bin/env bash
# National scale on MariaDB (issue 16): a generated CSV of ROWS registrations (1,000,000) imported into edition 7
# with `synedrio registrations import` (streaming, one transaction, in the launcher's -Xmx256m), timed as rows/s and
# compared with LOAD DATA LOCAL INFILE of the same file into a plain table on the same server in the same run
# (target >= 0.3 of it); then, with as many attendance rows (one presence per registration, written by SQL: the
# attendance import has a bench of its own), the timings of `seats 7`, `report 7`, `attendance show 7` (each a new
# JVM, as an operator runs them; target < 2 s) and `registrations export 7` (streamed to a file).
#
#   bench/scale.sh [JDBC_URL]     default jdbc:mariadb://127.0.0.1:3306/test: a fresh database is created on that
#                                 server for the run and dropped after it (loopback only)
# Environment: ROWS (1000000), SYNEDRIO_BENCH_DB_USER (root), SYNEDRIO_BENCH_DB_PASSWORD (empty), KEEP=1 keeps the
# database and the files; SYNEDRIO_JAVA_OPTS (extra JVM options for the commands, e.g. a flight recording);
# IMPORT_ONLY=1 stops after the import and LOAD DATA; CSV=FILE imports that file (made once by
# `python3 bench/registrations_csv.py ROWS FILE`, so that runs compare the same rows) instead of generating one;
# PRE_SQL='…' runs on the fresh schema before the import (an experiment: an index dropped, say). Besides the wall
# times it prints the CPU the import's JVM used (user + system), the CPU the database server used during the import
# and during LOAD DATA (from /proc: the server must run on this machine), which say more than wall times on a shared
# machine, and InnoDB's I/O counters over each (server-wide: other clients of the server are counted too).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[ -f bootstrap/target/synedrio.jar ] || mvn -q -B package -DskipTests
rows="${ROWS:-1000000}"
url="${1:-jdbc:mariadb://127.0.0.1:3306/test}"
user="${SYNEDRIO_BENCH_DB_USER:-root}"; password="${SYNEDRIO_BENCH_DB_PASSWORD:-}"
case "$url" in jdbc:mariadb://127.*|jdbc:mariadb://localhost*) ;; *) echo "loopback MariaDB only: $url" >&2; exit 2;; esac
hostport="${url#jdbc:mariadb://}"; hostport="${hostport%%/*}"; host="${hostport%%:*}"; port="${hostport##*:}"
[ "$port" = "$host" ] && port=3306
db="synedrio_scale_$$"
work="$(mktemp -d)"
sql() { mysql -h"$host" -P"$port" -u"$user" ${password:+-p"$password"} --local-infile=1 "$@"; }
cleanup() {
  if [ -n "${watcher:-}" ]; then kill "$watcher" 2>/dev/null || true; fi
  if [ -z "${KEEP:-}" ]; then sql -e "drop database if exists $db" || true; rm -rf "$work"
  else echo "kept: database $db, files in $work"; fi
}
trap cleanup EXIT
D=(--db "jdbc:mariadb://$host:$port/$db" --db-user "$user" --db-password "$password")
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }
timed() { # command… : runs it, its wall time in $took, its CPU seconds (user + system) in $cpu
  local t0 t1; t0=$(now)
  /usr/bin/time -f '%U %S' -o "$work/cpu.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" \
    || { cat "$work/err.txt" >&2; exit 3; }
  t1=$(now)
  took=$(secs "$t0" "$t1")
  cpu=$(awk '{printf "%.1f", $1 + $2}' "$work/cpu.txt")
}
# the server that listens on the port measured (a machine may run others: a local Galera cluster's nodes)
server_pid="$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
[ -n "$server_pid" ] || server_pid="$(cat "$(sql -N -e 'select @@pid_file' 2>/dev/null)" 2>/dev/null || true)" # ss names only our own processes' ids
[ -n "$server_pid" ] || { server_pid="$(pgrep -x mariadbd || pgrep -x mysqld || true)"; }
# InnoDB's I/O counters (server-wide: other clients of a shared server are counted too), read before and after a step;
# inno_delta prints what a step read from disk (buffer pool misses) and wrote (data writes, pages, MiB).
inno() { sql -N -e "show global status where variable_name in ('Innodb_buffer_pool_reads', 'Innodb_data_writes',
  'Innodb_pages_written', 'Innodb_data_written', 'Innodb_buffer_pool_read_requests', 'Innodb_os_log_written')" \
  | awk '{printf "%s=%s ", $1, $2}'; }
inno_delta() { python3 - "$1" "$2" <<'PY'
import sys
a = dict(kv.split('=') for kv in sys.argv[1].split()); b = dict(kv.split('=') for kv in sys.argv[2].split())
d = {k: int(b[k]) - int(a[k]) for k in a}
print(f"buffer pool misses {d['Innodb_buffer_pool_reads']:,} of {d['Innodb_buffer_pool_read_requests']:,} reads,"
      f" data writes {d['Innodb_data_writes']:,} ({d['Innodb_data_written'] / 2**20:,.0f} MiB, pages"
      f" {d['Innodb_pages_written']:,}), redo log {d['Innodb_os_log_written'] / 2**20:,.0f} MiB")
PY
}
# The CPU the server's threads spent on this run's database alone (other clients of a shared server excluded):
# a watcher samples the threads serving connections to $db (information_schema.processlist.TID) every 0.2 s, and
# each thread's CPU is counted from its first sample to its last.
watch_start() {
  [ -n "$server_pid" ] || return 0
  ( while :; do
      for tid in $(sql -N -e "select tid from information_schema.processlist where db = '$db'" 2>/dev/null); do
        [ -r "/proc/$server_pid/task/$tid/stat" ] && echo "$tid $(awk '{print $14 + $15}' "/proc/$server_pid/task/$tid/stat")"
      done
      sleep 0.2
    done > "$work/watch.txt" ) &
  watcher=$!
}
watch_stop() { # the CPU seconds counted, in $watched (not in a $(…) subshell: the watcher is this shell's child)
  watched=0
  [ -n "${watcher:-}" ] || return 0
  kill "$watcher" 2>/dev/null || true; wait "$watcher" 2>/dev/null || true; watcher=""
  watched=$(awk -v hz="$(getconf CLK_TCK)" '{ if (!($1 in lo)) lo[$1] = $2; hi[$1] = $2 }
    END { t = 0; for (k in hi) t += hi[k] - lo[k]; printf "%.1f", t / hz }' "$work/watch.txt")
}
server_cpu() { # the database server's CPU seconds so far (0 if it does not run here)
  if [ -n "$server_pid" ] && [ -r "/proc/$server_pid/stat" ]; then
    awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$server_pid/stat"
  else echo 0; fi
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); database: MariaDB $(sql -N -e 'select version()'), fresh database $db; rows: $rows"
sql -e "create database $db"
if [ -n "${CSV:-}" ]; then ln -s "$(readlink -f "$CSV")" "$work/registrations.csv"
else python3 bench/registrations_csv.py "$rows" "$work/registrations.csv"; fi
echo "file: $(du -hL "$work/registrations.csv" | cut -f1) of CSV"
./synedrio "${D[@]}" import datasets/etwinning-2021.json > /dev/null
if [ -n "${PRE_SQL:-}" ]; then sql "$db" -e "$PRE_SQL"; echo "before the import: $PRE_SQL"; fi

db0=$(server_cpu); io0=$(inno); watch_start
timed ./synedrio "${D[@]}" registrations import 7 "$work/registrations.csv"
import_s=$took; import_cpu=$cpu; import_db_cpu=$(secs "$db0" "$(server_cpu)"); watch_stop; import_conn_cpu=$watched
import_io=$(inno_delta "$io0" "$(inno)")
cat "$work/out.txt"
sql "$db" -e "create table load_yardstick (full_name varchar(200), email varchar(254), school varchar(300),
  specialty varchar(200), level varchar(20), consent varchar(10)) character set utf8mb4"
t0=$(now); db0=$(server_cpu); io0=$(inno); watch_start
sql "$db" -e "load data local infile '$work/registrations.csv' into table load_yardstick character set utf8mb4
  fields terminated by ';' lines terminated by '\r\n' ignore 1 lines"
load_s=$(secs "$t0" "$(now)"); load_db_cpu=$(secs "$db0" "$(server_cpu)"); watch_stop; load_conn_cpu=$watched
load_io=$(inno_delta "$io0" "$(inno)")
loaded=$(sql -N "$db" -e "select count(*) from load_yardstick")
python3 - "$rows" "$import_s" "$load_s" "$loaded" "$import_cpu" "$import_db_cpu" "$load_db_cpu" \
  "$import_conn_cpu" "$load_conn_cpu" <<'PY'
import sys
rows, imp, load, loaded = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
cpu, db_cpu, load_db_cpu = float(sys.argv[5]), float(sys.argv[6]), float(sys.argv[7])
conn_cpu, load_conn_cpu = float(sys.argv[8]), float(sys.argv[9])
print(f"registrations import: {rows:,} rows in {imp:.1f} s = {rows/imp:,.0f} rows/s (target: under 60 s);"
      f" CPU: JVM {cpu:.1f} s, database server {db_cpu:.1f} s (its connections' threads {conn_cpu:.1f} s)")
print(f"LOAD DATA LOCAL INFILE: {loaded:,} rows in {load:.1f} s = {loaded/load:,.0f} rows/s;"
      f" CPU: database server {load_db_cpu:.1f} s (its connection's thread {load_conn_cpu:.1f} s)")
print(f"ratio import/LOAD DATA: {(rows/imp)/(loaded/load):.2f} (target >= 0.30)")
PY
echo "InnoDB during the import: $import_io"
echo "InnoDB during LOAD DATA: $load_io"
[ -n "${IMPORT_ONLY:-}" ] && exit 0

# As many attendance rows: one presence in a workshop per registration (the counts read nothing else).
# Each workshop has two attendance files (the meeting's two halves, say), so that its presences are stored as such
# (since V16 a target of a single file keeps only the file's persons, which the counts read instead); the person
# number issue 11 gives a registered participant is the registration's id. The files' own person rows are not
# written: the counts of a target of several files read its presences only.
sql "$db" -e "insert into attendance_file (edition, target_id, file_sha256, file_name, platform, rows_read, staff_rows,
  target_kind, session_id, session_kind, target_day, imported_at)
  select 7, concat('d2-workshop-', lpad(1 + (seq - 1) % 16, 2, '0')), sha2(concat('bench-', seq), 256),
  concat('zoom-', seq, '.csv'), 'zoom', 0, 0, 'workshop', 'd2-workshops', 'workshops', '2021-11-20', now(6)
  from seq_1_to_32"
sql "$db" -e "insert into attendance_presence (edition, target_id, person, registration_id, seconds)
  select 7, concat('d2-workshop-', lpad(1 + id % 16, 2, '0')), id, id, 1800 + id % 3600
  from registration where edition = 7 order by 2, 3"
echo "attendance: $(sql -N "$db" -e 'select count(*) from attendance_presence') presence rows"
sql "$db" -e "analyze table registration, attendance_presence, booking" > /dev/null

for cmd in "seats 7" "report 7" "attendance show 7"; do
  # shellcheck disable=SC2086
  timed ./synedrio "${D[@]}" $cmd
  echo "$cmd: $took s (target < 2 s)"
done
timed ./synedrio "${D[@]}" registrations export 7 --output "$work/export.csv"
echo "registrations export 7: $took s, $(( $(wc -l < "$work/export.csv") - 1 )) lines, $(du -h "$work/export.csv" | cut -f1)"
