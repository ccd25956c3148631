#!/usr/bin/env bash
# The local QSP stack: a Kafka broker, the MongoDB-wire store and the Spring services, each a
# background process on loopback, started in dependency order and each awaited until ready.
#
#   stack.sh start [--allow-missing]   start whatever is down; --allow-missing skips service jars not built yet
#   stack.sh stop                      SIGTERM in reverse order, SIGKILL after STOP_TIMEOUT seconds
#   stack.sh status                    one line per component (exit status 3 when something is down)
#
# `start` leaves running components alone and starts only the ones that are down, in two waves:
#   1. kafka, mongo, identity      (independent of each other: started together)
#   2. inspection, rectification, credit, complaint, recall, monitor, gateway   (once wave 1 is ready; the gateway's readiness
#                                   does not depend on the services, so it starts alongside them)
# A component counts as up when its pid file names a live process carrying -Dqsp.component=<name>;
# a port held by any other process is reported and nothing is started. infra/local/bin/restart-check.sh
# exercises this on the real stack (kill -9 of the broker, the store, a service; stale pid files; a foreign port).
#
# Start-up time: each JVM keeps a class-data-sharing archive in .run/cds (written when it exits after
# a run without one, dropped when its jars or the JDK change). The services run from their jars
# extracted into .run/app (CDS needs plain jars on the class path, and a rebuild cannot pull a jar from
# under a running service). The broker and the services run with -XX:TieredStopAtLevel=1 (C1 only:
# about half the start-up CPU, lower peak throughput); QSP_FAST_START=0 leaves the JIT alone (use it for
# benchmarks). The store keeps the full JIT: it starts in about a second and does the most work.
#
# Run folder (git-ignored): .run/logs/<name>.log, .run/pids/<name>.pid, .run/data/{kafka,mongo,identity},
# .run/cds/<name>.jsa, .run/app/<service>/
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
BIN=$ROOT/infra/local/bin
RUN=${QSP_RUN_DIR:-$ROOT/.run}
LOGS=$RUN/logs
CDS=$RUN/cds
APPS=$RUN/app
PIDS=$RUN/pids
DATA=$RUN/data

# QSP_PORT_OFFSET moves every port by the same amount (a second stack beside the first: QSP_PORT_OFFSET=100
# QSP_RUN_DIR=/tmp/qsp2 gives gateway 8180, identity 9100, kafka 9192, mongo 27117).
OFFSET=${QSP_PORT_OFFSET:-0}
[[ $OFFSET =~ ^[0-9]+$ ]] || { echo "error: QSP_PORT_OFFSET must be a whole number" >&2; exit 1; }
KAFKA_PORT=${KAFKA_PORT:-$((9092 + OFFSET))}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-$((9093 + OFFSET))}
MONGO_PORT=${MONGO_PORT:-$((27017 + OFFSET))}
INFRA_TIMEOUT=${QSP_INFRA_TIMEOUT:-60}
READY_TIMEOUT=${QSP_READY_TIMEOUT:-120}
STOP_TIMEOUT=${QSP_STOP_TIMEOUT:-30}  # above spring.lifecycle.timeout-per-shutdown-phase (20 s)
# Memory: small heaps on a 2-core machine. The serial collector (what the JVM picks by itself below 2 cores or
# 1.75 GB) instead of G1's remembered sets, a 64 MB code cache instead of 240 MB reserved, 512 KB thread stacks and
# two glibc malloc arenas: the largest process after make bench went from 497 MB to 374 MB RSS.
LEAN_JVM_OPTS="-XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -Xss512k -XX:+ExitOnOutOfMemoryError"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
INFRA_JAVA_OPTS=${QSP_INFRA_JAVA_OPTS:--Xmx256m $LEAN_JVM_OPTS}
SERVICE_JAVA_OPTS=${QSP_SERVICE_JAVA_OPTS:--Xms64m -Xmx192m $LEAN_JVM_OPTS}
FAST_START_OPTS=-XX:TieredStopAtLevel=1
[[ ${QSP_FAST_START:-1} == 0 ]] && FAST_START_OPTS=

