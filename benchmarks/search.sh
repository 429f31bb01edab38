#!/usr/bin/env bash
# What a search costs, against a cached article page measured in the same run and under the same load, over the
# real content and over a generated corpus 100 times larger (generate-corpus.sh). For each corpus:
#
#   article page      /articles/supply-and-demand (its first copy in the generated corpus), from the output cache: the reference
#   search, repeated  the queries of search-queries.lua over and over: after the first of each, from the output cache
#   search, uncached  the same queries, each with a parameter no other request has: searched and rendered every time
#   article beside    the article page again, on 16 connections, while 16 others ask new (uncached) searches: what a
#   new searches      burst of searches does to every other page (new searches take turns, one fewer than the cores)
#
# with requests per second (and their ratio to the article page's: the goal of issue 16 is 0.2 or better), latency,
# and the server's processor time per request (read from /proc, so other work on the machine inflates it less than
# it does the rates). Then the worst queries one at a time, uncached: the processor time each costs (the bound is 50 ms).
#
# Usage: benchmarks/search.sh            (about 4 minutes on 2 cores; needs wrk: apt-get install -y wrk)
#        CONNECTIONS=256 THREADS=2 DURATION=10s COPIES=100 benchmarks/search.sh
#        PUBLISHED=/path/to/a/published/site benchmarks/search.sh   (measure another build, such as an older commit's)
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-10s}
connections=${CONNECTIONS:-256}
threads=${THREADS:-2}
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
publish=${PUBLISHED:-$results/publish}
server_log=$PWD/$results/server.log
mkdir -p "$results"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

if [[ -z "${PUBLISHED:-}" ]]; then
  echo "Publishing a Release build (ReadyToRun, as docs/deploy.md does)..."
  dotnet publish src/LactationGuide.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$publish" -v quiet -nologo >/dev/null
fi

corpus=$results/corpus-x$copies
if [[ ! -f "$corpus/.generated" || -n "$(find content benchmarks/generate-corpus.sh -newer "$corpus/.generated" -print -quit)" ]]; then
  echo "Generating a corpus ${copies}x the size of content/..."
  benchmarks/generate-corpus.sh "$corpus" "$copies"
  touch "$corpus/.generated"
fi

# The worst queries we know of: common words, big synonym groups, misspellings, made-up words, one enormous word,
# FTS5 syntax and common words only. Each is at most 16 words and 200 characters (SearchQuery's limits).
worst_queries=(
  "milk"
  "milk baby breast feed feeding day days help long more time hours first make feeds weeks"
  "make produce store boob nappy poo wee pump sore lump milk feed thaw freeze fridge latch"
  "mastitus colostrom prolactine oxytocine brestmilk nappys freezzer lactashun engorgment diaperz poopie weening"
  "ileuerrrmtoe rattlaruoles aaamnatmotan orrnosomorua tnmeimuesntn mouulrntlaro tteluaoaismr nrureartsae"
  "$(printf 'a%.0s' {1..200})"
  "\"NEAR(milk fridge)\" * milk* ^fridge: {heading}: AND OR NOT ( ) - +"
  "the the the and of to a in is it what how can my"
)

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
    dotnet LactationGuide.Web.dll >"$server_log" 2>&1) &
  server_pid=$!
  local started=$SECONDS
  until curl -fs -o /dev/null "http://127.0.0.1:$port/healthz"; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "The server did not start; see $server_log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "  server ready in $((SECONDS - started)) s"
}

# The server's processor time so far, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }

# Waits until the server is idle: when wrk stops, requests it had sent may still be running (at 256 connections
# and a few milliseconds each, for seconds), and would be counted against the next measurement.
settle() {
  local before after
  for _ in $(seq 1 240); do
    before=$(cpu_ticks)
    sleep 0.5
    after=$(cpu_ticks)
    (( after - before <= 2 )) && return
  done
  echo "  (the server was still busy after 2 minutes; the next figure includes that work)" >&2
}

# Prints "requests/s median p99 cpu-µs-per-request" for one wrk run; extra arguments go to wrk.
measure() {
  local before after output
  settle
  before=$(cpu_ticks)
  output=$(wrk --latency -H "Accept-Encoding: br, gzip" "$@")
  after=$(cpu_ticks)
  if grep -q "Non-2xx" <<<"$output"; then
    echo "wrk saw error responses:" >&2
    echo "$output" >&2
    exit 1
  fi
  awk -v before="$before" -v after="$after" -v hz="$(getconf CLK_TCK)" '
    $1 == "50%" { median = $2 } $1 == "99%" { p99 = $2 } $1 == "Requests/sec:" { rps = $2 }
    $2 == "requests" && $3 == "in" { n = $1 }
    END { if (n > 0) printf "%s %s %s %.0f\n", rps, median, p99, (after - before) / hz / n * 1e6; else print "0 - - -" }' <<<"$output"
}

