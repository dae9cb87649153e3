#!/usr/bin/env bash
# One page under 20 concurrent clients on a settled app (docs/benchmarks.md, "The company page under 20 concurrent
# clients"): WARMUP sequential requests first (tiered JIT and thread-pool warm-up are not what a user waits for on a
# server that has been up a while), then 3 x 100 sequential and 3 x 200 concurrent requests, each with the app's CPU time
# per request (utime+stime from /proc) and the load average.
# usage: web-concurrent.sh APP_PID URL [WARMUP]; HEADER="X-Forwarded-Proto: https" as in web-load.sh
set -euo pipefail
pid=$1 url=$2 warmup=${3:-300}
header=(); if [ -n "${HEADER:-}" ]; then header=(-H "$HEADER"); fi
hz=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
median_ms() { sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]*1000}'; }
p95_ms() { sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; printf "%.0f", a[i]*1000}'; }
for _ in $(seq "$warmup"); do curl -s -o /dev/null "${header[@]}" "$url"; done
for _ in 1 2 3; do
  before=$(cpu_ticks)
  times=$(for _ in $(seq 100); do curl -s -o /dev/null "${header[@]}" -w '%{time_total}\n' "$url"; done)
  after=$(cpu_ticks)
  echo "sequential: median $(median_ms <<<"$times") ms, CPU $(( (after - before) * 1000 / hz / 100 )) ms/request"
done
for _ in 1 2 3; do
  load=$(cut -d' ' -f1 /proc/loadavg)
  before=$(cpu_ticks)
  times=$(seq 200 | xargs -P 20 -I{} curl -s -o /dev/null "${header[@]}" -w '%{time_total}\n' "$url")
  after=$(cpu_ticks)
  echo "20 concurrent: median $(median_ms <<<"$times") ms, p95 $(p95_ms <<<"$times") ms, CPU $(( (after - before) * 1000 / hz / 200 )) ms/request, load $load"
done
