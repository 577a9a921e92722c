/* backchannel corpus explorer: the corpus report's look, fed by the /v1 API.
 * Every string reaches the page through textContent or setAttribute, never innerHTML;
 * a report's own page is /v1/documents/{id}?format=html in a sandboxed iframe. */
(function () {
  "use strict";
  var PALETTE = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#db2777", "#0891b2", "#65a30d", "#ea580c", "#475569"];
  var outletColour = new Map(), names = new Map(), cy = null;

  var el = bcDom.el, add = bcDom.add, clear = bcDom.clear, keyboard = bcDom.keyboard;  // /assets/dom.js
  function api(path, params) {
    var q = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) { if (params[k] !== null && params[k] !== undefined && params[k] !== "") q.set(k, params[k]); });
    var url = path + (q.toString() ? "?" + q.toString() : "");
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + url);
      return r.json();
    });
  }
  function docPath(id) { return "/v1/documents/" + encodeURIComponent(id); }
  function learn(map) { Object.keys(map || {}).forEach(function (k) { names.set(k, map[k]); }); }
  function name(id) { return id ? (names.get(id) || id) : ""; }
  function colour(o) {
    if (!outletColour.has(o)) outletColour.set(o, PALETTE[outletColour.size % PALETTE.length]);
    return outletColour.get(o);
  }
  function outlet(o) { var s = el("span", "outlet", o); s.style.setProperty("--c", colour(o || "")); return s; }
  function label(ev) {
    learn(ev.names);
    return name(ev.source) + (ev.target ? " → " + name(ev.target) : "") + ": " + (ev.negated ? "not " : "") + ev.type +
      (ev.via && ev.via.length ? " via " + ev.via.map(name).join(", ") : "");
  }
  function docLink(id, title) {
    var s = el("span", "link", title || id);
    s.setAttribute("data-doc", id);
    s.addEventListener("click", function (e) { e.stopPropagation(); openReport(id, title); });
    keyboard(s);
    return s;
  }
  function problem(node, err) { clear(node); add(node, el("p", "hint", "could not load: " + err.message)); }

  // ---- header ---------------------------------------------------------------------------
  Promise.all([api("/v1/documents", { limit: 1 }), api("/v1/entities", { limit: 1 }), api("/v1/events", { limit: 1 }),
               api("/v1/disputes", { limit: 1 })]).then(function (r) {
    document.getElementById("title").textContent = r[0].total + " reports";
    [[r[0].total, "reports"], [r[1].total, "entities"], [r[2].total, "events"], [r[3].total, "contradictions"]].forEach(function (p) {
      var s = el("span", "stat"); add(s, el("b", null, p[0]), document.createTextNode(p[1])); add(document.getElementById("stats"), s);
    });
  }).catch(function (e) { problem(document.getElementById("stats"), e); });

  // ---- a report's own page ------------------------------------------------------------------
  var frameBox = document.getElementById("report-view"), frame = document.getElementById("report-frame");
  function openReport(id, title) {
    document.getElementById("report-view-title").textContent = title || id;
    frame.src = docPath(id) + "?format=html";
    frameBox.hidden = false;
    document.getElementById("report-close").focus();
  }
  function closeReport() { frameBox.hidden = true; frame.src = "about:blank"; }
  var passBox = document.getElementById("passages-view");
  function closePassages() { passBox.hidden = true; clear(document.getElementById("passages")); }
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    if (!frameBox.hidden) closeReport(); else if (!passBox.hidden) closePassages();
  });
  [["report-close", closeReport], ["passages-close", closePassages]].forEach(function (p) {
    var n = document.getElementById(p[0]);
    n.addEventListener("click", p[1]);
    n.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); p[1](); } });
  });

  // ---- reports ----------------------------------------------------------------------------------
  var reportQuery = { q: null, offset: 0 };
  function loadReports() {
    var box = document.getElementById("report-list"), pager = clear(document.getElementById("report-pager"));
    api("/v1/documents", { q: reportQuery.q, offset: reportQuery.offset, limit: 25 }).then(function (r) {
      clear(box);
      var t = el("table", "reports-table"), head = el("tr");
      ["published", "outlet", "title", "events"].forEach(function (h) { add(head, el("th", null, h)); });
      add(t, head);
      r.items.forEach(function (d) {
        var tr = el("tr", "report"), o = el("td");
        tr.setAttribute("data-doc", d.id);
        add(o, outlet(d.source || d.id));
        add(tr, el("td", null, d.published || ""), o, el("td", null, d.title || d.id), el("td", null, d.events));
        tr.addEventListener("click", function () { openReport(d.id, (d.title || d.id) + (d.source ? " — " + d.source : "")); });
        keyboard(tr);
        add(t, tr);
      });
      add(box, t);
      if (!r.items.length) add(box, el("p", "hint", "no reports match"));
      add(pager, el("span", "hint", (r.total ? r.offset + 1 : 0) + "–" + (r.offset + r.items.length) + " of " + r.total + " "));
      if (r.offset > 0) add(pager, pageButton("previous", Math.max(0, r.offset - r.limit)));
      if (r.next_offset !== null) add(pager, pageButton("next", r.next_offset));
    }).catch(function (e) { problem(box, e); });
  }
  function pageButton(text, offset) {
    var b = el("button", "page", text);
    b.type = "button";
    b.addEventListener("click", function () { reportQuery.offset = offset; loadReports(); });
    return b;
  }
  document.getElementById("report-search").addEventListener("submit", function (e) {
    e.preventDefault();
    reportQuery = { q: document.getElementById("report-q").value.trim() || null, offset: 0 };
    loadReports();
  });

  // ---- entities: search, then acts and statements --------------------------------------------------
  var details = document.getElementById("details");
  function searchEntities(q) {
    var hits = document.getElementById("entity-hits");
    api("/v1/entities", { q: q, limit: 20 }).then(function (r) {
      clear(hits);
      r.items.forEach(function (e) {
        names.set(e.id, e.name);
        var li = el("li", "hit");
        li.setAttribute("data-entity", e.id);
        add(li, el("b", null, e.name), el("span", "hint", " " + (e.kind || "") + " · " + e.reports + " reports"));
        li.addEventListener("click", function () { showEntity(e.id); });
        keyboard(li);
        add(hits, li);
      });
      if (!r.items.length) add(hits, el("li", "hint", "no entity matches"));
    }).catch(function (e) { problem(hits, e); });
  }
  function reportLinks(p, docs) {
    (docs || []).forEach(function (d) {
      var meta = typeof d === "string" ? { id: d } : d;
      add(p, docLink(meta.id, meta.title), document.createTextNode(" "));
    });
    return p;
  }
  function showEntity(id) {
    api("/v1/entities/" + encodeURIComponent(id)).then(function (e) {
      names.set(e.id, e.name);
      clear(details);
      document.querySelectorAll("#entity-hits li.hit").forEach(function (li) { li.classList.toggle("sel", li.getAttribute("data-entity") === id); });
      add(details, el("h3", null, e.name + " (" + e.kind + ")"));
      if (e.aliases.length) add(details, el("p", "hint", "also: " + e.aliases.join(", ")));
      add(details, reportLinks(el("p", null, "in reports: "), e.reports));
      var acts = el("ul", "acts");
      e.events.forEach(function (ev) {
        var li = el("li", ev.negated ? "neg" : null);
        add(li, el("span", null, label(ev) + (ev.time && ev.time.value ? " (" + ev.time.value + ")" : "") + " "));
        reportLinks(li, ev.reports);
        add(acts, li);
      });
      add(details, el("h4", null, "Acts (" + e.events_total + ")"), acts);
      var says = el("ul", "statements");
      e.statements.forEach(function (s) {
        var li = el("li");
        add(li, el("q", null, s.content || ""), el("span", "badge", s.kind || ""), document.createTextNode(" "));
        reportLinks(li, s.reports);
        add(says, li);
      });
      add(details, el("h4", null, "Statements (" + e.statements.length + ")"), says);
      draw(e);
    }).catch(function (err) { problem(details, err); });
  }
  function draw(e) {
    if (typeof cytoscape !== "function") return;
    var els = [], seen = new Set();
    function node(id) {
      if (seen.has(id)) return;
      seen.add(id);
      els.push({ group: "nodes", data: { id: "n:" + id, entity: id, label: name(id), size: id === e.id ? 34 : 22 } });
    }
    e.events.forEach(function (ev) {
      if (!ev.source || !ev.target) return;
      node(ev.source); node(ev.target);
      els.push({ group: "edges", classes: ev.negated ? "neg" : "", data: { id: "ev:" + ev.id, source: "n:" + ev.source,
        target: "n:" + ev.target, label: (ev.negated ? "not " : "") + ev.type, width: 1.5 + Math.min(5, ev.reports.length) } });
    });
    node(e.id);
    if (cy) cy.destroy();
    cy = cytoscape({ container: document.getElementById("graph"), elements: els, minZoom: 0.3, maxZoom: 3,
      style: [
        { selector: "node", style: { "background-color": "#2563eb", width: "data(size)", height: "data(size)", label: "data(label)",
          "font-size": 12, color: "#111827", "text-valign": "bottom", "text-margin-y": 4, "text-outline-color": "#fff", "text-outline-width": 2.5 } },
        { selector: "edge", style: { width: "data(width)", "line-color": "#94a3b8", "target-arrow-color": "#94a3b8", "target-arrow-shape": "triangle",
          "curve-style": "bezier", label: "data(label)", "font-size": 10, color: "#374151", "text-rotation": "autorotate",
          "text-background-color": "#fff", "text-background-opacity": 0.85 } },
        { selector: "edge.neg", style: { "line-style": "dashed", "line-color": "#b91c1c" } }
      ],
      layout: { name: "cose", animate: false, fit: true, padding: 24, nodeDimensionsIncludeLabels: true } });
    cy.on("tap", "node", function (t) { showEntity(t.target.data("entity")); });
  }
  document.getElementById("entity-search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    searchEntities(document.getElementById("entity-q").value.trim());
  });

  // ---- timeline ------------------------------------------------------------------------------------
  function loadTimeline() {
    var ol = document.getElementById("timeline");
    api("/v1/timeline", { limit: 200 }).then(function (r) {
      clear(ol);
      r.items.forEach(function (t) {
        var li = el("li", t.negated ? "neg" : null), when = el("span", "when", t.date || "undated");
        li.setAttribute("data-event", t.event);
        if (t.first_reported) add(when, el("small", null, "reported " + t.first_reported));
        var marks = el("div", "outlets");
        (t.outlets || []).forEach(function (o) { add(marks, outlet(o)); });
        add(li, when, el("div", "what", label(t)), marks);
        li.addEventListener("click", function () {
          clear(details);
          add(details, el("h3", null, label(t) + (t.date ? " (" + t.date + ")" : "")), reportLinks(el("p", null, "in reports: "), t.reports));
        });
        add(ol, li);
      });
      if (!r.items.length) add(ol, el("li", "sep", "no events"));
    }).catch(function (e) { problem(ol, e); });
  }

  // ---- disputes, and following one to both passages ---------------------------------------------------
  function loadDisputes() {
    var box = document.getElementById("disputes");
    api("/v1/disputes", { limit: 200 }).then(function (r) {
      clear(box);
      r.items.forEach(function (item) {
        var div = el("div", "dispute"), h = el("h3"), sides = el("div", "sides");
        div.setAttribute("data-on", item.on);
        add(h, el("span", "on", item.on), document.createTextNode(item.note || ""));
        item.sides.forEach(function (s) {
          var side = el("div", "side"), from = el("div", "from");
          side.style.setProperty("--c", colour(s.outlet || s.doc));
          add(from, outlet(s.outlet || s.doc), docLink(s.doc, s.title));
          add(side, from, el("blockquote", null, s.text || ""));
          add(sides, side);
        });
        var follow = el("button", "follow", "both passages in their reports");
        follow.type = "button";
        follow.addEventListener("click", function () { followDispute(item); });
        add(div, h, sides, follow);
        add(box, div);
      });
      if (!r.items.length) add(box, el("p", "hint", "no contradictions found"));
    }).catch(function (e) { problem(box, e); });
  }
  function span(dossier, side) {
    var list = side.claim ? dossier.claims : side.interaction ? dossier.interactions : null;
    if (!list) return { start: side.start, end: side.end };
    var item = list.filter(function (x) { return x.id === (side.claim || side.interaction); })[0];
    return item && item.evidence ? { start: item.evidence.start, end: item.evidence.end } : null;
  }
  function followDispute(item) {
    var box = clear(document.getElementById("passages"));
    document.getElementById("passages-title").textContent = item.on + ": " + (item.note || "");
    passBox.hidden = false;
    item.sides.forEach(function (s) {
      var col = el("div", "side passage");
      col.style.setProperty("--c", colour(s.outlet || s.doc));
      add(box, col);
      api(docPath(s.doc)).then(function (d) {
        var text = d.documents[0].text || "", at = span(d, s), from = el("div", "from");
        add(from, outlet(s.outlet || s.doc), docLink(s.doc, s.title), el("span", "hint", " " + (s.published || "")));
        var p = el("blockquote", "context");
        if (at && at.end > at.start) {
          var a = Math.max(0, at.start - 320), b = Math.min(text.length, at.end + 320);
          add(p, document.createTextNode((a > 0 ? "… " : "") + text.slice(a, at.start)), el("mark", null, text.slice(at.start, at.end)),
              document.createTextNode(text.slice(at.end, b) + (b < text.length ? " …" : "")));
        } else {
          add(p, el("mark", null, s.text || ""));
        }
        add(col, from, p);
      }).catch(function (e) { problem(col, e); });
    });
  }

  searchEntities("");
  loadReports();
  loadTimeline();
  loadDisputes();
  window.backchannelExplorer = { openReport: openReport, showEntity: showEntity, followDispute: followDispute };
  document.documentElement.setAttribute("data-ready", "1");
})();
