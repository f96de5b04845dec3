#!/usr/bin/env bash
# The project's benchmark, one command:  bash bench/run.sh
# Measures (README, "Performance"): 1. the suite's cost over an empty build, 2. the emulator under
# load (wrk from another process on loopback) against a WireMock standalone yardstick and a bare
# Javalin app (the framework's ceiling), all warmed up and measured in rotating rounds, and its POST throughput with 10,000 customers against an empty
# store, 3. the emulator's heap after 10,000 customers, 4. its cold start against the jar of
# BENCH_BASELINE, alternating, 5. the live run's time against the emulator as a remote sandbox. Every figure carries the machine's load while it was measured. Ends
# with the issue-14 targets beside what was measured. Writes target/bench/results.md.
# Knobs: BENCH_RUNS (rounds per suite variant, default 3), BENCH_SECONDS (per wrk run, default 10),
# BENCH_ROUNDS (alternating wrk rounds per server, default 6: the order of the 3 servers rotates, so a multiple of 3 gives each the same places), BENCH_SKIP_SUITE=1 (only the emulator
# parts), BENCH_SUITE_EXTRA=1 (also the untuned and one-at-a-time suite variants), BENCH_BASELINE (git
# ref whose suite and jar the figures are compared with; default the commit before issue 14; "none" skips),
# BENCH_PROVIDERS (providers the POST runs spread over, default 400 per second of a run), BENCH_WARMUP (seconds each server is warmed up per request, default 15), BENCH_NO_BUILD=1 (use target/ as built),
# BENCH_SKIP_LIVE=1 (not 5., the live run's time), BENCH_LIVE_RUNS (its runs: serial, default or a number of scenarios at
# once; default "serial default").
# Needs wrk, curl, jcmd and python3; wrk and curl are installed with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench
RUNS=${BENCH_RUNS:-3}
SECS=${BENCH_SECONDS:-10}
ROUNDS=${BENCH_ROUNDS:-6}
BASELINE=${BENCH_BASELINE:-b03bdb7}
mkdir -p "$OUT"
RESULTS=$OUT/results.md
FIGURES=$OUT/figures.jsonl
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

say() { echo "== $*" >&2; }
row() { echo "$*" | tee -a "$RESULTS"; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# --- tools -----------------------------------------------------------------------------------
missing=()
for tool in wrk curl jcmd python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]} (Debian packages wrk, curl)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk curl >/dev/null
fi

if [ "${BENCH_NO_BUILD:-0}" != "1" ]; then
  say "building the emulator jar, its AppCDS archive and the tests (mvn package -DskipTests)"
  mvn -B -q --no-transfer-progress package -DskipTests
fi
say "fetching WireMock standalone 3.13.2 (the yardstick)"
mvn -B -q --no-transfer-progress dependency:copy -Dartifact=org.wiremock:wiremock-standalone:3.13.2 -DoutputDirectory="$OUT"
JAR=target/partner-sandbox-emulator.jar
JSA=target/partner-sandbox-emulator.jsa
WIREMOCK=$OUT/wiremock-standalone-3.13.2.jar
BASE_JAR=
if [ "$BASELINE" != "none" ] && git rev-parse -q --verify "$BASELINE^{commit}" >/dev/null; then
  say "building the jar of $BASELINE (the cold start's yardstick) in $OUT/baseline"
  rm -rf "$OUT/baseline" && mkdir -p "$OUT/baseline"
  git archive "$BASELINE" | tar -x -C "$OUT/baseline"
  (cd "$OUT/baseline" && mvn -B -q --no-transfer-progress package -DskipTests -Dexec.skip=true)
  BASE_JAR=$OUT/baseline/target/partner-sandbox-emulator.jar
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start_emulator() { # port, extra JVM flags...
  local port=$1; shift
  java "$@" -jar "$JAR" --port "$port" >"$OUT/emulator-$port.log" 2>&1 &
  echo $!
}
stop() { kill "$1" 2>/dev/null || true; while kill -0 "$1" 2>/dev/null; do sleep 0.1; done; }

