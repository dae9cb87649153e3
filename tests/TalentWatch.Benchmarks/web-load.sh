#!/usr/bin/env bash
# Load run of issues 13 and 15 (docs/benchmarks.md, "Under abuse" and "Session 5"): each URL under C concurrent clients
# (default 20 and 50), 10 requests a client after 30 sequential warm-up requests a URL, with the median and p95 latency,
# the count of 5xx and 429 answers, and the app's resident memory (VmRSS from /proc) when warm, at the end of the load and
# 30 s later; "app CPU" is the app's own CPU time (utime+stime from /proc) per request of that step, which the queue for a
# core on a busy machine does not inflate.
# The load comes from Debian's `hey` (installed when missing): one process whose C workers each keep one connection alive,
# as C browsers or API clients on other machines would. Until session 5 the script started one `curl` process per request
# (`xargs -P C`), on the same two cores as the app: at 50 clients forking curl took more CPU than the app's answers, so the
# figures measured the load generator. LOADGEN=curl runs that old way, to compare the two on one build.
# All clients come from 127.0.0.1, so start the app with RateLimits__Api__PermitLimit and RateLimits__Search__PermitLimit
# raised (one address stands for many clients here).
# usage: web-load.sh APP_PID BASE_URL URL... (paths such as /departures?q=belacre); CLIENTS="20 50" to change the levels;
# HEADER="X-Forwarded-Proto: https" sends that header with every request (the app started with ForwardedHeaders__Enabled=true
# then serves as behind its TLS proxy; over plain http in Production each page view also logs an antiforgery error).
set -euo pipefail
pid=$1 base=$2; shift 2
clients=${CLIENTS:-"20 50"}
loadgen=${LOADGEN:-hey}
if [ "$loadgen" = hey ] && ! command -v hey >/dev/null; then
  echo "installing Debian's hey (HTTP load generator)" >&2
  apt-get install -y hey >/dev/null
fi
curl_header=(); hey_header=()
if [ -n "${HEADER:-}" ]; then curl_header=(-H "$HEADER"); hey_header=(-H "$HEADER"); fi
median_ms() { sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]*1000}'; }
p95_ms() { sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; printf "%.0f", a[i]*1000}'; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status"; }
load1() { cut -d' ' -f1 /proc/loadavg; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)

# One level of one URL; prints "median p95 5xx 429 errors" (errors: requests without an HTTP answer, such as timeouts).
run_hey() { # clients url
  local report
  report=$(hey -n $(($1 * 10)) -c "$1" -t 120 "${hey_header[@]}" "$base$2")
  awk '
    /^  50% in / { median = $3 * 1000 }
    /^  95% in / { p95 = $3 * 1000 }
    /^Status code distribution:/ { codes = 1; next }
    /^Error distribution:/ { codes = 0; errs = 1; next }
    codes && /\[[0-9]+\]/ { code = $1; gsub(/[][]/, "", code); if (code >= 500) s5 += $2; if (code == 429) s429 += $2 }
    errs && /\[[0-9]+\]/ { n = $1; gsub(/[][]/, "", n); errors += n }
    END { printf "%.0f %.0f %d %d %d\n", median, p95, s5, s429, errors }' <<<"$report"
}
run_curl() { # clients url
  local results times
  results=$(seq $(($1 * 10)) | xargs -P "$1" -I{} curl -s -o /dev/null "${curl_header[@]}" -w '%{http_code} %{time_total}\n' "$base$2")
  times=$(awk '$1 != "000" {print $2}' <<<"$results")
  echo "$(median_ms <<<"$times") $(p95_ms <<<"$times") $(awk '$1 >= 500' <<<"$results" | wc -l) \
$(awk '$1 == 429' <<<"$results" | wc -l) $(awk '$1 == "000"' <<<"$results" | wc -l)"
}

for url in "$@"; do
  if [ "$loadgen" = hey ]; then hey -n 30 -c 1 "${hey_header[@]}" "$base$url" >/dev/null
  else for _ in $(seq 30); do curl -s -o /dev/null "${curl_header[@]}" "$base$url"; done; fi
done
warm=$(rss_mb)
echo "load generator: $loadgen; warm: RSS $warm MB, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-45s %7s %7s %7s %5s %5s %8s %9s\n' "URL" "clients" "median" "p95" "5xx" "429" "load" "app CPU"
for c in $clients; do
  for url in "$@"; do
    load=$(load1) before=$(cpu_ticks)
    read -r median p95 s5 s429 errors < <("run_$loadgen" "$c" "$url")
    cpu=$(awk -v t=$(($(cpu_ticks) - before)) -v hz="$hz" -v n=$((c * 10)) 'BEGIN {printf "%.1f", t * 1000 / hz / n}')
    printf '%-45s %7s %5sms %5sms %5s %5s %8s %7sms\n' "$url" "$c" "$median" "$p95" "$s5" "$s429" "$load" "$cpu"
    if [ "$errors" -gt 0 ]; then echo "  $errors requests got no answer (timeout or refused connection)"; fi
  done
done
echo "after load: RSS $(rss_mb) MB"
sleep 30
echo "30 s later: RSS $(rss_mb) MB (warm $warm MB), load $(cut -d' ' -f1-3 /proc/loadavg)"
