/*
 * Waymark directory filter (plain ES2017, no libraries).
 *
 * On the directory home, filters the A to Z list in place as the visitor
 * types or chooses a type of help, an area or who a service is for, and says
 * how many services match in the polite live region ("4 services found").
 * Those words come from the page, in its language: data-found ("{count}
 * services found") and data-found-one on the live region; English when a
 * theme leaves them out.
 * Without JavaScript the form stays hidden (it has .wm-js-only) and the
 * "Browse the directory" links lead to real pages for each filter.
 *
 * Each list item carries what it is filtered on:
 *   data-categories, data-areas, data-groups: ids separated by spaces
 *   data-text: the words a text search looks in, in lower case
 *
 * It stores nothing, makes no network request and never writes the search
 * into the address bar or the history: on a device someone else checks, what
 * a visitor looked for stays on the screen only.
 */
(function () {
  'use strict';

  const form = document.querySelector('[data-wm-dir-filter]');
  const list = document.querySelector('[data-wm-dir-list]');
  if (!form || !list) {
    return;
  }
  const items = Array.prototype.slice.call(list.querySelectorAll('[data-wm-service]'));
  const status = document.querySelector('[data-wm-dir-status]');
  const empty = document.querySelector('[data-wm-dir-empty]');
  const text = form.querySelector('[name="q"]');
  const selects = [
    { field: form.querySelector('[name="category"]'), data: 'categories' },
    { field: form.querySelector('[name="area"]'), data: 'areas' },
    { field: form.querySelector('[name="for"]'), data: 'groups' }
  ];
  const TYPING_PAUSE_MS = 400;
  let timer = null;

  /* Lower case, without accents, so "refuge" finds "Réfuge" and "cafe" finds "café". */
  function fold(s) {
    return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  }

  function words(s) {
    /* also the Arabic comma, semicolon and question mark, the Urdu full stop and the danda */
    return fold(s).split(/[\s,.;:!?()'"\/+\u2013\u2014\u060c\u061b\u061f\u06d4\u0964\u0965-]+/)
      .filter(function (w) { return w !== ''; });
  }

  function matches(item, terms) {
    for (let i = 0; i < selects.length; i++) {
      const wanted = selects[i].field ? selects[i].field.value : '';
      if (wanted !== '') {
        const ids = (item.getAttribute('data-' + selects[i].data) || '').split(' ');
        if (ids.indexOf(wanted) < 0) {
          return false;
        }
      }
    }
    if (terms.length === 0) {
      return true;
    }
    const haystack = fold(item.getAttribute('data-text') || item.textContent);
    return terms.every(function (t) { return haystack.indexOf(t) >= 0; });
  }

  function apply() {
    const terms = text ? words(text.value) : [];
    let shown = 0;
    items.forEach(function (item) {
      const ok = matches(item, terms);
      item.hidden = !ok;
      if (ok) {
        shown++;
      }
    });
    if (empty) {
      empty.hidden = shown !== 0;
    }
    if (status) {
      const one = status.getAttribute('data-found-one') || '1 service found';
      const many = status.getAttribute('data-found') || '{count} services found';
      status.textContent = shown === 1 ? one : many.replace('{count}', String(shown));
    }
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(apply, TYPING_PAUSE_MS);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    apply();
  });
  form.addEventListener('input', function (event) {
    if (event.target === text) {
      later();
    }
  });
  form.addEventListener('change', function (event) {
    if (event.target !== text) {
      window.clearTimeout(timer);
      apply();
    }
  });
  form.addEventListener('reset', function () {
    /* the fields are cleared after this event, so filter on the next turn */
    window.setTimeout(apply, 0);
  });

  /* A page restored by the back button may keep what was chosen before. */
  if ((text && text.value !== '') || selects.some(function (s) { return s.field && s.field.value !== ''; })) {
    apply();
  }
}());
