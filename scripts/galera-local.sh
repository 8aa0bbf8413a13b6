#!/usr/bin/env bash
# A local MariaDB Galera cluster for tests, benches and operators who want to try Synedrio on one: N mariadbd
# processes on 127.0.0.1, each with its own data directory, port and Galera ports, under one state directory.
#
#   scripts/galera-local.sh up     [--nodes 3] [--base-port 14306]   start (or find running) and print the JDBC URL
#   scripts/galera-local.sh status [--nodes 3] [--base-port 14306]   each node's state; exit 1 unless all Synced
#   scripts/galera-local.sh down   [--base-port 14306]               stop the nodes it started and remove the state
#   scripts/galera-local.sh url    [--nodes 3] [--base-port 14306]   print the JDBC URL only
#   scripts/galera-local.sh kill  I [--base-port 14306]              kill -9 node I (1..N): a crash, for failover tests
#   scripts/galera-local.sh start I [--nodes 3] [--base-port 14306]  start node I again; it rejoins and catches up (IST)
#
# Ports, for node i = 1..N and base B: SQL B+i-1, Galera replication B+100+i-1, IST B+200+i-1, SST B+300+i-1.
# State: ${SYNEDRIO_GALERA_DIR:-${TMPDIR:-/tmp}/synedrio-galera-B}: node-i/{data,node.pid,error.log}.
# `down` stops only the processes whose pid files are in that directory. Only 127.0.0.1 is ever bound.
#
# Needs mariadbd and galera-4 (/usr/lib/galera/libgalera_smm.so) and rsync (the state transfer method used here:
# mariadb-backup is not installed with the server on Debian; rsync is). When they are missing and we are root on a
# Debian-like system, `up` installs them with apt-get (mariadb-server galera-4 rsync); the packages' own server is
# left stopped if it was not running before.
# As root the nodes run as the system user `mysql` (--user=mysql), which owns the state directory: with --user=root the
# rsync state transfer fails, because rsync's daemon, started by root, drops to `nobody`, who cannot read the joiner's
# data directory (checked on MariaDB 10.11 / galera-4 26.4). As any other user they run as that user.
set -euo pipefail

command="${1:-}"
[ $# -gt 0 ] && shift
node_arg=""
nodes=3
base=14306
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes="$2"; shift 2 ;;
    --base-port) base="$2"; shift 2 ;;
    [0-9]*) node_arg="$1"; shift ;;
    *) echo "galera-local: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
case "$nodes" in ''|*[!0-9]*) echo "galera-local: --nodes takes a number" >&2; exit 2 ;; esac
case "$base" in ''|*[!0-9]*) echo "galera-local: --base-port takes a number" >&2; exit 2 ;; esac
[ "$nodes" -ge 1 ] && [ "$nodes" -le 9 ] || { echo "galera-local: --nodes 1 to 9" >&2; exit 2; }

state="${SYNEDRIO_GALERA_DIR:-${TMPDIR:-/tmp}/synedrio-galera-$base}"
provider=/usr/lib/galera/libgalera_smm.so
[ -f "$provider" ] || provider=/usr/lib64/galera-4/libgalera_smm.so
cluster_name="synedrio-local-$base"

sql_port() { echo $((base + $1 - 1)); }
gcomm_port() { echo $((base + 100 + $1 - 1)); }
ist_port() { echo $((base + 200 + $1 - 1)); }
sst_port() { echo $((base + 300 + $1 - 1)); }
node_dir() { echo "$state/node-$1"; }
run_as() { if [ "$(id -u)" -eq 0 ]; then echo mysql; else id -un; fi; }

jdbc_url() {
  local hosts="" i
  for i in $(seq 1 "$nodes"); do hosts="$hosts${hosts:+,}127.0.0.1:$(sql_port "$i")"; done
  echo "jdbc:mariadb:sequential://$hosts/synedrio"
}

# Runs SQL on node i over its socket, as root; prints the result without headers.
sql() {
  mariadb --no-defaults --protocol=socket -S "$(node_dir "$1")/mariadbd.sock" -uroot -N -B -e "$2" 2>/dev/null
}

alive() {
  local pidfile
  pidfile="$(node_dir "$1")/node.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null \
    && [ "$(cat "/proc/$(cat "$pidfile")/comm" 2>/dev/null)" = mariadbd ] \
    && ! grep -q '^State:[[:space:]]*[ZX]' "/proc/$(cat "$pidfile")/status" 2>/dev/null
}

