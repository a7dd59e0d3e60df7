#!/usr/bin/env bash
# Runs a Mesh cluster as plain processes on this machine: a private PostgreSQL, three silos and one WebFrontend.
#   deploy/run-cluster.sh start    build, start everything, wait until the WebFrontend is ready
#   deploy/run-cluster.sh stop     stop the WebFrontend and silos gracefully (SIGTERM), then PostgreSQL
#   deploy/run-cluster.sh status   show which processes run
#   deploy/run-cluster.sh restart  rolling upgrade: build, then restart the silos one after another (SIGTERM, wait for
#                                  the exit, start the new build, wait until it is Active before the next)
# Settings (environment): MESH_CLUSTER_DIR (state, logs; default $TMPDIR/mesh-cluster), MESH_PG_PORT (55432),
# MESH_SILO_PORT_BASE (11111), MESH_GATEWAY_PORT_BASE (30000), MESH_MANAGEMENT_PORT_BASE (18081: each silo's health
# and /metrics), MESH_WEB_PORT (5080), MESH_WEB_MANAGEMENT_PORT (5081).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
state=${MESH_CLUSTER_DIR:-${TMPDIR:-/tmp}/mesh-cluster}
pg_port=${MESH_PG_PORT:-55432}
silo_port=${MESH_SILO_PORT_BASE:-11111}
gateway_port=${MESH_GATEWAY_PORT_BASE:-30000}
management_port=${MESH_MANAGEMENT_PORT_BASE:-18081}
web_port=${MESH_WEB_PORT:-5080}
web_management_port=${MESH_WEB_MANAGEMENT_PORT:-5081}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
connection="Host=127.0.0.1;Port=$pg_port;Username=mesh;Database=mesh"

# PostgreSQL refuses to run as root; then it runs as the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL server programs not found (apt-get install postgresql)" >&2; exit 1; }
  mkdir -p "$state"
  if [ ! -d "$state/pg" ]; then
    mkdir -p "$state/pg"
    [ "$(id -u)" = 0 ] && chown postgres "$state/pg"
    as_pg "$pg_bin/initdb" -D "$state/pg" -U mesh --auth=trust >"$state/initdb.log"
  fi
  as_pg "$pg_bin/pg_ctl" -D "$state/pg" -l "$state/pg/server.log" -o "-p $pg_port -k /tmp -c listen_addresses=127.0.0.1" -w start >/dev/null
  "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U mesh -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'mesh'" | grep -q 1 \
    || "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U mesh mesh
}

start_process() {
  local name=$1; shift
  ( "$@" >"$state/$name.log" 2>&1 & echo $! >"$state/$name.pid" )
}

build() {
  dotnet build -c Release "$root/src/Silo" -v q -nologo >/dev/null
  dotnet build -c Release "$root/src/WebFrontend" -v q -nologo >/dev/null
}

start_silo() {
  local i=$1
  start_process "silo-$i" env \
    Mesh__DataDirectory="$state/silo-$i" \
    Mesh__Storage__Provider=PostgreSql Mesh__Storage__ConnectionString="$connection" \
    Mesh__Cluster__Provider=PostgreSql Mesh__Cluster__ClusterId=mesh \
    Mesh__Cluster__Membership__ProbeTimeout=00:00:02 \
    Mesh__Cluster__SiloPort=$((silo_port + i)) Mesh__Cluster__GatewayPort=$((gateway_port + i)) \
    Mesh__Management__Port=$((management_port + i)) \
    dotnet "$root/src/Silo/bin/Release/net10.0/Mesh.Silo.dll"
}

# Ready means the silo is Active in the membership table (its /health/ready checks that, and its storage).
wait_silo_ready() {
  local i=$1
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$((management_port + i))/health/ready" >/dev/null 2>&1; then
      return 0
    fi
    if ! kill -0 "$(cat "$state/silo-$i.pid")" 2>/dev/null; then
      echo "silo-$i ended while starting; see $state/silo-$i.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "silo-$i did not become ready in 60 s; see $state/silo-$i.log" >&2
  exit 1
}

start() {
  build
  start_postgres
  for i in 0 1 2; do start_silo "$i"; done
  # The silos apply the schema (with Orleans' membership table); the WebFrontend's Orleans client needs it to start.
  for i in 0 1 2; do wait_silo_ready "$i"; done
  # An Orleans client that finds the silos' gateways in the membership table. LocalMode gives development sign-in on
  # this one machine; set Mesh__Auth__* instead for real tokens.
  start_process web env Mesh__Cluster__Provider=PostgreSql Mesh__Cluster__ClusterId=mesh Mesh__LocalMode=true \
    ASPNETCORE_URLS="http://127.0.0.1:$web_port" Mesh__Management__Port="$web_management_port" Mesh__DataDirectory="$state/web" \
    Mesh__Storage__Provider=PostgreSql Mesh__Storage__ConnectionString="$connection" \
    dotnet "$root/src/WebFrontend/bin/Release/net10.0/Mesh.WebFrontend.dll"
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$web_port/health/ready" >/dev/null 2>&1; then
      echo "Mesh cluster ready: http://127.0.0.1:$web_port (logs in $state)"
      return 0
    fi
    sleep 1
  done
  echo "The WebFrontend did not become ready in 120 s; see $state/*.log" >&2
  exit 1
}

stop_process() {
  local pid_file="$state/$1.pid"
  [ -f "$pid_file" ] || return 0
  local pid; pid=$(cat "$pid_file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    # Orleans' graceful stop deactivates the silo's grains (writing their state) and leaves the membership table.
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  rm -f "$pid_file"
}

stop() {
  stop_process web
  for i in 2 1 0; do stop_process "silo-$i"; done
  [ -d "$state/pg" ] && as_pg "$pg_bin/pg_ctl" -D "$state/pg" -m fast -w stop >/dev/null 2>&1 || true
  echo "Mesh cluster stopped"
}

restart() {
  build
  for i in 0 1 2; do
    echo "restarting silo-$i"
    stop_process "silo-$i"
    start_silo "$i"
    wait_silo_ready "$i"
  done
  echo "Mesh silos restarted one after another"
}

status() {
  for name in silo-0 silo-1 silo-2 web; do
    if [ -f "$state/$name.pid" ] && kill -0 "$(cat "$state/$name.pid")" 2>/dev/null; then
      echo "$name running (pid $(cat "$state/$name.pid"))"
    else
      echo "$name stopped"
    fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  restart) restart ;;
  *) echo "usage: $0 start|stop|status|restart" >&2; exit 2 ;;
esac
