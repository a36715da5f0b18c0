// Waymark preview: reloads this page when the site has been rebuilt, or when a rebuild found errors
// (the page then shows them). Served only by `waymark serve`; never part of the built site.
(function () {
  'use strict';
  var script = document.currentScript;
  var build = (script && script.getAttribute('data-build')) || '';
  if (!window.EventSource) return;
  var events = new EventSource('/__waymark/events?since=' + encodeURIComponent(build));
  function reload() {
    events.close();
    window.location.reload();
  }
  events.addEventListener('reload', reload);
  events.addEventListener('errors', reload);
})();
