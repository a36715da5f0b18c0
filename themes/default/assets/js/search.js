/*
 * Waymark site search: searches this site's own index (/search/index-<lang>.json)
 * in the browser with Fuse.js, served from this site. Nothing leaves the site:
 * no request goes anywhere but here, nothing is stored.
 */
(function () {
  'use strict';

  function ready(fn) {
    if (document.readyState !== 'loading') fn();
    else document.addEventListener('DOMContentLoaded', fn);
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return values[k] !== undefined ? values[k] : m; });
  }

  ready(function () {
    var box = document.querySelector('[data-wm-search]');
    var form = document.querySelector('.wm-search-page');
    var input = document.getElementById('wm-search-q');
    if (!box || !form || !input || typeof window.Fuse !== 'function') return;
    var status = document.getElementById('wm-search-status');
    var list = document.getElementById('wm-search-results');
    var fuse = null;
    var pending = null;

    function show(query) {
      list.textContent = '';
      if (!query) { status.textContent = ''; return; }
      if (!fuse) { pending = query; status.textContent = box.getAttribute('data-loading'); return; }
      var results = fuse.search(query, { limit: 30 });
      var words = { count: String(results.length), q: query };
      status.textContent = fill(box.getAttribute(results.length === 0 ? 'data-none' : results.length === 1 ? 'data-one' : 'data-found'), words);
      results.forEach(function (r) {
        var li = document.createElement('li');
        li.className = 'wm-search__result';
        var a = document.createElement('a');
        a.href = r.item.u;
        a.textContent = r.item.t;
        li.appendChild(a);
        var text = r.item.d || r.item.x || '';
        if (text) {
          var p = document.createElement('p');
          p.textContent = text.length > 200 ? text.slice(0, 200) + '…' : text;
          li.appendChild(p);
        }
        list.appendChild(li);
      });
    }

    var params = new URLSearchParams(window.location.search);
    var initial = (params.get('q') || '').trim();
    input.value = initial;

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var q = input.value.trim();
      var url = new URL(window.location.href);
      if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
      window.history.replaceState(null, '', url.toString());
      show(q);
    });

    fetch(box.getAttribute('data-index'), { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (entries) {
        fuse = new window.Fuse(entries, {
          keys: [{ name: 't', weight: 3 }, { name: 'd', weight: 2 }, { name: 'x', weight: 1 }],
          ignoreLocation: true,
          threshold: 0.3,
          minMatchCharLength: 2
        });
        show(pending !== null ? pending : initial);
      })
      .catch(function () { status.textContent = ''; });
    if (initial) show(initial);
  });
})();
