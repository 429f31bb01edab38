// The milk storage planner, enhanced: fills in the reader's own clock, and recalculates as they type by asking the
// server for the answer (the rules live on the server only). Without this script the form works as a plain GET form.
(() => {
  'use strict';

  const pad = (n) => String(n).padStart(2, '0');
  const localNow = () => {
    const d = new Date();
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  };

  for (const button of document.querySelectorAll('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }

  const form = document.querySelector('form[data-planner]');
  const result = document.getElementById('planner-result');
  if (!form || !result) {
    return;
  }

  const summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  }

  const field = (name) => form.elements.namedItem(name);
  const submitted = new URLSearchParams(location.search).has('place');
  // This script keeps "now" on the device's clock, so the reader does not need to see it.
  const nowField = field('now').closest('.field');
  if (!nowField.classList.contains('field-error')) {
    nowField.hidden = true;
  }
  if (!field('expressed').value) {
    field('expressed').value = localNow();
  }

  let timer = 0;
  let controller = null;

  const recalculate = async ({ typed }) => {
    // "Now" is always this device's clock, never the time in a link someone shared.
    field('now').value = localNow();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (value !== '' && name !== 'now') {
        params.append(name, value);
      }
    }

    const shareable = params.toString();
    history.replaceState(null, '', shareable ? `${form.action}?${shareable}` : form.action);
    params.append('now', field('now').value);
    params.append('partial', '1');

    // Once the reader types, the answer region speaks for the form; the last page load's messages are out of date.
    for (const stale of typed ? document.querySelectorAll('.error-summary, .planner-form .error-message') : []) {
      stale.remove();
    }

    for (const marked of typed ? document.querySelectorAll('.planner-form .field-error') : []) {
      marked.classList.remove('field-error');
    }

    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch(`${form.action}?${params}`, { signal: controller.signal, headers: { Accept: 'text/html' } });
      result.innerHTML = await response.text();
    } catch (error) {
      if (error.name !== 'AbortError') {
        // Offline or the server is away: the last answer stays, and the button still submits the form.
        console.warn('Could not update the answer', error);
      }
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => recalculate({ typed: true }), 300);
  };

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  if (submitted && !summary) {
    // A shared or bookmarked answer: say "still fine" or not by this device's clock, not the sender's.
    recalculate({ typed: false });
  } else {
    field('now').value = localNow();
  }
})();
