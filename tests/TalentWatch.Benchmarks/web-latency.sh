#!/usr/bin/env bash
# Web latency benchmark (docs/benchmarks.md): every page's first response and every API call against a running app,
# median of N sequential requests each, then the company page under 20 concurrent clients.
# usage: web-latency.sh BASE_URL COMPANY_SLUG EMPLOYER_SLUG PERSON_SLUG QUARTER [N]
set -euo pipefail
base=$1 company=$2 employer=$3 person=$4 quarter=$5 n=${6:-21}

median_ms() { sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]*1000}'; }
p95_ms() { sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; printf "%.0f", a[i]*1000}'; }

urls=(
  "/" "/companies" "/companies/$company" "/companies/$company?to=$employer" "/departures" "/departures?quarter=$quarter"
  "/departures?quarter=$quarter&founder=true" "/people/$person" "/articles" "/articles/1" "/reports/quarter/$quarter" "/import"
  "/exports/quarter/$quarter.csv" "/exports/quarter/$quarter.md" "/exports/quarter/$quarter.xlsx" "/exports/quarter/$quarter.pdf"
  "/api/companies" "/api/companies/$company/timeline" "/api/companies/$company/timeline?to=$employer"
  "/api/departures?quarter=$quarter" "/api/reports/quarter/$quarter" "/health"
)

printf '%-55s %6s %8s %8s\n' "URL" "status" "median" "p95"
for url in "${urls[@]}"; do
  curl -s -o /dev/null "$base$url" # warm-up: first-use compilation is not what a user waits for every day
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base$url")
  times=$(for _ in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "$base$url"; done)
  printf '%-55s %6s %6sms %6sms\n' "$url" "$status" "$(median_ms <<<"$times")" "$(p95_ms <<<"$times")"
done

echo
echo "company page, 20 concurrent clients x 10 requests:"
times=$(seq 200 | xargs -P 20 -I{} curl -s -o /dev/null -w '%{time_total}\n' "$base/companies/$company")
echo "median $(median_ms <<<"$times") ms, p95 $(p95_ms <<<"$times") ms over $(wc -l <<<"$times") requests"
