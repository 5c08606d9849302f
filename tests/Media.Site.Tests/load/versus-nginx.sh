#!/usr/bin/env bash
# The public site's speed against nginx (README "Benchmarks and load checks"; issue 13 item 7). Starts Media.Web
# (Release, SQLite, Production) on a free loopback port, publishes ARTICLES generated county articles through the real
# API (seed.py: write, submit, three reviews, publish — the rows publishing makes), saves the bytes of one article page
# and of the home page, and lets nginx serve those very bytes as static files. Then, in one run, interleaves wrk:
# nginx-article, media-article, nginx-home, media-home, ROUNDS times, and prints req/s, p99 and media/nginx per pair
# and the median ratio. Last, first renders: the site restarted with its output cache off (Media:Site:OutputCache=false,
# so every request renders the page as on a cache miss) and wrk walking the ARTICLES distinct article addresses from
# sitemap.xml round robin (cold.lua).
# ONLY=cached stops after the cached pages (no first renders).
# Loopback only, bounded: DURATION seconds per run (default 10), CONNECTIONS (default 64), THREADS (default 2).
# ONLY=cold runs the first-render step alone (with SEEDED data it skips nginx and the cached rounds).
# Usage: tests/Media.Site.Tests/load/versus-nginx.sh   (needs dotnet, curl, jq, python3, nginx — MEDIA_NGINX, default
# /usr/sbin/nginx; installs wrk from Debian when missing)
set -euo pipefail
cd "$(dirname "$0")/../../.."
LOAD=tests/Media.Site.Tests/load
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-3}
ARTICLES=${ARTICLES:-2000}
ONLY=${ONLY:-}
NGINX=${MEDIA_NGINX:-/usr/sbin/nginx}
[ -x "$NGINX" ] || { echo "nginx not found at $NGINX: install it or set MEDIA_NGINX" >&2; exit 1; }
if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

dotnet build src/Media.Web -c Release --nologo -v q >/dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=$(free_port); STATIC=$(free_port)
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d /tmp/media-versus-nginx.XXXXXX)
chmod 755 "$DATA"  # nginx's workers (nobody, when run as root) read the pages
PASSWORD="Load-Check-Pa55!"
SITE_PID=""
stop_site() { [ -n "$SITE_PID" ] && { kill "$SITE_PID" 2>/dev/null || true; wait "$SITE_PID" 2>/dev/null || true; }; SITE_PID=""; }
cleanup() {
  stop_site
  [ -f "$DATA/nginx.pid" ] && kill "$(cat "$DATA/nginx.pid")" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

# SEEDED=folder keeps the seeded site data there after a run, and a later run with the same SEEDED starts from a copy
# of it instead of publishing again (publishing 2,000 articles takes 5 to 20 minutes on 2 busy cores).
SEEDED=${SEEDED:-}
if [ -n "$SEEDED" ] && [ -f "$SEEDED/media.db" ]; then mkdir -p "$DATA/site" && cp -a "$SEEDED/." "$DATA/site/"; fi
start_site() { # output-cache on|off
  ASPNETCORE_ENVIRONMENT=Production Media__AppData="$DATA/site" MEDIA_ADMIN_PASSWORD="$PASSWORD" Media__Users__RequireSecondFactor=none \
    Media__Site__PublicBaseUrl="$BASE" Media__Site__OutputCache="$1" Logging__LogLevel__Default=Warning \
    dotnet src/Media.Web/bin/Release/net10.0/Media.Web.dll --urls "$BASE" >>"$DATA/site.log" 2>&1 &
  SITE_PID=$!
  for _ in $(seq 1 240); do curl -fs "$BASE/health/ready" >/dev/null 2>&1 && return; sleep 0.5; done
  echo "site did not start:"; cat "$DATA/site.log"; exit 1
}
start_site true

# --- 2,000 published articles, through the API -------------------------------------------------------------
if [ -n "$SEEDED" ] && [ -f "$SEEDED/media.db" ]; then
  echo "published articles from $SEEDED (a copy of an earlier run's data)"
else
  SEEDING=$(date +%s)
  python3 "$LOAD/seed.py" "$BASE" "$PASSWORD" "$ARTICLES" >/dev/null
  echo "published $ARTICLES articles through the API in $(( $(date +%s) - SEEDING )) s"
fi
# Publishing evicts pages after the commit; the sitemap lists every published article once they are all live.
for _ in $(seq 1 60); do
  curl -fs "$BASE/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -e 's/<loc>//' -e 's/<\/loc>//' | grep '\.html$' \
    | sed "s#^https\?://[^/]*##" >"$DATA/articles.txt" || true
  [ "$(wc -l <"$DATA/articles.txt")" -ge "$ARTICLES" ] && break; sleep 1
done
[ "$(wc -l <"$DATA/articles.txt")" -ge "$ARTICLES" ] || { echo "sitemap lists $(wc -l <"$DATA/articles.txt") articles, not $ARTICLES"; exit 1; }
ARTICLE=$(sed -n "$(( ARTICLES / 2 ))p" "$DATA/articles.txt")

if [ "$ONLY" != cold ]; then

# --- nginx serves the same bytes ---------------------------------------------------------------------------
mkdir -p "$DATA/www"
curl -fsS -o "$DATA/www/article.html" "$BASE$ARTICLE"
curl -fsS -o "$DATA/www/home.html" "$BASE/"
chmod -R a+rX "$DATA/www"
cat >"$DATA/nginx.conf" <<CONF
worker_processes auto;
pid $DATA/nginx.pid;
error_log $DATA/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $DATA/nginx-body; proxy_temp_path $DATA/nginx-proxy; fastcgi_temp_path $DATA/nginx-fastcgi;
  uwsgi_temp_path $DATA/nginx-uwsgi; scgi_temp_path $DATA/nginx-scgi;
  server {
    listen 127.0.0.1:$STATIC;
    root $DATA/www;
    default_type "text/html; charset=utf-8";
  }
}
CONF
"$NGINX" -c "$DATA/nginx.conf" -e "$DATA/nginx-error.log"
for _ in $(seq 1 20); do curl -fs -o /dev/null "http://127.0.0.1:$STATIC/home.html" && break; sleep 0.2; done
cmp -s <(curl -fsS "http://127.0.0.1:$STATIC/article.html") <(curl -fsS "$BASE$ARTICLE") \
  || { echo "nginx and the site do not serve the same article bytes"; exit 1; }
