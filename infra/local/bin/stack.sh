#!/usr/bin/env bash
# The local QSP stack: a Kafka broker, the MongoDB-wire store and the Spring services, each a
# background process on loopback, started in order and each awaited until ready.
#
#   stack.sh start [--allow-missing]   start everything; --allow-missing skips service jars not built yet
#   stack.sh stop                      SIGTERM in reverse order, SIGKILL after STOP_TIMEOUT seconds
#   stack.sh status                    one line per component
#
# Run folder (git-ignored): .run/logs/<name>.log, .run/pids/<name>.pid, .run/data/{kafka,mongo}
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
BIN=$ROOT/infra/local/bin
RUN=${QSP_RUN_DIR:-$ROOT/.run}
LOGS=$RUN/logs
CDS=$RUN/cds
PIDS=$RUN/pids
DATA=$RUN/data

KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
MONGO_PORT=${MONGO_PORT:-27017}
INFRA_TIMEOUT=${QSP_INFRA_TIMEOUT:-60}
READY_TIMEOUT=${QSP_READY_TIMEOUT:-120}
STOP_TIMEOUT=${QSP_STOP_TIMEOUT:-20}
INFRA_JAVA_OPTS=${QSP_INFRA_JAVA_OPTS:--Xmx256m -XX:+ExitOnOutOfMemoryError}
SERVICE_JAVA_OPTS=${QSP_SERVICE_JAVA_OPTS:--Xmx256m}