: >"$RESULTS"
: >"$FIGURES"
row "# Benchmark results ($(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD))"
row ""
row "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | head -1),"
row "$(mvn -B -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'); load before measuring: $(uptime | sed 's/.*load average/load average/')"
row ""
row "Every figure gives the machine's load while it was measured: the 1-minute load average when it started"
row "and how busy both cores were during it (/proc/stat, every process: the measured ones included)."
row ""

# --- 1. the suite's cost ---------------------------------------------------------------------
if [ "${BENCH_SKIP_SUITE:-0}" != "1" ]; then
  say "1. suite cost: $RUNS alternating rounds per variant (each is a whole mvn test of the suite)"
  SUITE="mvn -B -o -q --no-transfer-progress test -Dtest=RunSandboxSpecTest -Dsurefire.failIfNoSpecifiedTests=false"
  # undoes .mvn/jvm.config (MAVEN_OPTS come after it) and, with -DargLine=, the test JVM's flags
  UNTUNED="MAVEN_OPTS='-XX:TieredStopAtLevel=4 -XX:-UseSerialGC -XX:+UseG1GC'"
  variants=(-n "empty build (no scenario)" "$SUITE -Dcucumber.filter.tags=@none"
            -n "full suite" "$SUITE")
  if [ -n "$BASE_JAR" ]; then # the same command on the tree of BENCH_BASELINE, built above: before and after
    variants+=(-n "full suite at $BASELINE" "cd $OUT/baseline && $SUITE")
  fi
  if [ "${BENCH_SUITE_EXTRA:-0}" = "1" ]; then
    variants+=(-n "empty build (no scenario), untuned JVMs" "$UNTUNED $SUITE -DargLine= -Dcucumber.filter.tags=@none"
               -n "full suite, untuned JVMs" "$UNTUNED $SUITE -DargLine="
               -n "full suite, one scenario at a time" "$SUITE -Dsandbox.parallelism=1")
  fi
  python3 bench/alternate.py "$RUNS" "$OUT/suite.json" "${variants[@]}" >&2
  row "## 1. The suite's cost (mvn test -Dtest=RunSandboxSpecTest, $RUNS alternating rounds, medians)"
  row ""
  row "| variant | wall time | CPU time (user+sys) | load while measured |"
  row "|---|---|---|---|"
  python3 - "$OUT/suite.json" "$FIGURES" <<'EOF' | tee -a "$RESULTS"
import json, statistics, sys
runs = json.load(open(sys.argv[1]))
med = lambda xs: statistics.median(xs)
out = {}
for name, rs in runs.items():
    wall, cpu = [r["wall"] for r in rs], [r["cpu"] for r in rs]
    out[name] = (med(wall), med(cpu))
    print("| %s | %.1f s (min %.1f, max %.1f) | %.1f s | load %s, cores %d %% busy |" % (
        name, med(wall), min(wall), max(wall), med(cpu), "/".join("%.1f" % r["load"] for r in rs),
        med([r["busy"] for r in rs])))
(fw, fc), (ew, ec) = out["full suite"], out["empty build (no scenario)"]
print("\nThe full suite takes **%.2f×** the empty build's wall time (%.1f s over %.1f s) and **%.2f×** its CPU time"
      " (%.1f s over %.1f s). The empty build compiles nothing, starts Maven, the test JVM, Cucumber and the"
      " embedded emulator, and runs no scenario." % (fw / ew, fw, ew, fc / ec, fc, ec))
with open(sys.argv[2], "a") as f:
    f.write(json.dumps({"key": "suite_wall_ratio", "value": fw / ew}) + "\n")
    f.write(json.dumps({"key": "suite_cpu_ratio", "value": fc / ec}) + "\n")
EOF
  python3 - target/cucumber/junit.xml <<'EOF' | tee -a "$RESULTS"
import statistics, sys, xml.etree.ElementTree as ET
times = [float(t.get("time")) for t in ET.parse(sys.argv[1]).getroot().iter("testcase")]
print("Per scenario (last full run, target/cucumber/junit.xml, %d scenarios): median %.2f s, max %.2f s.\n"
      % (len(times), statistics.median(times), max(times)))
EOF
fi

