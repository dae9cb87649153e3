#!/usr/bin/env bash
# The command line measured against SQLite's own shell in one run (issue 14, docs/benchmarks.md "CLI against sqlite3"):
# builds the CLI in Release (`dotnet publish -r linux-x64`: self-contained, one ReadyToRun composite image, decision P13),
# generates the data with `talentwatch generate --seed 7`,
# then times whole processes (median of RUNS, default 5; wall seconds and peak resident memory from /usr/bin/time) of
# TalentWatch and of the `sqlite3` shell doing the nearest equivalent, and prints each pair with their ratio. The in-process
# import rate (rows/s in the import loop) comes from tests/TalentWatch.Benchmarks; set TALENTWATCH_BENCH_POSTGRES (see
# docs/benchmarks.md) to add the PostgreSQL import.
#
#   tests/TalentWatch.Benchmarks/cli-vs-sqlite.sh [RUNS]
#
# Record the output with the load average it prints; re-run when the load average is over 2.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-5}"
WORK="$(mktemp -d /tmp/talentwatch-cli-bench-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

if ! command -v sqlite3 >/dev/null; then
  echo "installing Debian's sqlite3 shell" >&2
  apt-get install -y sqlite3 >/dev/null
fi
[ -x /usr/bin/time ] || apt-get install -y time >/dev/null

