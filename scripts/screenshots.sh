#!/usr/bin/env bash
# Takes the README's screenshots (home page, timeline, a negotiation page, an article page) of the
# demo, served from a throw-away store, with headless Chromium: run it again after changing the UI.
# Needs Chromium (Debian: apt-get install chromium) and curl; writes docs/screenshots/*.png.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/docs/screenshots"
port="${PORT:-3197}"
url="http://127.0.0.1:$port"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || { echo "screenshots: Chromium is needed (apt-get install chromium)" >&2; exit 1; }

work="$(mktemp -d)"
"$here/parley" demo --port "$port" --db "$work/demo" >"$work/demo.log" 2>&1 &
demo=$!
trap 'kill "$demo" 2>/dev/null || true; wait "$demo" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do
  curl -sf "$url/\$/ping" >/dev/null 2>&1 && break
  kill -0 "$demo" 2>/dev/null || { cat "$work/demo.log" >&2; exit 1; }
  sleep 1
done

# The negotiation most said about, and the article with the most facts, as pages on this server.
first() {
  curl -sf "$url/parley/sparql" -H 'Accept: text/tab-separated-values' \
       --data-urlencode "query=PREFIX parley: <https://w3id.org/parley/ontology#> $1" | sed -n '2s/^<\(.*\)>.*$/\1/p'
}
page() { echo "$url/page/${1#*/id/}"; }
negotiation="$(first 'SELECT ?x (COUNT(?s) AS ?n) WHERE { ?s parley:concerns ?x . ?x a parley:Negotiation } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1')"
article="$(first 'SELECT ?x (COUNT(?m) AS ?n) WHERE { ?f parley:denotedBy ?m . ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext> ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1')"

mkdir -p "$out"
shoot() {
  "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,"$3" \
             --virtual-time-budget=8000 --screenshot="$out/$1.png" "$2" >/dev/null 2>&1
  echo "screenshots: $out/$1.png  <- $2"
}
shoot home "$url/" 1100
shoot timeline "$url/timeline" 900
shoot negotiation "$(page "$negotiation")" 1400
shoot article "$(page "$article")" 1400
