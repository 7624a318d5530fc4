// Sends the CSRF token (meta tags of layout.html) with every htmx request; forms rendered with
// th:action carry it as a hidden field already.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
