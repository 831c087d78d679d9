#!/usr/bin/env bash
# Runs the Maven wrapper on a JDK >= 21, whatever the machine's default JDK is.
#   ./build.sh <maven args>   e.g. ./build.sh verify
#   ./build.sh run            builds the service (no tests) and starts it; the build's output is
#                             kept in target/build.log and printed only if the build fails
#   ./build.sh token --user U --role R --unit X
#                             prints a token of the development issuer (same COMPLAINTS_DATA_DIR);
#                             builds the service first if it was never built
set -euo pipefail
cd "$(dirname "$0")"

java_major() { # prints the feature version of the JDK at $1, or nothing
  local v
  [ -x "$1/bin/javac" ] || return 0
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  echo "${v%%.*}"
}

pick_jdk() {
  local home major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$JAVA_HOME"; return; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(java_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$home"; return; fi
  fi
  for home in /usr/lib/jvm/*; do
    major=$(java_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$home"; best_major="$major"
    fi
  done
  echo "$best"
}

jdk=$(pick_jdk)
if [ -z "$jdk" ]; then
  echo "build.sh: no JDK 21 or newer found (JAVA_HOME, PATH or /usr/lib/jvm); install one." >&2
  exit 1
fi
export JAVA_HOME="$jdk"
export PATH="$JAVA_HOME/bin:$PATH"

# Builds the service's jar (no tests). Whoever runs it wants the service's log, not the build's:
# the build's output goes to a file, printed only if the build fails. The note goes to stderr, as
# `TOKEN=$(./build.sh token ...)` reads the token from stdout.
build_service() {
  local log=target/build.log
  mkdir -p target
  echo "build.sh: building the service (the build's output goes to $log)..." >&2
  if ! ./mvnw -q -B -DskipTests -pl bootstrap -am package >"$log" 2>&1; then
    cat "$log" >&2
    echo "build.sh: the build failed; its output is above and in $log" >&2
    exit 1
  fi
}

if [ "${1:-}" = "run" ]; then
  shift
  build_service
  exec java --enable-native-access=ALL-UNNAMED -jar bootstrap/target/complaintdesk.jar "$@"
fi
if [ "${1:-}" = "token" ]; then
  shift
  [ -f bootstrap/target/complaintdesk.jar ] || build_service
  exec java --enable-native-access=ALL-UNNAMED -jar bootstrap/target/complaintdesk.jar token "$@"
fi
exec ./mvnw "$@"
