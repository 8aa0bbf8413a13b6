#!/usr/bin/env bash
# Proves a backup restores: restores a mariadb-dump of DATABASE into a fresh database on the same server and
# compares, table by table, the row counts and CHECKSUM TABLE of the restored copy with the live database, and that
# every stored procedure came back (a dump made without --routines loses the booking's take_seat).
#
#   scripts/restore-check.sh [--host 127.0.0.1] [--port 3306] [--user root] [--dump FILE] [--keep] DATABASE
#
# Without --dump it first makes the dump itself (mariadb-dump --single-transaction, as docs/scaling.md shows for a
# running Synedrio); with --dump it restores that file. The password, if any, comes from MARIADB_PASSWORD (never on
# the command line). The copy is named DATABASE_restore_check_<random> and dropped afterwards unless --keep.
# Prints one line per table (rows live, rows restored, same checksum) and exits 0 when every table matches,
# 1 when one does not, 2 on wrong usage, 3 when it could not run.
set -euo pipefail

host=127.0.0.1 port=3306 user=root dump="" keep=0 database=""
while [ $# -gt 0 ]; do
  case "$1" in
    --host) host="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --user) user="$2"; shift 2 ;;
    --dump) dump="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -*) echo "restore-check: unknown option '$1'" >&2; exit 2 ;;
    *) database="$1"; shift ;;
  esac
done
[ -n "$database" ] || { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
case "$database" in *[!A-Za-z0-9_]*) echo "restore-check: database names are letters, digits and _" >&2; exit 2 ;; esac
for tool in mariadb mariadb-dump; do
  command -v "$tool" >/dev/null 2>&1 || { echo "restore-check: needs $tool (Debian: mariadb-client)" >&2; exit 3; }
done

connect=(--no-defaults --protocol=tcp -h "$host" -P "$port" -u "$user")
[ -n "${MARIADB_PASSWORD:-}" ] && export MYSQL_PWD="$MARIADB_PASSWORD"
sql() { mariadb "${connect[@]}" -N -B "$@"; }

work="$(mktemp -d)"
copy="${database}_restore_check_$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')"
cleanup() {
  [ "$keep" -eq 1 ] || sql -e "drop database if exists \`$copy\`" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "$dump" ]; then
  dump="$work/$database.sql"
  mariadb-dump "${connect[@]}" --single-transaction --routines --triggers --no-tablespaces \
    --default-character-set=utf8mb4 "$database" >"$dump" || { echo "restore-check: the dump failed" >&2; exit 3; }
fi
[ -s "$dump" ] || { echo "restore-check: $dump is empty or missing" >&2; exit 3; }

sql -e "create database \`$copy\` character set utf8mb4 collate utf8mb4_unicode_520_ci" \
  || { echo "restore-check: cannot create $copy" >&2; exit 3; }
sql --default-character-set=utf8mb4 "$copy" <"$dump" || { echo "restore-check: restoring $dump failed" >&2; exit 1; }

tables="$(sql -e "select table_name from information_schema.tables where table_schema = '$database'
                   and table_type = 'BASE TABLE' order by table_name")"
[ -n "$tables" ] || { echo "restore-check: $database has no tables" >&2; exit 3; }
# One query per database for the counts and one CHECKSUM TABLE for all its tables: a client per table and value
# would cost a process start each.
counts() {
  local db="$1" q="" t
  for t in $tables; do q="$q${q:+ union all }select '$t', count(*) from \`$db\`.\`$t\`"; done
  sql -e "$q" 2>/dev/null || true
}
checksums() {
  local db="$1" list="" t
  for t in $tables; do list="$list${list:+, }\`$db\`.\`$t\`"; done
  sql -e "checksum table $list" 2>/dev/null | sed "s/^$db\.//" || true
}
live_counts="$(counts "$database")"
copy_counts="$(counts "$copy")"
live_sums="$(checksums "$database")"
copy_sums="$(checksums "$copy")"
value() { echo "$1" | awk -v t="$2" '$1 == t {print $2}'; }
status=0
printf '%-28s %10s %10s  %s\n' table live restored checksum
for t in $tables; do
  live="$(value "$live_counts" "$t")"
  restored="$(value "$copy_counts" "$t")"
  [ -n "$restored" ] || restored=missing
  a="$(value "$live_sums" "$t")"
  b="$(value "$copy_sums" "$t")"
  same=same
  { [ -n "$a" ] && [ "$a" = "$b" ]; } || same=DIFFERENT
  printf '%-28s %10s %10s  %s\n' "$t" "$live" "$restored" "$same"
  if [ "$live" != "$restored" ] || [ "$same" != same ]; then status=1; fi
done
# The stored procedures (the booking's take_seat, V20) restore only from a dump made with --routines.
routines() { sql -e "select routine_name from information_schema.routines where routine_schema = '$1' order by 1"; }
copy_routines="$(routines "$copy")"
for r in $(routines "$database"); do
  if echo "$copy_routines" | grep -qxF "$r"; then
    printf '%-28s %10s %10s\n' "routine $r" present present
  else
    printf '%-28s %10s %10s\n' "routine $r" present missing
    echo "restore-check: the routine $r is not in the restored copy: make the dump with --routines" >&2
    status=1
  fi
done
if [ "$status" -eq 0 ]; then
  echo "restore-check: OK, every table and routine of $database restored the same"
else
  echo "restore-check: the restored copy differs from $database" >&2
fi
exit "$status"
