#!/usr/bin/env bash
# Start-up benchmark of the Linux app image, without and with the AppCDS archive that the installers make.
# Two copies of the image (one with the archive) run alternately, so both see the same machine load:
#   window shown = process start (the shell's clock just before exec) -> the app's log line
#                  "Main window shown" (its Logback timestamp, ms)
#   smoke run    = whole `--smoke-test` run: start, first rendered frame, exit
# Prints the median of RUNS runs (default 9). Needs xvfb-run (apt-get install -y xvfb libgtk-3-0) or a display.
# Usage: packaging/bench-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-9}
IMAGE="$PWD/target/jpackage/image/IX Sweep"
[ -f "$IMAGE/lib/app/IX Sweep.cfg" ] || ./mvnw -B -q -Ppackage package -DskipTests -Djpackage.type=app-image
[ -f "$IMAGE/lib/app/cds-archive.sh" ] || { echo "app image has no cds-archive.sh (not a Linux image?)" >&2; exit 1; }

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for variant in plain cds; do
    mkdir -p "$tmp/$variant/home"
    # a copy without the space of "IX Sweep": JDK 17 CDS ignores app class-path entries whose path has one
    cp -a "$IMAGE" "$tmp/$variant/ix-sweep"
done
sh "$tmp/cds/ix-sweep/lib/app/cds-archive.sh" create
[ -f "$tmp/cds/ix-sweep/lib/app/ix-sweep.jsa" ] || { echo "archive was not created" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

run_once() { # variant -> "shown_ms wall_ms"
    local dir="$tmp/$1" t0 t1 stamp
    t0=$(date +%s%3N)
    JAVA_TOOL_OPTIONS="-Dixsweep.home=$dir/home" "$dir/ix-sweep/bin/IX Sweep" --smoke-test >/dev/null 2>&1
    t1=$(date +%s%3N)
    stamp=$(grep 'Main window shown' "$dir/home/data/logs/ix-sweep.log" | tail -1 | cut -c1-23 | tr , .)
    echo "$(( $(date -d "$stamp" +%s%3N) - t0 )) $(( t1 - t0 ))"
}

declare -A shown wall
for variant in plain cds; do run_once "$variant" >/dev/null; done   # warm-up: file cache, fontconfig
for _ in $(seq "$RUNS"); do
    for variant in plain cds; do
        read -r s w < <(run_once "$variant")
        shown[$variant]+="$s "
        wall[$variant]+="$w "
    done
done

echo "image: $(du -sh "$IMAGE" | cut -f1), archive: $(du -h "$tmp/cds/ix-sweep/lib/app/ix-sweep.jsa" | cut -f1), runs: $RUNS, load: $(cut -d' ' -f1-3 /proc/loadavg)"
for variant in plain cds; do
    label=$([ "$variant" = plain ] && echo "default CDS only" || echo "with AppCDS archive")
    printf '%-20s window shown: median %5s ms  (%s)\n' "$label" \
        "$(tr ' ' '\n' <<<"${shown[$variant]}" | grep . | median)" "${shown[$variant]% }"
    printf '%-20s smoke run:    median %5s ms  (%s)\n' "$label" \
        "$(tr ' ' '\n' <<<"${wall[$variant]}" | grep . | median)" "${wall[$variant]% }"
done
