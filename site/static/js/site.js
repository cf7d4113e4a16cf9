// Progressive enhancements only: every page works without this script.
(function () {
  "use strict";

  // Collapse the main menu behind a button on narrow screens.
  var toggle = document.querySelector(".site-nav__toggle");
  var list = document.getElementById("site-nav-list");
  if (toggle && list) {
    var narrow = window.matchMedia("(max-width: 47.99em)");
    var sync = function () {
      toggle.hidden = !narrow.matches;
      var open = toggle.getAttribute("aria-expanded") === "true";
      list.hidden = narrow.matches && !open;
    };
    var setOpen = function (open) {
      toggle.setAttribute("aria-expanded", String(open));
      sync();
    };
    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    // Escape closes the open menu from the button or any of its links, and gives the button back the focus.
    document.addEventListener("keydown", function (event) {
      var inMenu = event.target === toggle || list.contains(event.target);
      if (event.key === "Escape" && narrow.matches && !list.hidden && inMenu) {
        setOpen(false);
        toggle.focus();
      }
    });
    narrow.addEventListener("change", sync);
    sync();
  }

  // "Copy link" share button.
  document.querySelectorAll("[data-copy-url]").forEach(function (button) {
    button.addEventListener("click", function () {
      var status = button.closest(".share").querySelector(".share__status");
      navigator.clipboard.writeText(button.dataset.copyUrl).then(function () {
        if (status) {
          status.textContent = button.dataset.copiedLabel;
        }
      });
    });
  });
})();
