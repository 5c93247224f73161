#!/usr/bin/env bash
# Regenerates every raster icon from the SVG master icons/app.svg:
#   icons/app-{16..1024}.png, icons/app.ico (16-256), icons/app.icns (16-1024),
#   and the window icons the app loads from src/main/resources/com/ixsweep/app/icons/.
# Needs rsvg-convert (librsvg2-bin), ImageMagick (ico) and png2icns (icnsutils):
#   apt-get install -y librsvg2-bin imagemagick icnsutils
# The outputs are committed; run this only after editing app.svg.
set -euo pipefail
cd "$(dirname "$0")/.."

SVG=icons/app.svg
OUT=icons
RES=src/main/resources/com/ixsweep/app/icons
CONVERT=/usr/bin/convert   # the real ImageMagick, not a wrapper earlier on PATH
[ -x "$CONVERT" ] || CONVERT=convert

for tool in rsvg-convert png2icns; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y librsvg2-bin icnsutils imagemagick)" >&2; exit 1; }
done

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$SVG" --output "$OUT/app-$size.png"
done

"$CONVERT" "$OUT"/app-{16,24,32,48,64,128,256}.png "$OUT/app.ico"
png2icns "$OUT/app.icns" "$OUT"/app-{16,32,48,128,256,512,1024}.png >/dev/null

mkdir -p "$RES"
for size in 16 32 64 128 256; do
    cp "$OUT/app-$size.png" "$RES/app-$size.png"
done
echo "icons written to $OUT/ and $RES/"
