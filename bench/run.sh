#!/usr/bin/env bash
# Benchmark: publishes the generator (Release, ReadyToRun), generates synthetic datasets, and prints
# a Markdown table of wall time, peak memory, time per stage and output sizes per dataset.
#   bench/run.sh                 bundled, 1k, 10k, 100k
#   bench/run.sh 1000000         ... and any extra sizes given
# Needs GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/dashboard-bench}
mkdir -p "$work"
rid=linux-x64

echo "== publishing (Release, ReadyToRun) to $work/app" >&2
dotnet publish src/Dashboard.Cli -c Release -r $rid --self-contained false -p:PublishReadyToRun=true -o "$work/app" >/dev/null
dotnet publish bench/Hello -c Release -r $rid --self-contained false -p:PublishReadyToRun=true -o "$work/hello" >/dev/null
app="$work/app/Dashboard.Cli"

best_of() { # runs "$@" 3 times, prints the fastest "seconds peak_kib cpu_seconds" (CPU = user + system)
  local best=""
  for _ in 1 2 3; do
    local line; /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >/dev/null 2>&1
    line=$(tail -1 "$work/time.txt" | awk '{printf "%s %s %.2f", $1, $2, $3 + $4}')
    if [ -z "$best" ] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then best=$line; fi
  done
  echo "$best"
}

mib() { awk -v k="$1" 'BEGIN{printf "%.0f", k/1024}'; }
size() { local b; b=$(stat -c %s "$1" 2>/dev/null || echo 0); awk -v b="$b" 'BEGIN{ if (b>=1048576) printf "%.1f MiB", b/1048576; else printf "%.0f KiB", b/1024 }'; }

read -r hs hk hc <<<"$(best_of "$work/hello/Hello")"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version)"
echo
echo "dotnet hello world (published, ReadyToRun): ${hs} s wall, ${hc} s CPU, $(mib "$hk") MiB peak"
echo
echo "| dataset | claims | wall | CPU | peak | load | validate | analyse | report.html | report.ar.html | charts | figures.xlsx | claims.csv | aggregates.json | report size | workbook size | csv size | json size |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"

run() { # name data-file
  local name=$1 data=$2 out="$work/out-$1"
  local claims; claims=$("$app" validate --data "$data" | sed -E 's/.*valid: ([0-9]+) claims.*/\1/')
  read -r secs kib cpu <<<"$(best_of "$app" generate --data "$data" --out "$out")"
  # One more run with --timings for the per-stage split (wall and peak come from the best untimed run).
  local t; t=$("$app" generate --data "$data" --out "$out" --timings | awk -F'\t' '/^timing/{printf "%s=%s ", $2, $3}')
  stage() { echo "$t" | tr ' ' '\n' | awk -F= -v k="$1" '$1==k{printf "%.2f s", $2/1000}'; }
  echo "| $name | $claims | ${secs} s | ${cpu} s | $(mib "$kib") MiB | $(stage load) | $(stage validate) | $(stage analyse) | $(stage report.html) | $(stage report.ar.html) | $(stage charts) | $(stage figures.xlsx) | $(stage claims.csv) | $(stage aggregates.json) | $(size "$out/report.html") | $(size "$out/figures.xlsx") | $(size "$out/claims.csv") | $(size "$out/aggregates.json") |"
}

run bundled data/claims.json
for n in 1000 10000 100000 "$@"; do
  f="$work/synth-$n.json"
  [ -f "$f" ] || "$app" synth --claims "$n" --out "$f" >/dev/null
  run "synthetic" "$f"
done
