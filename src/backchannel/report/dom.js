/* backchannel DOM helpers shared by the report page, the corpus report and the explorer.
 * Why one file: every page puts text in the DOM the same safe way (textContent only,
 * never innerHTML); one copy keeps that rule in one place. */
var bcDom = (function () {
  "use strict";
  function el(tag, cls, txt) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (txt !== undefined && txt !== null) e.textContent = String(txt);
    return e;
  }
  function add(parent) { for (var k = 1; k < arguments.length; k++) if (arguments[k]) parent.appendChild(arguments[k]); return parent; }
  function clear(node) { node.textContent = ""; return node; }
  function keyboard(node) {  // reachable with Tab, activated with Enter or Space
    node.tabIndex = 0;
    node.setAttribute("role", "button");
    node.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); node.click(); } });
  }
  return { el: el, add: add, clear: clear, keyboard: keyboard };
})();
