#!/usr/bin/env bash
# The project's benchmark, one command:  bash bench/run.sh
# Measures (README, "Performance"): 1. the suite's cost over an empty build, 2. the emulator under
# load (wrk from another process on loopback) against a WireMock standalone yardstick, 3. the
# emulator's heap after 10,000 customers, 4. its cold start. Writes target/bench/results.md.
# Knobs: BENCH_RUNS (hyperfine runs per suite variant, default 3), BENCH_SECONDS (per wrk run, default 10),
# BENCH_SKIP_SUITE=1 (only the emulator parts). Needs wrk and hyperfine: installed with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench
RUNS=${BENCH_RUNS:-3}
SECS=${BENCH_SECONDS:-10}
mkdir -p "$OUT"
RESULTS=$OUT/results.md
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

say() { echo "== $*" >&2; }
row() { echo "$*" | tee -a "$RESULTS"; }

# --- tools -----------------------------------------------------------------------------------
missing=()
for tool in wrk hyperfine curl jcmd python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]} (Debian packages wrk, hyperfine, curl)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk hyperfine curl >/dev/null
fi

say "building the emulator jar and the tests (mvn package -DskipTests)"
mvn -B -q --no-transfer-progress package -DskipTests
say "fetching WireMock standalone 3.13.2 (the yardstick)"
mvn -B -q --no-transfer-progress dependency:copy -Dartifact=org.wiremock:wiremock-standalone:3.13.2 -DoutputDirectory="$OUT"
JAR=target/partner-sandbox-emulator.jar
WIREMOCK=$OUT/wiremock-standalone-3.13.2.jar

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start_emulator() { # port, extra JVM flags...
  local port=$1; shift
  java "$@" -jar "$JAR" --port "$port" >"$OUT/emulator-$port.log" 2>&1 &
  echo $!
}
stop() { kill "$1" 2>/dev/null || true; while kill -0 "$1" 2>/dev/null; do sleep 0.1; done; }

: >"$RESULTS"
row "# Benchmark results ($(date -u +%Y-%m-%dT%H:%MZ))"
row ""
row "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | head -1),"
row "$(mvn -B -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'); load while measuring: $(uptime | sed 's/.*load average/load average/')"
row ""

# --- 1. the suite's cost ---------------------------------------------------------------------
if [ "${BENCH_SKIP_SUITE:-0}" != "1" ]; then
  say "1. suite cost: hyperfine, $RUNS runs per variant (each is a whole mvn test of the suite)"
  SUITE="mvn -B -o -q --no-transfer-progress test -Dtest=RunSandboxSpecTest -Dsurefire.failIfNoSpecifiedTests=false"
  # undoes .mvn/jvm.config (MAVEN_OPTS come after it) and, with -DargLine=, the test JVM's flags
  UNTUNED="MAVEN_OPTS='-XX:TieredStopAtLevel=4 -XX:-UseSerialGC -XX:+UseG1GC'"
  hyperfine --runs "$RUNS" --export-json "$OUT/suite.json" \
    -n "empty build (no scenario), untuned JVMs" "$UNTUNED $SUITE -DargLine= -Dcucumber.filter.tags=@none" \
    -n "empty build (no scenario)" "$SUITE -Dcucumber.filter.tags=@none" \
    -n "full suite, untuned JVMs" "$UNTUNED $SUITE -DargLine=" \
    -n "full suite, one scenario at a time" "$SUITE -Dsandbox.parallelism=1" \
    -n "full suite" "$SUITE" >&2
  row "## 1. The suite's cost (mvn test -Dtest=RunSandboxSpecTest, median of $RUNS)"
  row ""
  row "| variant | median wall time |"
  row "|---|---|"
  python3 - "$OUT/suite.json" <<'EOF' | tee -a "$RESULTS"
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
for name, x in r.items():
    print("| %s | %.1f s (min %.1f, max %.1f) |" % (name, x["median"], x["min"], x["max"]))
full, empty = r["full suite"]["median"], r["empty build (no scenario)"]["median"]
print("\nThe suite adds **%.0f%%** to the empty build (%.1f s over %.1f s; target: at most 30%%)." % (100 * (full - empty) / empty, full - empty, empty))
EOF
  python3 - target/cucumber/junit.xml <<'EOF' | tee -a "$RESULTS"
