// Registry pages: confirmations and printing without inline handlers (the CSP forbids them).
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
document.addEventListener("click", function (event) {
  var target = event.target.closest ? event.target.closest("[data-print]") : null;
  if (target) {
    window.print();
  }
});
