// Enhancements only: every feature here has a plain HTML version that works without JavaScript.
(function () {
  'use strict';

  var announcer = document.getElementById('announcer');

  // Clearing first makes a screen reader announce the same message twice in a row ("Link copied", "Link copied").
  function announce(message) {
    if (!announcer) {
      return;
    }
    announcer.textContent = '';
    window.setTimeout(function () { announcer.textContent = message; }, 100);
  }

  function hiddenText(text) {
    var span = document.createElement('span');
    span.className = 'visually-hidden';
    span.textContent = text;
    return span;
  }

  // --- Copy link -------------------------------------------------------------------------------------------
  // The address comes from the canonical link, which the server builds from the configured public address:
  // a link copied on a preview or behind a proxy still points readers at the real site.
  function pageAddress() {
    var canonical = document.querySelector('link[rel="canonical"]');
    var address = canonical ? canonical.href : window.location.href;
    return address.split('#')[0];
  }

  function copyLink(button, fragment) {
    var address = pageAddress() + (fragment ? '#' + fragment : '');
    var label = button.querySelector('.copy-link-label');
    var copied = navigator.clipboard && window.isSecureContext
      ? navigator.clipboard.writeText(address)
      : Promise.reject(new Error('The clipboard is not available here.'));
    copied.then(function () {
      announce('Link copied');
      label.textContent = 'Link copied';
      window.setTimeout(function () { label.textContent = 'Copy link'; }, 3000);
    }, function () {
      // Without the clipboard, the address bar is the next best place to copy from.
      if (fragment) {
        window.history.replaceState(null, '', '#' + fragment);
      }
      announce('Could not copy the link. It is in the address bar: ' + address);
    });
  }

  function copyButton(description, fragment) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    var label = document.createElement('span');
    label.className = 'copy-link-label';
    label.textContent = 'Copy link';
    button.appendChild(label);
    button.appendChild(hiddenText(' ' + description));
    button.addEventListener('click', function () { copyLink(button, fragment); });
    return button;
  }

  function addCopyButtons() {
    var headings = document.querySelectorAll('main h2 > a.self-link, main h3 > a.self-link');
    Array.prototype.forEach.call(headings, function (link) {
      var heading = link.parentElement;
      var fragment = decodeURIComponent(link.getAttribute('href').slice(1));
      // The button sits beside the heading, not inside it, so the heading's name stays just its text.
      var row = document.createElement('div');
      row.className = 'heading-row heading-row-' + heading.tagName.toLowerCase();
      heading.parentNode.insertBefore(row, heading);
      row.appendChild(heading);
      row.appendChild(copyButton('to the section: ' + link.textContent.trim(), fragment));
    });

    var page = document.querySelector('main h1[data-copy-link]');
    if (page) {
      var row = document.createElement('div');
      row.className = 'heading-row heading-row-h1';
      page.parentNode.insertBefore(row, page);
      row.appendChild(page);
      row.appendChild(copyButton('to this page', null));
    }
  }

  // --- Theme toggle ----------------------------------------------------------------------------------------
  var darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
  var root = document.documentElement;

  function systemTheme() {
    return darkQuery.matches ? 'dark' : 'light';
  }

  function currentTheme() {
    return root.getAttribute('data-theme') || systemTheme();
  }

  function remember(theme) {
    try {
      if (theme) {
        window.localStorage.setItem('theme', theme);
      } else {
        window.localStorage.removeItem('theme');
      }
    } catch (e) {
      // Storage blocked: the choice lasts until the page is left.
    }
  }

  function setUpThemeToggle() {
    var toggle = document.querySelector('.theme-toggle');
    if (!toggle) {
      return;
    }
    function show() {
      toggle.setAttribute('aria-pressed', currentTheme() === 'dark' ? 'true' : 'false');
    }
    toggle.addEventListener('click', function () {
      var wanted = currentTheme() === 'dark' ? 'light' : 'dark';
      // Choosing what the phone already shows means "follow the phone" again, so the choice is forgotten.
      if (wanted === systemTheme()) {
        root.removeAttribute('data-theme');
        remember(null);
      } else {
        root.setAttribute('data-theme', wanted);
        remember(wanted);
      }
      show();
    });
    if (darkQuery.addEventListener) {
      darkQuery.addEventListener('change', show);
    }
    show();
    toggle.hidden = false;
  }

  // --- Glossary words explained in place --------------------------------------------------------------------
  // Each article lists the meanings of the words it links to (#page-glossary). The link itself is kept, so the
  // glossary is one tap away; a small button beside it shows the meaning right there in the text.
  function setUpGlossary() {
    var glossary = document.getElementById('page-glossary');
    if (!glossary) {
      return;
    }
    var seen = {};
    var links = document.querySelectorAll('main .prose a[href^="/glossary#"]');
    Array.prototype.forEach.call(links, function (link, index) {
      var slug = link.getAttribute('href').split('#')[1];
      var term = glossary.querySelector('dt[data-term="' + slug + '"]');
      var meaning = glossary.querySelector('dd[data-term="' + slug + '"]');
      if (seen[slug] || !term || !meaning) {
        return;
      }
      seen[slug] = true;

      var definition = document.createElement('span');
      definition.className = 'term-definition';
      definition.id = 'term-definition-' + index;
      definition.hidden = true;
      var name = document.createElement('strong');
      name.textContent = term.textContent + ': ';
      definition.appendChild(name);
      definition.appendChild(document.createTextNode(meaning.textContent));

      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'term-toggle';
      button.setAttribute('aria-expanded', 'false');
      button.setAttribute('aria-controls', definition.id);
      button.appendChild(hiddenText('What does "' + term.textContent + '" mean?'));

      function setOpen(open) {
        definition.hidden = !open;
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
      }
      button.addEventListener('click', function () { setOpen(definition.hidden); });
      function closeOnEscape(event) {
        if (event.key === 'Escape' && !definition.hidden) {
          setOpen(false);
          button.focus();
          event.preventDefault();
        }
      }
      button.addEventListener('keydown', closeOnEscape);
      definition.addEventListener('keydown', closeOnEscape);

      link.insertAdjacentElement('afterend', button);
      button.insertAdjacentElement('afterend', definition);
    });
  }

  // --- The phone header's search and menu -----------------------------------------------------------------
  // Without a script they are links to #site-search and #site-nav, shown by :target. Here they become buttons
  // that open and close in place; opening search puts the cursor in the box, so one tap brings the keyboard.
  function setUpHeaderToggles() {
    var toggles = document.querySelectorAll('.header-toggle');
    Array.prototype.forEach.call(toggles, function (toggle) {
      var target = document.getElementById(toggle.getAttribute('aria-controls'));
      if (!target) {
        return;
      }
      toggle.setAttribute('role', 'button');
      toggle.setAttribute('aria-expanded', 'false');
      function setOpen(open) {
        Array.prototype.forEach.call(toggles, function (other) {
          var otherTarget = document.getElementById(other.getAttribute('aria-controls'));
          var mine = other === toggle;
          other.setAttribute('aria-expanded', mine && open ? 'true' : 'false');
          if (otherTarget) {
            otherTarget.classList.toggle('open', mine && open);
          }
        });
        var input = target.querySelector('input');
        if (open && input) {
          input.focus();
        }
      }
      function flip(event) {
        event.preventDefault();
        setOpen(!target.classList.contains('open'));
      }
      toggle.addEventListener('click', flip);
      toggle.addEventListener('keydown', function (event) {
        if (event.key === ' ') {
          flip(event);
        }
      });
      target.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && target.classList.contains('open')) {
          setOpen(false);
          toggle.focus();
        }
      });
    });
  }

  // Folded corrections print unfolded, in browsers whose print CSS cannot unfold them itself.
  function unfoldCorrectionsForPrint() {
    var folded = [];
    window.addEventListener('beforeprint', function () {
      Array.prototype.forEach.call(document.querySelectorAll('.corrections details:not([open])'), function (d) {
        d.open = true;
        folded.push(d);
      });
    });
    window.addEventListener('afterprint', function () {
      folded.forEach(function (d) { d.open = false; });
      folded = [];
    });
  }

  addCopyButtons();
  unfoldCorrectionsForPrint();
  setUpHeaderToggles();
  setUpThemeToggle();
  setUpGlossary();
}());
