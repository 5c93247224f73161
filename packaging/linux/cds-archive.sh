#!/bin/sh
# Makes (or removes) the AppCDS archive that speeds up IX Sweep's start.
# Run as root by the deb/rpm install scripts: sh lib/app/cds-archive.sh create | remove
#
# A JDK 17 class-data archive is valid only for the exact jar paths, sizes and times it was made with, so it is
# made here, on the installed files, from the class list shipped in lib/app/ix-sweep.classlist (the classes the
# app loads up to its first window). It needs no display: -Xshare:dump only loads the listed classes.
# Once the archive exists, the launchers' .cfg files get -XX:SharedArchiveFile. If anything fails, nothing is
# added and the app starts as before (with the runtime's default CDS archive). If the archive later goes stale,
# -Xshare:auto makes the JVM ignore it silently.
set -u
APP_DIR=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
JAVA="$APP_DIR/../runtime/bin/java"
LIST="$APP_DIR/ix-sweep.classlist"
JSA="$APP_DIR/ix-sweep.jsa"
MAIN_CFG="$APP_DIR/IX Sweep.cfg"
OPTION='java-options=-XX:SharedArchiveFile=$APPDIR/ix-sweep.jsa'

remove() {
    rm -f "$JSA"
    for cfg in "$APP_DIR"/*.cfg; do
        [ -f "$cfg" ] && sed -i -e '/^java-options=-XX:SharedArchiveFile=/d' -e '/^java-options=-Xshare:auto$/d' "$cfg"
    done
    return 0
}

create() {
    remove
    [ -f "$LIST" ] && [ -x "$JAVA" ] && [ -f "$MAIN_CFG" ] || return 0
    # the class path exactly as the launcher builds it: the cfg's app.classpath entries, in order
    cp=$(sed -n 's/^app\.classpath=\$APPDIR\(.*\)$/\1/p' "$MAIN_CFG" | sed "s|^|$APP_DIR|" | paste -sd: -)
    if ! "$JAVA" -Xshare:dump -XX:SharedClassListFile="$LIST" -XX:SharedArchiveFile="$JSA" -cp "$cp" \
            >/dev/null 2>&1; then
        rm -f "$JSA"
        return 0
    fi
    chmod 644 "$JSA"
    for cfg in "$APP_DIR"/*.cfg; do
        # into the [JavaOptions] section, which need not be the last one
        sed -i "/^\[JavaOptions\]\$/a $OPTION\njava-options=-Xshare:auto" "$cfg"
    done
}

case "${1:-create}" in
    create) create ;;
    remove) remove ;;
    *) echo "usage: $0 create|remove" >&2; exit 2 ;;
esac
exit 0
