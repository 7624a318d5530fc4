// The Settings page: Show toggles on the secrets, and the state of a section being edited (after
// "Change" or a keystroke): Cancel appears, and "Test connection", which tests the *saved*
// credentials, is disabled with its last result cleared, so a "Connected." of the old values never
// stands beside new ones. Cancel asks the server for the section as saved (hx-get), locked again.
// Listeners sit on the document: htmx replaces whole sections after a save or a cancel.

function startEditing(section) {
  if (!section || section.dataset.editing === 'true') {
    return;
  }
  section.dataset.editing = 'true';
  section.querySelectorAll('[data-cancel], [data-editing-note]').forEach(function (element) {
    element.hidden = false;
  });
  section.querySelectorAll('[data-test]').forEach(function (button) {
    button.disabled = true;
  });
  section.querySelectorAll('.test-result').forEach(function (result) {
    result.replaceChildren();
  });
}

// Capture phase: app.js's own handler unlocks the field and removes the Change button from the page
// (after which the button no longer knows its section); this one runs first.
document.addEventListener('click', function (event) {
  var unlock = event.target.closest('[data-unlock]');
  if (unlock) {
    startEditing(unlock.closest('.settings-section'));
  }
}, true);

document.addEventListener('click', function (event) {
  var reveal = event.target.closest('[data-reveal]');
  if (!reveal) {
    return;
  }
  var field = document.getElementById(reveal.getAttribute('aria-controls'));
  var show = reveal.getAttribute('aria-pressed') !== 'true';
  field.type = show ? 'text' : 'password';
  reveal.setAttribute('aria-pressed', String(show));
});

document.addEventListener('input', function (event) {
  if (event.target.closest) {
    startEditing(event.target.closest('.settings-section'));
  }
});
