#!/usr/bin/env bash
# Refreshes the JavaScript libraries the web UI bundles (the timeline and the graph view) from the
# npm registry, at the versions pinned below, into the server's class path. They are committed, so
# building Parley needs neither npm nor the internet; run this only to move to another version.
# npm checks each package's integrity against the registry's published checksum.
set -euo pipefail
VIS_TIMELINE=8.5.4
CYTOSCAPE=3.34.4

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
vendor="$here/server/src/main/resources/org/parley/ui/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "vis-timeline@$VIS_TIMELINE" "cytoscape@$CYTOSCAPE" >/dev/null
mkdir vis-timeline cytoscape
tar xzf "vis-timeline-$VIS_TIMELINE.tgz" -C vis-timeline --strip-components=1
tar xzf "cytoscape-$CYTOSCAPE.tgz" -C cytoscape --strip-components=1

rm -rf "$vendor"
mkdir -p "$vendor/vis-timeline" "$vendor/cytoscape"
# The "dist" UMD build bundles its dependencies but, unlike "standalone", does not inject its CSS
# as an inline <style> (which a Content-Security-Policy without 'unsafe-inline' refuses).
cp vis-timeline/dist/vis-timeline-graph2d.min.js vis-timeline/dist/vis-timeline-graph2d.min.css "$vendor/vis-timeline/"
cp vis-timeline/LICENSE.MIT.txt vis-timeline/LICENSE.Apache-2.0.txt "$vendor/vis-timeline/"
cp cytoscape/dist/cytoscape.min.js cytoscape/LICENSE "$vendor/cytoscape/"
printf 'vis-timeline %s\ncytoscape %s\n' "$VIS_TIMELINE" "$CYTOSCAPE" > "$vendor/VERSIONS"
echo "vendored vis-timeline $VIS_TIMELINE and cytoscape $CYTOSCAPE into $vendor"
