// Parley's timeline, positions and graph views (vis-timeline and Cytoscape.js, both served from
// this server), and the marked spans of an article page. Loaded as a file: the pages carry no
// inline script or style, so a Content-Security-Policy of 'self' is enough for them.
(function () {
  "use strict";

  // Fetches a saved query from the API as SPARQL JSON and hands over its rows as {var: value}.
  function rows(url) {
    return fetch(url, { headers: { Accept: "application/sparql-results+json" } })
      .then(function (r) {
        if (!r.ok) { throw new Error(url + ": " + r.status); }
        return r.json();
      })
      .then(function (json) {
        return json.results.bindings.map(function (b) {
          var row = {};
          Object.keys(b).forEach(function (k) { row[k] = b[k].value; });
          return row;
        });
      });
  }

  // The page of a resource on this server, whatever host and port its IRI names.
  function pageOf(iri, base) {
    if (base && iri.indexOf(base + "id/") === 0) {
      return "/page/" + iri.substring(base.length + 3);
    }
    return null;
  }

  // Where a link to an IRI goes: its page here, else the IRI itself when it is a web address
  // (an IRI from the data such as javascript:... is never made a link).
  function hrefOf(iri, base) {
    return pageOf(iri, base) || (/^https?:\/\//i.test(iri) ? iri : null);
  }

  function text(value) {
    var span = document.createElement("span");
    span.textContent = value;
    return span;
  }

  function shorten(value, words) {
    var w = value.split(/\s+/);
    return w.length <= words ? value : w.slice(0, words).join(" ") + " …";
  }

  function problem(root, message) {
    root.classList.add("failed");
    root.textContent = message;
  }

  function negotiationTimeline(root) {
    var base = root.getAttribute("data-base");
    rows(root.getAttribute("data-source")).then(function (list) {
      var items = [], groups = [], seen = {}, links = {};
      var undated = document.getElementById("undated");
      list.forEach(function (n) {
        var href = hrefOf(n.negotiation, base);
        if (!n.date) {
          if (undated) {
            var li = document.createElement("li");
            var a = document.createElement(href ? "a" : "span");
            if (href) { a.href = href; }
            a.textContent = n.label + " (" + n.statusName + ")";
            li.appendChild(a);
            undated.appendChild(li);
          }
          return;
        }
        // GROUP_CONCAT keeps no order: the same parties must make the same lane.
        var lane = n.partyNames ? n.partyNames.split(" – ").sort().join(" – ") : "parties unknown";
        if (!seen[lane]) {
          seen[lane] = true;
          groups.push({ id: lane, content: text(lane) });
        }
        links[n.negotiation] = href;
        var item = {
          id: n.negotiation, group: lane, start: n.date, content: text(shorten(n.label, 8)),
          title: n.label + " — " + n.statusName, className: "status-" + n.statusName
        };
        if (n.endDate && n.endDate > n.date) {
          item.end = n.endDate;
          item.type = "range";
        }
        items.push(item);
      });
      if (undated && !undated.children.length) {
        var none = document.createElement("li");
        none.textContent = "none";
        undated.appendChild(none);
      }
      if (!items.length) {
        problem(root, "No negotiation with a known date.");
        return;
      }
      groups.sort(function (a, b) { return a.id.localeCompare(b.id); });
      var timeline = new vis.Timeline(root, new vis.DataSet(items), new vis.DataSet(groups), {
        stack: true, zoomable: true, horizontalScroll: false, orientation: "top",
        margin: { item: 6 }, tooltip: { followMouse: true }, zoomMin: 1000 * 60 * 60 * 24 * 3
      });
      timeline.on("click", function (props) {
        if (props.item && links[props.item]) {
          window.location.href = links[props.item];
        }
      });
      root.setAttribute("data-items", String(items.length));
      window.parleyTimeline = timeline;
    }).catch(function (e) { problem(root, "The timeline could not be drawn: " + e.message); });
  }

  function positions(root) {
    var base = root.getAttribute("data-base");
    rows(root.getAttribute("data-source")).then(function (list) {
      var items = [], groups = [], seen = {}, links = {};
      list.forEach(function (f) {
        if (!f.date) { return; }
        var lane = f.kind === "demand" ? "demands: " + f.topicName : "statements";
        if (!seen[lane]) {
          seen[lane] = true;
          groups.push({ id: lane, content: text(lane) });
        }
        var id = f.fact + " " + lane;
        links[id] = hrefOf(f.fact, base);
        items.push({
          id: id, group: lane, start: f.date, content: text(shorten(f.text || "", 6)),
          title: (f.byName ? f.byName + ": " : "") + (f.text || "") + (f.addresseeName ? " (of " + f.addresseeName + ")" : ""),
          className: "kind-" + f.kind
        });
      });
      if (!items.length) {
        problem(root, "No dated demand or statement.");
        return;
      }
      var timeline = new vis.Timeline(root, new vis.DataSet(items), new vis.DataSet(groups), {
        stack: true, zoomable: true, orientation: "top", margin: { item: 4 }, tooltip: { followMouse: true },
        zoomMin: 1000 * 60 * 60 * 24 * 3
      });
      timeline.on("click", function (props) {
        if (props.item && links[props.item]) { window.location.href = links[props.item]; }
      });
      root.setAttribute("data-items", String(items.length));
    }).catch(function (e) { problem(root, "The positions could not be drawn: " + e.message); });
  }

  function neighbourhood(root) {
    var base = root.getAttribute("data-base");
    var center = root.getAttribute("data-center");
    rows(root.getAttribute("data-source")).then(function (list) {
      var nodes = {}, edges = [];
      function node(iri, name, kind) {
        if (!nodes[iri]) {
          nodes[iri] = { data: { id: iri, label: name || iri, kind: kind || "actor", href: pageOf(iri, base) || "" } };
        }
      }
      list.forEach(function (e, i) {
        node(e.source, e.sourceName, e.sourceKind);
        node(e.target, e.targetName, e.targetKind);
        edges.push({ data: { id: "e" + i, source: e.source, target: e.target, label: e.relation, weight: Number(e.weight || 1) } });
      });
      if (!nodes[center]) {
        problem(root, "No negotiations, demands or affiliations around this actor.");
        return;
      }
      nodes[center].data.kind = "center";
      var elements = Object.keys(nodes).map(function (k) { return nodes[k]; }).concat(edges);
      var cy = cytoscape({
        container: root, elements: elements, wheelSensitivity: 0.3,
        layout: { name: "cose", animate: false, padding: 20 },
        style: [
          { selector: "node", style: { label: "data(label)", "font-size": 10, "text-wrap": "ellipsis", "text-max-width": 140,
            "background-color": "#1f5fa8", width: 14, height: 14, color: "#1d2330" } },
          { selector: "node[kind = 'negotiation']", style: { shape: "round-rectangle", "background-color": "#b5651d" } },
          { selector: "node[kind = 'country']", style: { "background-color": "#2e7d32" } },
          { selector: "node[kind = 'organization']", style: { "background-color": "#6a1b9a" } },
          { selector: "node[kind = 'center']", style: { width: 24, height: 24, "background-color": "#c62828", "font-weight": "bold" } },
          { selector: "edge", style: { width: "mapData(weight, 1, 5, 1, 4)", "line-color": "#9aa5b8", "curve-style": "bezier",
            "target-arrow-shape": "triangle", "target-arrow-color": "#9aa5b8", label: "data(label)", "font-size": 8, color: "#5b6474" } }
        ]
      });
      cy.on("tap", "node", function (evt) {
        var href = evt.target.data("href");
        if (href) { window.location.href = href; }
      });
      root.setAttribute("data-nodes", String(Object.keys(nodes).length));
      window.parleyGraph = cy;
    }).catch(function (e) { problem(root, "The graph could not be drawn: " + e.message); });
  }

  // A marked span in an article opens its fact, as the small link after it does.
  function clickableSpans(root) {
    root.addEventListener("click", function (e) {
      var mark = e.target.closest("mark[data-href]");
      if (mark && !e.target.closest("a")) {
        window.location.href = mark.getAttribute("data-href");
      }
    });
  }

  function start() {
    var t = document.getElementById("timeline");
    if (t && typeof vis !== "undefined") { negotiationTimeline(t); }
    var p = document.getElementById("positions");
    if (p && typeof vis !== "undefined") { positions(p); }
    var g = document.getElementById("graph");
    if (g && typeof cytoscape !== "undefined") { neighbourhood(g); }
    var a = document.getElementById("article-text");
    if (a) { clickableSpans(a); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
