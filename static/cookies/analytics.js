/* Loads the Matomo tracker. Included only for visitors who accepted analytics
   cookies; the address and site id come from this script tag's data-
   attributes, so there is no inline script and the pages can be cached. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var base = script.getAttribute("data-matomo-url").replace(/\/+$/, "") + "/";
  var paq = window._paq = window._paq || [];
  paq.push(["setTrackerUrl", base + "matomo.php"]);
  paq.push(["setSiteId", script.getAttribute("data-site-id")]);
  paq.push(["trackPageView"]);
  paq.push(["enableLinkTracking"]);
  var tracker = document.createElement("script");
  tracker.async = true;
  tracker.src = base + "matomo.js";
  document.head.appendChild(tracker);
})();