fi

# --- measure ------------------------------------------------------------------------------------------------
# run label [wrk options] url [-- script args] -> "req/s p99-ms" on stdout, the line for people on stderr; fails on
# non-2xx answers.
run() {
  local label=$1; shift
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@")
  if grep -q "Non-2xx" <<<"$out"; then echo "$label: non-2xx answers:" >&2; echo "$out" >&2; exit 1; fi
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
                          else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }' <<<"$out")
  printf '%-14s %10s req/s   p99 %7s ms\n' "$label" "$rps" "$p99" >&2
  echo "$rps $p99"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
median() { tr ' ' '\n' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if [ "$ONLY" != cold ]; then
echo "Media vs nginx: $THREADS threads, $CONNECTIONS connections, ${DURATION}s per run, $ROUNDS rounds, $(nproc) CPUs, loopback"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
curl -fs -o /dev/null "$BASE$ARTICLE"; curl -fs -o /dev/null "$BASE/"   # both pages in the output cache
ARTICLE_RATIOS=(); HOME_RATIOS=()
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round" >&2
  read -r n_rps _ < <(run nginx-article "http://127.0.0.1:$STATIC/article.html")
  read -r m_rps _ < <(run media-article "$BASE$ARTICLE")
  ARTICLE_RATIOS+=("$(ratio "$m_rps" "$n_rps")"); echo "  article media/nginx ${ARTICLE_RATIOS[-1]}" >&2
  read -r n_rps _ < <(run nginx-home "http://127.0.0.1:$STATIC/home.html")
  read -r m_rps _ < <(run media-home "$BASE/")
  HOME_RATIOS+=("$(ratio "$m_rps" "$n_rps")"); echo "  home    media/nginx ${HOME_RATIOS[-1]}" >&2
done
echo "median media/nginx: article $(echo "${ARTICLE_RATIOS[@]}" | median), home $(echo "${HOME_RATIOS[@]}" | median)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# --- first renders ------------------------------------------------------------------------------------------
[ "${ONLY:-}" = cached ] && exit 0  # ONLY=cached: the cached pages only
stop_site
if [ -n "$SEEDED" ] && [ ! -f "$SEEDED/media.db" ]; then mkdir -p "$SEEDED" && cp -a "$DATA/site/." "$SEEDED/"; fi
start_site false
curl -fs -o /dev/null "$BASE$ARTICLE"  # the process's own warm-up (JIT, connection pool), not the pages'
echo "first renders (output cache off), $ARTICLES distinct articles round robin; load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
run media-cold -s "$LOAD/cold.lua" "$BASE/" -- "$DATA/articles.txt" >/dev/null
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