import statistics, sys, xml.etree.ElementTree as ET
times = [float(t.get("time")) for t in ET.parse(sys.argv[1]).getroot().iter("testcase")]
print("Per scenario (last full run, target/cucumber/junit.xml, %d scenarios): median %.2f s, max %.2f s.\n"
      % (len(times), statistics.median(times), max(times)))
EOF
fi

# --- 2. the emulator under load --------------------------------------------------------------
wrk_row() { # label, wrk output file
  python3 - "$1" "$2" <<'EOF' | tee -a "$RESULTS"
import re, sys
label, text = sys.argv[1], open(sys.argv[2]).read()
def ms(v):
    n, unit = re.match(r"([\d.]+)(\w+)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
p = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", text, re.M))
rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
total = re.search(r"(\d+) requests in", text).group(1)
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: (.*)", text)
print("| %s | %.0f | %.2f | %.2f | %s | %s |" % (label, float(rps), ms(p["50"]), ms(p["99"]), total,
      (non2xx.group(1) if non2xx else "0") + ((", socket errors: " + errors.group(1)) if errors else "")))
EOF
}
run_wrk() { # label, file, wrk args...
  local label=$1 file=$2; shift 2
  wrk --latency "$@" >"$file" 2>&1 || { cat "$file" >&2; exit 1; }
  wrk_row "$label" "$file"
}

say "2. emulator under load (wrk -t2 -c16 -d${SECS}s, loopback)"
EP=$(free_port); EMU=$(start_emulator "$EP"); PIDS+=("$EMU")
python3 bench/sandbox.py wait "http://127.0.0.1:$EP" 60 >/dev/null
read -r TENANT CLIENT SECRET CUSTOMER TOKEN < <(python3 bench/sandbox.py provision "http://127.0.0.1:$EP" 200 "$OUT/tokens.txt")
export BENCH_TOKEN=$TOKEN BENCH_TOKENS_FILE=$OUT/tokens.txt BENCH_TENANT=$TENANT BENCH_CLIENT_ID=$CLIENT BENCH_CLIENT_SECRET=$SECRET
WP=$(free_port)
java -jar "$WIREMOCK" --port "$WP" --bind-address 127.0.0.1 --no-request-journal --disable-banner >"$OUT/wiremock.log" 2>&1 &
WM=$!; PIDS+=($WM)
BODY=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$EP/v1/customers/$CUSTOMER")
for i in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$WP/__admin/mappings" && break; sleep 0.1; done
for stub in "GET 200" "POST 201"; do
  set -- $stub
  python3 - "$WP" "$1" "$2" "$BODY" <<'EOF'
import json, sys, urllib.request
port, method, status, body = sys.argv[1:]
mapping = {"request": {"method": method, "urlPathPattern": "/v1/customers(/.*)?"},
           "response": {"status": int(status), "body": body, "headers": {"Content-Type": "application/json"}}}
urllib.request.urlopen(urllib.request.Request("http://127.0.0.1:%s/__admin/mappings" % port, json.dumps(mapping).encode(),
                                              {"Content-Type": "application/json"}))
EOF
done
say "warming up both servers (5 s each, not recorded)"
wrk -t2 -c16 -d5s -s bench/get-customer.lua "http://127.0.0.1:$EP/v1/customers/$CUSTOMER" >/dev/null
wrk -t2 -c16 -d5s -s bench/static-customer.lua "http://127.0.0.1:$WP/v1/customers/$CUSTOMER" >/dev/null
row "## 2. The emulator under load (wrk 4.1, 2 threads, 16 connections, ${SECS} s, loopback; another process)"
row ""
row "| server and request | requests/s | p50 ms | p99 ms | requests | non-2xx |"
row "|---|---|---|---|---|---|"
run_wrk "emulator GET /v1/customers/{id}" "$OUT/wrk-get.txt" -t2 -c16 -d"${SECS}s" -s bench/get-customer.lua "http://127.0.0.1:$EP/v1/customers/$CUSTOMER"
run_wrk "WireMock GET (static customer body)" "$OUT/wrk-wm-get.txt" -t2 -c16 -d"${SECS}s" -s bench/static-customer.lua "http://127.0.0.1:$WP/v1/customers/$CUSTOMER"
run_wrk "emulator POST /v1/customers (200 providers × 75 = 15,000 slots)" "$OUT/wrk-post.txt" -t2 -c16 -d"${SECS}s" -s bench/post-customer.lua "http://127.0.0.1:$EP"
BENCH_METHOD=POST run_wrk "WireMock POST (static customer body)" "$OUT/wrk-wm-post.txt" -t2 -c16 -d"${SECS}s" -s bench/static-customer.lua "http://127.0.0.1:$WP/v1/customers"
run_wrk "emulator POST /{tenant}/oauth2/token (client_credentials, RS256)" "$OUT/wrk-token.txt" -t2 -c16 -d"${SECS}s" -s bench/token.lua "http://127.0.0.1:$EP"
row ""
row "At a fixed pace of at most 1,000 requests/s (wrk2 is not in Debian: 20 connections, each waiting 20 ms"
row "between requests through wrk's Lua delay(); wrk then does not correct for coordinated omission):"
row ""
row "| server and request | requests/s | p50 ms | p99 ms | requests | non-2xx |"
row "|---|---|---|---|---|---|"
BENCH_DELAY_MS=20 run_wrk "emulator GET /v1/customers/{id} @ ≤1,000/s" "$OUT/wrk-get-paced.txt" -t2 -c20 -d"${SECS}s" -s bench/get-customer.lua "http://127.0.0.1:$EP/v1/customers/$CUSTOMER"
BENCH_DELAY_MS=20 run_wrk "WireMock GET @ ≤1,000/s" "$OUT/wrk-wm-get-paced.txt" -t2 -c20 -d"${SECS}s" -s bench/static-customer.lua "http://127.0.0.1:$WP/v1/customers/$CUSTOMER"
row ""
stop "$EMU"; stop "$WM"

# --- 3. memory -------------------------------------------------------------------------------
say "3. heap after 10,000 customers"
MP=$(free_port); MEM=$(start_emulator "$MP"); PIDS+=("$MEM")
python3 bench/sandbox.py wait "http://127.0.0.1:$MP" 60 >/dev/null
used_kib() { jcmd "$1" GC.run >/dev/null; jcmd "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9; }
IDLE=$(used_kib "$MEM")
read -r MADE PROVIDERS < <(python3 bench/sandbox.py customers "http://127.0.0.1:$MP" 10000 4)
FULL=$(used_kib "$MEM")
row "## 3. Memory (jcmd GC.run, then GC.heap_info: heap in use after a full collection)"
row ""
row "| state | heap used |"
row "|---|---|"
row "| started, seeded accounts only | $((IDLE / 1024)) MiB |"
row "| $MADE customers over $PROVIDERS providers (75 each) | $((FULL / 1024)) MiB ($(( (FULL - IDLE) * 1024 / MADE )) bytes per customer with its provider) |"
row ""
stop "$MEM"

# --- 4. cold start ---------------------------------------------------------------------------
say "4. cold start: java -jar to the first answer, 10 times per variant"
cold() { # label, JVM flags...
  local label=$1; shift
  local times=()
  for i in $(seq 1 10); do
    local port; port=$(free_port)
    local t0; t0=$(date +%s%N)
    java "$@" -jar "$JAR" --port "$port" >/dev/null 2>&1 &
    local pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/_emulator/accounts"; do sleep 0.005; done
    times+=($(( ($(date +%s%N) - t0) / 1000000 )))
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  local sorted; sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  row "| $label | $(echo "$sorted" | sed -n 5,6p | paste -sd+ | awk -F+ '{print int(($1+$2)/2)}') ms | $(echo "$sorted" | head -1) ms | $(echo "$sorted" | tail -1) ms |"
}
row "## 4. Cold start (java -jar to the first HTTP answer, 10 starts)"
row ""
row "| JVM flags | median | min | max |"
row "|---|---|---|---|"
cold "defaults"
cold "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
# AppCDS: an archive of the classes one start loads, written at exit of a first run
rm -f "$OUT/emulator.jsa"
AP=$(free_port)
java -XX:ArchiveClassesAtExit="$OUT/emulator.jsa" -jar "$JAR" --port "$AP" >/dev/null 2>&1 &
APID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$AP/_emulator/accounts"; do sleep 0.05; done
kill "$APID"; wait "$APID" 2>/dev/null || true
cold "AppCDS archive + -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" -XX:SharedArchiveFile="$OUT/emulator.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
row ""
row "Load at the end: $(uptime | sed 's/.*load average/load average/')"
say "results: $RESULTS"
