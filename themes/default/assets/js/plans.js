/*
 * Waymark default theme: the plan pages. Two small things the pages do without it too:
 * - the date a plan or a lead's report is printed, in the title block ([data-wm-printed]); without this
 *   script the paper shows a line to write the date on. The build writes no date of its own into a page:
 *   the same content gives the same site.
 * - "this table is wider than the screen" (.wm-table-hint): without this script it shows on every
 *   narrow screen; with it, only where the table does not fit.
 * Loaded from the site itself (Content-Security-Policy: script-src 'self').
 */
(function () {
  "use strict";

  function printed() {
    var lang = document.documentElement.lang || "en";
    if (lang === "en") lang = "en-GB"; // "7 December 2026", as the site writes dates
    var text = new Date().toLocaleDateString(lang, { day: "numeric", month: "long", year: "numeric" });
    document.querySelectorAll("[data-wm-printed]").forEach(function (el) {
      el.textContent = text;
    });
  }

  function hints() {
    document.querySelectorAll(".wm-table-wrap").forEach(function (wrap) {
      var hint = wrap.querySelector(".wm-table-hint");
      var table = wrap.querySelector("table");
      if (!hint || !table) return;
      var wide = table.getBoundingClientRect().width > wrap.clientWidth + 1;
      wrap.classList.toggle("wm-table-wrap--wide", wide);
      wrap.classList.add("wm-table-wrap--measured");
    });
  }

  printed();
  hints();
  window.addEventListener("beforeprint", printed);
  window.addEventListener("resize", hints);
})();
