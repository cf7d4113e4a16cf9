// Progressive enhancements of the congress pages; each page works without this script.
(function () {
  "use strict";

  // Countdown to the opening: the server renders the value at page load; this keeps it ticking.
  document.querySelectorAll("[data-countdown]").forEach(function (box) {
    var target = Date.parse(box.dataset.countdown);
    if (isNaN(target)) {
      return;
    }
    var units = {};
    box.querySelectorAll("[data-unit]").forEach(function (node) {
      units[node.dataset.unit] = node;
    });
    var update = function () {
      var seconds = Math.max(0, Math.floor((target - Date.now()) / 1000));
      if (units.days) units.days.textContent = String(Math.floor(seconds / 86400));
      if (units.hours) units.hours.textContent = String(Math.floor((seconds % 86400) / 3600));
      if (units.minutes) units.minutes.textContent = String(Math.floor((seconds % 3600) / 60));
      return seconds;
    };
    var timer = window.setInterval(function () {
      if (update() === 0) {
        window.clearInterval(timer);
      }
    }, 15000);
    update();
  });

  // Photo pages: the arrow keys follow the previous/next links.
  var photoView = document.querySelector("[data-photo-view]");
  if (photoView) {
    document.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.target.closest("input, textarea, select")) {
        return;
      }
      var link = photoView.querySelector('a[data-key="' + event.key + '"]');
      if (link) {
        window.location.href = link.href;
      }
    });
  }

  // Galleries: open photos in a dialog over the page (links still lead to each photo's own page).
  var gallery = document.querySelector("[data-gallery]");
  var labels = document.getElementById("gallery-viewer-labels");
  if (!gallery || !labels || typeof HTMLDialogElement === "undefined") {
    return;
  }
  var links = Array.prototype.slice.call(gallery.querySelectorAll("a[data-viewer-src]"));
  if (!links.length) {
    return;
  }
  var text = labels.dataset;
  var dialog = document.createElement("dialog");
  dialog.className = "viewer";
  dialog.setAttribute("aria-label", text.title);
  dialog.innerHTML =
    '<div class="viewer__inner">' +
    '<div class="viewer__controls">' +
    '<p class="viewer__position" aria-live="polite"></p>' +
    '<button type="button" data-action="close"></button>' +
    "</div>" +
    '<img class="viewer__image" alt="">' +
    '<p class="viewer__caption"></p>' +
    '<div class="viewer__controls">' +
    '<button type="button" data-action="previous"></button>' +
    '<button type="button" data-action="next"></button>' +
    "</div></div>";
  document.body.appendChild(dialog);
  var image = dialog.querySelector(".viewer__image");
  var caption = dialog.querySelector(".viewer__caption");
  var position = dialog.querySelector(".viewer__position");
  var buttons = {
    close: dialog.querySelector('[data-action="close"]'),
    previous: dialog.querySelector('[data-action="previous"]'),
    next: dialog.querySelector('[data-action="next"]'),
  };
  buttons.close.textContent = text.close;
  buttons.previous.textContent = text.previous;
  buttons.next.textContent = text.next;
  var current = 0;
  var opener = null;

  var show = function (index) {
    current = (index + links.length) % links.length;
    var data = links[current].dataset;
    image.src = data.viewerSrc;
    image.width = Number(data.viewerWidth) || 0;
    image.height = Number(data.viewerHeight) || 0;
    image.alt = data.viewerAlt || "";
    caption.textContent = data.viewerCaption || "";
    if (data.viewerCredit) {
      var credit = document.createElement("span");
      credit.className = "credit";
      credit.textContent = " " + data.viewerCredit;
      caption.appendChild(credit);
    }
    position.textContent = text.position
      .replace("{number}", String(current + 1))
      .replace("{total}", String(links.length));
  };

  links.forEach(function (link, index) {
    link.addEventListener("click", function (event) {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return;
      }
      event.preventDefault();
      opener = link;
      show(index);
      dialog.showModal();
      buttons.next.focus();
    });
  });
  buttons.close.addEventListener("click", function () {
    dialog.close();
  });
  buttons.previous.addEventListener("click", function () {
    show(current - 1);
  });
  buttons.next.addEventListener("click", function () {
    show(current + 1);
  });
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "ArrowLeft") {
      show(current - 1);
    } else if (event.key === "ArrowRight") {
      show(current + 1);
    }
  });
  dialog.addEventListener("close", function () {
    if (opener) {
      opener.focus();
    }
  });
})();