INFRA_JAR=$ROOT/infra/local/target/qsp-local-infra.jar
INFRA_CP=$INFRA_JAR:$ROOT/infra/local/target/lib/*
SERVICES=(identity inspection rectification credit complaint recall monitor gateway)
declare -A PORT=([kafka]=$KAFKA_PORT [mongo]=$MONGO_PORT
  [identity]=$((9000 + OFFSET)) [inspection]=$((8081 + OFFSET)) [rectification]=$((8082 + OFFSET))
  [credit]=$((8083 + OFFSET)) [complaint]=$((8084 + OFFSET)) [recall]=$((8085 + OFFSET))
  [monitor]=$((8086 + OFFSET))
  [gateway]=$((8080 + OFFSET)))
COMPONENTS=(kafka mongo "${SERVICES[@]}")
WAVE1=(kafka mongo identity)
WAVE2=(inspection rectification credit complaint recall monitor gateway)

STARTED=()
declare -A LAUNCHED_AT=()

say() { printf '%s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

jar_of() { echo "$ROOT/services/$1/target/qsp-$1.jar"; }
is_infra() { [[ $1 == kafka || $1 == mongo ]]; }

port_open() { (: <"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The command line of a pid, NULs as spaces.
cmdline() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null; }

# Prints the pid of a running component; the -Dqsp.component marker guards against reused pids,
# so a stale pid file (the process died, or its pid now belongs to something else) names nothing.
pid_of() {
  local file=$PIDS/$1.pid pid
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  cmdline "$pid" | grep -q -- "-Dqsp.component=$1 " || return 1
  echo "$pid"
}

# Describes who listens on a port, for a port that is open but not held by our component.
port_holder() {
  local port=$1 pid cmd marker
  pid=$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2) || true
  if [[ -z $pid ]]; then
    echo "another process (see: ss -ltnp 'sport = :$port')"
    return
  fi
  cmd=$(cmdline "$pid")
  marker=$(grep -o -- '-Dqsp\.component=[a-z]*' <<<"$cmd" | head -n 1 | cut -d= -f2) || true
  if [[ -n $marker ]]; then
    echo "pid $pid, a QSP $marker that $PIDS does not track (another checkout or run folder?)"
  else
    ((${#cmd} > 100)) && cmd="${cmd:0:100}…"
    echo "pid $pid: ${cmd% }"
  fi
}

now() { echo "${EPOCHREALTIME/[.,]/}"; }
since() { local us=$(($(now) - $1)); printf '%d.%01d s' $((us / 1000000)) $((us / 100000 % 10)); }

# A short digest of files (name, size, mtime): tells whether an archive, an extracted jar or a running
# process was made from the artifacts that are there now.
fingerprint() { stat -L -c '%n %s %Y' "$@" 2>/dev/null | md5sum | cut -c1-16; }

build_fingerprint() {
  if is_infra "$1"; then
    fingerprint "$INFRA_JAR" "$ROOT"/infra/local/target/lib/*.jar
  else
    fingerprint "$(jar_of "$1")"
  fi
}

# A class-data-sharing archive per process, written when the JVM exits after a run without one.
# The JVM neither uses nor rewrites an archive whose class path changed (a rebuilt jar), so such an
# archive is dropped here and the next clean exit writes a fresh one.
cds() {
  local name=$1 key="$2 $JAVA_HOME $JAVA_VERSION $INFRA_JAVA_OPTS $SERVICE_JAVA_OPTS"
  if [[ ! -f $CDS/$name.key || $(<"$CDS/$name.key") != "$key" ]]; then
    rm -f "$CDS/$name.jsa"
    echo "$key" >"$CDS/$name.key"
  fi
  echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$CDS/$name.jsa"
}

# Extracts a service's executable jar into .run/app/<name> (plain jars: CDS can archive their classes)
# unless the extracted copy is from the same build. Prints the jar to run.
extract() {
  local name=$1 key=$2 dir=$APPS/$1
  if [[ ! -f $dir/.build || $(<"$dir/.build") != "$key" ]]; then
    rm -rf "$dir.new"
    "$JAVA" -Djarmode=tools -jar "$(jar_of "$name")" extract --destination "$dir.new" >"$LOGS/$name.extract.log" 2>&1 ||
      { cat "$LOGS/$name.extract.log" >&2; return 1; }
    echo "$key" >"$dir.new/.build"
    rm -rf "$dir"
    mv "$dir.new" "$dir"
  fi
}

launch() {
  local name=$1
  shift
  [[ -f $LOGS/$name.log ]] && mv -f "$LOGS/$name.log" "$LOGS/$name.log.1"
  rm -f "$PIDS/$name.pid"
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PIDS/$name.pid" "$@" >"$LOGS/$name.log" 2>&1 </dev/null 9>&- &
  STARTED+=("$name")
  LAUNCHED_AT[$name]=$(now)
}

# The credential a scraper sends to /actuator/prometheus (user prometheus, HTTP Basic): made once per run folder,
# kept in it (mode 600) and given to every service; QSP_SCRAPE_PASSWORD overrides it.
scrape_password() {
  local file=$RUN/scrape-password
  if [[ -n ${QSP_SCRAPE_PASSWORD:-} ]]; then echo "$QSP_SCRAPE_PASSWORD"; return; fi
  if [[ ! -s $file ]]; then
    (umask 077; od -An -N18 -tx1 /dev/urandom | tr -d ' \n' >"$file")
  fi
  cat "$file"
}

launch_component() {
  local name=$1 key
  key=$(build_fingerprint "$name")
  echo "$key" >"$PIDS/$name.build"
  case $name in
    kafka)
      KAFKA_PORT=$KAFKA_PORT KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT KAFKA_DATA_DIR=$DATA/kafka \
        launch kafka "$JAVA" $INFRA_JAVA_OPTS $FAST_START_OPTS $(cds kafka "$key") -Dqsp.component=kafka -cp "$INFRA_CP" \
        org.qsp.infra.local.LocalKafka
      ;;
    mongo)
      MONGO_PORT=$MONGO_PORT MONGO_FILE=$DATA/mongo/qsp.mv \
        launch mongo "$JAVA" $INFRA_JAVA_OPTS $(cds mongo "$key") -Dqsp.component=mongo -cp "$INFRA_CP" \
        org.qsp.infra.local.LocalMongo
      ;;
    *)
      # every service gets every service's URI and the scrape password: the gateway routes to them, and the monitor
      # scrapes their /actuator/prometheus for the operations view (qsp.monitor.services, its own through its port)
      SERVER_PORT=${PORT[$name]} \
        KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT \
        MONGODB_URI=mongodb://127.0.0.1:$MONGO_PORT/qsp_$name \
        QSP_ISSUER_URI=http://localhost:${PORT[identity]} \
        QSP_IDENTITY_KEY_DIR=$DATA/identity \
        QSP_SCRAPE_PASSWORD=$(scrape_password) \
        QSP_INSPECTION_URI=http://localhost:${PORT[inspection]} \
        QSP_RECTIFICATION_URI=http://localhost:${PORT[rectification]} \
        QSP_CREDIT_URI=http://localhost:${PORT[credit]} \
        QSP_COMPLAINT_URI=http://localhost:${PORT[complaint]} \
        QSP_RECALL_URI=http://localhost:${PORT[recall]} \
        QSP_MONITOR_URI=http://localhost:${PORT[monitor]} \
        QSP_PUBLIC_BASE_URL=http://localhost:${PORT[gateway]} \
        SPRING_PROFILES_ACTIVE=local \
        launch "$name" "$JAVA" $SERVICE_JAVA_OPTS $FAST_START_OPTS $(cds "$name" "$key") -Dqsp.component="$name" \
        -jar "$APPS/$name/qsp-$name.jar"
      ;;
  esac
}

fail_start() {
  local name=$1 why=$2
  printf '\nerror: %s %s\n' "$name" "$why" >&2
  if [[ -f $LOGS/$name.log ]]; then
    printf -- '--- last lines of %s ---\n' "$LOGS/$name.log" >&2
    tail -n 40 "$LOGS/$name.log" >&2
    printf -- '---\n' >&2
  fi
  if ((${#STARTED[@]})); then
    say "stopping what this run started (${STARTED[*]}); what was already up stays up" >&2
    stop_components "${STARTED[@]}"
  fi
  exit 1
}

infra_ready() { grep -q "READY $1 " "$LOGS/$1.log" 2>/dev/null && port_open "${PORT[$1]}"; }

service_ready() {
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 \
    "http://127.0.0.1:${PORT[$1]}/actuator/health/readiness") == 200 ]]
}

ready() { if is_infra "$1"; then infra_ready "$1"; else service_ready "$1"; fi; }

# Waits until every named component is ready; prints one line per component as it becomes ready.
# $1 is "started" or "was up" (a running component that was not ready yet).
await_all() {
  local how=$1 name pid timeout note=""
  shift
  [[ $how == started ]] || note=" (it was already running and is left as it is; restart it with make stop && make run)"
  local -A t0=() pids=()
  local pending=("$@") next
  for name in "${pending[@]}"; do t0[$name]=${LAUNCHED_AT[$name]:-$(now)}; done
  while ((${#pending[@]})); do
    next=()
    for name in "${pending[@]}"; do
      if [[ -z ${pids[$name]:-} ]]; then
        if [[ -s $PIDS/$name.pid ]]; then
          pids[$name]=$(<"$PIDS/$name.pid")
        else
          (($(now) - t0[$name] < 5000000)) || fail_start "$name" "did not start"
          next+=("$name")
          continue
        fi
      fi
      pid=${pids[$name]}
      if ready "$name"; then
        printf '%-14s %-8s ready in %s (pid %s, port %s)\n' "$name" "$how" "$(since "${t0[$name]}")" "$pid" "${PORT[$name]}"
        continue
      fi
      kill -0 "$pid" 2>/dev/null || fail_start "$name" "exited during start-up"
      if is_infra "$name"; then timeout=$INFRA_TIMEOUT; else timeout=$READY_TIMEOUT; fi
      (($(now) - t0[$name] < timeout * 1000000)) || fail_start "$name" "was not ready after ${timeout} s$note"
      next+=("$name")
    done
    pending=("${next[@]}")
    ((${#pending[@]})) && sleep 0.25
  done
  return 0
}

# Sorts the components into up (ours, running), down and blocked (port held by another process).
# Sets UP, DOWN, BLOCKED (arrays) and WHY (blocked name -> reason).
classify() {
  local name pid
  UP=() DOWN=() BLOCKED=()
  declare -gA WHY=()
  for name in "$@"; do
    if pid=$(pid_of "$name"); then
      UP+=("$name")
    elif port_open "${PORT[$name]}"; then
      BLOCKED+=("$name")
      WHY[$name]="port ${PORT[$name]} is in use by $(port_holder "${PORT[$name]}")"
    elif [[ $name == kafka ]] && port_open "$KAFKA_CONTROLLER_PORT"; then
      BLOCKED+=("$name")
      WHY[$name]="controller port $KAFKA_CONTROLLER_PORT is in use by $(port_holder "$KAFKA_CONTROLLER_PORT")"
    else
      DOWN+=("$name")
    fi
  done
}

contains() { local x=$1 y; shift; for y; do [[ $x == "$y" ]] && return 0; done; return 1; }

# Holds .run/stack.lock for the rest of the script: two start/stop runs must not interleave.
lock() {
  mkdir -p "$RUN"
  exec 9>"$RUN/stack.lock"
  flock -n 9 || die "another stack.sh start/stop is running in $RUN (wait for it, or check $RUN/stack.lock)"
}

start() {
  local allow_missing=false name missing=() wanted=() list
  [[ ${1:-} == --allow-missing ]] && allow_missing=true
  lock

  JAVA_HOME=$("$BIN/find-jdk.sh") || exit 1
  JAVA=$JAVA_HOME/bin/java
  JAVA_VERSION=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release" 2>/dev/null) || true
  [[ -n $JAVA_VERSION ]] ||
    JAVA_VERSION=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.version = //p')

  [[ -f $INFRA_JAR ]] || die "infra/local is not built; run: ./mvnw -pl infra/local install -DskipTests"
  for name in "${SERVICES[@]}"; do
    [[ -f $(jar_of "$name") ]] || missing+=("$name")
  done
  if ((${#missing[@]})); then
    list=$(for name in "${missing[@]}"; do echo "  $(jar_of "$name")"; done)
    $allow_missing || die "service jars not built (build with make build, or start with --allow-missing):
$list"
    printf 'warning: skipping services whose jars are not built:\n%s\n' "$list" >&2
  fi
  for name in "${COMPONENTS[@]}"; do
    contains "$name" "${missing[@]}" || wanted+=("$name")
  done

  mkdir -p "$LOGS" "$PIDS" "$CDS" "$APPS" "$DATA/kafka" "$DATA/mongo" "$DATA/identity"
  scrape_password >/dev/null
  classify "${wanted[@]}"

  if ((${#BLOCKED[@]})); then
    for name in "${BLOCKED[@]}"; do
      printf 'error: cannot start %s: %s\n' "$name" "${WHY[$name]}" >&2
    done
    printf '  free the port (stop that process) or stop the QSP that holds it; nothing was started\n' >&2
    exit 1
  fi

  # Kafka still unmaps buffers through sun.misc.Unsafe; JDK 23+ warns about it unless allowed.
  local major=${JAVA_VERSION%%[!0-9]*}
  ((${major:-0} >= 23)) && INFRA_JAVA_OPTS+=" --sun-misc-unsafe-memory-access=allow"
  if ((${#DOWN[@]})); then
    say "QSP local stack, java $JAVA_VERSION ($JAVA_HOME)"
  fi

  local t_all pid waiting=()
  t_all=$(now)
  for name in "${UP[@]}"; do
    pid=$(pid_of "$name") || true
    if ready "$name"; then
      printf '%-14s already up (pid %s, port %s)\n' "$name" "$pid" "${PORT[$name]}"
    else
      waiting+=("$name")
    fi
    if [[ -f $PIDS/$name.build && $(<"$PIDS/$name.build") != $(build_fingerprint "$name") ]]; then
      printf '%-14s note: runs an older build than the one in target/; restart it to use the new one\n' "$name"
    fi
  done

  trap 'fail_start "start" "interrupted"' INT TERM
  # A component that is up but not ready yet (still starting, or reconnecting) is awaited, not restarted.
  if ((${#waiting[@]})); then
    await_all "was up" "${waiting[@]}"
  fi

  # The jars of the services to start are extracted in the background (only after a rebuild).
  local wave=()
  local -A extracting=()
  for name in "${DOWN[@]}"; do
    is_infra "$name" && continue
    extract "$name" "$(build_fingerprint "$name")" 9>&- &
    extracting[$name]=$!
  done
  # Wave 1: kafka, mongo and identity need nothing from each other.
  for name in "${WAVE1[@]}"; do
    contains "$name" "${DOWN[@]}" || continue
    if [[ -n ${extracting[$name]:-} ]]; then
      wait "${extracting[$name]}" || fail_start "$name" "could not be extracted from $(jar_of "$name")"
    fi
    launch_component "$name"
    wave+=("$name")
  done
  if ((${#wave[@]})); then await_all started "${wave[@]}"; fi
  # Wave 2: the services need the broker, the store and identity's issuer; the gateway starts with them
  # (its readiness does not depend on them) and is launched last.
  wave=()
  for name in "${WAVE2[@]}"; do
    contains "$name" "${DOWN[@]}" || continue
    wait "${extracting[$name]}" || fail_start "$name" "could not be extracted from $(jar_of "$name")"
    wave+=("$name")
  done
  if ((${#wave[@]})); then
    for name in "${wave[@]}"; do launch_component "$name"; done
    await_all started "${wave[@]}"
  fi
  trap - INT TERM

  say ""
  if ((${#STARTED[@]} == 0)); then
    say "QSP is up: all ${#UP[@]} components were already running, nothing started."
  else
    say "QSP is up after $(since "$t_all")."
    say "  started:       ${STARTED[*]}"
    ((${#UP[@]})) && say "  already up:    ${UP[*]}"
  fi
  ((${#missing[@]})) && say "  not built:     ${missing[*]}"
  for name in gateway identity inspection rectification credit complaint recall monitor; do
    printf '  %-14s http://localhost:%s%s\n' "$name" "${PORT[$name]}" "$(pid_of "$name" >/dev/null || echo '  (not started)')"
  done
  say "  console        http://localhost:${PORT[gateway]}/console/ (regulator1 / qsp-demo; admin / qsp-demo: operations)"
  say "  monitor API    http://localhost:${PORT[gateway]}/api/monitor/v1/stream (SSE, regulator1)"
  say "  kafka          127.0.0.1:$KAFKA_PORT"
  say "  mongo          mongodb://127.0.0.1:$MONGO_PORT"
  say "  logs           $LOGS/<name>.log"
  say "  stop with      make stop"
  if ((${#UP[@]} == 0)) && [[ -f $ROOT/infra/local/WALKTHROUGH.txt ]]; then
    say ""
    cat "$ROOT/infra/local/WALKTHROUGH.txt"
  fi
}

# SIGTERM to each named component that is up, all at once, then waits; SIGKILL after STOP_TIMEOUT.
stop_group() {
  local name pid waited=0
  local -A pids=()
  for name; do
    if pid=$(pid_of "$name"); then
      pids[$name]=$pid
      kill -TERM "$pid" 2>/dev/null || true
    fi
    rm -f "$PIDS/$name.pid" "$PIDS/$name.build"
  done
  ((${#pids[@]})) || return 0
  while ((waited < STOP_TIMEOUT * 4)); do
    local alive=false
    for name in "${!pids[@]}"; do kill -0 "${pids[$name]}" 2>/dev/null && alive=true; done
    $alive || break
    sleep 0.25
    waited=$((waited + 1))
  done
  for name in "$@"; do
    [[ -n ${pids[$name]:-} ]] || continue
    if kill -0 "${pids[$name]}" 2>/dev/null; then
      kill -KILL "${pids[$name]}" 2>/dev/null || true
      printf '%-14s killed after %s s (pid %s)\n' "$name" "$STOP_TIMEOUT" "${pids[$name]}"
    else
      printf '%-14s stopped (pid %s)\n' "$name" "${pids[$name]}"
    fi
  done
}

# Stops the named components: the services and the gateway first (together), then identity, the store
# and the broker (together), so that the services can finish their work against the broker and store.
stop_components() {
  local name first=() last=()
  for name; do
    if contains "$name" "${WAVE2[@]}"; then first+=("$name"); else last+=("$name"); fi
  done
  ((${#first[@]})) && stop_group "${first[@]}"
  ((${#last[@]})) && stop_group "${last[@]}"
  return 0
}

stop() {
  local name up=()
  lock
  for name in "${COMPONENTS[@]}"; do pid_of "$name" >/dev/null && up+=("$name"); done
  if ((${#up[@]} == 0)); then
    say "the QSP stack is not running"
    rm -f "$PIDS"/*.pid "$PIDS"/*.build
    return 0
  fi
  stop_components "${COMPONENTS[@]}"
}

status() {
  local name pid all_up=0 state
  for name in "${COMPONENTS[@]}"; do
    if pid=$(pid_of "$name"); then
      state="up    pid $pid"
      port_open "${PORT[$name]}" || state="$state (port ${PORT[$name]} not listening yet)"
    elif port_open "${PORT[$name]}"; then
      state="down  port taken by $(port_holder "${PORT[$name]}")"
      all_up=3
    else
      state="down"
      all_up=3
    fi
    printf '%-14s %-6s %s\n' "$name" "${PORT[$name]}" "$state"
  done
  return $all_up
}

case ${1:-} in
  start) shift; start "$@" ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: $(basename "$0") start [--allow-missing] | stop | status" ;;
esac
