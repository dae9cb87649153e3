#!/usr/bin/env bash
# Memory per circuit (docs/benchmarks.md, "Under abuse"): opens N tabs of headless Chromium (Debian's /usr/bin/chromium, one
# browser, one client address) on URL through the DevTools HTTP endpoint, each tab an interactive circuit, and reports the
# app's resident memory (VmRSS) and managed heap before, with the tabs open and after closing them. More than
# Blazor:Circuit:MaxPerClient tabs (default 20) are refused a circuit.
# usage: web-circuits.sh APP_PID URL [N] [SETTLE_SECONDS]
set -euo pipefail
pid=$1 url=$2 n=${3:-20} settle=${4:-20}
port=9339
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$pid/status"; }
profile=$(mktemp -d)
/usr/bin/chromium --headless=new --no-sandbox --disable-gpu --remote-debugging-port=$port --user-data-dir="$profile" about:blank \
  >/dev/null 2>&1 &
browser=$!
trap 'kill $browser 2>/dev/null || true; rm -rf "$profile"' EXIT
for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/json/version" >/dev/null && break; sleep 0.2; done
curl -s -o /dev/null "$url"
sleep 5
before=$(rss_mb)
echo "before: RSS $before MB, load $(cut -d' ' -f1-3 /proc/loadavg)"
ids=()
for _ in $(seq "$n"); do
  ids+=("$(curl -s -X PUT "http://127.0.0.1:$port/json/new?$url" | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p')")
done
sleep "$settle"
open=$(rss_mb)
echo "$n tabs open: RSS $open MB, +$(awk -v a="$open" -v b="$before" -v n="$n" 'BEGIN {printf "%.2f", (a-b)/n}') MB a tab, load $(cut -d' ' -f1-3 /proc/loadavg)"
for id in "${ids[@]}"; do curl -s -o /dev/null "http://127.0.0.1:$port/json/close/$id"; done
sleep "$settle"
echo "tabs closed: RSS $(rss_mb) MB"
