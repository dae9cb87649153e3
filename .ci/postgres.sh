# Sourced by .ci/run (and usable by hand: `source .ci/postgres.sh && start_throwaway_postgres`):
# a throwaway PostgreSQL cluster in a temp dir, run as a non-root user, on a free local port.
# Sets PG_TMP and exports TALENTWATCH_TEST_POSTGRES (a connection string to the maintenance database);
# stop_throwaway_postgres stops it and deletes the directory.

pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || shuf -i 20000-60000 -n 1
}

start_throwaway_postgres() {
  local bindir owner port
  bindir=$(pg_bindir) || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2; return 1; }
  owner=$(id -un)
  PG_TMP=$(mktemp -d /tmp/talentwatch-pg-XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then
    # initdb and postgres refuse to run as root: the cluster belongs to the 'postgres' system user.
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/false postgres
    owner=postgres
    chown "$owner" "$PG_TMP"
  fi
  as_owner() { if [ "$owner" = "$(id -un)" ]; then "$@"; else runuser -u "$owner" -- "$@"; fi; }
  port=$(free_port)
  as_owner "$bindir/initdb" -D "$PG_TMP/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$PG_TMP/initdb.log" 2>&1 \
    || { cat "$PG_TMP/initdb.log" >&2; return 1; }
  # fsync off: a throwaway cluster for tests, speed over durability.
  as_owner "$bindir/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
    -o "-p $port -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$PG_TMP/server.log" >&2; return 1; }
  PG_OWNER=$owner
  PG_BINDIR=$bindir
  export TALENTWATCH_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "Throwaway PostgreSQL on port $port ($PG_TMP)"
}

stop_throwaway_postgres() {
  [ -n "${PG_TMP:-}" ] || return 0
  if [ -f "$PG_TMP/data/postmaster.pid" ]; then
    if [ "$PG_OWNER" = "$(id -un)" ]; then
      "$PG_BINDIR/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1
    else
      runuser -u "$PG_OWNER" -- "$PG_BINDIR/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1
    fi
  fi
  rm -rf "$PG_TMP"
  PG_TMP=
}
