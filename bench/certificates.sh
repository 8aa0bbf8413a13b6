#!/usr/bin/env bash
# Certificates for a big edition: issue N certificates (default 7,000) of a generated edition, render every PDF
# (in parallel, into a ZIP), and deliver the N mails with the PDF attached to a local GreenMail started by this
# script. Prints certificates/s, PDFs/s and mails/s; the sink then prints what it received (every message once).
#
#   bench/certificates.sh [N]
# Environment: BENCH_HEAP (256m, the heap of the measuring JVM), SENDERS (2 parallel outbox senders).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-7000}"
cd "$root"
[ -f bootstrap/target/synedrio.jar ] || mvn -q -B -o package -DskipTests
greenmail="$HOME/.m2/repository/com/icegreen/greenmail/2.1.13/greenmail-2.1.13.jar"
[ -f "$greenmail" ] || mvn -q -B dependency:get -Dartifact=com.icegreen:greenmail:2.1.13
work="$(mktemp -d)"
sink_out="$work/sink.out"
cleanup() { [ -n "${sink:-}" ] && kill "$sink" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); database: embedded H2 (file); heap ${BENCH_HEAP:-256m}"
java -Xmx1500m -cp "$greenmail:bootstrap/target/lib/*" bench/SmtpSink.java > "$sink_out" 2>&1 &
sink=$!
for _ in $(seq 1 120); do grep -q '^smtp ' "$sink_out" && break; sleep 0.5; done
port="$(awk '/^smtp / {print $2}' "$sink_out")"
[ -n "$port" ] || { cat "$sink_out"; echo "bench: the SMTP sink did not start" >&2; exit 3; }
java -Xmx"${BENCH_HEAP:-256m}" -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -cp "bootstrap/target/lib/*" \
  bench/CertificatesBench.java "$n" "$port" "${SENDERS:-2}" "$work"
kill "$sink"; wait "$sink" 2>/dev/null || true; sink=
grep '^sink:' "$sink_out"
