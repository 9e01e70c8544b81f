// Pickers, loaded by app.js only on pages that have a region field or a date field.
//
// Region (fragments/form :: regionField): the server sends one plain select of the user's subtree,
// every node with its parent (data-parent) and depth; the levels above the field's levels are
// disabled options that only group. Here it becomes one select per level (区 › 街道 › 社区), each
// filled with the children of the one before; the plain select stays the submitted control, hidden,
// and always holds the deepest choosable node picked (or nothing).
//
// Date (inputField with inputType='date'): flatpickr from its WebJar with the Chinese locale, opened
// by a button next to the field, so typing a date (年-月-日) keeps working and nothing covers the page
// while someone types; the server reads and checks the typed text as before. Phones keep their own
// picker, which speaks the phone's language.
(function () {
  var script = document.currentScript;
  var base = script ? script.src.replace(/js\/pickers\.js.*$/, "") : "/";
  var LEVEL_NAMES = ["市", "区（市）县", "街道（乡镇）", "社区（村）"];

  function regionPicker(select) {
    if (select.dataset.cascade) {
      return;
    }
    var nodes = {};
    var children = {};
    var root = select.dataset.root || "";
    Array.prototype.forEach.call(select.options, function (o) {
      if (!o.value) {
        return;
      }
      var parent = o.dataset.parent || "";
      nodes[o.value] = { name: o.dataset.name || o.text.trim(), parent: parent, choosable: !o.disabled,
        depth: parseInt(o.dataset.depth, 10) };
      if (o.value !== root) {
        (children[parent] = children[parent] || []).push(o.value);
      }
    });
    if (!children[root]) {
      return;
    }
    select.dataset.cascade = "on";
    var label = document.querySelector('label[for="' + select.id + '"]');
    var labelText = label ? label.textContent.replace(/\s*\*\s*$/, "").trim() : "区划";
    var box = document.createElement("div");
    box.className = "d-flex flex-wrap gap-2 mz-region-cascade";
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", labelText);
    select.parentNode.insertBefore(box, select.nextSibling);
    select.hidden = true;
    var picked = pathTo(select.value);
    var picking = false;

    // the nodes below the root down to code, top first
    function pathTo(code) {
      var path = [];
      while (code && nodes[code] && code !== root && path.length < 10) {
        path.unshift(code);
        code = nodes[code].parent;
      }
      return path;
    }

    // (re)builds the selects below level keep (all of them for -1): the one just used stays, so
    // that it keeps the focus of someone choosing with the keyboard
    function render(keep) {
      var existing = box.querySelectorAll("select");
      for (var i = existing.length - 1; i > keep; i--) {
        box.removeChild(existing[i]);
      }
      var parent = keep >= 0 ? picked[keep] : root;
      for (var level = keep + 1; level <= picked.length && parent; level++) {
        var kids = children[parent];
        if (!kids) {
          break;
        }
        box.appendChild(levelSelect(level, parent, kids));
        parent = picked[level];
      }
    }

    function levelSelect(level, parent, kids) {
      var depth = nodes[kids[0]].depth;
      var s = document.createElement("select");
      s.className = select.className;
      s.style.width = "auto";
      s.style.flex = "1 1 9rem";
      s.id = select.id + "-level-" + (level + 1);
      s.setAttribute("aria-label", labelText + "：" + (LEVEL_NAMES[depth] || "下级"));
      if (select.dataset.testid) {
        s.dataset.testid = select.dataset.testid + "-" + (level + 1);
      }
      if (select.getAttribute("aria-describedby")) {
        s.setAttribute("aria-describedby", select.getAttribute("aria-describedby"));
      }
      // "." is the parent itself (a street for a field that takes streets and communities)
      var parentChoosable = nodes[parent] && nodes[parent].choosable;
      if (level === 0 || !parentChoosable) {
        s.appendChild(option("", "请选择" + (LEVEL_NAMES[depth] || ""), false));
      }
      if (parentChoosable) {
        s.appendChild(option(".", "（" + nodes[parent].name + "本级）",
          select.value === parent && picked.length === level));
      }
      kids.forEach(function (code) {
        s.appendChild(option(code, nodes[code].name, picked[level] === code));
      });
      s.addEventListener("change", function () {
        picked = picked.slice(0, level);
        if (s.value && s.value !== ".") {
          picked.push(s.value);
        }
        var target = s.value === "" ? null : picked.length ? picked[picked.length - 1] : root;
        select.value = target && nodes[target].choosable ? target : "";
        render(level);
        picking = true;
        select.dispatchEvent(new Event("change", { bubbles: true }));
        picking = false;
      });
      if (level === 0 && label) {
        label.setAttribute("for", s.id);
      }
      return s;
    }

    function option(value, text, selected) {
      var o = document.createElement("option");
      o.value = value;
      o.textContent = text;
      o.selected = selected;
      return o;
    }

    // a test or another script that sets the plain select's value: the cascade follows
    select.addEventListener("change", function () {
      if (!picking) {
        picked = pathTo(select.value);
        render(-1);
      }
    });
    render(-1);
  }

  function loadScript(src, done) {
    var s = document.createElement("script");
    s.src = src;
    s.onload = done;
    document.head.appendChild(s);
  }

  function loadStyle(href) {
    if (document.querySelector('link[href="' + href + '"]')) {
      return;
    }
    var l = document.createElement("link");
    l.rel = "stylesheet";
    l.href = href;
    document.head.appendChild(l);
  }

  var flatpickrLoading = null;

  function withFlatpickr(done) {
    if (window.flatpickr && window.flatpickr.l10ns && window.flatpickr.l10ns.zh) {
      done();
      return;
    }
    if (!flatpickrLoading) {
      flatpickrLoading = [];
      loadStyle(base + "webjars/flatpickr/dist/flatpickr.min.css");
      loadScript(base + "webjars/flatpickr/dist/flatpickr.min.js", function () {
        loadScript(base + "webjars/flatpickr/dist/l10n/zh.js", function () {
          var waiting = flatpickrLoading;
          flatpickrLoading = [];
          waiting.forEach(function (f) { f(); });
        });
      });
    }
    flatpickrLoading.push(done);
  }

  // The calendar writes into the field only when a day is clicked; flatpickr is bound to a hidden
  // input of its own, so that it never rewrites or clears what was typed (the server names the
  // field when a typed date is wrong). The field itself is never moved in the page (a move would
  // take the focus from someone typing): the button goes right after it.
  function datePicker(input) {
    if (input.dataset.datePicker || input.readOnly || input.disabled) {
      return;
    }
    input.dataset.datePicker = "on";
    var small = input.classList.contains("form-control-sm");
    input.type = "text";
    input.setAttribute("inputmode", "numeric");
    if (!input.placeholder) {
      input.placeholder = "年-月-日";
    }
    input.style.display = "inline-block";
    input.style.width = "calc(100% - 3.6rem)";
    input.style.minWidth = "8.5rem";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-outline-secondary ms-1 align-baseline" + (small ? " btn-sm" : "");
    button.textContent = "日历";
    button.disabled = true; // until flatpickr is loaded
    var label = input.id ? document.querySelector('label[for="' + input.id + '"]') : null;
    // named by its text (日历), not after the field: the field's label must name the field alone
    button.title = "从日历选择" + (label ? label.textContent.replace(/\s*\*\s*$/, "").trim() : "日期");
    if (input.dataset.testid) {
      button.dataset.testid = input.dataset.testid + "-calendar";
    }
    var holder = document.createElement("input");
    holder.type = "hidden";
    input.insertAdjacentElement("afterend", button);
    button.insertAdjacentElement("afterend", holder);
    var picker = null;
    button.addEventListener("click", function () {
      if (!picker) {
        return;
      }
      if (/^\d{4}-\d{2}-\d{2}$/.test(input.value.trim())) {
        picker.setDate(input.value.trim(), false);
      }
      picker.toggle();
    });
    withFlatpickr(function () {
      picker = window.flatpickr(holder, {
        // Chinese names; weeks from Monday (周一), as on the working calendar's grid
        locale: Object.assign({}, window.flatpickr.l10ns.zh, { firstDayOfWeek: 1 }),
        dateFormat: "Y-m-d",
        clickOpens: false,
        disableMobile: true,
        minDate: input.getAttribute("min") || null,
        maxDate: input.getAttribute("max") || null,
        positionElement: input,
        onChange: function (dates, text) {
          if (text) {
            input.value = text;
            input.dispatchEvent(new Event("input", { bubbles: true }));
            input.dispatchEvent(new Event("change", { bubbles: true }));
          }
        }
      });
      // flatpickr turns its holder into a read-only text box: hide it again (the visible field and
      // its 日历 button are the controls; the calendar opens at the field)
      picker.input.type = "hidden";
      button.disabled = false;
    });
  }

  var phone = window.matchMedia && window.matchMedia("(pointer: coarse)").matches;

  function enhance(root) {
    root.querySelectorAll("select[data-region-picker]").forEach(regionPicker);
    if (!phone) {
      root.querySelectorAll('input[type="date"]').forEach(datePicker);
    }
  }

  enhance(document);
  document.addEventListener("htmx:load", function (event) {
    enhance(event.target);
  });
})();