# --- 2. the emulator under load --------------------------------------------------------------
wrk_row() { # key, label, wrk output file, load at start, cores busy %
  python3 - "$@" "$FIGURES" <<'EOF' | tee -a "$RESULTS"
import json, re, sys
key, label, path, load, busy, figures = sys.argv[1:]
text = open(path).read()
def ms(v):
    n, unit = re.match(r"([\d.]+)(\w+)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
p = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", text, re.M))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
total = re.search(r"(\d+) requests in", text).group(1)
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: (.*)", text)
print("| %s | %.0f | %.2f | %.2f | %s | %s | load %s, cores %s %% busy |" % (label, rps, ms(p["50"]), ms(p["99"]), total,
      (non2xx.group(1) if non2xx else "0") + ((", socket errors: " + errors.group(1)) if errors else ""), load, busy))
with open(figures, "a") as f:
    f.write(json.dumps({"key": key, "value": rps, "non2xx": int(non2xx.group(1)) if non2xx else 0, "load": float(load)}) + "\n")
EOF
}
cpu_now() { awk '/^cpu / {print $2+$3+$4+$6+$7+$8, $5}' /proc/stat; } # busy idle (jiffies)
busy_since() { # "busy idle" at the start → percent of both cores busy since
  local b0 i0 b1 i1; read -r b0 i0 <<<"$1"; read -r b1 i1 < <(cpu_now)
  echo $(( 100 * (b1 - b0) / ((b1 - b0) + (i1 - i0) + 1) ))
}
run_wrk() { # key, label, file, wrk args...
  local key=$1 label=$2 file=$3; shift 3
  local load; load=$(load1); local cpu0; cpu0=$(cpu_now)
  wrk --latency "$@" >"$file" 2>&1 || { cat "$file" >&2; exit 1; }
  wrk_row "$key" "$label" "$file" "$load" "$(busy_since "$cpu0")"
}
# 75 customer slots each: 400 a second of a run is room for 30,000 creates/s, so that no run fills them
# (the emulator made 11,500 a second on an idle machine: 134 a second, the old figure, ran out)
PROVIDERS=${BENCH_PROVIDERS:-$((SECS * 400))}
WARMUP=${BENCH_WARMUP:-15}
provision() { # base url, tokens file → "tenant client secret customer token"
  python3 bench/sandbox.py provision "$1" "$PROVIDERS" "$2"
}

# A store with only the provisioned providers and the one customer the GET reads: the POST runs create
# thousands of customers each, and a store that filled up would answer 400s
fresh_store() {
  curl -sf -o /dev/null -X POST "http://127.0.0.1:$EP/_emulator/reset"
  read -r TENANT CLIENT SECRET CUSTOMER TOKEN < <(provision "http://127.0.0.1:$EP" "$OUT/tokens.txt")
  export BENCH_TOKEN=$TOKEN BENCH_TOKENS_FILE=$OUT/tokens.txt BENCH_TENANT=$TENANT BENCH_CLIENT_ID=$CLIENT BENCH_CLIENT_SECRET=$SECRET
  EGET=(-t2 -c16 -d"${SECS}s" -s bench/get-customer.lua "http://127.0.0.1:$EP/v1/customers/$CUSTOMER")
}

say "2. emulator under load (wrk -t2 -c16 -d${SECS}s, loopback, $ROUNDS alternating rounds)"
EP=$(free_port); EMU=$(start_emulator "$EP"); PIDS+=("$EMU")
python3 bench/sandbox.py wait "http://127.0.0.1:$EP" 60 >/dev/null
fresh_store
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
printf '%s' "$BODY" >"$OUT/customer-body.json"
JP=$(free_port)
java -cp "$JAR" bench/StaticJavalin.java "$JP" "$OUT/customer-body.json" >"$OUT/static-javalin.log" 2>&1 &
JV=$!; PIDS+=($JV)
for i in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$JP/v1/customers/$CUSTOMER" && break; sleep 0.1; done
JGET=(-t2 -c16 -d"${SECS}s" -s bench/static-customer.lua "http://127.0.0.1:$JP/v1/customers/$CUSTOMER")
JPOST=(-t2 -c16 -d"${SECS}s" -s bench/static-customer.lua "http://127.0.0.1:$JP/v1/customers")
WGET=(-t2 -c16 -d"${SECS}s" -s bench/static-customer.lua "http://127.0.0.1:$WP/v1/customers/$CUSTOMER")
EPOST=(-t2 -c16 -d"${SECS}s" -s bench/post-customer.lua "http://127.0.0.1:$EP")
WPOST=(-t2 -c16 -d"${SECS}s" -s bench/static-customer.lua "http://127.0.0.1:$WP/v1/customers")
say "warming up the three servers with the measured requests (${WARMUP} s each of GET and POST, not recorded)"
wrk -t2 -c16 -d"${WARMUP}s" -s bench/get-customer.lua "http://127.0.0.1:$EP/v1/customers/$CUSTOMER" >/dev/null
wrk -t2 -c16 -d"${WARMUP}s" -s bench/static-customer.lua "http://127.0.0.1:$WP/v1/customers/$CUSTOMER" >/dev/null
wrk -t2 -c16 -d"${WARMUP}s" -s bench/static-customer.lua "http://127.0.0.1:$JP/v1/customers/$CUSTOMER" >/dev/null
fresh_store
wrk -t2 -c16 -d"${WARMUP}s" -s bench/post-customer.lua "http://127.0.0.1:$EP" >/dev/null
BENCH_METHOD=POST wrk -t2 -c16 -d"${WARMUP}s" -s bench/static-customer.lua "http://127.0.0.1:$WP/v1/customers" >/dev/null
BENCH_METHOD=POST wrk -t2 -c16 -d"${WARMUP}s" -s bench/static-customer.lua "http://127.0.0.1:$JP/v1/customers" >/dev/null
fresh_store
row "## 2. The emulator under load (wrk 4.1, 2 threads, 16 connections, ${SECS} s a run, loopback; another process)"
row ""
row "Three servers, each warmed up for ${WARMUP} s with every measured request first, then $ROUNDS rounds; in each"
row "round every server answers the GETs and then the POSTs, in an order that rotates from round to round."
row "WireMock (the issue's yardstick) and a bare Javalin 7 app on the emulator's own Jetty 12"
row "(\`bench/StaticJavalin.java\`: the framework's ceiling) answer with a stored customer body; the emulator"
row "authenticates, throttles, checks faults, remembers MS-RequestIds and reads or writes its store. The"
row "POST script gives every request its own domain and MS-RequestId and spreads them over $PROVIDERS"
row "providers (75 customers each)."
row ""
row "| server and request | requests/s | p50 ms | p99 ms | requests | non-2xx | load while measured |"
row "|---|---|---|---|---|---|---|"
measure_get() { # server, round
  case "$1" in
    emulator) run_wrk emu_get "emulator GET /v1/customers/{id} (round $2)" "$OUT/wrk-get-$2.txt" "${EGET[@]}" ;;
    wiremock) run_wrk wm_get "WireMock GET, stored body (round $2)" "$OUT/wrk-wm-get-$2.txt" "${WGET[@]}" ;;
    javalin) run_wrk jv_get "bare Javalin GET, stored body (round $2)" "$OUT/wrk-jv-get-$2.txt" "${JGET[@]}" ;;
  esac
}
measure_post() { # server, round
  case "$1" in
    emulator) fresh_store; run_wrk emu_post "emulator POST /v1/customers (round $2)" "$OUT/wrk-post-$2.txt" "${EPOST[@]}" ;;
    wiremock) BENCH_METHOD=POST run_wrk wm_post "WireMock POST, stored body (round $2)" "$OUT/wrk-wm-post-$2.txt" "${WPOST[@]}" ;;
    javalin) BENCH_METHOD=POST run_wrk jv_post "bare Javalin POST, stored body (round $2)" "$OUT/wrk-jv-post-$2.txt" "${JPOST[@]}" ;;
  esac
}
SERVERS=(emulator wiremock javalin)
for r in $(seq 1 "$ROUNDS"); do
  order=()
  for k in 0 1 2; do order+=("${SERVERS[$(( (r - 1 + k) % 3 ))]}"); done
  for server in "${order[@]}"; do measure_get "$server" "$r"; done
  for server in "${order[@]}"; do measure_post "$server" "$r"; done