# Prints the server's processor time per request, in µs, for one query, uncached: requests one after another, each
# waited for however long it takes, for at least 2 s and at least 5 requests. (A fixed wrk window reported nothing,
# or divided by zero, when no request finished inside it: on a loaded machine, with the server still working
# through an earlier run's backlog.)
query_cpu() {
  local query=$1 before after n=0 started=$SECONDS
  settle
  before=$(cpu_ticks)
  while (( n < 5 || SECONDS - started < 2 )); do
    curl -fsS -o /dev/null --max-time 120 -H "Accept-Encoding: br, gzip" -G --data-urlencode "q=$query" \
      --data-urlencode "fresh=$n-$RANDOM" "http://127.0.0.1:$port/search" || { echo "The query failed: $query" >&2; exit 1; }
    n=$((n + 1))
  done
  after=$(cpu_ticks)
  awk -v before="$before" -v after="$after" -v hz="$(getconf CLK_TCK)" -v n="$n" 'BEGIN { printf "%.0f\n", (after - before) / hz / n * 1e6 }'
}

# Prints "requests/s median p99" for the article page on 16 connections while 16 other connections ask new searches
# for as long (the processor time is left out: it is the searches' as much as the article's).
beside_searches() {
  local article=$1 output
  settle
  FRESH=1 wrk -t1 -c16 -d"$duration" -s benchmarks/search-queries.lua "http://127.0.0.1:$port/" >/dev/null &
  local searches=$!
  output=$(wrk -t1 -c16 -d"$duration" --latency -H "Accept-Encoding: br, gzip" "http://127.0.0.1:$port$article")
  wait "$searches"
  awk '$1 == "50%" { median = $2 } $1 == "99%" { p99 = $2 } $1 == "Requests/sec:" { rps = $2 }
    END { printf "%s %s %s\n", rps, median, p99 }' <<<"$output"
}

report=$results/search-$(date -u +%Y%m%dT%H%MZ).md
{
  echo "| corpus | places | requests | req/s | ratio to the article | median | p99 | CPU per request |"
  echo "|---|---:|---|---:|---:|---:|---:|---:|"
} >"$report"
worst_report=$(mktemp)
trap 'stop_server; rm -f "$worst_report"' EXIT

run_corpus() {
  local name=$1 content=$2 article=$3 places
  echo "Corpus: $name"
  start_server "$content"
  places=$(grep -o 'Search index built: [0-9]* places' "$server_log" | grep -o '[0-9]*' | head -1 || true)
  # Warm up: JIT, Razor, SQLite statements, the connection pool; the repeated searches' pages go into the cache.
  wrk -t1 -c4 -d3s -H "Accept-Encoding: br, gzip" "http://127.0.0.1:$port$article" >/dev/null
  wrk -t1 -c4 -d3s -s benchmarks/search-queries.lua "http://127.0.0.1:$port/" >/dev/null
  FRESH=1 wrk -t1 -c4 -d3s -s benchmarks/search-queries.lua "http://127.0.0.1:$port/" >/dev/null

  local a_rps a_median a_p99 a_cpu
  read -r a_rps a_median a_p99 a_cpu < <(measure -t"$threads" -c"$connections" -d"$duration" "http://127.0.0.1:$port$article")
  echo "| $name | ${places:-?} | article page (cached) | $a_rps | 1 | $a_median | $a_p99 | ${a_cpu} µs |" | tee -a "$report"
  local kind rps median p99 cpu
  for kind in repeated uncached; do
    read -r rps median p99 cpu < <(FRESH=$([[ $kind == uncached ]] && echo 1 || echo 0) \
      measure -t"$threads" -c"$connections" -d"$duration" -s benchmarks/search-queries.lua "http://127.0.0.1:$port/")
    echo "| $name | ${places:-?} | search, $kind | $rps | $(awk -v s="$rps" -v a="$a_rps" 'BEGIN { printf "%.2f", s / a }') | $median | $p99 | ${cpu} µs |" | tee -a "$report"
  done

  read -r rps median p99 < <(beside_searches "$article")
  echo "| $name | ${places:-?} | article page beside new searches (16 + 16 connections) | $rps | $(awk -v s="$rps" -v a="$a_rps" 'BEGIN { printf "%.2f", s / a }') | $median | $p99 | - |" | tee -a "$report"

  local query worst=0
  for query in "${worst_queries[@]}"; do
    cpu=$(query_cpu "$query")
    echo "| $name | $(awk -v c="$cpu" 'BEGIN { printf "%.1f ms", c / 1000 }') | ${query:0:60}$([[ ${#query} -gt 60 ]] && echo …) |" >>"$worst_report"
    worst=$(( cpu > worst ? cpu : worst ))
  done
  echo "  worst query: $(awk -v w="$worst" 'BEGIN { printf "%.1f ms", w / 1000 }') of processor time"
  stop_server
}

run_corpus "content/ (real)" "$PWD/content" /articles/supply-and-demand
run_corpus "${copies}x generated" "$PWD/$corpus" /articles/supply-and-demand-1

{
  echo
  echo "wrk: $threads threads, $connections connections, $duration per row, after warming up; \`Accept-Encoding: br, gzip\`;"
  echo "searches: benchmarks/search-queries.lua. CPU per request is the server's processor time over the requests served."
  echo
  echo "The worst queries, one at a time and uncached (curl, one request after another, at least 5 and 2 s each): the server's processor time per request."
  echo
  echo "| corpus | CPU per request | query |"
  echo "|---|---:|---|"
  cat "$worst_report"
  echo
  echo "Machine: $(nproc) CPU(s), $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM;"
  echo "$(dotnet --version | sed 's/^/.NET SDK /'); wrk and the server share the machine."
  echo "Load average when the run ended (other work on the machine skews every figure): $(cut -d' ' -f1-3 /proc/loadavg)."
} >>"$report"
echo
cat "$report"
