#!/usr/bin/env bash
# Load check of the public site: starts Media.Web (Release, SQLite, Production) on a free loopback port, publishes
# one article through the real API (write, three-stage review, publish), then measures the article page and the
# home page with wrk. Loopback only, bounded: DURATION seconds per page (default 10), CONNECTIONS (default 32).
# Usage: tests/Media.Site.Tests/load/run.sh   (needs dotnet, curl, jq; installs wrk from Debian when missing)
set -euo pipefail
cd "$(dirname "$0")/../../.."
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}

if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

dotnet build src/Media.Web -c Release --nologo -v q >/dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d /tmp/media-load.XXXXXX)
PASSWORD="Load-Check-Pa55!"

ASPNETCORE_ENVIRONMENT=Production Media__AppData="$DATA" MEDIA_ADMIN_PASSWORD="$PASSWORD" Media__Users__RequireSecondFactor=none \
  Media__Site__PublicBaseUrl="$BASE" Logging__LogLevel__Default=Warning \
  dotnet src/Media.Web/bin/Release/net10.0/Media.Web.dll --urls "$BASE" >"$DATA/site.log" 2>&1 &
SITE_PID=$!
cleanup() { kill "$SITE_PID" 2>/dev/null || true; wait "$SITE_PID" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

for _ in $(seq 1 120); do curl -fs "$BASE/health/live" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$BASE/health/live" >/dev/null || { echo "site did not start:"; cat "$DATA/site.log"; exit 1; }

# --- one published article, through the API ---------------------------------------------------------------
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
for _ in $(seq 1 60); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/articles/$ARTICLE")" = 200 ] && break; sleep 0.5; done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/articles/$ARTICLE")" = 200 ] || { echo "article not live"; exit 1; }

# --- measure ------------------------------------------------------------------------------------------------
measure() { # label url
  curl -s -o /dev/null "$2"  # warm: renders once, then the output cache answers
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$2")
  printf '%-8s %10s req/s   p50 %8s   p99 %8s   (%s)\n' "$1" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
    "$(awk '$1 == "99%" {print $2}' <<<"$out")" "$(awk '/requests in/ {print $1 " requests in " $4}' <<<"$out" | tr -d ,)"
  grep -q "Non-2xx" <<<"$out" && { echo "non-2xx answers:"; echo "$out"; exit 1; } || true
}
echo "Media site load check: $THREADS threads, $CONNECTIONS connections, ${DURATION}s per page, $(nproc) CPUs, loopback"
measure article "$BASE/articles/$ARTICLE"
measure home "$BASE/"