done
run_wrk token "emulator POST /{tenant}/oauth2/token (client_credentials, RS256)" "$OUT/wrk-token.txt" -t2 -c16 -d"${SECS}s" -s bench/token.lua "http://127.0.0.1:$EP"
row ""
row "At a fixed pace of at most 1,000 requests/s (wrk2 is not in Debian: 20 connections, each waiting 20 ms"
row "between requests through wrk's Lua delay(); wrk then does not correct for coordinated omission):"
row ""
row "| server and request | requests/s | p50 ms | p99 ms | requests | non-2xx | load while measured |"
row "|---|---|---|---|---|---|---|"
BENCH_DELAY_MS=20 run_wrk emu_get_paced "emulator GET /v1/customers/{id} @ ≤1,000/s" "$OUT/wrk-get-paced.txt" -t2 -c20 -d"${SECS}s" -s bench/get-customer.lua "http://127.0.0.1:$EP/v1/customers/$CUSTOMER"
BENCH_DELAY_MS=20 run_wrk wm_get_paced "WireMock GET @ ≤1,000/s" "$OUT/wrk-wm-get-paced.txt" -t2 -c20 -d"${SECS}s" -s bench/static-customer.lua "http://127.0.0.1:$WP/v1/customers/$CUSTOMER"
row ""
stop "$WM"; stop "$JV"