wsrep() { sql "$1" "show global status like '$2'" | awk '{print $2}'; }

ensure_installed() {
  if command -v mariadbd >/dev/null 2>&1 && [ -f "$provider" ] && command -v rsync >/dev/null 2>&1 \
      && command -v mariadb-install-db >/dev/null 2>&1; then
    return
  fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "galera-local: needs mariadbd, galera-4 and rsync; install them (Debian: apt-get install mariadb-server" \
         "galera-4 rsync)" >&2
    exit 3
  fi
  local was_running=0
  pgrep -x mariadbd >/dev/null 2>&1 && was_running=1
  echo "galera-local: installing mariadb-server galera-4 rsync" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || true
  apt-get install -y -qq mariadb-server galera-4 rsync >&2
  provider=/usr/lib/galera/libgalera_smm.so
  if [ "$was_running" -eq 0 ] && command -v service >/dev/null 2>&1; then
    service mariadb stop >/dev/null 2>&1 || true # the package's own server is not ours to run
  fi
}

# Starts node i; with "new" it bootstraps a new cluster (only the first node of a fresh cluster).
start_node() {
  local i="$1" how="${2:-join}" dir addresses="" j
  dir="$(node_dir "$i")"
  for j in $(seq 1 "$nodes"); do addresses="$addresses${addresses:+,}127.0.0.1:$(gcomm_port "$j")"; done
  local args=(
    --no-defaults --datadir="$dir/data" --socket="$dir/mariadbd.sock" --pid-file="$dir/data/mariadbd.pid"
    --log-error="$dir/error.log" --port="$(sql_port "$i")" --bind-address=127.0.0.1 --user="$(run_as)"
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_520_ci
    --default-storage-engine=InnoDB --binlog-format=ROW --innodb-autoinc-lock-mode=2
    --innodb-buffer-pool-size=96M --innodb-log-file-size=64M --innodb-flush-log-at-trx-commit=2
    --max-connections=300 --skip-name-resolve
    --wsrep-on=ON --wsrep-provider="$provider" --wsrep-cluster-name="$cluster_name"
    --wsrep-cluster-address="gcomm://$addresses" --wsrep-node-name="node-$i"
    --wsrep-node-address="127.0.0.1:$(gcomm_port "$i")" --wsrep-node-incoming-address="127.0.0.1:$(sql_port "$i")"
    --wsrep-sst-receive-address="127.0.0.1:$(sst_port "$i")" --wsrep-sst-method=rsync
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$i");ist.recv_addr=127.0.0.1:$(ist_port "$i");gcache.size=256M;evs.inactive_timeout=PT6S;evs.suspect_timeout=PT3S"
    --wsrep-slave-threads=2
  )
  [ "$how" = new ] && args+=(--wsrep-new-cluster)
  nohup mariadbd "${args[@]}" >>"$dir/stdout.log" 2>&1 </dev/null &
  echo $! >"$dir/node.pid" # the pid of the mariadbd this script started: what `down` and `kill` act on
}

# Waits until node i answers and reports Synced in a primary cluster; gives up after $2 seconds.
await_synced() {
  local i="$1" limit="${2:-120}" t=0 s
  while [ "$t" -lt "$limit" ]; do
    if ! alive "$i"; then
      echo "galera-local: node $i exited; its log: $(node_dir "$i")/error.log" >&2
      tail -n 15 "$(node_dir "$i")/error.log" >&2 || true
      return 1
    fi
    s="$(wsrep "$i" wsrep_local_state_comment || true)"
    if [ "$s" = Synced ] && [ "$(wsrep "$i" wsrep_cluster_status || true)" = Primary ]; then
      return 0
    fi
    sleep 1
    t=$((t + 1))
  done
  echo "galera-local: node $i not Synced after ${limit}s (state '${s:-no answer}'); log: $(node_dir "$i")/error.log" >&2
  return 1
}

# Prints each node's state; returns 0 when every node runs, is Synced and sees a cluster of N.
status() {
  local ok=0 i size s
  for i in $(seq 1 "$nodes"); do
    if alive "$i"; then
      s="$(wsrep "$i" wsrep_local_state_comment || true)"
      size="$(wsrep "$i" wsrep_cluster_size || true)"
      echo "node $i: 127.0.0.1:$(sql_port "$i") pid $(cat "$(node_dir "$i")/node.pid") ${s:-not answering}," \
           "cluster size ${size:-?}"
      { [ "$s" = Synced ] && [ "$size" = "$nodes" ]; } || ok=1
    else
      echo "node $i: 127.0.0.1:$(sql_port "$i") not running"
      ok=1
    fi
  done
  return $ok
}

