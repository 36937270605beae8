// The copy and print buttons of the two-factor pages. The pages work without this script: the
// buttons stay hidden, the key and the codes can be selected and copied by hand, the codes can be
// downloaded, and the browser's own print command uses the same print style sheet.
(function () {
  'use strict';

  var status = document.getElementById('copy-status');

  // Said by screen readers through the status region (role=status), and shown beside the buttons.
  function announce(text) {
    if (!status || !text) {
      return;
    }
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  // A list is copied one item a line; the key without the spaces that group it for reading.
  function textOf(element) {
    var items = element.querySelectorAll('li');
    if (items.length > 0) {
      return Array.prototype.map.call(items, function (item) { return item.textContent.trim(); }).join('\n');
    }
    var text = element.textContent.trim();
    return element.hasAttribute('data-copy-compact') ? text.replace(/\s+/g, '') : text;
  }

  // Selected, the text can still be copied with the keyboard when the clipboard is not available.
  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // The Clipboard API needs a secure context (HTTPS or localhost); over plain HTTP the older
  // execCommand still works in most browsers.
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var done = false;
      try {
        done = document.execCommand('copy');
      } catch (e) {
        done = false;
      }
      document.body.removeChild(area);
      if (done) {
        resolve();
      } else {
        reject(new Error('copy refused'));
      }
    });
  }

  document.querySelectorAll('[data-copy]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy'));
    if (!target) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      copy(textOf(target)).then(function () {
        announce(button.getAttribute('data-copied'));
      }, function () {
        select(target);
        announce(button.getAttribute('data-copy-failed'));
      });
    });
  });

  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
}());