# POST into an empty store against POST into a store of 10,000 customers: the same emulator, reset between
say "2b. POST with an empty store and with 10,000 customers ($ROUNDS alternating rounds)"
row "### POST throughput against the size of the store (the same warm emulator, reset before each run, alternating)"
row ""
row "| store before the run | requests/s | p50 ms | p99 ms | requests | non-2xx | load while measured |"
row "|---|---|---|---|---|---|---|"
for r in $(seq 1 "$ROUNDS"); do
  for size in 0 10000; do
    fresh_store
    if [ "$size" -gt 0 ]; then python3 bench/sandbox.py customers "http://127.0.0.1:$EP" "$size" 4 >/dev/null; fi
    run_wrk "post_at_$size" "$size customers (round $r)" "$OUT/wrk-post-at-$size-$r.txt" "${EPOST[@]}"
  done
done
row ""
stop "$EMU"

# --- 3. memory -------------------------------------------------------------------------------
say "3. heap after 10,000 customers"
MP=$(free_port); MEM=$(start_emulator "$MP"); PIDS+=("$MEM")
python3 bench/sandbox.py wait "http://127.0.0.1:$MP" 60 >/dev/null
used_kib() { jcmd "$1" GC.run >/dev/null; jcmd "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9; }
IDLE=$(used_kib "$MEM")
read -r MADE PROVIDERS_MADE < <(python3 bench/sandbox.py customers "http://127.0.0.1:$MP" 10000 4)
FULL=$(used_kib "$MEM")
row "## 3. Memory (jcmd GC.run, then GC.heap_info: heap in use after a full collection)"
row ""
row "| state | heap used |"
row "|---|---|"
row "| started, seeded accounts only | $((IDLE / 1024)) MiB |"
row "| $MADE customers over $PROVIDERS_MADE providers (75 each) | $((FULL / 1024)) MiB ($(( (FULL - IDLE) * 1024 / MADE )) bytes per customer with its provider) |"
row ""
stop "$MEM"

# --- 4. cold start ---------------------------------------------------------------------------
say "4. cold start: java -jar to the first answer and the first access token, 10 starts per variant, alternating"
# The documented line must use its archive, as the timings below start it (relative paths, the project's
# folder) and from any other folder: -Xshare:on refuses to start without it, where the line itself would
# start without it, only slower (a relative jar path in the archive once made it fail from other folders:
# 737 ms instead of 414 ms)
archive_check() { # folder, jar, archive → the JVM's output in $OUT/archive-check.log; stops the bench if unusable
  (cd "$1" && java -Xshare:on -XX:SharedArchiveFile="$3" -XX:TieredStopAtLevel=1 -jar "$2" --help) >"$OUT/archive-check.log" 2>&1 \
    || { cat "$OUT/archive-check.log" >&2
         echo "the AppCDS archive $3 cannot be used with $2 when started from $1: rebuild both with mvn package" >&2; exit 1; }
}
archive_check "$PWD" "$JAR" "$JSA"
archive_check / "$PWD/$JAR" "$PWD/$JSA"
# The poll starts no process: a curl and a sleep every 5 ms took about 15-40 ms of CPU each on this
# machine, CPU the starting JVM needs on two cores. Bash's own /dev/tcp asks, `read -t` on a FIFO
# nobody writes to waits, $EPOCHREALTIME times (microseconds; its decimal point is the locale's).
answers() { # port → success once GET /_emulator/accounts answers 200
  local status
  exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
  printf 'GET /_emulator/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
  IFS= read -rt 10 status <&3 || status=
  exec 3<&-
  [[ $status == "HTTP/1.1 200"* ]]
}
# The first access token needs the RSA signing key, made on its own thread while the server starts: a
# client's first call waits for it, so it is timed too (the seeded indirect provider's app, client credentials)
read -r SEED_TENANT TOKEN_FORM < <(python3 -c '
import json, urllib.parse
account = next(a for a in json.load(open("config/emulator-accounts.json"))["accounts"] if a["role"] == "indirectProvider")
print(account["tenantId"], urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": account["app"]["clientId"],
      "client_secret": account["app"]["clientSecret"], "resource": "https://api.partnercenter.microsoft.com"}))')
