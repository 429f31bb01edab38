#!/usr/bin/env bash
# Makes the README's screenshots from the real site: an article on a phone (390 x 844), in light and dark mode,
# "Is my baby unwell?" on a small phone (320 x 640), and the milk storage planner's answer for milk pumped yesterday
# at 6 pm, put straight in the fridge and frozen this morning (dark, 390 wide).
# Needs Chromium (apt-get install -y chromium). Run it after a change a visitor would see; commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-5399}"
page="http://127.0.0.1:${port}/articles/milk-storage"
out="docs/screenshots"

dotnet build src/LactationGuide.Web -nologo -v quiet >/dev/null
ASPNETCORE_ENVIRONMENT=Development dotnet src/LactationGuide.Web/bin/Debug/net10.0/LactationGuide.Web.dll \
  --contentRoot "$PWD/src/LactationGuide.Web" --urls "http://127.0.0.1:${port}" >/dev/null &
server=$!
trap 'kill "$server"' EXIT

for _ in $(seq 60); do
  curl -fs -o /dev/null "$page" && break
  sleep 1
done
curl -fs -o /dev/null "$page" || { echo "the site did not start on port ${port}" >&2; exit 1; }

shoot() { # name, address, size, extra Chromium flags
  chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --no-first-run \
    --window-size="$3" "${@:4}" --screenshot="$out/$1.png" "$2" 2>/dev/null
}
shoot article-phone-light "$page" 390,844
# --force-dark-mode makes the page see prefers-color-scheme: dark, as on a phone set to dark.
shoot article-phone-dark "$page" 390,844 --force-dark-mode
shoot unwell-phone-320 "http://127.0.0.1:${port}/unwell" 320,640
# The planner's script asks for the status by the device's clock; the budget lets it answer before the picture.
answer="http://127.0.0.1:${port}/tools/milk-storage?expressed=$(date -d yesterday +%Y-%m-%d)T18:00&been=fridge+$(date -d yesterday +%Y-%m-%d)T18:00&been=freezer+$(date +%Y-%m-%d)T09:00&to=still&guideline=uk"
shoot planner-answer-phone-dark "$answer" 390,1300 --force-dark-mode --virtual-time-budget=5000

for png in "$out"/*.png; do
  size=$(stat -c %s "$png")
  echo "$png: $((size / 1024)) KB"
  if [ "$size" -gt $((150 * 1024)) ]; then echo "$png is over 150 KB" >&2; exit 1; fi
done
