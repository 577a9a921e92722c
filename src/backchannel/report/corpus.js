/* backchannel corpus report: builds the page from the corpus dossier JSON in #bc-corpus.
 * Every string reaches the page through textContent or setAttribute, never innerHTML;
 * a report's own page (JSON in #bc-pages) goes to a sandboxed iframe's srcdoc. */
(function () {
  "use strict";
  var C = JSON.parse(document.getElementById("bc-corpus").textContent);
  var PAGES = JSON.parse(document.getElementById("bc-pages").textContent);
  var LIBRARY_MARK = "/*bc:cytoscape*/", LIBRARY = (document.getElementById("bc-lib") || {}).textContent || "";
  var V = C.views || {};
  var docs = C.documents || [], entities = new Map(), events = new Map(), docById = new Map();
  (C.entities || []).forEach(function (e) { entities.set(e.id, e); });
  (C.events || []).forEach(function (e) { events.set(e.id, e); });
  docs.forEach(function (d) { docById.set(d.id, d); });

  var el = bcDom.el, add = bcDom.add, keyboard = bcDom.keyboard;  // dom.js
  function name(id) { if (!id) return ""; var e = entities.get(id); return e ? e.name : id; }
  var PALETTE = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#db2777", "#0891b2", "#65a30d", "#ea580c", "#475569"];
  var outletColour = new Map();
  docs.forEach(function (d) { var o = d.source || d.id; if (!outletColour.has(o)) outletColour.set(o, PALETTE[outletColour.size % PALETTE.length]); });
  function outlet(o) { var s = el("span", "outlet", o); s.style.setProperty("--c", outletColour.get(o) || "#64748b"); return s; }
  function label(ev) {
    return name(ev.source) + (ev.target ? " → " + name(ev.target) : "") + ": " + (ev.negated ? "not " : "") + ev.type +
      (ev.via && ev.via.length ? " via " + ev.via.map(name).join(", ") : "");
  }
  function docLink(id) {
    var d = docById.get(id), s = el("span", "link", d ? (d.title || d.id) : id);
    s.addEventListener("click", function (e) { e.stopPropagation(); openReport(id); });
    keyboard(s);
    return s;
  }

  // ---- header ---------------------------------------------------------------------
  document.getElementById("title").textContent = C.title || "corpus";
  var dates = docs.map(function (d) { return d.published; }).filter(Boolean).sort();
  if (dates.length) add(document.getElementById("meta"), el("span", null, dates[0] + " – " + dates[dates.length - 1]));
  [[docs.length, "reports"], [outletColour.size, "outlets"], [(C.entities || []).length, "entities"], [(C.events || []).length, "events"],
   [(C.links || []).filter(function (l) { return l.kind === "contradicts"; }).length, "contradictions"]].forEach(function (p) {
    var s = el("span", "stat"); add(s, el("b", null, p[0]), document.createTextNode(p[1])); add(document.getElementById("stats"), s);
  });

  // ---- reports and the drill-down ---------------------------------------------------
  var frameBox = document.getElementById("report-view"), frame = document.getElementById("report-frame");
  function openReport(id) {
    var d = docById.get(id);
    document.getElementById("report-view-title").textContent = d ? (d.title || d.id) + (d.source ? " — " + d.source : "") : id;
    // the page carries a mark for cytoscape.js: this page's own copy goes back in (a function, so no "$&" in it is read)
    frame.srcdoc = (PAGES[id] || "").replace(LIBRARY_MARK, function () { return LIBRARY; });
    frameBox.hidden = false;
    document.querySelectorAll("#report-list tr.report").forEach(function (tr) { tr.classList.toggle("sel", tr.getAttribute("data-doc") === id); });
    document.getElementById("report-close").focus();
  }
  function closeReport() { frameBox.hidden = true; frame.srcdoc = ""; }
  document.addEventListener("keydown", function (e) { if (e.key === "Escape" && !frameBox.hidden) closeReport(); });
  var closer = document.getElementById("report-close");
  closer.addEventListener("click", closeReport);
  closer.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); closeReport(); } });
  (function () {
    var t = el("table", "reports-table"), head = el("tr");
    ["published", "outlet", "title", "events"].forEach(function (h) { add(head, el("th", null, h)); });
    add(t, head);
    var perDoc = new Map();
    (C.events || []).forEach(function (ev) { (ev.reports || []).forEach(function (r) { perDoc.set(r, (perDoc.get(r) || 0) + 1); }); });
    docs.forEach(function (d) {
      var tr = el("tr", "report");
      tr.setAttribute("data-doc", d.id);
      var o = el("td"); add(o, outlet(d.source || d.id));
      add(tr, el("td", null, d.published || ""), o, el("td", null, d.title || d.id), el("td", null, perDoc.get(d.id) || 0));
      tr.addEventListener("click", function () { openReport(d.id); });
      keyboard(tr);
      add(t, tr);
    });
    add(document.getElementById("report-list"), t);
  })();

  // ---- network ------------------------------------------------------------------------
  var details = document.getElementById("details");
  function showEntity(id) {
    var e = entities.get(id);
    details.textContent = "";
    if (!e) return;
    add(details, el("h3", null, e.name + " (" + e.kind + ")"));
    var p = el("p", null, "in reports: ");
    var seen = [];
    (e.members || []).forEach(function (m) { if (seen.indexOf(m.doc) < 0) { seen.push(m.doc); add(p, docLink(m.doc), document.createTextNode(" ")); } });
    add(details, p);
  }
  function showEvent(id) {
    var ev = events.get(id);
    details.textContent = "";
    if (!ev) return;
    add(details, el("h3", null, label(ev) + (ev.time && ev.time.value ? " (" + ev.time.value + ")" : "")));
    var p = el("p", null, "reported by: ");
    (ev.outlets || []).forEach(function (o) { add(p, outlet(o)); });
    add(details, p);
    var q = el("p", null, "in reports: ");
    (ev.reports || []).forEach(function (r) { add(q, docLink(r), document.createTextNode(" ")); });
    add(details, q);
  }
  var cy = null;
  (function () {
    var used = new Set(), els = [];
    (C.events || []).forEach(function (ev) {
      if (!ev.source || !ev.target || !entities.has(ev.source) || !entities.has(ev.target)) return;
      used.add(ev.source); used.add(ev.target);
      els.push({ group: "edges", classes: ev.negated ? "neg" : "", data: { id: "ev:" + ev.id, ev: ev.id, source: "n:" + ev.source, target: "n:" + ev.target,
        label: (ev.negated ? "not " : "") + ev.type, width: 1.5 + Math.min(5, (ev.reports || []).length) } });
    });
    (C.entities || []).forEach(function (e) {
      if (!used.has(e.id)) return;
      var docsIn = new Set((e.members || []).map(function (m) { return m.doc; }));
      els.push({ group: "nodes", data: { id: "n:" + e.id, entity: e.id, label: e.name, size: 18 + 6 * Math.min(6, docsIn.size) } });
    });
    if (typeof cytoscape !== "function") return;
    cy = cytoscape({ container: document.getElementById("graph"), elements: els, minZoom: 0.3, maxZoom: 3, layout: { name: "preset" },
      style: [
        { selector: "node", style: { "background-color": "#2563eb", width: "data(size)", height: "data(size)", label: "data(label)",
          "font-size": 12, color: "#111827", "text-valign": "bottom", "text-margin-y": 4, "text-outline-color": "#fff", "text-outline-width": 2.5,
          "text-wrap": "wrap", "text-max-width": 120 } },
        { selector: "edge", style: { width: "data(width)", "line-color": "#94a3b8", "target-arrow-color": "#94a3b8", "target-arrow-shape": "triangle",
          "curve-style": "bezier", label: "data(label)", "font-size": 10, color: "#374151", "text-rotation": "autorotate",
          "text-background-color": "#fff", "text-background-opacity": 0.85 } },
        { selector: "edge.neg", style: { "line-style": "dashed", "line-color": "#b91c1c" } },
        { selector: ".hit", style: { "border-color": "#111827", "border-width": 3, "line-color": "#111827" } }
      ] });
    cy.layout({ name: "cose", randomize: false, animate: false, fit: true, padding: 24, nodeRepulsion: function () { return 200000; },
      idealEdgeLength: function () { return 140; }, nodeDimensionsIncludeLabels: true, numIter: 1500 }).run();
    cy.on("tap", "node", function (e) { cy.elements().removeClass("hit"); e.target.addClass("hit"); showEntity(e.target.data("entity")); });
    cy.on("tap", "edge", function (e) { cy.elements().removeClass("hit"); e.target.addClass("hit"); showEvent(e.target.data("ev")); });
  })();

  // ---- timeline --------------------------------------------------------------------------
  (function () {
    var ol = document.getElementById("timeline");
    (V.timeline || []).forEach(function (t) {
      var li = el("li", t.negated ? "neg" : null);
      li.setAttribute("data-event", t.event);
      var when = el("span", "when", t.date || "undated");
      if (t.first_reported) add(when, el("small", null, "reported " + t.first_reported));
      var what = el("div", "what", label(t));
      var marks = el("div", "outlets");
      (t.outlets || []).forEach(function (o) { add(marks, outlet(o)); });
      add(li, when, what, marks);
      li.addEventListener("click", function () {
        showEvent(t.event);
        if (cy) { cy.elements().removeClass("hit"); cy.getElementById("ev:" + t.event).addClass("hit"); }
      });
      add(ol, li);
    });
    if (!(V.timeline || []).length) add(ol, el("li", "sep", "no events"));
  })();

  // ---- disputes ----------------------------------------------------------------------------
  (function () {
    var box = document.getElementById("disputes");
    (V.disputes || []).forEach(function (group) {
      (group.items || []).forEach(function (item) {
        var div = el("div", "dispute");
        div.setAttribute("data-on", group.on);
        var h = el("h3"); add(h, el("span", "on", group.on), document.createTextNode(item.note || ""));
        var sides = el("div", "sides");
        (item.sides || []).forEach(function (s) {
          var side = el("div", "side");
          side.style.setProperty("--c", outletColour.get(s.outlet) || "#64748b");
          var from = el("div", "from"); add(from, outlet(s.outlet || s.doc), docLink(s.doc));
          add(side, from, el("blockquote", null, s.text || ""));
          add(sides, side);
        });
        add(div, h, sides);
        add(box, div);
      });
    });
    if (!box.childNodes.length) add(box, el("p", "hint", "no contradictions found"));
  })();

  // ---- sources -------------------------------------------------------------------------------
  (function () {
    var t = el("table", "sources-table"), head = el("tr");
    add(head, el("th", null, "outlet"), el("th", null, "speakers (claims)"));
    add(t, head);
    (V.sources || []).forEach(function (row) {
      var tr = el("tr"), o = el("td"), sp = el("td");
      add(o, outlet(row.outlet));
      (row.speakers || []).forEach(function (s, k) {
        if (k) add(sp, document.createTextNode(" · "));
        add(sp, document.createTextNode(name(s.entity) + " (" + s.claims + ")"));
        if (!s.named) add(sp, el("span", "badge anon", "anonymous"));
      });
      add(tr, o, sp);
      add(t, tr);
    });
    add(document.getElementById("sources"), t);
  })();

  // ---- channels: who carried messages between whom, across reports ---------------------------
  (function () {
    var box = document.getElementById("channels"), rows = V.channels || [];
    if (!rows.length) { add(box, el("p", "hint", "no messages carried or mediated")); return; }
    var t = el("table", "sources-table channels-table"), head = el("tr");
    add(head, el("th", null, "from"), el("th", null, "via"), el("th", null, "to"), el("th", null, "act"),
        el("th", null, "outlets"));
    add(t, head);
    rows.forEach(function (row) {
      var tr = el("tr"), via = (row.via || []).map(name).join(", "), outs = el("td");
      tr.setAttribute("data-event", row.event);
      (row.outlets || []).forEach(function (o) { add(outs, outlet(o)); });
      add(tr, el("td", null, name(row.source)), el("td", null, via || "—"), el("td", null, name(row.target)),
          el("td", null, row.type), outs);
      add(t, tr);
    });
    add(box, t);
  })();

  window.backchannelCorpus = { openReport: openReport, cy: function () { return cy; } };
  document.documentElement.setAttribute("data-ready", "1");
})();
