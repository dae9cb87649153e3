#!/usr/bin/env bash
# Load run of issue 15 (docs/benchmarks.md, "Under abuse"): each URL under C concurrent clients (default 20 and 50), 10
# requests a client after a warm-up, with median and p95 of curl's total time, the count of 5xx and 429 answers, and the
# app's resident memory (VmRSS from /proc) when warm, at the end of the load and 30 s later.
# All clients come from 127.0.0.1, so start the app with RateLimits__Api__PermitLimit and RateLimits__Search__PermitLimit
# raised (one address stands for many clients here).
# usage: web-load.sh APP_PID BASE_URL URL... (paths such as /departures?q=belacre); CLIENTS="20 50" to change the levels;
# HEADER="X-Forwarded-Proto: https" sends that header with every request (the app started with ForwardedHeaders__Enabled=true
# then serves as behind its TLS proxy; over plain http in Production each page view also logs an antiforgery error).
set -euo pipefail
pid=$1 base=$2; shift 2
clients=${CLIENTS:-"20 50"}
header=(); if [ -n "${HEADER:-}" ]; then header=(-H "$HEADER"); fi
median_ms() { sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]*1000}'; }
p95_ms() { sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; printf "%.0f", a[i]*1000}'; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status"; }
for url in "$@"; do for _ in $(seq 30); do curl -s -o /dev/null "${header[@]}" "$base$url"; done; done
warm=$(rss_mb)
echo "warm: RSS $warm MB, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-45s %7s %7s %7s %5s %5s %8s\n' "URL" "clients" "median" "p95" "5xx" "429" "load"
for c in $clients; do
  for url in "$@"; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    results=$(seq $((c * 10)) | xargs -P "$c" -I{} curl -s -o /dev/null "${header[@]}" -w '%{http_code} %{time_total}\n' "$base$url")
    times=$(awk '{print $2}' <<<"$results")
    printf '%-45s %7s %5sms %5sms %5s %5s %8s\n' "$url" "$c" "$(median_ms <<<"$times")" "$(p95_ms <<<"$times")" \
      "$(awk '$1 >= 500' <<<"$results" | wc -l)" "$(awk '$1 == 429' <<<"$results" | wc -l)" "$load"
  done
done
echo "after load: RSS $(rss_mb) MB"
sleep 30
echo "30 s later: RSS $(rss_mb) MB (warm $warm MB), load $(cut -d' ' -f1-3 /proc/loadavg)"
