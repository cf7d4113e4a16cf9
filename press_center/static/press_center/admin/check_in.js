// Check-in desk: a handheld scanner types into the focused field and presses Enter, so the form
// needs no script. This adds an optional camera scan where the browser has BarcodeDetector.
(function () {
  "use strict";

  var form = document.querySelector("[data-checkin-form]");
  if (!form) {
    return;
  }
  var input = form.querySelector("input[name=code]");
  var button = form.querySelector("[data-checkin-camera]");
  var video = form.querySelector("[data-checkin-video]");
  input.focus();
  input.select();

  if (!("BarcodeDetector" in window) || !navigator.mediaDevices) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (stream) {
      video.hidden = false;
      video.srcObject = stream;
      video.play();
      var scan = function () {
        detector.detect(video).then(function (codes) {
          if (codes.length) {
            stream.getTracks().forEach(function (track) { track.stop(); });
            input.value = codes[0].rawValue;
            form.submit();
          } else {
            window.requestAnimationFrame(scan);
          }
        }).catch(function () { window.requestAnimationFrame(scan); });
      };
      scan();
    });
  });
})();
