#!/usr/bin/env bash
# Server CPU time per request (docs/benchmarks.md): on a machine shared with other work, wall-clock latency mostly
# measures the queue for a core; the app's own CPU time (utime+stime from /proc) per request does not.
# usage: web-cpu.sh APP_PID BASE_URL N URL...
set -euo pipefail
pid=$1 base=$2 n=$3; shift 3
hz=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
median_ms() { sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]*1000}'; }
printf '%-55s %10s %12s\n' "URL" "wall med" "CPU/request"
for url in "$@"; do
  curl -s -o /dev/null "$base$url"
  before=$(cpu_ticks)
  times=$(for _ in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "$base$url"; done)
  after=$(cpu_ticks)
  printf '%-55s %8sms %10sms\n' "$url" "$(median_ms <<<"$times")" "$(( (after - before) * 1000 / hz / n ))"
done
