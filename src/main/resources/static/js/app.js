// htmx requests carry the CSRF token of the page.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The CSP forbids inline event handlers (onsubmit, onclick): pages declare behaviour with data
// attributes instead.
// <form data-confirm="确认……？">: asks before a destructive or irreversible submit.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// <button type="button" data-print>: prints the page (print styles in app.css).
document.addEventListener("click", function (event) {
  var trigger = event.target.closest ? event.target.closest("[data-print]") : null;
  if (trigger) {
    window.print();
  }
});
