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

  // --- Share a heading -------------------------------------------------------------------------------------
  // Each heading that links to itself has a row with room for its actions (.heading-actions, drawn by the server, so
  // nothing moves when this runs). One quiet button opens a small list of actions: copy the link and, where the phone
  // has one, its share sheet. Another action (a reading list, say) joins the list with one more addAction call.
  // The address comes from the canonical link, which the server builds from the configured public address: a link
  // copied on a preview or behind a proxy still points readers at the real site.
  function pageAddress() {
    var canonical = document.querySelector('link[rel="canonical"]');
    var address = canonical ? canonical.href : window.location.href;
    return address.split('#')[0];
  }

  function copyLink(address, fragment) {
    var copied = navigator.clipboard && window.isSecureContext
      ? navigator.clipboard.writeText(address)
      : Promise.reject(new Error('The clipboard is not available here.'));
    return copied.then(function () {
      announce('Link copied');
    }, function () {
      // Without the clipboard, the address bar is the next best place to copy from.
      if (fragment) {
        window.history.replaceState(null, '', '#' + fragment);
      }
      announce('Could not copy the link. It is in the address bar: ' + address);
    });
  }

  var openMenu = null;

  function closeMenu(focusToggle) {
    if (!openMenu) {
      return;
    }
    var menu = openMenu;
    openMenu = null;
    menu.list.hidden = true;
    menu.toggle.setAttribute('aria-expanded', 'false');
    if (focusToggle) {
      menu.toggle.focus();
    }
  }

  function headingMenu(slot, index) {
    var row = slot.parentElement;
    var heading = row.querySelector('h1, h2, h3');
    var link = heading && heading.querySelector('a.self-link');
    if (!heading || (!link && heading.tagName !== 'H1')) {
      return;
    }
    var fragment = link ? decodeURIComponent(link.getAttribute('href').slice(1)) : null;
    var title = heading.textContent.trim();
    var address = pageAddress() + (fragment ? '#' + fragment : '');

    var toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'heading-menu-toggle';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'heading-menu-' + index);
    toggle.innerHTML = '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">' +
      '<circle cx="18" cy="5" r="2.5" fill="currentColor"/><circle cx="6" cy="12" r="2.5" fill="currentColor"/>' +
      '<circle cx="18" cy="19" r="2.5" fill="currentColor"/><path d="M8 11l8-5M8 13l8 5" stroke="currentColor" stroke-width="2"/></svg>';
    toggle.appendChild(hiddenText(fragment ? 'Share the section: ' + title : 'Share this page'));

    var list = document.createElement('ul');
    list.className = 'heading-menu';
    list.id = 'heading-menu-' + index;
    list.hidden = true;

    function addAction(label, run) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'heading-menu-action';
      button.textContent = label;
      button.addEventListener('click', function () {
        closeMenu(true);
        run();
      });
      item.appendChild(button);
      list.appendChild(item);
    }

    addAction('Copy link', function () { copyLink(address, fragment); });
    if (navigator.share) {
      addAction('Share\u2026', function () {
        navigator.share({ title: fragment ? title + ' \u2013 ' + document.title : document.title, url: address }).catch(function () {
          // Closed without sharing: nothing to say.
        });
      });
    }

    toggle.addEventListener('click', function () {
      var wasOpen = openMenu && openMenu.list === list;
      closeMenu(false);
      if (!wasOpen) {
        list.hidden = false;
        toggle.setAttribute('aria-expanded', 'true');
        openMenu = { toggle: toggle, list: list };
        list.querySelector('button').focus();
      }
    });
    slot.appendChild(toggle);
    slot.appendChild(list);
  }

  function addHeadingMenus() {
    Array.prototype.forEach.call(document.querySelectorAll('main .heading-actions'), headingMenu);
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && openMenu) {
        closeMenu(true);
      }
    });
    document.addEventListener('click', function (event) {
      if (openMenu && !openMenu.list.parentElement.contains(event.target)) {
        closeMenu(false);
      }
    });
    document.addEventListener('focusin', function (event) {
      if (openMenu && !openMenu.list.parentElement.contains(event.target)) {
        closeMenu(false);
      }
    });
  }

  // --- Print ---------------------------------------------------------------------------------------------------
  // The browser's own menu prints the same handout; the button is a shortcut to it. Listening on the document also
  // serves the buttons the planner's script brings in later.
  function setUpPrintButtons() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) { button.hidden = false; });
    document.addEventListener('click', function (event) {
      if (event.target.closest && event.target.closest('[data-print]')) {
        window.print();
      }
    });
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

      // The word and its button stay on one line (the pair does not wrap between them; the link's own words may), and
      // the meaning opens inside the sentence, which carries on after it.
      var pair = document.createElement('span');
      pair.className = 'term';
      link.parentNode.insertBefore(pair, link);
      pair.appendChild(link);
      // A word joiner: no line break between the word and its button, whatever the link's own wrapping.
      pair.appendChild(document.createTextNode('\u2060'));
      pair.appendChild(button);
      pair.insertAdjacentElement('afterend', definition);
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

  addHeadingMenus();
  setUpPrintButtons();
  unfoldCorrectionsForPrint();
  setUpHeaderToggles();
  setUpThemeToggle();
  setUpGlossary();
}());
