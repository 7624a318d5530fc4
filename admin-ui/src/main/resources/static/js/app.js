// htmx leaves failed requests unshown; the console says what happened, in the page's message area.
function showError(text) {
  var area = document.getElementById('flash');
  if (!area) {
    return;
  }
  var message = document.createElement('div');
  message.className = 'flash flash-error';
  message.setAttribute('role', 'alert');
  message.textContent = text;
  area.replaceChildren(message);
}

document.addEventListener('htmx:responseError', function (event) {
  var status = event.detail.xhr.status;
  showError(status === 403
      ? 'The server refused this (HTTP 403): the page may be stale. Reload it and try again.'
      : 'The server could not do this (HTTP ' + status + '). Reload the page; if it persists, see the server log.');
});

document.addEventListener('htmx:sendError', function () {
  showError('The server cannot be reached. Is the application still running?');
});

document.addEventListener('click', function (event) {
  // Messages can be dismissed.
  var dismiss = event.target.closest('[data-dismiss]');
  if (dismiss) {
    dismiss.closest('.flash').remove();
    return;
  }
  // A locked setting becomes editable; a secret starts empty (its mask, posted back, would keep the
  // saved value), a locked select gets its name back from the hidden field that stood in for it.
  var unlock = event.target.closest('[data-unlock]');
  if (!unlock) {
    return;
  }
  var field = document.getElementById(unlock.getAttribute('aria-controls'));
  if (field.tagName === 'SELECT') {
    var stand_in = document.querySelector('[data-locked-value="' + field.id + '"]');
    if (stand_in) {
      stand_in.remove();
    }
    field.name = field.dataset.name;
    field.disabled = false;
  } else {
    field.readOnly = false;
    if (field.dataset.secret === 'true') {
      field.value = '';
      field.placeholder = 'Enter the new value';
    }
  }
  unlock.remove();
  field.focus();
});