INFRA_CP=$ROOT/infra/local/target/qsp-local-infra.jar:$ROOT/infra/local/target/lib/*
SERVICES=(identity inspection rectification credit gateway)
declare -A PORT=([kafka]=$KAFKA_PORT [mongo]=$MONGO_PORT
  [identity]=9000 [inspection]=8081 [rectification]=8082 [credit]=8083 [gateway]=8080)
COMPONENTS=(kafka mongo "${SERVICES[@]}")

STARTED=()

say() { printf '%s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

jar_of() { echo "$ROOT/services/$1/target/qsp-$1.jar"; }

port_open() { (: <"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Prints the pid of a running component; the -Dqsp.component marker guards against reused pids.
pid_of() {
  local file=$PIDS/$1.pid pid
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "-Dqsp.component=$1 " || return 1
  echo "$pid"
}

now() { echo "${EPOCHREALTIME/[.,]/}"; }
since() { local us=$(($(now) - $1)); printf '%d.%01d s' $((us / 1000000)) $((us / 100000 % 10)); }

# A class-data-sharing archive per process, written on first exit: halves later start-up times.
cds() { echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$CDS/$1.jsa"; }

launch() {
  local name=$1
  shift
  [[ -f $LOGS/$name.log ]] && mv -f "$LOGS/$name.log" "$LOGS/$name.log.1"
  rm -f "$PIDS/$name.pid"
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PIDS/$name.pid" "$@" >"$LOGS/$name.log" 2>&1 </dev/null &
  STARTED+=("$name")
}

fail_start() {
  local name=$1 why=$2
  printf '\nerror: %s %s\n' "$name" "$why" >&2
  if [[ -f $LOGS/$name.log ]]; then
    printf -- '--- last lines of %s ---\n' "$LOGS/$name.log" >&2
    tail -n 40 "$LOGS/$name.log" >&2
    printf -- '---\n' >&2
  fi
  say "stopping what was started..." >&2
  stop_components "${STARTED[@]}"
  exit 1
}

await() {
  local name=$1 check=$2 timeout=$3 started pid
  started=$(now)
  printf '%-14s starting ' "$name"
  until [[ -s $PIDS/$name.pid ]]; do
    (($(now) - started < 5000000)) || fail_start "$name" "did not start"
    sleep 0.05
  done
  pid=$(<"$PIDS/$name.pid")
  until "$check" "$name"; do
    kill -0 "$pid" 2>/dev/null || fail_start "$name" "exited during start-up"
    (($(now) - started < timeout * 1000000)) || fail_start "$name" "was not ready after ${timeout} s"
    sleep 0.25
  done
  say "ready in $(since "$started") (pid $pid, port ${PORT[$name]})"
}

infra_ready() { grep -q "READY $1 " "$LOGS/$1.log" && port_open "${PORT[$1]}"; }

service_ready() {
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 \
    "http://127.0.0.1:${PORT[$1]}/actuator/health/readiness") == 200 ]]
}

running() {
  local name pid found=()
  for name in "${COMPONENTS[@]}"; do
    pid=$(pid_of "$name") && found+=("$name (pid $pid)")
  done
  ((${#found[@]})) || return 1
  printf '%s ' "${found[@]}"
}

start() {
  local allow_missing=false name missing=() services=() version
  [[ ${1:-} == --allow-missing ]] && allow_missing=true

  local up
  if up=$(running); then
    die "the QSP stack is already running: $up
  stop it first: make stop (or infra/local/bin/stack.sh stop)"
  fi

  JAVA_HOME=$("$BIN/find-jdk.sh") || exit 1
  JAVA=$JAVA_HOME/bin/java

  [[ -f $ROOT/infra/local/target/qsp-local-infra.jar ]] ||
    die "infra/local is not built; run: ./mvnw -pl infra/local install -DskipTests"
  for name in "${SERVICES[@]}"; do
    if [[ -f $(jar_of "$name") ]]; then services+=("$name"); else missing+=("$name"); fi
  done
  if ((${#missing[@]})); then
    local list
    list=$(for name in "${missing[@]}"; do echo "  $(jar_of "$name")"; done)
    $allow_missing || die "service jars not built (build with make build, or start with --allow-missing):
$list"
    printf 'warning: skipping services whose jars are not built:\n%s\n' "$list" >&2
  fi
  for name in kafka mongo "${services[@]}"; do
    port_open "${PORT[$name]}" && die "port ${PORT[$name]} (for $name) is already in use by another process"
  done
  port_open "$KAFKA_CONTROLLER_PORT" &&
    die "port $KAFKA_CONTROLLER_PORT (kafka controller) is already in use by another process"

  mkdir -p "$LOGS" "$PIDS" "$CDS" "$DATA/kafka" "$DATA/mongo"
  rm -f "$PIDS"/*.pid
  trap 'fail_start "start" "interrupted"' INT TERM
  version=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.version = //p')
  # Kafka still unmaps buffers through sun.misc.Unsafe; JDK 23+ warns about it unless allowed.
  local major=${version%%[!0-9]*}
  ((${major:-0} >= 23)) && INFRA_JAVA_OPTS+=" --sun-misc-unsafe-memory-access=allow"
  say "QSP local stack, java $version ($JAVA_HOME)"

  KAFKA_PORT=$KAFKA_PORT KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT KAFKA_DATA_DIR=$DATA/kafka \
    launch kafka "$JAVA" $INFRA_JAVA_OPTS $(cds kafka) -Dqsp.component=kafka -cp "$INFRA_CP" org.qsp.infra.local.LocalKafka
  await kafka infra_ready "$INFRA_TIMEOUT"

  MONGO_PORT=$MONGO_PORT MONGO_FILE=$DATA/mongo/qsp.mv \
    launch mongo "$JAVA" $INFRA_JAVA_OPTS $(cds mongo) -Dqsp.component=mongo -cp "$INFRA_CP" org.qsp.infra.local.LocalMongo
  await mongo infra_ready "$INFRA_TIMEOUT"

  for name in "${services[@]}"; do
    SERVER_PORT=${PORT[$name]} \
      KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT \
      MONGODB_URI=mongodb://127.0.0.1:$MONGO_PORT/qsp_$name \
      QSP_ISSUER_URI=http://localhost:${PORT[identity]} \
      SPRING_PROFILES_ACTIVE=local \
      launch "$name" "$JAVA" $SERVICE_JAVA_OPTS -Dqsp.component="$name" -jar "$(jar_of "$name")"
    await "$name" service_ready "$READY_TIMEOUT"
  done
  trap - INT TERM

  say ""
  say "QSP is up."
  for name in gateway identity inspection rectification credit; do
    printf '  %-14s http://localhost:%s%s\n' "$name" "${PORT[$name]}" "$(pid_of "$name" >/dev/null || echo '  (not started)')"
  done
  say "  kafka          127.0.0.1:$KAFKA_PORT"
  say "  mongo          mongodb://127.0.0.1:$MONGO_PORT"
  say "  logs           $LOGS/<name>.log"
  say "  stop with      make stop"
  if [[ -f $ROOT/infra/local/WALKTHROUGH.txt ]]; then
    say ""
    cat "$ROOT/infra/local/WALKTHROUGH.txt"
  fi
}

stop_components() {
  local i name pid waited
  for ((i = $# ; i > 0 ; i--)); do
    name=${!i}
    if pid=$(pid_of "$name"); then
      printf '%-14s stopping (pid %s) ' "$name" "$pid"
      kill -TERM "$pid" 2>/dev/null || true
      waited=0
      while kill -0 "$pid" 2>/dev/null && ((waited < STOP_TIMEOUT * 4)); do
        sleep 0.25
        waited=$((waited + 1))
      done
      if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
        say "killed after ${STOP_TIMEOUT} s"
      else
        say "stopped"
      fi
    fi
    rm -f "$PIDS/$name.pid"
  done
}

stop() {
  running >/dev/null || { say "the QSP stack is not running"; rm -f "$PIDS"/*.pid; return 0; }
  stop_components "${COMPONENTS[@]}"
}

status() {
  local name pid all_up=0 state
  for name in "${COMPONENTS[@]}"; do
    if pid=$(pid_of "$name"); then
      state="up    pid $pid"
      port_open "${PORT[$name]}" || state="$state (port ${PORT[$name]} not listening yet)"
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
