#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1:55432 owned by the postgres user, for tests only.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
DATA=/tmp/croydonbot-pg
PORT=55432
if "$PGBIN/pg_isready" -h 127.0.0.1 -p $PORT -q 2>/dev/null; then
  exit 0
fi
if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA" && chown postgres:postgres "$DATA"
  su postgres -c "$PGBIN/initdb -D $DATA -A trust -U postgres >/dev/null"
fi
su postgres -c "$PGBIN/pg_ctl -D $DATA -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' -l $DATA/log.txt -w start >/dev/null"
echo "PostgreSQL ready on 127.0.0.1:$PORT"
