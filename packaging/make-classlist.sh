#!/usr/bin/env bash
# Regenerates packaging/cds/classlist: the classes IX Sweep loads from process start to its first rendered
# window. The Linux installers turn it into an AppCDS archive at install time (linux/cds-archive.sh).
# Run after changes that alter start-up (new libraries, a different first screen); a stale list is harmless
# (missing classes are skipped, new ones are loaded as usual), only less effective.
# Needs the app image (./mvnw -Ppackage package -DskipTests -Djpackage.type=app-image) and a display or
# xvfb-run (apt-get install -y xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE="target/jpackage/image/IX Sweep"
APP="$IMAGE/lib/app"
[ -f "$APP/IX Sweep.cfg" ] || ./mvnw -B -q -Ppackage package -DskipTests -Djpackage.type=app-image
cp=$(sed -n 's/^app\.classpath=\$APPDIR\(.*\)$/\1/p' "$APP/IX Sweep.cfg" | sed "s|^|$PWD/$APP|" | paste -sd: -)
run=()
[ -z "${DISPLAY:-}" ] && run=(xvfb-run -a -s "-screen 0 1280x800x24")
out=$(mktemp)
# default settings (light theme, window size...), not this machine's: a throw-away settings/logs folder
home=$(mktemp -d)
trap 'rm -rf "$home" "$out"' EXIT
"${run[@]}" "$IMAGE/lib/runtime/bin/java" -Xshare:off -XX:DumpLoadedClassList="$out" -Dixsweep.home="$home" \
    -cp "$cp" com.ixsweep.app.Launcher --smoke-test
mkdir -p packaging/cds
{
    echo "# Classes IX Sweep loads up to its first window; made by packaging/make-classlist.sh, read by -Xshare:dump."
    grep -v '^#' "$out"
} >packaging/cds/classlist
echo "packaging/cds/classlist: $(wc -l <packaging/cds/classlist) classes"
