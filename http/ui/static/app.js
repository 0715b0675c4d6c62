// Chronicle's only script: highlight toggles on the article page. The page
// works without it; article text is never read or written as HTML here.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var text = document.getElementById("text");
    if (!text) return;
    var boxes = document.querySelectorAll("input[data-layer]");
    Array.prototype.forEach.call(boxes, function (box) {
      box.addEventListener("change", function () {
        text.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
      });
    });
    // Following a side-panel link moves focus to the highlighted span, so
    // keyboard users land on it and its tooltip shows.
    document.addEventListener("click", function (ev) {
      var a = ev.target.closest && ev.target.closest(".panel a[href^='#']");
      if (!a) return;
      var el = document.getElementById(a.getAttribute("href").slice(1));
      if (!el) return;
      if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
      setTimeout(function () { el.focus(); }, 0);
    });
  });
})();