echo "== build (Release, self-contained ReadyToRun composite)"
# Crossgen's intermediate files of an earlier publish made another way (framework-dependent, not composite) can be taken as
# up to date and give a binary that aborts at start: publish from fresh runtime-specific intermediate folders.
rm -rf src/*/obj/Release/net10.0/linux-x64
dotnet publish -c Release -r linux-x64 src/TalentWatch.Cli -o "$WORK/bin" -v quiet -nologo >/dev/null
dotnet build -c Release tests/TalentWatch.Benchmarks -v quiet -nologo >/dev/null
TW="$WORK/bin/talentwatch"

echo "== data"
"$TW" generate --companies 2000 --departures 100000 --seed 7 --until 2026-11-29 --out "$WORK/data"
"$TW" generate --companies 2000 --departures 25000 --seed 7 --until 2026-11-29 --out "$WORK/small" >/dev/null
cp "$WORK/data/companies.csv" "$WORK/small/companies.csv"   # same companies, a quarter of the departures

# measure SETUP COMMAND...: runs SETUP (a shell snippet, untimed) then COMMAND, RUNS times; sets MEDIAN (wall s), CPU (user+sys
# s of that run) and RSS (MB). On a shared machine CPU is the steadier figure: wall time includes waiting for a core.
measure() {
  local setup="$1"; shift
  : > "$WORK/runs"
  for _ in $(seq "$RUNS"); do
    eval "$setup"
    /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || { cat "$WORK/stderr" >&2; return 1; }
    awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$WORK/time" >> "$WORK/runs"
  done
  read -r MEDIAN RSS CPU < <(sort -n "$WORK/runs" | awk '{a[NR]=$0} END {split(a[int((NR+1)/2)], m, " "); printf "%s %.0f %s\n", m[1], m[2]/1024, m[3]}')
}

row() { # row WORK TW_S TW_MB SQLITE_WORK SQ_S SQ_MB  (uses TW_CPU and CPU)
  printf '| %s | %.2f s (CPU %.2f s), %s MB | %s | %.2f s (CPU %.2f s), %s MB | %s |\n' "$1" "$2" "$TW_CPU" "$3" "$4" "$5" "$CPU" "$6" \
    "$(awk -v a="$2" -v b="$5" 'BEGIN {if (b > 0) printf "%.1f×", a / b; else printf "– (%.0f ms or less)", 10}')"
}

echo "== load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| TalentWatch | wall (CPU), peak memory | sqlite3 shell, nearest equivalent | wall (CPU), peak memory | ratio of wall times |"
echo "|---|---:|---|---:|---:|"

# Import: the three files into a fresh store, against .import of departures.csv into a fresh table.
measure "rm -f $WORK/tw.db*" "$TW" import-csv "$WORK/data/companies.csv" "$WORK/data/headcounts.csv" "$WORK/data/departures.csv" --db "$WORK/tw.db"
IMPORT_S=$MEDIAN; IMPORT_MB=$RSS; TW_CPU=$CPU; IMPORT_CPU=$CPU
measure "rm -f $WORK/sq.db*" sqlite3 "$WORK/sq.db" ".mode csv" ".import $WORK/data/departures.csv departures"
row "\`import-csv\` the three files (110,575 rows)" "$IMPORT_S" "$IMPORT_MB" "\`.import\` departures.csv (100,000 rows)" "$MEDIAN" "$RSS"

# The floor: SQLite's own shell writing the rows that import produced into the same schema, the way the import does it at
# its best (decision P26): the four written tables' rows from CSV into a store holding the companies and headcounts, with
# the tables' indexes and search triggers dropped, then the four search tables filled, the indexes and triggers created
# again, one commit and ANALYZE. What the import adds beyond this is reading the files, resolving names and merging.
FLOOR="$WORK/floor"; mkdir -p "$FLOOR"
BULK_TABLES="'People','PersonAliases','Departures','DepartureSources'"
for t in People PersonAliases Departures DepartureSources; do sqlite3 -csv "$WORK/tw.db" "SELECT * FROM \"$t\"" > "$FLOOR/$t.csv"; done
sqlite3 "$WORK/tw.db" "SELECT sql || ';' FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ($BULK_TABLES) ORDER BY type" > "$FLOOR/rebuild.sql"
sqlite3 "$WORK/tw.db" ".backup $FLOOR/base.db"
sqlite3 "$FLOOR/base.db" "SELECT 'DROP ' || upper(type) || ' \"' || name || '\";' FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ($BULK_TABLES)" > "$FLOOR/drop.sql"
sqlite3 "$FLOOR/base.db" < "$FLOOR/drop.sql"
sqlite3 "$FLOOR/base.db" "DELETE FROM DepartureSources; DELETE FROM Departures; DELETE FROM PersonAliases; DELETE FROM People; DELETE FROM sqlite_stat1;
  INSERT INTO PeopleSearch(PeopleSearch) VALUES ('delete-all'); INSERT INTO PersonAliasesSearch(PersonAliasesSearch) VALUES ('delete-all');
  INSERT INTO DepartureRoleSearch(DepartureRoleSearch) VALUES ('delete-all'); INSERT INTO DepartureSourcesSearch(DepartureSourcesSearch) VALUES ('delete-all');
  VACUUM;"
sqlite3 "$FLOOR/base.db" "PRAGMA journal_mode = WAL;" >/dev/null   # as the store is
cat > "$FLOOR/floor.sql" <<SQL
PRAGMA synchronous = NORMAL;
BEGIN;
.import --csv $FLOOR/People.csv People
.import --csv $FLOOR/PersonAliases.csv PersonAliases
.import --csv $FLOOR/Departures.csv Departures
.import --csv $FLOOR/DepartureSources.csv DepartureSources
INSERT INTO PeopleSearch(PeopleSearch) VALUES ('rebuild');
INSERT INTO PersonAliasesSearch(PersonAliasesSearch) VALUES ('rebuild');
INSERT INTO DepartureRoleSearch(DepartureRoleSearch) VALUES ('rebuild');
INSERT INTO DepartureSourcesSearch(DepartureSourcesSearch) VALUES ('rebuild');
.read $FLOOR/rebuild.sql
COMMIT;
ANALYZE;
SQL
measure "rm -f $FLOOR/f.db*; cp $FLOOR/base.db $FLOOR/f.db" sh -c "sqlite3 $FLOOR/f.db < $FLOOR/floor.sql"
TW_CPU=$IMPORT_CPU
row "\`import-csv\` the three files, beside the floor" "$IMPORT_S" "$IMPORT_MB" "the resulting rows written into the same schema (the floor, P26)" "$MEDIAN" "$RSS"

# Memory flat in file size: the same import with a quarter of the departures.
measure "rm -f $WORK/tw-small.db*" "$TW" import-csv "$WORK/small/companies.csv" "$WORK/small/headcounts.csv" "$WORK/small/departures.csv" --db "$WORK/tw-small.db"
SMALL_S=$MEDIAN; SMALL_MB=$RSS; TW_CPU=$CPU
measure "rm -f $WORK/sq.db*" sqlite3 "$WORK/sq.db" ".mode csv" ".import $WORK/small/departures.csv departures"
row "\`import-csv\`, 25,000 departures instead" "$SMALL_S" "$SMALL_MB" "\`.import\` of that departures.csv" "$MEDIAN" "$RSS"

# Read commands on the 100k store (imported above, then left as the last run wrote it).
STORE="$WORK/tw.db"
measure ":" "$TW" summary --quarter 2025-Q2 --format json --db "$STORE"
SUMMARY_S=$MEDIAN; SUMMARY_MB=$RSS; TW_CPU=$CPU
measure ":" sqlite3 "$STORE" "SELECT c.Name, COUNT(*), SUM(d.Founder) FROM Departures d JOIN Companies c ON c.Id = d.CompanyId WHERE d.Status = 1 AND d.DateStart >= '2024-03-31' AND d.DateStart <= '2025-06-30' AND d.DateEnd >= '2025-04-01' GROUP BY c.Name;"
row "\`summary --quarter 2025-Q2 --format json\`" "$SUMMARY_S" "$SUMMARY_MB" "the quarter's departures per company (GROUP BY)" "$MEDIAN" "$RSS"

measure ":" "$TW" timeline "Zenara Labs" --db "$STORE"
TIMELINE_S=$MEDIAN; TIMELINE_MB=$RSS; TW_CPU=$CPU
measure ":" sqlite3 -json "$STORE" "SELECT p.Name, d.DateText, e.Name, d.Role, d.Founder FROM Departures d JOIN Companies c ON c.Id = d.CompanyId LEFT JOIN People p ON p.Id = d.PersonId LEFT JOIN Companies e ON e.Id = d.DestinationId WHERE c.Slug = 'zenara-labs' AND d.Status = 1 ORDER BY d.DateStart DESC;"
row "\`timeline \"Zenara Labs\"\` (JSON)" "$TIMELINE_S" "$TIMELINE_MB" "that company's departures as JSON" "$MEDIAN" "$RSS"

ARTICLE="$(ls seeds/* | head -1)"
measure ":" "$TW" extract "$ARTICLE"
EXTRACT_S=$MEDIAN; EXTRACT_MB=$RSS; EXTRACT_CPU=$CPU
measure ":" sqlite3 ":memory:" "SELECT 1;"
SHELL_S=$MEDIAN; SHELL_MB=$RSS; SHELL_CPU=$CPU
TW_CPU=$EXTRACT_CPU
row "\`extract\` of one article ($(basename "$ARTICLE"))" "$EXTRACT_S" "$EXTRACT_MB" "no equivalent: the shell's start-up" "$SHELL_S" "$SHELL_MB"

measure ":" "$TW" --help
TW_CPU=$CPU; HELP_S=$MEDIAN; HELP_MB=$RSS; CPU=$SHELL_CPU
row "\`--help\` (the .NET runtime's start-up)" "$HELP_S" "$HELP_MB" "the shell's start-up" "$SHELL_S" "$SHELL_MB"

echo
echo "Targets (issue 14): read commands ≤ 0.4 s; the three files ≤ 2 s (≤ 12× .import); memory flat in file size."
echo "The floor row is the least SQLite itself needs to write those rows into this schema (decision P26)."
echo
echo "== import loop in process (tests/TalentWatch.Benchmarks, SQLite)"
dotnet tests/TalentWatch.Benchmarks/bin/Release/net10.0/TalentWatch.Benchmarks.dll 2000 100000 2025-Q2 | grep -E "^import|^managed|^load|^provider"
if [ -n "${TALENTWATCH_BENCH_POSTGRES:-}" ]; then
  echo "== import loop in process (PostgreSQL)"
  dotnet tests/TalentWatch.Benchmarks/bin/Release/net10.0/TalentWatch.Benchmarks.dll 2000 100000 2025-Q2 | grep -E "^import|^managed|^load|^provider"
fi
echo "== load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
