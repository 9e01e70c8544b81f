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
// <form data-confirm="……将……，确定……吗？">: asks before a destructive or irreversible submit, saying
// what will happen. Without script the form simply posts: the server's rules are the same.
// A batch form (<form id data-confirm="确认所选的 {n} 人次？…" data-confirm-none="请先勾选…">) counts
// the ticked boxes that belong to it (form="id"): the prompt names the count, none ticked says so.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.confirm) {
    return;
  }
  var question = form.dataset.confirm;
  if (question.indexOf("{n}") >= 0) {
    var ticked = form.id ? document.querySelectorAll('input[form="' + form.id + '"]:checked').length : 0;
    if (ticked === 0) {
      window.alert(form.dataset.confirmNone || "请先勾选。");
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    question = question.replace("{n}", ticked);
  }
  if (!window.confirm(question)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// <input type="checkbox" data-select-all="formId">: ticks or clears every box of that form.
document.addEventListener("change", function (event) {
  var all = event.target;
  if (all instanceof HTMLInputElement && all.dataset.selectAll) {
    document.querySelectorAll('input[type="checkbox"][form="' + all.dataset.selectAll + '"]').forEach(function (box) {
      box.checked = all.checked;
    });
  }
});

document.addEventListener("click", function (event) {
  if (!event.target.closest) {
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

// The menu (layout.html). <button data-menu-toggle>: on a phone opens and closes the menu as a
// drawer (a tap beside it or Escape closes it too); on a desktop hides and shows the menu column,
// remembered across pages. A menu group the user closes (<details data-menu-group>) stays closed
// on the next pages, except the group of the page the user is on.
(function () {
  var DESKTOP = window.matchMedia("(min-width: 768px)");
  var COLLAPSED = "mz.menu.collapsed";
  var CLOSED_GROUPS = "mz.menu.closedGroups";

  function stored(key, fallback) {
    try {
      var value = window.localStorage.getItem(key);
      return value === null ? fallback : JSON.parse(value);
    } catch (e) {
      return fallback;
    }
  }

  function store(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      // private browsing without storage: the menu simply forgets
    }
  }

  function toggles() {
    return document.querySelectorAll("[data-menu-toggle]");
  }

  function menuShown() {
    return DESKTOP.matches
      ? !document.body.classList.contains("mz-menu-collapsed")
      : document.body.classList.contains("mz-menu-open");
  }

  function sayExpanded() {
    var shown = String(menuShown());
    toggles().forEach(function (t) {
      t.setAttribute("aria-expanded", shown);
    });
  }

  function closeDrawer() {
    if (document.body.classList.contains("mz-menu-open")) {
      document.body.classList.remove("mz-menu-open");
      sayExpanded();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (stored(COLLAPSED, false)) {
      document.body.classList.add("mz-menu-collapsed");
    }
    var closed = stored(CLOSED_GROUPS, []);
    document.querySelectorAll("details[data-menu-group]").forEach(function (group) {
      if (group.dataset.menuCurrent !== "true" && closed.indexOf(group.dataset.menuGroup) >= 0) {
        group.open = false;
      }
      group.addEventListener("toggle", function () {
        var now = stored(CLOSED_GROUPS, []).filter(function (name) {
          return name !== group.dataset.menuGroup;
        });
        if (!group.open) {
          now.push(group.dataset.menuGroup);
        }
        store(CLOSED_GROUPS, now);
      });
    });
    sayExpanded();
  });

  document.addEventListener("click", function (event) {
    var toggle = event.target.closest ? event.target.closest("[data-menu-toggle]") : null;
    if (toggle) {
      if (DESKTOP.matches) {
        var collapsed = document.body.classList.toggle("mz-menu-collapsed");
        store(COLLAPSED, collapsed);
      } else {
        document.body.classList.toggle("mz-menu-open");
      }
      sayExpanded();
      return;
    }
    var menu = document.getElementById("mz-menu");
    if (document.body.classList.contains("mz-menu-open") && menu && !menu.contains(event.target)) {
      closeDrawer();
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      closeDrawer();
    }
  });

  DESKTOP.addEventListener("change", function () {
    document.body.classList.remove("mz-menu-open");
    sayExpanded();
  });
})();

// Region fields (select[data-region-picker]) and date fields get their pickers from pickers.js,
// fetched only by the pages that have such a field.
(function () {
  var self = document.currentScript;
  if (document.querySelector('select[data-region-picker], input[type="date"]')) {
    var s = document.createElement("script");
    s.src = self ? self.src.replace(/app\.js.*$/, "pickers.js") : "/js/pickers.js";
    document.head.appendChild(s);
  }
})();
