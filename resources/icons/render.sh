#!/bin/sh
# Regenerates the committed PNG icons from the SVG (needs rsvg-convert: apt-get install librsvg2-bin),
# and the Windows .ico from them (needs ImageMagick). Run after editing the SVG; commit the results.
set -eu
cd "$(dirname "$0")"
id=com.hcltech.leap.EntraSetup
for s in 16 32 48 64 128 256; do
  mkdir -p "hicolor/${s}x${s}/apps"
  rsvg-convert -w "$s" -h "$s" "$id.svg" -o "hicolor/${s}x${s}/apps/$id.png"
done
convert hicolor/16x16/apps/$id.png hicolor/32x32/apps/$id.png hicolor/48x48/apps/$id.png \
  hicolor/256x256/apps/$id.png ../../packaging/windows/leap-entra-setup.ico
