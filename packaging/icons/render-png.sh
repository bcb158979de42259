#!/bin/sh
# Regenerates the committed PNG renditions of the CellBoard icon from the SVG.
# Needs rsvg-convert (apt-get install librsvg2-bin). Run after editing the SVG, then commit.
set -eu
here=$(dirname "$0")
svg="$here/org.cellboard.CellBoard.svg"
for size in 16 32 48 64 128 256; do
  dir="$here/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$dir/org.cellboard.CellBoard.png"
done
