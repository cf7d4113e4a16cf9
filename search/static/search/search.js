// Suggestions as you type, for the header search box and the search page.
// Progressive enhancement: without this script the boxes are plain search forms.
// ARIA 1.2 combobox pattern: the input keeps focus, arrow keys move through a listbox of titles,
// Enter opens the chosen one, Escape closes the list, and a live region announces how many there are.
(function () {
  "use strict";

  var inputs = Array.prototype.slice.call(document.querySelectorAll("input[data-search-suggest]"));
  var source = inputs.filter(function (input) { return input.getAttribute("data-search-suggest"); })[0];
  if (!source || !window.fetch) {
    return;
  }
  var endpoint = source.getAttribute("data-search-suggest");
  var texts = {
    label: source.getAttribute("data-suggest-label") || "Suggestions",
    one: source.getAttribute("data-suggest-one") || "1 suggestion.",
    many: source.getAttribute("data-suggest-many") || "%(count)s suggestions.",
    none: source.getAttribute("data-suggest-none") || "No suggestions."
  };
  var language = (document.documentElement.getAttribute("lang") || "vi").split("-")[0];

  inputs.forEach(function (input, number) {
    var listId = (input.id || "search-input-" + number) + "-suggestions";
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var timer = null;
    var controller = null;
    var items = [];
    var active = -1;

    list.id = listId;
    list.className = "search-suggest";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", texts.label);
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    var wrapper = document.createElement("div");
    wrapper.className = "search-suggest__wrapper";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    wrapper.appendChild(list);
    wrapper.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var options = list.querySelectorAll("[role=option]");
      active = index;
      options.forEach(function (option, position) {
        option.setAttribute("aria-selected", String(position === index));
      });
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render(suggestions) {
      items = suggestions;
      list.textContent = "";
      suggestions.forEach(function (suggestion, index) {
        var option = document.createElement("li");
        option.id = listId + "-" + index;
        option.className = "search-suggest__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = suggestion.title;
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the input until we navigate
        });
        option.addEventListener("click", function () {
          window.location.assign(suggestion.url);
        });
        list.appendChild(option);
      });
      active = -1;
      if (suggestions.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        status.textContent = suggestions.length === 1 ? texts.one : texts.many.replace("%(count)s", suggestions.length);
      } else {
        close();
        status.textContent = input.value.trim().length >= 2 ? texts.none : "";
      }
    }

    function load() {
      var query = input.value.trim();
      if (controller) {
        controller.abort();
      }
      if (query.length < 2) {
        render([]);
        return;
      }
      controller = window.AbortController ? new AbortController() : null;
      var url = endpoint + "?" + new URLSearchParams({ q: query, lang: language }).toString();
      fetch(url, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) {
          if (input.value.trim() === query) {
            render(data.suggestions || []);
          }
        })
        .catch(function () { /* aborted or offline: the form still works */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(load, 180);
    });

    input.addEventListener("keydown", function (event) {
      var open = !list.hidden;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (!open && items.length) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        if (items.length) {
          highlight((active + 1) % items.length);
        }
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (items.length && open) {
          highlight(active <= 0 ? items.length - 1 : active - 1);
        }
      } else if (event.key === "Enter") {
        if (open && active >= 0 && items[active]) {
          event.preventDefault();
          window.location.assign(items[active].url);
        }
      } else if (event.key === "Escape") {
        if (open) {
          event.preventDefault();
          close();
        }
      }
    });

    input.addEventListener("blur", function () {
      window.setTimeout(close, 100);
    });
  });
})();
