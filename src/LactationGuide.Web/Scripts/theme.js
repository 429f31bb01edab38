// Loaded without defer, before the stylesheet: the reader's chosen theme is set before the first paint, so a
// parent who picked dark mode at night never sees a white flash. No choice stored: the phone's setting rules.
(function () {
  'use strict';
  // Scripts run: the dark-mode button will be shown, so the header keeps its place from the first paint.
  document.documentElement.classList.add('js');
  try {
    var theme = window.localStorage.getItem('theme');
    if (theme === 'dark' || theme === 'light') {
      document.documentElement.setAttribute('data-theme', theme);
    }
  } catch (e) {
    // Storage blocked (private browsing, strict settings): follow the phone's setting.
  }
}());
