#!/usr/bin/env bash
# Benchmarks of the value command on synthetic portfolios (see BENCHMARKS.md).
#
#   bench/run.sh [N ...]        site builds at each size (default: 1000 10000), 3 runs each
#   RUNS=5 bench/run.sh 2000    more runs
#   bench/run.sh --hugo 10000   also Hugo on the same data, side by side, when
#                               ../shared/bench/compare.sh and hugo are there
#
# Prints, per size, the median wall time and the peak RSS of `./value site`, the ratio of
# the largest size's time to the smallest's, and the median cold-start time of
# `./value check` on one plan. Portfolios are written by bench/GeneratePortfolio.java into
# $BENCH_DIR (default /tmp/value-bench-own) and reused. Needs /usr/bin/time (apt-get install time).
# Each run builds into a new folder, and the folders are deleted when the script ends: a build
# started soon after a large deletion pays seconds of kernel time on ext4 without a journal
# (BENCHMARKS.md, "Creating files"), which is the file system's cost, not the tool's.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_DIR:-/tmp/value-bench-own}"
runs="${RUNS:-3}"
hugo=false
sizes=()
for arg in "$@"; do
  case "$arg" in
    --hugo) hugo=true ;;
    *) sizes+=("$arg") ;;
  esac
done
[ "${#sizes[@]}" -gt 0 ] || sizes=(1000 10000)
if [ ! -x /usr/bin/time ]; then
  echo "bench: needs /usr/bin/time (apt-get install -y time)" >&2
  exit 2
fi
mkdir -p "$work"
"$root/value" --version >/dev/null   # builds the jar first, outside the timings
sites="$work/sites-$$"
trap 'rm -rf "$sites"' EXIT
mkdir -p "$sites"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'),"\
  "$(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -n 1)"
first=""; last=""
for n in "${sizes[@]}"; do
  data="$work/portfolio-$n"
  [ -d "$data" ] || java "$root/bench/GeneratePortfolio.java" "$n" "$data" >/dev/null
  : > "$work/times-$n"
  for r in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$root/value" site "$data" -o "$sites/site-$n-$r" >/dev/null
    cat "$work/t" >> "$work/times-$n"
  done
  wall=$(cut -d' ' -f1 "$work/times-$n" | median)
  rss=$(cut -d' ' -f2 "$work/times-$n" | sort -n | tail -n 1)
  echo "value site, $n accounts: median wall ${wall}s over $runs runs, peak RSS $((rss / 1024)) MiB"
  [ -n "$first" ] || first="$n $wall"
  last="$n $wall"
done
if [ "${#sizes[@]}" -gt 1 ]; then
  echo "$first $last" | awk '{printf "scaling: %d accounts took %.2fx the time of %d\n", $3, $4 / $2, $1}'
fi

plan="$work/portfolio-${sizes[0]}/accounts/acct-00000.yaml"
: > "$work/check"
for _ in $(seq 10); do
  /usr/bin/time -f "%e" -o "$work/t" "$root/value" check "$plan" >/dev/null || true
  cat "$work/t" >> "$work/check"
done
echo "value check, one plan, cold start: median wall $(median < "$work/check")s over 10 runs"

if $hugo; then
  compare="$root/../shared/bench/compare.sh"
  if [ -x "$compare" ] && command -v hugo >/dev/null; then
    for n in "${sizes[@]}"; do
      "$compare" "$n" "$runs" -- "$root/value" site {in} -o {out}
    done
  else
    echo "bench: --hugo needs ../shared/bench/compare.sh and hugo (apt-get install -y hugo)" >&2
  fi
fi
