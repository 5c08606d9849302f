#!/usr/bin/env bash
# Load check of several nodes (docs/operations.md §1.3): starts two Media.Web processes (Release, Production) on one
# PostgreSQL database and one Redis prefix, and nginx in front (round robin); publishes one article through the API,
# then in the same run measures the cached article page through nginx with ONE node in its upstream and with TWO
# (wrk), and the time from the retraction to 410 from both nodes, each asked directly.
# Loopback only, bounded: DURATION seconds per measurement (default 10), CONNECTIONS (default 32).
# Needs MEDIA_TEST_POSTGRES and MEDIA_TEST_REDIS (as tests/test.sh exports them; a database is created and dropped)
# and nginx (MEDIA_NGINX, default /usr/sbin/nginx); installs wrk from Debian when missing. Also needs dotnet, curl,
# jq, psql (from PostgreSQL's bin folder).
# Usage: MEDIA_TEST_POSTGRES=... MEDIA_TEST_REDIS=... tests/Media.Site.Tests/load/nodes.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
NGINX=${MEDIA_NGINX:-/usr/sbin/nginx}
: "${MEDIA_TEST_POSTGRES:?set MEDIA_TEST_POSTGRES, e.g. Host=127.0.0.1;Port=5432;Username=postgres (tests/test.sh does)}"
: "${MEDIA_TEST_REDIS:?set MEDIA_TEST_REDIS, e.g. 127.0.0.1:6379 (tests/test.sh does)}"
[ -x "$NGINX" ] || { echo "nginx not found at $NGINX: install it or set MEDIA_NGINX" >&2; exit 1; }
if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

dotnet build src/Media.Web -c Release --nologo -v q >/dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
DATA=$(mktemp -d /tmp/media-load-nodes.XXXXXX)
chmod 755 "$DATA"  # nginx's workers (nobody, when run as root) reach their temp folders
PASSWORD="Load-Check-Pa55!"
DATABASE="media_load_$(date +%s)_$$"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  [ -f "$DATA/nginx.pid" ] && kill "$(cat "$DATA/nginx.pid")" 2>/dev/null || true
  sleep 0.5
  python3 - "$MEDIA_TEST_POSTGRES" "$DATABASE" <<'PY' || true
import subprocess, sys
parts = dict(p.split('=', 1) for p in sys.argv[1].split(';') if '=' in p)
env = {'PGPASSWORD': parts.get('Password', '')}
subprocess.run(['psql', '-h', parts.get('Host', '127.0.0.1'), '-p', parts.get('Port', '5432'), '-U', parts.get('Username', 'postgres'),
                '-d', 'postgres', '-qc', f'DROP DATABASE IF EXISTS "{sys.argv[2]}" WITH (FORCE)'], env=env, check=False)
PY
  rm -rf "$DATA"
}
trap cleanup EXIT
export PATH="$PATH:$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"

PORT_A=$(free_port); PORT_B=$(free_port)
start_node() { # name port
  mkdir -p "$DATA/$1"
  ASPNETCORE_ENVIRONMENT=Production Media__AppData="$DATA/$1" MEDIA_ADMIN_PASSWORD="$PASSWORD" \
    Media__Database__Provider=PostgreSql ConnectionStrings__Media="$MEDIA_TEST_POSTGRES;Database=$DATABASE" \
    Media__Redis__Configuration="$MEDIA_TEST_REDIS" Media__Redis__InstanceName="$DATABASE:" \
    Media__AuditTrail__Key="$AUDIT_KEY" Media__Hosting__NodeName="$1" Media__Hosting__KnownProxies=127.0.0.1 \
    Media__Users__RequireSecondFactor=none Logging__LogLevel__Default=Warning \
    dotnet src/Media.Web/bin/Release/net10.0/Media.Web.dll --urls "http://127.0.0.1:$2" >"$DATA/$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$2/health/ready" >/dev/null 2>&1 && return; sleep 0.5; done
  echo "$1 did not start:"; cat "$DATA/$1.log"; exit 1
}
AUDIT_KEY=$(head -c 32 /dev/urandom | base64)
start_node node-a "$PORT_A"   # first: migrates the database and creates the admin
start_node node-b "$PORT_B"

