#!/usr/bin/env bash
# Checks that `stack.sh start` restarts only what is down, on the real local stack (takes a few minutes;
# not part of `make test`). It kills parts of the running stack: do not run it while you use the stack.
#
#   infra/local/bin/restart-check.sh            all scenarios
#   infra/local/bin/restart-check.sh kafka foreign   only these (up kafka mongo service stale foreign)
#
# Needs the jars built (make build) and curl, openssl, python3. Leaves the stack running.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
STACK=$ROOT/infra/local/bin/stack.sh
TOKEN=$ROOT/services/identity/bin/token.sh
RUN=${QSP_RUN_DIR:-$ROOT/.run}
GW=http://localhost:8080
FAILURES=0

say() { printf '\n=== %s\n' "$*"; }
ok() { printf 'ok:   %s\n' "$*"; }
bad() { printf 'FAIL: %s\n' "$*"; FAILURES=$((FAILURES + 1)); }

pid_of() { cat "$RUN/pids/$1.pid"; }

# kill -9, then waits until the process is gone.
crash() {
  local pid
  pid=$(pid_of "$1")
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  printf 'killed %s (pid %s) with SIGKILL\n' "$1" "$pid"
}

# Runs stack.sh start; checks its exit status and the components it reports as started.
start_expect() {
  local want_rc=$1 want_started=$2 out rc=0 started
  out=$("$STACK" start 2>&1) || rc=$?
  sed -n '/^[a-z]* *\(already up\|started \|was up\)/p; /^error/,/^  free/p; /^QSP is up/p; /started:/p' <<<"$out"
  started=$(sed -n 's/^  started: *//p' <<<"$out")
  [[ $rc == "$want_rc" ]] && ok "exit status $rc" || bad "exit status $rc, expected $want_rc"
  [[ $started == "$want_started" ]] && ok "started: '${started}'" || bad "started: '${started}', expected '$want_started'"
  LAST_OUTPUT=$out
}

tokens() {
  [[ -n ${INSPECTOR:-} ]] && return
  INSPECTOR=$("$TOKEN" inspector1)
  LAB=$("$TOKEN" lab1)
  ENTERPRISE=$("$TOKEN" ent-a)
}

# A failed sample through the gateway (the README walkthrough), then waits for its notice.
sample_flows() {
  local sample code i
  tokens
  sample=$(cat /proc/sys/kernel/random/uuid)
  for i in $(seq 1 60); do  # the gateway's circuit breaker or a reconnecting producer may refuse for a while
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 -X PUT "$GW/api/inspection/v1/samples/$sample" \
      -H "Authorization: Bearer $INSPECTOR" -H 'Content-Type: application/json' -d '{
      "enterprise": {"uscc": "91330100MA27XY012B", "name": "杭州示例食品有限公司", "region": "330106", "role": "PRODUCER"},
      "product": {"name": "速冻水饺", "brand": "好味", "model": "500g/袋", "batch": "20261101"},
      "sampledAt": "2026-11-20T09:30:00Z", "inspectorIds": ["inspector1", "inspector2"]}')
    [[ $code == 20? ]] && break
    sleep 1
  done
  [[ $code == 20? ]] || { bad "sampling form: HTTP $code"; return; }
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 -X PUT "$GW/api/inspection/v1/samples/$sample/result" \
    -H "Authorization: Bearer $LAB" -H 'Content-Type: application/json' -d '{
    "items": [{"item": "菌落总数", "limit": "≤100000", "measured": "350000", "unit": "CFU/g",
               "verdict": "FAIL", "safetyRelated": false}], "overallVerdict": "FAIL"}')
  [[ $code == 20? ]] || { bad "lab result: HTTP $code"; return; }
  local t0=$SECONDS
  for i in $(seq 1 120); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$GW/api/rectification/v1/tasks/RT-$sample" \
      -H "Authorization: Bearer $ENTERPRISE")
    [[ $code == 200 ]] && break
    sleep 0.5
  done
  [[ $code == 200 ]] && ok "failed sample $sample -> notice RT-$sample after $((SECONDS - t0)) s" ||
    bad "no notice RT-$sample after 60 s (last HTTP $code)"
}

readiness() {
  local name out=""
  local -A port=([identity]=9000 [inspection]=8081 [rectification]=8082 [credit]=8083 [complaint]=8084 [recall]=8085 [gateway]=8080)
  for name in identity inspection rectification credit complaint recall monitor gateway; do
    out+="$name=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:${port[$name]}/actuator/health/readiness") "
  done
  echo "readiness: $out"
}

scenario_up() {
  say "all up: nothing is started"
  "$STACK" start >/dev/null
  local t0=$EPOCHREALTIME
  start_expect 0 ""
  grep -q "nothing started" <<<"$LAST_OUTPUT" && ok "says nothing started ($(printf '%.1f' "$(bc <<<"$EPOCHREALTIME - $t0")") s)" ||
    bad "does not say that nothing was started"
}

scenario_kafka() {
  say "kill -9 kafka: only kafka is started; the services reconnect"
  local before after
  before=$(for n in identity inspection rectification credit complaint recall monitor gateway; do pid_of $n; done | tr '\n' ' ')
  crash kafka
  start_expect 0 kafka
  after=$(for n in identity inspection rectification credit complaint recall monitor gateway; do pid_of $n; done | tr '\n' ' ')
  [[ $before == "$after" ]] && ok "services kept their pids ($after)" || bad "service pids changed: $before -> $after"
  readiness
  sample_flows
}

scenario_mongo() {
  say "kill -9 mongo: only mongo is started"
  crash mongo
  start_expect 0 mongo
  sample_flows
}

scenario_service() {
  say "kill -9 credit: only credit is started"
  crash credit
  start_expect 0 credit
  sample_flows
}

scenario_stale() {
  say "stale pid files: a dead pid and a live pid of another process"
  crash rectification
  echo 999999 >"$RUN/pids/rectification.pid"
  crash gateway
  sleep 300 &
  local other=$!
  echo "$other" >"$RUN/pids/gateway.pid"
  start_expect 0 "rectification gateway"
  kill -0 "$other" 2>/dev/null && ok "the unrelated process $other was left alone" || bad "the unrelated process $other is gone"
  kill "$other"
  sample_flows
}

scenario_foreign() {
  say "a foreign process on credit's port: reported, nothing started"
  crash credit
  python3 -m http.server 8083 --bind 127.0.0.1 >/dev/null 2>&1 &
  local foreign=$!
  until (: </dev/tcp/127.0.0.1/8083) 2>/dev/null; do sleep 0.1; done
  start_expect 1 ""
  grep -q "cannot start credit: port 8083 is in use by pid $foreign" <<<"$LAST_OUTPUT" &&
    ok "names the foreign process" || bad "does not name the foreign process $foreign"
  "$STACK" status | grep '^credit' || true
  kill "$foreign"
  wait "$foreign" 2>/dev/null || true
  start_expect 0 credit
}

all=(up kafka mongo service stale foreign)
scenarios=("$@")
((${#scenarios[@]})) || scenarios=("${all[@]}")
for s in "${scenarios[@]}"; do "scenario_$s"; done
printf '\n%s\n' "$( ((FAILURES)) && echo "$FAILURES check(s) failed" || echo "all checks passed")"
((FAILURES == 0))
