// The query page: YASGUI on this server's SPARQL endpoint, and the saved-query buttons.
(function () {
  "use strict";

  function savedQueryText(name) {
    var template = document.getElementById("query-" + name);
    return template ? template.content.textContent : null;
  }

  function start() {
    var root = document.getElementById("yasgui");
    if (!root || typeof Yasgui === "undefined") {
      return;
    }
    var endpoint = window.location.origin + root.getAttribute("data-endpoint");
    var yasgui = new Yasgui(root, {
      requestConfig: { endpoint: endpoint, method: "POST" },
      // No persistence between visits, no endpoint catalogue, and no completers that call
      // prefix.cc or LOV: the page must work without internet access.
      persistenceId: null,
      copyEndpointOnNewTab: true,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      // prefixCcApi: Yasqe fetches its list of known prefixes from prefix.cc unless told where else;
      // /api/prefixes serves the prefixes Parley writes with, taken from the ontology.
      yasqe: { autocompleters: ["variables"], prefixCcApi: window.location.origin + "/api/prefixes" }
    });
    window.parleyYasgui = yasgui;

    function run(name) {
      var text = savedQueryText(name);
      if (text === null) {
        return;
      }
      var tab = yasgui.getTab();
      tab.setQuery(text);
      tab.getYasqe().query();
      document.querySelectorAll("button.saved").forEach(function (b) {
        b.classList.toggle("active", b.getAttribute("data-name") === name);
      });
    }

    document.querySelectorAll("button.saved").forEach(function (button) {
      button.addEventListener("click", function () {
        run(button.getAttribute("data-name"));
      });
    });
    var wanted = new URLSearchParams(window.location.search).get("saved");
    if (wanted) {
      run(wanted);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
