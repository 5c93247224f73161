#!/usr/bin/env bash
# Smoke test of the packaged app: builds the Linux app image (jlinked runtime + launcher, as the installers ship
# it), starts it once with --smoke-test on a virtual display, and fails unless it exits 0 within 60 s
# (the app exits 0 after its main window has rendered a frame; its own watchdog exits 3 after 30 s).
#
# The packaged app has no Monocle (a test-only library), so it needs a real X display: Xvfb. On a bare Debian or
# Ubuntu box the script installs what is missing when it runs as root (or with sudo): xvfb, xauth, libgtk-3-0,
# fontconfig, fonts-dejavu-core. Elsewhere, install those first. With DISPLAY already set it uses that display.
# Usage: packaging/smoke.sh             build the app image and start it (from anywhere; .ci/run calls this)
#        packaging/smoke.sh LAUNCHER    start an installed app instead, e.g. packaging/smoke.sh "/opt/ix-sweep/bin/IX Sweep"
#                                       (the installers workflow does this with the .deb it built)
set -euo pipefail
launcher_arg=""
[ $# -gt 0 ] && launcher_arg=$(realpath -- "$1")
cd "$(dirname "$0")/.."

missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xauth >/dev/null || missing+=(xauth)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
fc-list 2>/dev/null | grep -q . || missing+=(fontconfig fonts-dejavu-core)
if [ -z "${DISPLAY:-}" ] && [ ${#missing[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null; then
        SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
        echo "smoke: installing ${missing[*]}"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "smoke: missing ${missing[*]} and no apt-get: install them first" >&2
        exit 1
    fi
fi

if [ -n "$launcher_arg" ]; then
    launcher=$launcher_arg
else
    ./mvnw -B -q -Ppackage package -DskipTests -Djpackage.type=app-image
    launcher="target/jpackage/image/IX Sweep/bin/IX Sweep"
fi
[ -x "$launcher" ] || { echo "smoke: no launcher at $launcher" >&2; exit 1; }

# settings and logs go to a throw-away folder, not the user's
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export JAVA_TOOL_OPTIONS="-Dixsweep.home=$home"

run=()
[ -z "${DISPLAY:-}" ] && run=(xvfb-run -a -s "-screen 0 1280x800x24")
start=$(date +%s%3N)
status=0
timeout --kill-after=5 60 "${run[@]}" "$launcher" --smoke-test || status=$?
elapsed=$(( $(date +%s%3N) - start ))

if [ "$status" -ne 0 ]; then
    [ "$status" -eq 124 ] && echo "smoke: no exit within 60 s" >&2
    echo "smoke: FAILED (exit $status after $elapsed ms); app log:" >&2
    cat "$home"/data/logs/*.log >&2 2>/dev/null || true
    exit 1
fi
echo "smoke: $launcher rendered its window and exited 0 in $elapsed ms"
