#!/usr/bin/env bash
# Installs (with apt, when missing) and starts what the tests need: PostgreSQL and Chromium.
# Sourced by scripts/test.sh; safe to run again.

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "need root for: $*" >&2; return 1; fi; }

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq >&2 || true; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >&2
}

ensure_postgres() {
  if ! command -v pg_lsclusters >/dev/null; then
    echo "Installing PostgreSQL…" >&2
    apt_install postgresql
  fi
  local cluster
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
  if [ -z "$cluster" ]; then
    as_root pg_createcluster 15 main >&2
    cluster="15 main"
  fi
  # shellcheck disable=SC2086
  if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
    as_root pg_ctlcluster $cluster start >&2
  fi
  for _ in $(seq 1 30); do
    if as_root su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1; then break; fi
    sleep 1
  done
  as_root su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres';\"" >/dev/null
  export TAMGA_TEST_POSTGRES="${TAMGA_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres}"
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "Installing Chromium…" >&2
    apt_install chromium
  fi
}
