#!/bin/sh
# Draws the app's icons from resources/icons/icon.svg: PNGs for the window and Linux, a
# multi-size .ico for Windows (taskbar, installer, file association). The outputs are committed;
# run this only after changing the SVG. Needs rsvg-convert and ImageMagick
# (apt-get install librsvg2-bin imagemagick).
set -eu
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icon-$size.png"
done
cp icon-512.png icon.png
convert icon-16.png icon-24.png icon-32.png icon-48.png icon-64.png icon-128.png icon-256.png icon.ico
rm icon-[0-9]*.png
