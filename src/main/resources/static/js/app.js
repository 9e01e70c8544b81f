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
// <form data-confirm="……，确定……吗？">: asks before a destructive or irreversible submit, in the
// shared dialog of the layout (fragments/confirm.html) that says what will happen; where a page has
// no such dialog, in the browser's own. Without script the form simply posts: the server decides.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.confirm) {
    return;
  }
  if (form.dataset.confirmed === "yes") {
    delete form.dataset.confirmed;
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  var dialog = document.getElementById("mz-confirm");
  if (!dialog || !dialog.showModal) {
    if (window.confirm(form.dataset.confirm)) {
      form.dataset.confirmed = "yes";
      form.requestSubmit(event.submitter || undefined);
    }
    return;
  }
  dialog.querySelector("[data-confirm-message]").textContent = form.dataset.confirm;
  var ok = dialog.querySelector("[data-confirm-ok]");
  ok.textContent = form.dataset.confirmAction || "确定";
  pendingConfirmation = { form: form, submitter: event.submitter || null };
  dialog.showModal();
}, true);

var pendingConfirmation = null;

// hx-confirm="…" on htmx forms asks through the same dialog.
document.addEventListener("htmx:confirm", function (event) {
  var dialog = document.getElementById("mz-confirm");
  if (!event.detail.question || !dialog || !dialog.showModal) {
    return;
  }
  event.preventDefault();
  dialog.querySelector("[data-confirm-message]").textContent = event.detail.question;
  dialog.querySelector("[data-confirm-ok]").textContent = "确定";
  pendingConfirmation = {
    proceed: function () {
      event.detail.issueRequest(true);
    }
  };
  dialog.showModal();
});

document.addEventListener("click", function (event) {
  if (!event.target.closest) {
    return;
  }
  if (event.target.closest("[data-confirm-ok]") && pendingConfirmation) {
    var pending = pendingConfirmation;
    pendingConfirmation = null;
    event.target.closest("dialog").close();
    if (pending.proceed) {
      pending.proceed();
    } else {
      pending.form.dataset.confirmed = "yes";
      pending.form.requestSubmit(pending.submitter || undefined);
    }
    return;
  }
  // <a data-dialog="id" data-dialog-action="url" data-dialog-title="…">: a row action. Opens the
  // page's <dialog id> with its form posting to url; without script the link opens the same form
  // on a page of its own.
  var opener = event.target.closest("[data-dialog]");
  if (opener) {
    var dialog = document.getElementById(opener.dataset.dialog);
    if (dialog && dialog.showModal) {
      event.preventDefault();
      var form = dialog.querySelector("form");
      if (form && opener.dataset.dialogAction) {
        form.action = opener.dataset.dialogAction;
      }
      var title = dialog.querySelector("[data-dialog-title]");
      if (title) {
        title.textContent = opener.dataset.dialogTitle || "";
      }
      dialog.showModal();
    }
    return;
  }
  var closer = event.target.closest("[data-dialog-close]");
  if (closer && closer.closest("dialog")) {
    pendingConfirmation = null;
    closer.closest("dialog").close();
  }
});

// <button type="button" data-print>: prints the page (print styles in app.css).
document.addEventListener("click", function (event) {
  var trigger = event.target.closest ? event.target.closest("[data-print]") : null;
  if (trigger) {
    window.print();
  }
});
