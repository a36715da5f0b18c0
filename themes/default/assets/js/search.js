/*
 * Waymark site search. The build writes each language's index in small files under
 * /search/<lang>/ (see org.waymark.search.SearchIndexes); the search page names its
 * manifest in data-wm-search-meta. Nothing is fetched until a visitor searches; then
 * only the manifest, the word chunks the query's words fall in, and the fragments of
 * the results shown. Every file comes from this site: no request goes anywhere else,
 * nothing is stored.
 */
(function () {
  'use strict';

  var SHOWN = 20;
  var LONGEST = 40;
  var PREFIX_CHUNKS = 3;
  var PREFIX_WORDS = 40;
  var FILTERS = ['category', 'area', 'for'];

  function ready(fn) {
    if (document.readyState !== 'loading') fn();
    else document.addEventListener('DOMContentLoaded', fn);
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return values[k] !== undefined ? values[k] : m; });
  }

  /* The same steps as org.waymark.search.Words: a change there must be made here too. */
  var DROPPED = /['\u2019\u02bc\u0640\u0670\u200c\u200d\u0a3c\u0a71\u064b-\u065f]/g;
  var LETTERS = {
    '\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0671': '\u0627',
    '\u064a': '\u06cc', '\u0649': '\u06cc', '\u0643': '\u06a9',
    '\u0629': '\u0647', '\u06c1': '\u0647', '\u06c2': '\u0647', '\u06c0': '\u0647', '\u06c3': '\u0647', '\u06d5': '\u0647',
    '\u0624': '\u0648', '\u0a70': '\u0a02'
  };
  function normalise(text) {
    var s = text.normalize('NFKC').toLowerCase().normalize('NFD');
    s = s.replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1').normalize('NFC');
    s = s.replace(DROPPED, '');
    s = s.replace(/[\u0622\u0623\u0625\u0671\u064a\u0649\u0643\u0629\u06c1\u06c2\u06c0\u06c3\u06d5\u0624\u0a70]/g, function (c) { return LETTERS[c]; });
    return s.replace(/[\u0660-\u0669\u06f0-\u06f9\u0a66-\u0a6f]/g, function (c) {
      var n = c.charCodeAt(0);
      return String(n >= 0x0a66 ? n - 0x0a66 : n >= 0x06f0 ? n - 0x06f0 : n - 0x0660);
    });
  }
  function words(text) {
    var seen = {};
    return normalise(text).split(/[^\p{L}\p{M}\p{N}]+/u).map(function (w) {
      if (w.length <= LONGEST) return w;
      var code = w.charCodeAt(LONGEST - 1);
      return w.slice(0, code >= 0xd800 && code <= 0xdbff ? LONGEST - 1 : LONGEST);
    }).filter(function (w) {
      if (!w || seen[w]) return false;
      seen[w] = true;
      return true;
    });
  }

  ready(function () {
    var box = document.querySelector('[data-wm-search]');
    var form = document.querySelector('.wm-search-page');
    var input = document.getElementById('wm-search-q');
    var metaUrl = box && box.getAttribute('data-wm-search-meta');
    if (!box || !form || !input || !metaUrl || !window.fetch) return;
    var base = metaUrl.slice(0, metaUrl.lastIndexOf('/') + 1);
    var status = document.getElementById('wm-search-status');
    var list = document.getElementById('wm-search-results');
    var files = {};
    var latest = 0;

    function load(url) {
      if (!files[url]) {
        files[url] = fetch(url, { credentials: 'same-origin' }).then(function (r) {
          if (!r.ok) throw new Error(url + ': ' + r.status);
          return r.json();
        });
        files[url].catch(function () { delete files[url]; });
      }
      return files[url];
    }

    function select(name) {
      var s = form.querySelector('select[name="' + name + '"]');
      return s && s.value ? s : null;
    }

    /* The chunks that may hold words starting with `term`: the one it would be in, and those after it, a few at most. */
    function chunksFor(meta, term) {
      var out = [];
      for (var i = 0; i < meta.chunks.length && out.length < PREFIX_CHUNKS; i++) {
        var c = meta.chunks[i];
        if (c[1] >= term && (c[0] <= term || c[0].lastIndexOf(term, 0) === 0)) out.push(base + c[2]);
        else if (c[0] > term && c[0].lastIndexOf(term, 0) !== 0) break;
      }
      return out;
    }

    /* Each term's words: the word itself and the words it begins, the commonest first. */
    function matches(term, chunks) {
      var found = [];
      chunks.forEach(function (chunk) {
        Object.keys(chunk).forEach(function (w) {
          if (w.lastIndexOf(term, 0) === 0) found.push({ word: w, exact: w === term, entry: chunk[w] });
        });
      });
      found.sort(function (a, b) { return (b.exact - a.exact) || (b.entry[0] - a.entry[0]); });
      return found.slice(0, PREFIX_WORDS);
    }

    function score(meta, df, t, b, len) {
      var idf = Math.log(1 + (meta.docs - df + 0.5) / (df + 0.5));
      var tf = meta.titleWeight * t + b;
      return idf * tf * (meta.k1 + 1) / (tf + meta.k1 * (1 - meta.b + meta.b * len / meta.length));
    }

    /* Documents by score for one term: the best of its words, a word it only begins counting a little less. */
    function scores(meta, found, postings) {
      var out = new Map();
      found.forEach(function (m, i) {
        var p = postings[i];
        for (var k = 0; k < p.length; k += 4) {
          var s = score(meta, m.entry[0], p[k + 1], p[k + 2], p[k + 3]) * (m.exact ? 1 : 0.8);
          if (!(out.get(p[k]) >= s)) out.set(p[k], s);
        }
      });
      return out;
    }

    function search(query) {
      var terms = words(query);
      var chosen = FILTERS.map(select).filter(Boolean);
      return load(metaUrl).then(function (meta) {
        var filtering = Promise.all(chosen.map(function (s) {
          return load(base + meta.filters[s.name]).then(function (f) { return new Set(f[s.value] || []); });
        }));
        var lookups = Promise.all(terms.map(function (term) {
          return Promise.all(chunksFor(meta, term).map(load)).then(function (chunks) { return matches(term, chunks); });
        }));
        return Promise.all([filtering, lookups]).then(function (both) {
          var allowed = both[0];
          var found = both[1];
          // one word: the best documents of each of its words are enough; several: every document of each
          var whole = terms.length > 1 || chosen.length > 0;
          return Promise.all(found.map(function (ms) {
            return Promise.all(ms.map(function (m) {
              if (!whole || !m.exact || m.entry[2].length === 0) return m.entry[1];
              return Promise.all(m.entry[2].map(function (t) { return load(base + t); })).then(function (tails) {
                return [].concat.apply(m.entry[1], tails);
              });
            }));
          })).then(function (postings) {
            var total = null;
            var docs;
            if (terms.length === 0) {
              docs = [];
              if (allowed.length) allowed[0].forEach(function (d) { docs.push([d, 0]); });
            } else {
              var perTerm = found.map(function (ms, i) { return scores(meta, ms, postings[i]); });
              docs = [];
              perTerm[0].forEach(function (s, d) {
                var sum = s;
                for (var i = 1; i < perTerm.length; i++) {
                  var o = perTerm[i].get(d);
                  if (o === undefined) return;
                  sum += o;
                }
                docs.push([d, sum]);
              });
              if (!whole) {
                // the rest of a common word's documents were not fetched: it is in as many as its entry says
                found[0].forEach(function (m) { total = Math.max(total || 0, m.entry[0]); });
              }
            }
            docs = docs.filter(function (d) { return allowed.every(function (a) { return a.has(d[0]); }); });
            docs.sort(function (x, y) { return (y[1] - x[1]) || (x[0] - y[0]); });
            return { meta: meta, docs: docs, total: Math.max(docs.length, total || 0) };
          });
        });
      });
    }

    function fragments(meta, docs) {
      var size = meta.fragmentDocs;
      return Promise.all(docs.map(function (d) {
        var group = Math.floor(d[0] / size);
        var hash = meta.fragments.substr(group * 5, 5);
        return load(base + 'fragment-' + group + '.' + hash + '.json').then(function (f) { return f[d[0] % size]; });
      }));
    }

    function show(query) {
      var run = ++latest;
      var chosen = FILTERS.map(select).filter(Boolean);
      list.textContent = '';
      if (!query && chosen.length === 0) { status.textContent = ''; return; }
      var said = query || chosen.map(function (s) { return s.options[s.selectedIndex].text; }).join(', ');
      status.textContent = box.getAttribute('data-loading');
      search(query).then(function (found) {
        var top = found.docs.slice(0, SHOWN);
        return fragments(found.meta, top).then(function (shown) {
          if (run !== latest) return;
          var count = found.total;
          status.textContent = fill(box.getAttribute(count === 0 ? 'data-none' : count === 1 ? 'data-one' : 'data-found'),
            { count: String(count), q: said });
          shown.forEach(function (r) {
            var li = document.createElement('li');
            li.className = 'wm-search__result';
            var a = document.createElement('a');
            a.href = r[1];
            a.textContent = r[0];
            li.appendChild(a);
            if (r[2]) {
              var p = document.createElement('p');
              p.textContent = r[2];
              li.appendChild(p);
            }
            list.appendChild(li);
          });
        });
      }).catch(function () { if (run === latest) status.textContent = ''; });
    }

    var params = new URLSearchParams(window.location.search);
    var initial = (params.get('q') || '').trim();
    input.value = initial;
    FILTERS.forEach(function (name) {
      var s = form.querySelector('select[name="' + name + '"]');
      if (s && params.get(name)) s.value = params.get(name);
    });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var q = input.value.trim();
      var url = new URL(window.location.href);
      if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
      FILTERS.forEach(function (name) {
        var s = select(name);
        if (s) url.searchParams.set(name, s.value); else url.searchParams.delete(name);
      });
      window.history.replaceState(null, '', url.toString());
      show(q);
    });
    form.addEventListener('change', function (event) {
      if (event.target.tagName === 'SELECT') form.requestSubmit ? form.requestSubmit() : show(input.value.trim());
    });
    if (initial || FILTERS.some(select)) show(initial);
  });
})();
