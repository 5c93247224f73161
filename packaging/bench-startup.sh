#!/usr/bin/env bash
# Start-up benchmark of the Linux app, without and with the AppCDS archive that the installers make.
# Variants, run in turn so that all see the same machine load:
#   plain      a copy of the app image, runtime's default CDS archive only
#   cds        the same copy after lib/app/cds-archive.sh create, which the deb/rpm install scripts run
#   stale      a copy of `cds` in another folder, one jar touched: the JVM rejects the archive silently and runs
#              without any CDS (the app archive replaces the runtime's default one)
#   installed  the installed package, /opt/ix-sweep, as apt-get left it (only if it is installed)
# Figures per run:
#   window shown = process start (the shell's clock just before exec) -> the app's log line
#                  "Main window shown" (its Logback timestamp, ms)
#   smoke run    = whole `--smoke-test` run: start, first rendered frame, exit
#   CPU time     = user + system CPU of that run (all threads and child processes): what the start costs, which
#                  other work on the machine changes less than the wall-clock figures
# Prints the median of RUNS runs (default 9), the machine load, and the sizes of the image, the archive, the
# installers in target/installer and the installed folder. Needs xvfb-run (apt-get install -y xvfb libgtk-3-0) or
# a display.
# Usage: packaging/bench-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-9}
IMAGE="$PWD/target/jpackage/image/IX Sweep"
INSTALLED=/opt/ix-sweep
[ -f "$IMAGE/lib/app/IX Sweep.cfg" ] || ./mvnw -B -q -Ppackage package -DskipTests -Djpackage.type=app-image
[ -f "$IMAGE/lib/app/cds-archive.sh" ] || { echo "app image has no cds-archive.sh (not a Linux image?)" >&2; exit 1; }

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
variants=(plain cds stale)
for variant in plain cds; do
    mkdir -p "$tmp/$variant/home"
    # a copy without the space of "IX Sweep": JDK 17 CDS ignores app class-path entries whose path has one
    cp -a "$IMAGE" "$tmp/$variant/ix-sweep"
    ln -s "$tmp/$variant/ix-sweep/bin/IX Sweep" "$tmp/$variant/launcher"
done
sh "$tmp/cds/ix-sweep/lib/app/cds-archive.sh" create
[ -f "$tmp/cds/ix-sweep/lib/app/ix-sweep.jsa" ] || { echo "archive was not created" >&2; exit 1; }
mkdir -p "$tmp/stale/home"
cp -a "$tmp/cds/ix-sweep" "$tmp/stale/ix-sweep"
ln -s "$tmp/stale/ix-sweep/bin/IX Sweep" "$tmp/stale/launcher"
sleep 1 && touch "$tmp/stale/ix-sweep/lib/app/slf4j-api-"*.jar
if [ -f "$INSTALLED/lib/app/ix-sweep.jsa" ]; then
    variants+=(installed)
    mkdir -p "$tmp/installed/home"
    ln -s "$INSTALLED/bin/IX Sweep" "$tmp/installed/launcher"
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

run_once() { # variant -> "shown_ms wall_ms cpu_ms"
    local dir="$tmp/$1" t0 t1 stamp cpu
    t0=$(date +%s%3N)
    cpu=$( { TIMEFORMAT='%3U %3S'; time JAVA_TOOL_OPTIONS="-Dixsweep.home=$dir/home" "$dir/launcher" --smoke-test \
            >/dev/null 2>&1; } 2>&1 )
    t1=$(date +%s%3N)
    stamp=$(grep 'Main window shown' "$dir/home/data/logs/ix-sweep.log" | tail -1 | cut -c1-23 | tr , .)
    echo "$(( $(date -d "$stamp" +%s%3N) - t0 )) $(( t1 - t0 )) $(awk '{printf "%d", ($1 + $2) * 1000}' <<<"$cpu")"
}

declare -A shown wall cpu
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for variant in "${variants[@]}"; do run_once "$variant" >/dev/null; done   # warm-up: file cache, fontconfig
for _ in $(seq "$RUNS"); do
    for variant in "${variants[@]}"; do
        read -r s w c < <(run_once "$variant")
        shown[$variant]+="$s "
        wall[$variant]+="$w "
        cpu[$variant]+="$c "
    done
done

echo "runs: $RUNS, load average (1/5/15 min) before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
for variant in "${variants[@]}"; do
    case $variant in
        plain) label="without app archive" ;;
        cds) label="with app archive" ;;
        stale) label="stale app archive" ;;
        installed) label="installed $INSTALLED" ;;
    esac
    printf '%-22s window shown: median %5s ms  (%s)\n' "$label" \
        "$(tr ' ' '\n' <<<"${shown[$variant]}" | grep . | median)" "${shown[$variant]% }"
    printf '%-22s smoke run:    median %5s ms  (%s)\n' "$label" \
        "$(tr ' ' '\n' <<<"${wall[$variant]}" | grep . | median)" "${wall[$variant]% }"
    printf '%-22s CPU time:     median %5s ms  (user+sys of the smoke run, less sensitive to load)\n' "$label" \
        "$(tr ' ' '\n' <<<"${cpu[$variant]}" | grep . | median)"
done
echo "app image: $(du -sh "$IMAGE" | cut -f1), app archive: $(du -h "$tmp/cds/ix-sweep/lib/app/ix-sweep.jsa" | cut -f1)"
for f in target/installer/*.deb target/installer/*.rpm; do
    [ -f "$f" ] && echo "installer: $f $(du -h "$f" | cut -f1) ($(stat -c %s "$f") bytes)"
done
[ -d "$INSTALLED" ] && echo "installed: $INSTALLED $(du -sh "$INSTALLED" | cut -f1) with the archive," \
    "$(du -sh --exclude=ix-sweep.jsa "$INSTALLED" | cut -f1) without"
exit 0
