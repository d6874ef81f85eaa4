#!/usr/bin/env bash
# CPU profile of the host under load: runs the load test on one scenario, samples the host with perf for 10 s
# during the measured run, and prints the share of each stage of the lodging path (bench/profile/stages.py).
#   bash bench/profile/profile.sh json|xml [connections] [output-folder] [warm-up seconds, default 30]
# Needs perf (Debian: linux-perf) and root or perf_event_paranoid <= 1; the host runs with
# DOTNET_PerfMapEnabled=1 so that perf can name JIT-compiled methods.
set -euo pipefail
cd "$(dirname "$0")/../.."
scenario=${1:-json}
connections=${2:-32}
out=${3:-$(mktemp -d)}
warmup=${4:-30}
mkdir -p "$out"
dotnet build bench/Tamga.LoadTest -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
dotnet bench/Tamga.LoadTest/bin/Release/net10.0/Tamga.LoadTest.dll --scenario "$scenario" --connections "$connections" \
  --duration 40 --warmup "$warmup" --host-env DOTNET_PerfMapEnabled=1 --host-env DOTNET_EnableWriteXorExecute=0 >"$out/load.log" 2>&1 &
load=$!
for _ in $(seq 1 180); do grep -q "  run 1 health" "$out/load.log" && break; sleep 1; done
sleep 8   # into the measured run of the scenario (after its warm-up)
pid=$(grep -o "Host pid [0-9]*" "$out/load.log" | awk '{print $3}')
perf record -F 499 -g -p "$pid" -o "$out/host.perf" -- sleep 10 >/dev/null 2>&1
wait "$load" || true
tail -6 "$out/load.log"
perf script -i "$out/host.perf" >"$out/host.perf.txt" 2>/dev/null
python3 bench/profile/stages.py "$out/host.perf.txt"
echo "profile in $out"
