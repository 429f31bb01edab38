#!/usr/bin/env bash
# Search latency over HTTP, as readers get it: median and 99th percentile for a fixed set of queries
# (search-queries.lua), over the real content and over a generated corpus 100 times larger. Each figure
# comes with a reference measured in the same run and under the same load: the About page, which the
# same server renders without searching, so the ratio shows what search adds on this machine.
#
# Usage: benchmarks/search.sh            (about 3 minutes on 2 cores)
#        DURATION=30s COPIES=100 benchmarks/search.sh
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-15s}
copies=${COPIES:-100}
# Other developers' servers share this machine: take a port nobody is listening on.
free_port() {
  local candidate
  while true; do
    candidate=$((20000 + RANDOM % 20000))
    ss -ltn | grep -q ":$candidate " || { echo "$candidate"; return; }
  done
}
port=${PORT:-$(free_port)}
results=benchmarks/results
publish=$results/publish
mkdir -p "$results"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

echo "Publishing a Release build..."
dotnet publish src/LactationGuide.Web -c Release -o "$publish" -v quiet -nologo >/dev/null

corpus=$results/corpus-x$copies
if [[ ! -f "$corpus/.generated" || content -nt "$corpus/.generated" ]]; then
  echo "Generating a corpus ${copies}x the size of content/..."
  benchmarks/generate-corpus.sh "$corpus" "$copies"
  touch "$corpus/.generated"
fi

server_pid=
stop_server() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
  fi
}
trap stop_server EXIT

start_server() {
  local content=$1
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "Something is already listening on port $port; set PORT to a free one." >&2
    exit 1
  fi
  # Production settings, but request logging off: one console line per request would cost more than a search.
  (cd "$publish" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Site__ContentPath="$content" Serilog__MinimumLevel__Default=Warning \
    Serilog__MinimumLevel__Override__LactationGuide.Web.Search=Information \
    dotnet LactationGuide.Web.dll >"../server.log" 2>&1) &
  server_pid=$!
  local started=$SECONDS
  until curl -fs -o /dev/null "http://127.0.0.1:$port/search?q=milk"; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "The server did not start; see $results/server.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "  server ready in $((SECONDS - started)) s"
}

# Prints "median p99 requests/s" for one wrk run.
measure() {
  local connections=$1 url=$2 script=${3:-}
  local output
  output=$(wrk -t1 -c"$connections" -d"$duration" --latency ${script:+-s "$script"} "$url")
  local median p99 rps
  median=$(awk '$1 == "50%" { print $2 }' <<<"$output")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$output")
  rps=$(awk '$1 == "Requests/sec:" { print $2 }' <<<"$output")
  if grep -q "Non-2xx" <<<"$output"; then
    echo "wrk saw error responses:" >&2
    echo "$output" >&2
    exit 1
  fi
  echo "$median $p99 $rps"
}

report=$results/search-$(date -u +%Y%m%dT%H%MZ).md
{
  echo "| corpus | places | connections | search median | search p99 | search req/s | About median | About p99 | p99 ratio |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$report"

run_corpus() {
  local name=$1 content=$2
  echo "Corpus: $name"
  start_server "$content"
  local places
  places=$(grep -o 'Search index built: [0-9]* places' "$results/server.log" | grep -o '[0-9]*' | head -1 || true)
  # Warm up: JIT, Razor, SQLite statements, the connection pool.
  wrk -t1 -c2 -d3s -s benchmarks/search-queries.lua "http://127.0.0.1:$port/" >/dev/null
  for connections in 1 8; do
    read -r s_median s_p99 s_rps < <(measure "$connections" "http://127.0.0.1:$port/" benchmarks/search-queries.lua)
    read -r a_median a_p99 _ < <(measure "$connections" "http://127.0.0.1:$port/about")
    local ratio
    ratio=$(awk -v s="$s_p99" -v a="$a_p99" 'function ms(x) { if (x ~ /us$/) return x / 1000; if (x ~ /ms$/) return x + 0; if (x ~ /s$/) return x * 1000; return x }
      BEGIN { printf "%.1f", ms(s) / ms(a) }')
    echo "| $name | ${places:-?} | $connections | $s_median | $s_p99 | $s_rps | $a_median | $a_p99 | ${ratio}x |" | tee -a "$report"
  done
  stop_server
}

run_corpus "content/ (real)" "$PWD/content"
run_corpus "${copies}x generated" "$PWD/$corpus"

{
  echo
  echo "wrk 1 thread, $duration per row, after a 3 s warm-up; queries: benchmarks/search-queries.lua."
  echo "Machine: $(nproc) CPU(s), $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM;"
  echo "$(dotnet --version | sed 's/^/.NET SDK /'); wrk and the server share the machine."
  echo "Load average when the run ended (other work on the machine skews every figure): $(cut -d' ' -f1-3 /proc/loadavg)."
} >>"$report"
echo
cat "$report"