stop_all() {
  local i pid pidfile
  [ -d "$state" ] || return 0
  for pidfile in "$state"/node-*/node.pid; do
    [ -f "$pidfile" ] || continue
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = mariadbd ]; then
      kill "$pid" 2>/dev/null || true
    fi
  done
  for i in $(seq 1 60); do
    local any=0
    for pidfile in "$state"/node-*/node.pid; do
      [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null && any=1
    done
    [ "$any" -eq 0 ] && break
    sleep 0.5
  done
  for pidfile in "$state"/node-*/node.pid; do
    [ -f "$pidfile" ] || continue
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = mariadbd ]; then
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
}

up() {
  if [ -d "$state" ] && status >/dev/null 2>&1; then
    jdbc_url
    return 0
  fi
  ensure_installed
  # A state directory left behind by a crashed run holds nothing worth keeping: start afresh.
  stop_all
  rm -rf "$state"
  mkdir -p "$state"
  local i
  mkdir -p "$(node_dir 1)"
  [ "$(id -u)" -eq 0 ] && chown -R mysql: "$state"
  mariadb-install-db --no-defaults --datadir="$(node_dir 1)/data" --user="$(run_as)" \
    --auth-root-authentication-method=normal --skip-test-db >"$(node_dir 1)/install.log" 2>&1 \
    || { echo "galera-local: mariadb-install-db failed: $(node_dir 1)/install.log" >&2; exit 3; }
  start_node 1 new
  await_synced 1 60 || { stop_all; exit 3; }
  # root over TCP from 127.0.0.1 without a password, as the tests connect.
  sql 1 "create user if not exists 'root'@'127.0.0.1'; grant all on *.* to 'root'@'127.0.0.1' with grant option;
         create database if not exists synedrio character set utf8mb4 collate utf8mb4_unicode_520_ci"
  if [ "$nodes" -gt 1 ]; then
    # The other nodes start from a copy of the first one's data, stopped cleanly, so that they join at the same
    # position without a full state transfer (about 18 s each with rsync on a 2-core machine; this way the whole
    # cluster is up in about 20 s). The first node then bootstraps the cluster again: it left it last.
    kill "$(cat "$(node_dir 1)/node.pid")"
    for i in $(seq 1 60); do alive 1 || break; sleep 0.5; done
    ! alive 1 || { echo "galera-local: node 1 did not stop" >&2; stop_all; exit 3; }
    rm -f "$(node_dir 1)/data/gvwstate.dat"
    for i in $(seq 2 "$nodes"); do
      mkdir -p "$(node_dir "$i")"
      cp -a "$(node_dir 1)/data" "$(node_dir "$i")/data"
      [ "$(id -u)" -eq 0 ] && chown -R mysql: "$(node_dir "$i")"
    done
    start_node 1 new
    await_synced 1 60 || { stop_all; exit 3; }
    for i in $(seq 2 "$nodes"); do start_node "$i"; done
    for i in $(seq 2 "$nodes"); do await_synced "$i" 120 || { stop_all; exit 3; }; done
  fi
  if ! status >&2; then
    echo "galera-local: the cluster did not form" >&2
    stop_all
    exit 3
  fi
  jdbc_url
}

case "$command" in
  up) up ;;
  status)
    [ -d "$state" ] || { echo "galera-local: no cluster in $state"; exit 1; }
    status ;;
  url) jdbc_url ;;
  down)
    stop_all
    rm -rf "$state"
    echo "galera-local: stopped, $state removed" >&2 ;;
  kill)
    [ -n "$node_arg" ] || { echo "galera-local: kill NODE" >&2; exit 2; }
    pid="$(cat "$(node_dir "$node_arg")/node.pid")"
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = mariadbd ] && kill -9 "$pid"
    # kill -9 only asks: wait until the process is gone, so that a `start` right after it starts a new one.
    for i in $(seq 1 100); do alive "$node_arg" || break; sleep 0.1; done
    echo "galera-local: node $node_arg (pid $pid) killed" >&2 ;;
  start)
    [ -n "$node_arg" ] || { echo "galera-local: start NODE" >&2; exit 2; }
    alive "$node_arg" || start_node "$node_arg"
    await_synced "$node_arg" 120
    echo "galera-local: node $node_arg Synced" >&2 ;;
  *) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