issues_token() { # port → success once the token endpoint answers 200
  local status
  exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
  printf 'POST /%s/oauth2/token HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n%s' \
    "$SEED_TENANT" "${#TOKEN_FORM}" "$TOKEN_FORM" >&3
  IFS= read -rt 10 status <&3 || status=
  exec 3<&-
  [[ $status == "HTTP/1.1 200"* ]]
}
PAUSE=$OUT/pause.fifo
{ rm -f "$PAUSE" && mkfifo "$PAUSE" && exec 4<>"$PAUSE"; } || { echo "cannot make the FIFO $PAUSE" >&2; exit 1; }
poll_until() { # check, port, pid, t0, jar → returns once the check succeeds; gives up after 60 s
  local now
  until "$1" "$2" 2>/dev/null; do
    now=${EPOCHREALTIME//[!0-9]/}
    if ! kill -0 "$3" 2>/dev/null || (( now - $4 > 60000000 )); then
      echo "cold start: $5 died, or $1 did not succeed within 60 s" >&2; kill "$3" 2>/dev/null; exit 1
    fi
    read -rt 0.005 <&4 || true
  done
}
cold_once() { # jar, JVM flags... → "ms to the first answer" "ms to the first access token"
  local jar=$1; shift
  local port; port=$(free_port)
  local t0=${EPOCHREALTIME//[!0-9]/} answered issued
  java "$@" -jar "$jar" --port "$port" >/dev/null 2>&1 &
  local pid=$!
  poll_until answers "$port" "$pid" "$t0" "$jar"
  answered=${EPOCHREALTIME//[!0-9]/}
  poll_until issues_token "$port" "$pid" "$t0" "$jar"
  issued=${EPOCHREALTIME//[!0-9]/}
  kill "$pid"; wait "$pid" 2>/dev/null || true # gone before the next start, so that no start shares the CPU
  echo "$(( (answered - t0) / 1000 )) $(( (issued - t0) / 1000 ))"
}
# variant → its figures' key; the archive with the full JIT shows what the documented line's quick
# compiler costs the first token (the RSA key's arithmetic without C2's intrinsics)
declare -A COLD FIRST_TOKEN KEY
labels=()
[ -n "$BASE_JAR" ] && { labels+=("jar of $BASELINE, java -jar"); KEY["jar of $BASELINE, java -jar"]=cold_baseline; }
labels+=("this jar, java -jar (no archive)" "this jar, the documented line (AppCDS archive, C1 only)" "this jar, the AppCDS archive with the full JIT")
KEY["this jar, java -jar (no archive)"]=cold_plain
KEY["this jar, the documented line (AppCDS archive, C1 only)"]=cold_appcds
KEY["this jar, the AppCDS archive with the full JIT"]=cold_appcds_jit
cold_load=$(load1); cold_cpu=$(cpu_now)
for i in $(seq 1 10); do
  for label in "${labels[@]}"; do
    case "${KEY[$label]}" in
      cold_baseline) times=$(cold_once "$BASE_JAR") ;;
      cold_plain) times=$(cold_once "$JAR") ;;
      cold_appcds) times=$(cold_once "$JAR" -XX:SharedArchiveFile="$JSA" -XX:TieredStopAtLevel=1) ;;
      cold_appcds_jit) times=$(cold_once "$JAR" -XX:SharedArchiveFile="$JSA") ;;
    esac
    read -r t k <<<"$times"
    COLD[$label]="${COLD[$label]:-} $t"
    FIRST_TOKEN[$label]="${FIRST_TOKEN[$label]:-} $k"
  done
