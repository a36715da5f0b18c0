/*
 * Waymark default theme script (plain ES2017, no libraries).
 *
 * 1. Marks the page as scripted: <html class="wm-no-js"> becomes "wm-js".
 * 2. "Exit this page", following GOV.UK Frontend's ExitThisPage behaviour:
 *    - a click on any a[data-wm-exit] (the button and the skip link) hides the
 *      page at once (body.wm-exiting plus a white .wm-exit-overlay saying
 *      "Loading.") and then goes to that link's href;
 *    - pressing Shift on its own three times, each press within 5 seconds of
 *      the one before, does the same with the button's href. Shift used with
 *      another key does not count, any other key starts the count again, and
 *      a polite live region says how many more presses are needed;
 *    - when the page comes back from the back/forward cache it is restored.
 *    The referrer is withheld when leaving, as rel="noreferrer" does for the
 *    link without JavaScript.
 *
 * It stores nothing (no cookies, no storage), makes no network request, sets
 * no globals and needs no inline script or style, so it runs under
 * Content-Security-Policy: default-src 'self'.
 */
(function () {
  'use strict';

  const root = document.documentElement;
  root.classList.remove('wm-no-js');
  root.classList.add('wm-js');

  const PRESSES_NEEDED = 3;
  const TIMEOUT_MS = 5000;
  const TEXT = {
    activated: 'Loading.',
    pressTwoMoreTimes: 'Shift, press 2 more times to exit.',
    pressOneMoreTime: 'Shift, press 1 more time to exit.'
  };

  let liveRegion = null; // polite status region inside [data-wm-exit-container]
  let indicator = null; // the three "lights" inside the button (decorative)
  let overlay = null;
  let savedTitle = null;
  let count = 0; // Shift presses counted so far
  let timer = null; // resets the count after TIMEOUT_MS without a press
  let shiftDown = false; // a Shift keydown has been seen and not yet released
  let shiftCombined = false; // another key was used while Shift was held

  /* ---- Exit ---------------------------------------------------------- */

  function isExitLink(el) {
    return el instanceof HTMLAnchorElement && el.hasAttribute('data-wm-exit') &&
      el.getAttribute('href') !== null && el.getAttribute('href') !== '';
  }

  /* The link the Shift shortcut follows: the button in the exit container,
     otherwise the first exit link on the page. */
  function mainExitLink() {
    const selectors = ['[data-wm-exit-container] a[data-wm-exit]', 'a[data-wm-exit]'];
    for (let s = 0; s < selectors.length; s++) {
      const links = document.querySelectorAll(selectors[s]);
      for (let i = 0; i < links.length; i++) {
        if (isExitLink(links[i])) {
          return links[i];
        }
      }
    }
    return null;
  }

  function withholdReferrer() {
    if (document.querySelector('meta[name="referrer"][content="no-referrer"]')) {
      return;
    }
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    (document.head || root).appendChild(meta);
  }

  function exitPage(url) {
    stopTimer();
    count = 0;
    updateIndicator();
    if (liveRegion) {
      liveRegion.textContent = TEXT.activated;
    }

    // Blank the page first: content hidden from sight, from screen readers and
    // from Tab, then an overlay that says what is happening.
    removeOverlay();
    document.body.classList.add('wm-exiting');
    overlay = document.createElement('div');
    overlay.className = 'wm-exit-overlay';
    overlay.setAttribute('role', 'alert');
    document.body.appendChild(overlay);
    // Text set after insertion so screen readers announce it more reliably.
    overlay.textContent = TEXT.activated;

    // The tab switcher would otherwise still show this site's page title.
    if (savedTitle === null) {
      savedTitle = document.title;
    }
    document.title = TEXT.activated;

    withholdReferrer();
    window.location.href = url;
  }

  function removeOverlay() {
    const old = document.querySelectorAll('.wm-exit-overlay');
    for (let i = 0; i < old.length; i++) {
      old[i].parentNode.removeChild(old[i]);
    }
    overlay = null;
  }

  function onClick(event) {
    const target = event.target instanceof Element ? event.target : null;
    const link = target ? target.closest('a[data-wm-exit]') : null;
    if (!link || !isExitLink(link)) {
      return;
    }
    event.preventDefault();
    exitPage(link.href);
  }

  /* ---- Shift pressed three times ------------------------------------- */

  function announce(text) {
    if (liveRegion) {
      liveRegion.textContent = text;
    }
  }

  function stopTimer() {
    if (timer !== null) {
      window.clearTimeout(timer);
      timer = null;
    }
  }

  function resetCount() {
    stopTimer();
    if (count !== 0) {
      count = 0;
      updateIndicator();
    }
    announce('');
  }

  function updateIndicator() {
    if (!indicator) {
      return;
    }
    indicator.classList.toggle('wm-exit__indicator--visible', count > 0);
    const lights = indicator.children;
    for (let i = 0; i < lights.length; i++) {
      lights[i].classList.toggle('wm-exit__light--on', i < count);
    }
  }

  function countShift() {
    const link = mainExitLink();
    if (!link) {
      return;
    }
    count += 1;
    stopTimer();
    if (count >= PRESSES_NEEDED) {
      exitPage(link.href);
      return;
    }
    updateIndicator();
    announce(count === 1 ? TEXT.pressTwoMoreTimes : TEXT.pressOneMoreTime);
    timer = window.setTimeout(resetCount, TIMEOUT_MS);
  }

  function onKeyDown(event) {
    if (event.key === 'Shift') {
      if (!event.repeat && !shiftDown) {
        shiftDown = true;
        // Ctrl+Shift, Alt+Shift (keyboard layout switch), Meta+Shift ...
        shiftCombined = event.ctrlKey || event.altKey || event.metaKey;
      }
      return;
    }
    // Any other key: it spoils a Shift being held, and starts the count again.
    if (shiftDown || event.shiftKey) {
      shiftCombined = true;
    }
    if (count > 0) {
      resetCount();
    }
  }

  function onKeyUp(event) {
    if (event.key !== 'Shift') {
      // As GOV.UK does: a key released with Shift held means the next Shift
      // keyup ends a combination (covers a keydown this page did not see).
      if (event.shiftKey) {
        shiftCombined = true;
      }
      return;
    }
    const combined = shiftCombined || event.ctrlKey || event.altKey || event.metaKey;
    shiftDown = false;
    shiftCombined = false;
    if (combined) {
      if (count > 0) {
        resetCount();
      }
      return;
    }
    countShift();
  }

  /* Shift-click (selecting text, opening a link in a new window) is not a press */
  function onPointerDown(event) {
    if (event.shiftKey) {
      shiftCombined = true;
    }
  }

  function onBlur() {
    shiftDown = false;
    shiftCombined = false;
  }

  /* ---- Back/forward cache ---------------------------------------------- */

  // After "Back" a browser may show the page from its back/forward cache as it
  // was left: blank. Restore it. Only for a restored page: on a fresh load
  // there is nothing to undo, and a late "load" must never unhide a page that
  // is already leaving.
  function onPageShow(event) {
    if (!event.persisted) {
      return;
    }
    document.body.classList.remove('wm-exiting');
    removeOverlay();
    if (savedTitle !== null) {
      document.title = savedTitle;
      savedTitle = null;
    }
    stopTimer();
    count = 0;
    shiftDown = false;
    shiftCombined = false;
    updateIndicator();
    if (liveRegion) {
      liveRegion.setAttribute('role', 'status');
      liveRegion.textContent = '';
    }
  }

  /* ---- Set up ---------------------------------------------------------- */

  function buildIndicator(button) {
    indicator = document.createElement('span');
    indicator.className = 'wm-exit__indicator';
    indicator.setAttribute('aria-hidden', 'true');
    for (let i = 0; i < PRESSES_NEEDED; i++) {
      const light = document.createElement('span');
      light.className = 'wm-exit__light';
      indicator.appendChild(light);
    }
    button.appendChild(indicator);
  }

  function init() {
    if (!document.body || !mainExitLink()) {
      return; // no exit link on this page: nothing to do
    }

    const container = document.querySelector('[data-wm-exit-container]');
    liveRegion = document.createElement('div');
    liveRegion.className = 'wm-visually-hidden';
    liveRegion.setAttribute('role', 'status');
    liveRegion.setAttribute('aria-live', 'polite');
    (container || document.body).appendChild(liveRegion);

    const button = container ? container.querySelector('a[data-wm-exit]') : null;
    if (button) {
      buildIndicator(button);
    }

    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('blur', onBlur);
    window.addEventListener('pageshow', onPageShow);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