# One nginx, two sites: ONE has only node-a in its upstream, TWO has both (round robin).
ONE=$(free_port); TWO=$(free_port)
site() { # port upstream
  cat <<CONF
  server {
    listen 127.0.0.1:$1;
    location / {
      proxy_pass http://$2;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
CONF
}
cat >"$DATA/nginx.conf" <<CONF
worker_processes 2;
pid $DATA/nginx.pid;
error_log $DATA/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $DATA/nginx-body; proxy_temp_path $DATA/nginx-proxy;
  fastcgi_temp_path $DATA/nginx-fastcgi; uwsgi_temp_path $DATA/nginx-uwsgi; scgi_temp_path $DATA/nginx-scgi;
  upstream one { server 127.0.0.1:$PORT_A; keepalive 64; }
  upstream two { server 127.0.0.1:$PORT_A; server 127.0.0.1:$PORT_B; keepalive 64; }
$(site "$ONE" one)
$(site "$TWO" two)
}
CONF
"$NGINX" -p "$DATA/" -c "$DATA/nginx.conf" -e "$DATA/nginx-error.log"
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$TWO/health/live" >/dev/null 2>&1 && break; sleep 0.2; done
BASE="http://127.0.0.1:$TWO"

# --- one published article, through nginx and the API --------------------------------------------------------
api() { # method path token [json]
  curl -fsS -X "$1" "$BASE$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${4:+--data "$4"}
}
login() { curl -fsS "$BASE/api/auth/login" -H 'Content-Type: application/json' \
  --data "{\"userName\":\"$1\",\"password\":\"$2\"}" | jq -r .accessToken; }
ADMIN=$(login admin "$PASSWORD")
user() { # name role -> token
  api POST /api/users "$ADMIN" "{\"userName\":\"$1\",\"displayName\":\"$1\",\"password\":\"$PASSWORD\",\"roles\":[\"$2\"]}" >/dev/null
  login "$1" "$PASSWORD"
}
REPORTER=$(user reporter Reporter); EDITOR=$(user editor Editor); CHIEF=$(user chief ChiefEditor); LEADER=$(user leader Leader)
COLUMN=$(api POST /api/columns "$ADMIN" '{"name":"要闻","slug":"news"}' | jq -r .id)
BODY='3月12日上午，县四套班子领导与干部群众一起来到城北生态林基地，参加义务植树活动。\n\n今年全县计划完成植树造林2.3万亩，重点推进道路沿线绿化工程。'
ARTICLE=$(api POST /api/articles "$REPORTER" "{\"columnId\":\"$COLUMN\",\"title\":\"我县春季植树造林活动全面启动\",\"author\":\"融媒体中心记者\",\"source\":\"县融媒体中心\",\"body\":\"$BODY\",\"tags\":[\"植树\"]}" | jq -r .id)
api POST "/api/articles/$ARTICLE/submit" "$REPORTER" '{"version":1}' >/dev/null
for reviewer in "$EDITOR" "$CHIEF" "$LEADER"; do
  api POST "/api/articles/$ARTICLE/review" "$reviewer" '{"version":1,"decision":"approve","comment":"同意"}' >/dev/null
done
api POST "/api/articles/$ARTICLE/publish" "$LEADER" '{"channels":[]}' >/dev/null
status() { curl -s -o /dev/null -w '%{http_code}' "$1"; }
for port in "$PORT_A" "$PORT_B"; do
  for _ in $(seq 1 60); do [ "$(status "http://127.0.0.1:$port/articles/$ARTICLE")" = 200 ] && break; sleep 0.5; done
  [ "$(status "http://127.0.0.1:$port/articles/$ARTICLE")" = 200 ] || { echo "article not live on $port"; exit 1; }
done

# --- measure ------------------------------------------------------------------------------------------------
measure() { # label url
  curl -s -o /dev/null "$2"; curl -s -o /dev/null "$2"  # warm: renders once, then the output cache answers
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$2")
  printf '%-16s %10s req/s   p50 %8s   p99 %8s   (%s)\n' "$1" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
    "$(awk '$1 == "99%" {print $2}' <<<"$out")" "$(awk '/requests in/ {print $1 " requests in " $4}' <<<"$out" | tr -d ,)"
  grep -q "Non-2xx" <<<"$out" && { echo "non-2xx answers:"; echo "$out"; exit 1; } || true
}
echo "Media several-nodes load check: $THREADS threads, $CONNECTIONS connections, ${DURATION}s each, $(nproc) CPUs, loopback, nginx in front"
measure "nginx → 1 node" "http://127.0.0.1:$ONE/articles/$ARTICLE"
measure "nginx → 2 nodes" "http://127.0.0.1:$TWO/articles/$ARTICLE"

# The retraction, then both nodes asked directly until each answers 410.
now_ms() { date +%s%3N; }
START=$(now_ms)
api POST "/api/articles/$ARTICLE/retract" "$LEADER" '{"reason":"核实中，暂时撤下"}' >/dev/null
ACCEPTED=$(now_ms)
for port in "$PORT_A" "$PORT_B"; do
  until [ "$(status "http://127.0.0.1:$port/articles/$ARTICLE")" = 410 ]; do
    [ $(( $(now_ms) - START )) -gt 10000 ] && { echo "node on $port still not 410 after 10 s"; exit 1; }
    sleep 0.02
  done
done
DONE=$(now_ms)
echo "retract → 410 on both nodes: $((DONE - START)) ms from the request ($((ACCEPTED - START)) ms of it the retract call itself)"
