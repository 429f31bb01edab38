// The milk storage planner, enhanced. Without this script every question is a plain GET form and the page reloads at
// the question or the answer. With it, each answer brings the next question (or the answer) in place: the server still
// decides what comes next (the rules live only there), this script swaps the planner's region, puts the step's address
// in the address bar, and moves the focus to the new question or answer so that it is in view and read out. It also
// gives the server this device's clock as "now", and offers "Now" beside each time, never filling one in unasked.
(() => {
  'use strict';

  const region = document.getElementById('planner');
  if (!region) {
    return;
  }

  const pad = (n) => String(n).padStart(2, '0');
  const localNow = () => {
    const d = new Date();
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  };

  // Only the fields the chosen answer needs: the time of a move, once a move is chosen; when it went first, unless it
  // stayed out. A field with an error stays, so the reader sees what to fix.
  const sync = () => {
    const form = region.querySelector('form[data-planner]');
    if (!form) {
      return;
    }
    const to = form.querySelector('input[name=to]:checked')?.value;
    const when = form.querySelector('input[name=when]:checked')?.value;
    const whenSet = form.querySelector('.planner-when');
    const at = form.querySelector('.planner-at');
    const keep = (element) => element.classList.contains('field-error') || element.querySelector('.field-error');
    if (whenSet) {
      whenSet.hidden = to === 'room' && !keep(whenSet);
      if (at) {
        at.hidden = when !== 'later' && !keep(at);
      }
    } else if (at) {
      at.hidden = (!to || to === 'still') && !keep(at);
    }
  };

  const enhance = () => {
    for (const button of region.querySelectorAll('[data-now-for], [data-print]')) {
      button.hidden = false;
    }
    // The device's clock answers "is it still fine?", so the box for typing the time is not needed.
    const nowForm = region.querySelector('.planner-now');
    if (nowForm && !nowForm.querySelector('.field-error')) {
      nowForm.hidden = true;
    }
    sync();
  };

  let controller = null;

  const load = async (url, { push, focus }) => {
    const params = new URLSearchParams(url.search);
    params.delete('partial');
    // "Now" is always this device's clock, never the time in a link someone sent.
    params.set('now', localNow());
    params.set('partial', '1');
    controller?.abort();
    controller = new AbortController();
    let html;
    try {
      const response = await fetch(`${url.pathname}?${params}`, { signal: controller.signal, headers: { Accept: 'text/html' } });
      html = await response.text();
    } catch (error) {
      if (error.name !== 'AbortError') {
        // Offline, or the server is away: go the plain way, which says what went wrong.
        location.assign(url.href);
      }
      return;
    }

    region.innerHTML = html;
    const step = region.querySelector('[data-planner-address]');
    if (push && step) {
      history.pushState({ planner: true }, '', step.dataset.plannerAddress + '#planner');
    }
    if (step?.dataset.plannerTitle) {
      // The page's title without the site's name, which follows the last dash.
      document.title = step.dataset.plannerTitle + document.title.slice(document.title.lastIndexOf(' – '));
    }
    enhance();
    if (focus) {
      const target = region.querySelector('.error-summary, #result-heading, #question-heading');
      target?.focus({ preventScroll: true });
      target?.scrollIntoView({ block: 'start' });
    }
  };

  region.addEventListener('submit', (event) => {
    const form = event.target.closest('form');
    if (!form) {
      return;
    }
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (value !== '' && name !== 'now') {
        params.append(name, value);
      }
    }
    if (event.submitter?.name) {
      params.append(event.submitter.name, event.submitter.value);
    }
    const url = new URL(form.action);
    url.search = params.toString();
    load(url, { push: true, focus: true });
  });

  region.addEventListener('click', (event) => {
    const now = event.target.closest('[data-now-for]');
    if (now) {
      const input = document.getElementById(now.dataset.nowFor);
      input.value = localNow();
      input.focus();
      return;
    }
    const link = event.target.closest('a[data-planner-link]');
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      load(new URL(link.href), { push: true, focus: true });
    }
  });

  region.addEventListener('change', sync);
  window.addEventListener('popstate', () => load(new URL(location.href), { push: false, focus: true }));

  enhance();
  const summary = region.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  } else if (region.querySelector('#result-heading') && !new URLSearchParams(location.search).has('now')) {
    // A shared or bookmarked answer: "still fine" or not by this device's clock, not the sender's.
    load(new URL(location.href), { push: false, focus: false });
  }
})();
