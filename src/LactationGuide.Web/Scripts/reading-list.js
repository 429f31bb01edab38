// Reading lists, enhanced. Everything works without this file: "Add to a reading list" is a link to the builder,
// the builder is a GET form, and the note prints as typed. With it:
// - the list being made is remembered in this tab (sessionStorage: item ids only), so that adding from one page and
//   then another builds one list rather than starting again;
// - the list's printed date is the reader's own day, not the server's (UTC);
// - a Print button.
// The client's note is never read here: it is never stored, never put in an address and never sent.
(function () {
  'use strict';

  var KEY = 'reading-list';

  function stored() {
    try {
      var value = window.sessionStorage.getItem(KEY);
      return value ? value.split(',').filter(function (k) { return k; }) : [];
    } catch (e) {
      return [];
    }
  }

  function store(keys) {
    try {
      window.sessionStorage.setItem(KEY, keys.join(','));
    } catch (e) {
      // Storage blocked: each "Add" starts from its own item, as without a script.
    }
  }

  function builderAddress(keys) {
    return '/list/build' + (keys.length ? '?items=' + keys.join(',') : '');
  }

  // Just before a link is followed (a click, a middle click or Enter), point it at the list made so far.
  function carryList(event) {
    var link = event.target.closest ? event.target.closest('a[data-list-add], a[data-list-builder]') : null;
    if (!link) {
      return;
    }
    var keys = stored();
    var added = link.getAttribute('data-list-add');
    if (added && keys.indexOf(added) < 0) {
      keys.push(added);
    }
    var fragment = link.hash;
    link.href = builderAddress(keys) + fragment;
  }
  document.addEventListener('click', carryList);
  document.addEventListener('auxclick', carryList);

  // The builder's list is what its address says; remember it for the next "Add".
  var chosen = document.querySelector('[data-list-items]');
  if (chosen) {
    var items = chosen.getAttribute('data-list-items');
    store(items ? items.split(',') : []);
  }

  var date = document.querySelector('time.list-date-value');
  if (date) {
    var today = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    date.setAttribute('datetime', today.getFullYear() + '-' + pad(today.getMonth() + 1) + '-' + pad(today.getDate()));
    // Written out by hand, as the server writes it: Intl's date formatting loads locale data, which measured as a
    // long task of seconds on a slow phone (Lighthouse, 4x CPU slowdown).
    var months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    date.textContent = today.getDate() + ' ' + months[today.getMonth()] + ' ' + today.getFullYear();
  }

  var print = document.querySelector('.list-print');
  if (print) {
    print.addEventListener('click', function () { window.print(); });
  }
}());