done
cold_busy=$(busy_since "$cold_cpu")
row "## 4. Cold start (java -jar to the first HTTP answer and to the first access token, 10 starts per variant, alternating)"
row ""
row "Load while measured: load $cold_load at the start, cores $cold_busy % busy. The documented line is"
row "\`java -XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -jar $JAR\`."
row ""
row "The first answer is the target's figure; the first access token also waits for the RSA signing key."
row ""
row "| variant | first answer: median | min | max | first access token: median | min | max |"
row "|---|---|---|---|---|---|---|"
for label in "${labels[@]}"; do
  python3 - "$label" "$FIGURES" "${KEY[$label]}" "${COLD[$label]}" "${FIRST_TOKEN[$label]}" <<'EOF' | tee -a "$RESULTS"
import json, statistics, sys
label, figures, key = sys.argv[1:4]
answers, tokens = ([int(t) for t in arg.split()] for arg in sys.argv[4:6])
print("| %s | %d ms | %d ms | %d ms | %d ms | %d ms | %d ms |" % (label, statistics.median(answers), min(answers), max(answers),
      statistics.median(tokens), min(tokens), max(tokens)))
with open(figures, "a") as f:
    f.write(json.dumps({"key": key, "value": statistics.median(answers)}) + "\n")
    f.write(json.dumps({"key": key + "_token", "value": statistics.median(tokens)}) + "\n")
EOF
done
row ""

# --- 5. the live run's time ------------------------------------------------------------------
if [ "${BENCH_SKIP_LIVE:-0}" != "1" ]; then
  LIVE_RUNS=${BENCH_LIVE_RUNS:-serial default}
  say "5. the live run against the emulator as a remote sandbox (300 ms a call, 2 s lag, 500 calls/min): $LIVE_RUNS"
  mvn -B -q --no-transfer-progress dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/test-classpath.txt" >&2
  live_load=$(load1); live_cpu=$(cpu_now)
  java -cp "target/test-classes:target/classes:$(cat "$OUT/test-classpath.txt")" org.partnersandbox.bench.LiveRunBench \
    "$OUT" "$FIGURES" $LIVE_RUNS >"$OUT/live.md"
  row "## 5. The live run's time (the default-tag suite, live target, against the emulator as a remote sandbox)"
  row ""
  row "One fresh emulator per run with \`--latency-ms 300 --visibility-delay-ms 2000 --throttle-per-minute 500\`; the live"
  row "target's own settings otherwise (config/live.properties). Calls: what the emulator's throttle admitted per partner"
  row "tenant (GET /_emulator/throttle). Floor: the busiest tenant's calls at 500 a minute, or the longest scenario's calls"
  row "at 300 ms each (its critical path), whichever is longer. Load while measured: load $live_load at the start, cores"
  row "$(busy_since "$live_cpu") % busy."
  row ""
  tee -a "$RESULTS" <"$OUT/live.md"
fi

# --- the targets -----------------------------------------------------------------------------
row "## The targets (issue 14)"
row ""
python3 bench/targets.py "$FIGURES" | tee -a "$RESULTS"
row ""
row "Load at the end: $(uptime | sed 's/.*load average/load average/')"
say "results: $RESULTS"
