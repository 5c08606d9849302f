#!/usr/bin/env bash
# The one command that runs every test of Media, on SQLite and on a real PostgreSQL, with headless Chromium.
# It installs what is missing (PostgreSQL, Chromium, redis-server, s3rver, nginx), starts a throwaway PostgreSQL
# cluster, a redis-server and an S3-compatible server (s3rver) on free loopback ports, runs `dotnet test Media.sln`,
# stops them and prints one summary line. nginx is not started here: the two-node test (TwoNodesBehindNginxTests)
# writes its own configuration and runs it as a child process (MEDIA_NGINX names the binary).
set -euo pipefail
cd "$(dirname "$0")/.."

apt_updated=0
need_package() { # command-or-path, package
  if [ ! -x "$1" ] && ! command -v "$1" >/dev/null 2>&1; then
    if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  fi
}
initdb_path() { ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1; }
[ -n "$(initdb_path)" ] || need_package /nonexistent/initdb postgresql
need_package /usr/bin/chromium chromium
# A Chinese font, so that the screenshots of the walk show the pages as people see them (not empty boxes).
need_package /usr/share/fonts/truetype/wqy/wqy-microhei.ttc fonts-wqy-microhei
need_package redis-server redis-server
need_package npm npm
need_package curl curl
need_package /usr/sbin/nginx nginx
PGBIN=$(dirname "$(initdb_path)")

# A private cluster owned by the postgres user (initdb refuses root), trust auth on loopback only.
PGDIR=$(mktemp -d /tmp/media-pg.XXXXXX)
chown postgres:postgres "$PGDIR" 2>/dev/null || true
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo "$1"; }
PORT=$(free_port 55439)
as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w -o "-p $PORT -c listen_addresses=127.0.0.1 -k $PGDIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" start >/dev/null
REDIS_PORT=$(free_port 56399)
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --pidfile "$PGDIR/redis.pid" --logfile "$PGDIR/redis.log"

# s3rver (an S3-compatible server in Node) from npm, cached outside the repository; its objects go to a temp folder.
S3RVER_VERSION=3.7.1
S3RVER_PREFIX=${MEDIA_S3RVER_PREFIX:-/tmp/media-s3rver-$S3RVER_VERSION}
[ -x "$S3RVER_PREFIX/node_modules/.bin/s3rver" ] || npm install --silent --no-audit --no-fund --prefix "$S3RVER_PREFIX" "s3rver@$S3RVER_VERSION" >/dev/null
S3_PORT=$(free_port 54599)
mkdir -p "$PGDIR/s3"
"$S3RVER_PREFIX/node_modules/.bin/s3rver" --address 127.0.0.1 --port "$S3_PORT" --directory "$PGDIR/s3" --silent >"$PGDIR/s3rver.log" 2>&1 &
S3_PID=$!

cleanup() {
  kill "$S3_PID" 2>/dev/null || true
  [ -f "$PGDIR/redis.pid" ] && kill "$(cat "$PGDIR/redis.pid")" 2>/dev/null || true
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap cleanup EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$S3_PORT/" >/dev/null 2>&1 && break; sleep 0.2; done
export MEDIA_TEST_POSTGRES="Host=127.0.0.1;Port=$PORT;Username=postgres;Maximum Pool Size=30"
export MEDIA_TEST_REDIS="127.0.0.1:$REDIS_PORT"
export MEDIA_TEST_S3="http://127.0.0.1:$S3_PORT"
export MEDIA_CHROMIUM="${MEDIA_CHROMIUM:-/usr/bin/chromium}"
export MEDIA_NGINX="${MEDIA_NGINX:-/usr/sbin/nginx}"
# The browser tests' screenshots of the README walk (docs/admin-ui.md §13), kept as CI artefacts.
export MEDIA_SCREENSHOTS="${MEDIA_SCREENSHOTS:-$PWD/TestResults/screenshots}"
mkdir -p "$MEDIA_SCREENSHOTS"

# The code style of .editorconfig (docs/contributing.md §2): drift fails the run before any test starts.
if ! dotnet format Media.sln --verify-no-changes; then
  echo "dotnet format found style drift: run 'dotnet format Media.sln' and commit the result." >&2
  exit 1
fi

LOG=$(mktemp /tmp/media-test.XXXXXX.log)
set +e
dotnet test Media.sln --nologo "$@" 2>&1 | tee "$LOG"
status=${PIPESTATUS[0]}
set -e
sum() { grep -Eo "$1: +[0-9]+" "$LOG" | grep -Eo '[0-9]+' | awk '{ s += $1 } END { print s + 0 }'; }
echo "Tests: $(sum Passed) passed, $(sum Failed) failed"
echo "Screenshots: $MEDIA_SCREENSHOTS"
rm -f "$LOG"
exit "$status"
