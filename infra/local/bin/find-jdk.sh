#!/usr/bin/env bash
# Prints the JAVA_HOME of a JDK >= ${1:-21}: $JAVA_HOME, else `java` on PATH, else the newest under /usr/lib/jvm.
# Usage: JAVA_HOME=$(infra/local/bin/find-jdk.sh) || exit 1
set -euo pipefail

min=${1:-${QSP_MIN_JAVA:-21}}

# The feature release of the JDK whose java is $1: from its `release` file when there is one (no JVM start,
# which costs 0.2-1 s on a busy machine), else from the running JVM.
major() {
  local spec= release
  release=$(dirname "$(dirname "$1")")/release
  if [[ -f $release ]]; then
    spec=$(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$release")
    [[ $spec == 1.* ]] && spec=${spec#1.}
    spec=${spec%%.*}
  fi
  if [[ ! $spec =~ ^[0-9]+$ ]]; then
    spec=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p') || return 1
    [[ $spec == 1.* ]] && spec=${spec#1.}
  fi
  [[ $spec =~ ^[0-9]+$ ]] && echo "$spec"
}

ok() {
  local v
  [[ -x $1/bin/java && -x $1/bin/javac ]] || return 1
  v=$(major "$1/bin/java") && ((v >= min))
}

if [[ -n ${JAVA_HOME:-} ]]; then
  if ok "$JAVA_HOME"; then
    echo "$JAVA_HOME"
    exit 0
  fi
  echo "note: JAVA_HOME=$JAVA_HOME is not a JDK >= $min, looking elsewhere" >&2
fi

if on_path=$(command -v java 2>/dev/null); then
  home=$(dirname "$(dirname "$(readlink -f "$on_path")")")
  if ok "$home"; then
    echo "$home"
    exit 0
  fi
fi

best= best_version=0
for home in /usr/lib/jvm/*/; do
  home=${home%/}
  [[ -L $home ]] && continue
  ok "$home" || continue
  v=$(major "$home/bin/java")
  if ((v > best_version)); then
    best=$home best_version=$v
  fi
done
if [[ -n $best ]]; then
  echo "$best"
  exit 0
fi

cat >&2 <<MSG
error: no JDK >= $min found.
  checked: \$JAVA_HOME (${JAVA_HOME:-unset}), java on PATH ($(command -v java || echo none)), /usr/lib/jvm/*
  install a JDK $min or newer (e.g. Temurin 21/25) and set JAVA_HOME to it.
MSG
exit 1
