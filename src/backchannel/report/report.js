/* backchannel report: builds the page from the dossier JSON embedded in #bc-data.
 * Every string from the dossier reaches the page through textContent or
 * setAttribute, never through innerHTML, so article text and names stay text. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("bc-data").textContent);
  var doc = D.documents[0] || { id: "", text: "" };
  var text = doc.text || "";
  var V = D.views || {};
  var actors = new Map(), inters = new Map(), claims = new Map();
  D.actors.forEach(function (a) { actors.set(a.id, a); });
  D.interactions.forEach(function (i) { inters.set(i.id, i); });
  D.claims.forEach(function (c) { claims.set(c.id, c); });

  // ---- helpers ---------------------------------------------------------------
  var el = bcDom.el, add = bcDom.add, keyboard = bcDom.keyboard;  // dom.js
  function name(id) { if (!id) return ""; var a = actors.get(id); return a ? a.name : id; }
  function chain(id) { var out = [], cur = id; while (cur && out.indexOf(cur) < 0) { out.push(cur); var a = actors.get(cur); cur = a ? a.affiliation : null; } return out; }
  function side(id) { var c = chain(id); return c.length ? c[c.length - 1] : null; }
  function firstMention(a) { var s = Infinity; (a.mentions || []).forEach(function (m) { if (m.start < s) s = m.start; }); return s; }

  var PALETTE = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#db2777", "#0891b2", "#65a30d",
    "#ea580c", "#4f46e5", "#0d9488", "#be123c", "#a16207", "#475569"];
  var TYPE_COLOURS = {
    contact: "#0284c7", message: "#2563eb", mediate: "#7c3aed", meet: "#0891b2", inform: "#0d9488",
    learn: "#9333ea", persuade: "#16a34a", pressure: "#ea580c", propose: "#65a30d", demand: "#ca8a04",
    agree: "#15803d", reject: "#b91c1c", release: "#d97706", accuse: "#be123c", attack: "#991b1b", negotiate: "#1d4ed8"
  };
  var sideColour = new Map();
  D.actors.slice().sort(function (a, b) { return firstMention(a) - firstMention(b); }).forEach(function (a) {
    var s = side(a.id);
    if (!sideColour.has(s)) sideColour.set(s, PALETTE[sideColour.size % PALETTE.length]);
  });
  function colour(id) { return sideColour.get(side(id)) || "#94a3b8"; }
  function typeColour(t) { return TYPE_COLOURS[t] || "#64748b"; }
  function actorChip(id, onClick) {
    var a = actors.get(id);
    var chip = el("span", "chip");
    chip.setAttribute("data-actor", id || "");
    chip.style.setProperty("--c", colour(id));
    var dot = el("span", "dot" + (a && !a.named ? " unnamed" : ""));
    add(chip, dot, document.createTextNode(a ? a.name : (id || "—")));
    chip.addEventListener("click", function (ev) { ev.stopPropagation(); (onClick || selectActor)(id); });
    keyboard(chip);
    return chip;
  }
  function typeBadge(t, negated) {
    var b = el("span", "badge type", (negated ? "not " : "") + t);
    b.style.background = negated ? "#6b7280" : typeColour(t);
    return b;
  }
  function link(txt, fn) { var a = el("span", "link", txt); a.addEventListener("click", function (e) { e.stopPropagation(); fn(); }); keyboard(a); return a; }
  function describeTime(t) { if (!t) return ""; return t.value ? t.value + " (" + t.text + ")" : t.text; }
  function labelOf(i) {
    var s = name(i.source) || "(unknown)", t = name(i.target);
    return s + (t ? " → " + t : "") + ": " + (i.negated ? "not " : "") + i.type + (i.via && i.via.length ? " via " + i.via.map(name).join(", ") : "");
  }

  // ---- header -----------------------------------------------------------------
  document.getElementById("title").textContent = doc.title || doc.id;
  var meta = document.getElementById("meta");
  [doc.source, doc.author ? "by " + doc.author : null, doc.published, doc.url].forEach(function (x) { if (x) add(meta, el("span", null, x)); });
  var stats = document.getElementById("stats");
  [[D.actors.length, "actors"], [D.interactions.length, "interactions"], [D.claims.length, "claims"],
   [(V.channels || []).length, "channels"]].forEach(function (p) {
    var s = el("span", "stat"); add(s, el("b", null, p[0]), document.createTextNode(p[1])); add(stats, s);
  });

  // ---- article with highlights ---------------------------------------------------
  var anns = [];
  D.actors.forEach(function (a) {
    (a.mentions || []).forEach(function (m) { if (m.doc === doc.id && m.end > m.start) anns.push({ s: m.start, e: m.end, k: "m", id: a.id }); });
  });
  D.claims.forEach(function (c) {
    if (!c.spans || c.spans.doc !== doc.id) return;
    (c.spans.content || []).forEach(function (p) { anns.push({ s: p[0], e: p[1], k: "q", id: c.id }); });
    if (c.spans.cue) anns.push({ s: c.spans.cue[0], e: c.spans.cue[1], k: "cue", id: c.id });
  });
  D.interactions.forEach(function (i) {
    if (i.evidence && i.evidence.doc === doc.id && i.evidence.end > i.evidence.start) anns.push({ s: i.evidence.start, e: i.evidence.end, k: "ev", id: i.id });
  });
  anns = anns.filter(function (a) { return a.s >= 0 && a.e <= text.length && a.e > a.s; });
  var bounds = new Set([0, text.length]);
  anns.forEach(function (a) { bounds.add(a.s); bounds.add(a.e); });
  var pts = Array.from(bounds).sort(function (a, b) { return a - b; });
  var article = document.getElementById("article");
  var segs = [];  // {el, m:[actor ids], q:[claim ids], ev:[interaction ids]}
  var byStart = anns.slice().sort(function (a, b) { return a.s - b.s; });
  var open = [], ai = 0;
  for (var k = 0; k + 1 < pts.length; k++) {
    var p = pts[k], q = pts[k + 1];
    while (ai < byStart.length && byStart[ai].s <= p) { open.push(byStart[ai]); ai++; }
    open = open.filter(function (a) { return a.e > p; });
    var piece = text.slice(p, q);
    var cover = open.filter(function (a) { return a.s <= p && a.e >= q; });
    if (!cover.length) { article.appendChild(document.createTextNode(piece.replace(/\n{3,}/g, "\n\n"))); continue; }
    var seg = { m: [], q: [], cue: [], ev: [] };
    // innermost first: "Hamas" inside "Hamas official" is Hamas; a click picks the innermost
    cover.sort(function (x, y) { return (x.e - x.s) - (y.e - y.s); });
    cover.forEach(function (a) { if (seg[a.k].indexOf(a.id) < 0) seg[a.k].push(a.id); });
    var span = el("span", "seg", piece);
    if (seg.m.length) {
      span.classList.add("m");
      var a0 = actors.get(seg.m[0]);
      if (a0 && !a0.named) span.classList.add("unnamed");
      span.style.setProperty("--c", colour(seg.m[0]));
      span.setAttribute("data-actors", seg.m.join(" "));
      span.title = seg.m.map(name).join(", ");
    }
    if (seg.q.length) { span.classList.add("q"); span.setAttribute("data-claims", seg.q.join(" ")); }
    if (seg.cue.length) { span.classList.add("cue"); span.setAttribute("data-cues", seg.cue.join(" ")); }
    if (seg.ev.length) { span.classList.add("ev"); span.setAttribute("data-interactions", seg.ev.join(" ")); }
    seg.el = span;
    segs.push(seg);
    (function (seg) {
      span.addEventListener("click", function () {
        if (seg.m.length) return selectActor(seg.m[0]);
        if (seg.q.length || seg.cue.length) return selectClaim((seg.q.length ? seg.q : seg.cue)[0]);
        if (seg.ev.length) {
          var best = seg.ev.slice().sort(function (x, y) {
            var a = inters.get(x).evidence, b = inters.get(y).evidence; return (a.end - a.start) - (b.end - b.start);
          });
          return selectInteraction(best[0]);
        }
      });
    })(seg);
    article.appendChild(span);
  }

  // ---- actors legend -------------------------------------------------------------
  var bySide = new Map();
  D.actors.slice().sort(function (a, b) { return firstMention(a) - firstMention(b); }).forEach(function (a) {
    var s = side(a.id); if (!bySide.has(s)) bySide.set(s, []); bySide.get(s).push(a.id);
  });
  var actorsBox = document.getElementById("actors");
  var loners = [];
  bySide.forEach(function (ids, s) {
    if (ids.length === 1 && ids[0] === s) { loners.push(s); return; }
    var g = el("div", "side-group");
    add(g, el("div", "side-name", name(s)));
    var chips = el("div", "chips");
    ids.forEach(function (id) { add(chips, actorChip(id)); });
    add(actorsBox, add(g, chips));
  });
  if (loners.length) {
    var g = el("div", "side-group");
    add(g, el("div", "side-name", bySide.size > loners.length ? "Other actors (no affiliation)" : "No affiliations found"));
    var chips = el("div", "chips");
    loners.forEach(function (id) { add(chips, actorChip(id)); });
    add(actorsBox, add(g, chips));
  }

  // ---- network ---------------------------------------------------------------------
  var cy = null;
  var net = V.network || { nodes: [], edges: [] };
  var graphBox = document.getElementById("graph");
  if (typeof cytoscape === "function" && D.actors.length) {
    var shown = new Set();
    net.edges.forEach(function (e) { shown.add(e.source); shown.add(e.target); });
    if (!shown.size) D.actors.forEach(function (a) { shown.add(a.id); });
    Array.from(shown).forEach(function (id) { chain(id).forEach(function (x) { if (actors.has(x)) shown.add(x); }); });
    var SHAPES = { person: "ellipse", organization: "round-rectangle", state: "hexagon", group: "diamond" };
    var els = [];
    var ordered = D.actors.filter(function (a) { return shown.has(a.id); })
      .sort(function (a, b) { return firstMention(a) - firstMention(b); });
    var R = 60 + 22 * ordered.length;
    ordered.forEach(function (a, n) {
      var ang = 2 * Math.PI * n / Math.max(ordered.length, 1);
      els.push({ group: "nodes", data: { id: "n:" + a.id, actor: a.id, label: a.name, colour: colour(a.id),
        shape: SHAPES[a.kind] || "ellipse", size: 26 + 4 * Math.min((a.mentions || []).length, 8) },
        classes: a.named ? "" : "unnamed", position: { x: R * Math.cos(ang), y: R * Math.sin(ang) } });
    });
    ordered.forEach(function (a) {
      if (a.affiliation && shown.has(a.affiliation))
        els.push({ group: "edges", data: { id: "aff:" + a.id, source: "n:" + a.id, target: "n:" + a.affiliation, label: "" }, classes: "aff" });
    });
    net.edges.forEach(function (e) {
      var lab = (e.negated ? "not " : "") + e.type + (e.count ? " ×" + e.count : "");
      els.push({ group: "edges", data: { id: "e:" + e.id, source: "n:" + e.source, target: "n:" + e.target,
        interaction: e.interaction, label: lab, colour: e.negated ? "#9ca3af" : typeColour(e.type) },
        classes: [e.negated ? "neg" : "", (e.legs || 1) > 1 ? "leg" : "", (e.modality || "asserted") !== "asserted" ? "soft" : ""].join(" ") });
    });
    cy = cytoscape({
      container: graphBox, elements: els, minZoom: 0.3, maxZoom: 3,
      layout: { name: "preset" },
      style: [
        { selector: "node", style: { "background-color": "data(colour)", shape: "data(shape)", width: "data(size)", height: "data(size)",
          label: "data(label)", "font-size": 12.5, "font-weight": 600, "font-family": "Inter, Segoe UI, system-ui, sans-serif", color: "#111827",
          "text-valign": "bottom", "text-margin-y": 4, "text-outline-color": "#fff", "text-outline-width": 2.5,
          "border-width": 2, "border-color": "#fff", "text-wrap": "wrap", "text-max-width": 120 } },
        { selector: "node.unnamed", style: { "border-style": "dashed", "border-color": "data(colour)", "border-width": 2.5, "background-opacity": 0.55 } },
        { selector: "edge[colour]", style: { "line-color": "data(colour)", "target-arrow-color": "data(colour)" } },
        { selector: "edge", style: { width: 2.2, "target-arrow-shape": "triangle",
          "curve-style": "bezier", "arrow-scale": 1, label: "data(label)", "font-size": 10.5, color: "#374151",
          "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1.5 } },
        { selector: "edge.leg", style: { width: 3, "line-style": "solid", "source-arrow-shape": "none" } },
        { selector: "edge.neg", style: { "line-style": "dashed", "line-dash-pattern": [6, 4], color: "#b91c1c" } },
        { selector: "edge.soft", style: { opacity: 0.75, "line-style": "dotted" } },
        { selector: "edge.aff", style: { width: 1, "line-color": "#cbd5e1", "target-arrow-shape": "none", "line-style": "dotted", label: "" } },
        { selector: ".faded", style: { opacity: 0.18 } },
        { selector: "node.hit", style: { "border-color": "#111827", "border-width": 3.5 } },
        { selector: "edge.hit", style: { width: 4.5, opacity: 1, "z-index": 9 } }
      ]
    });
    cy.layout({ name: "cose", randomize: false, animate: false, fit: true, padding: 24, gravity: 0.3,
      nodeRepulsion: function () { return 200000; }, nodeOverlap: 20, componentSpacing: 60,
      idealEdgeLength: function (e) { return e.hasClass("aff") ? 60 : 130; }, edgeElasticity: function (e) { return e.hasClass("aff") ? 60 : 100; },
      nodeDimensionsIncludeLabels: true, numIter: 2500 }).run();
    cy.on("tap", "node", function (ev) { selectActor(ev.target.data("actor")); });
    cy.on("tap", "edge", function (ev) { var i = ev.target.data("interaction"); if (i) selectInteraction(i); });
    cy.on("tap", function (ev) { if (ev.target === cy) clearSelection(); });
    if (!net.edges.length) {
      var note = el("div", "graph-note", "No interactions in this dossier: actors are shown with their affiliations.");
      graphBox.parentNode.insertBefore(note, graphBox);
    }
  } else {
    add(graphBox, el("div", "graph-empty", "No actors to draw."));
  }
  function graphFocus(nodeIds, edgeIds) {
    if (!cy) return;
    cy.elements().removeClass("faded hit");
    if (!nodeIds.length && !edgeIds.length) return;
    var keep = cy.collection();
    nodeIds.forEach(function (id) { keep = keep.union(cy.getElementById("n:" + id)); });
    edgeIds.forEach(function (id) { var e = cy.getElementById(id); keep = keep.union(e).union(e.connectedNodes()); });
    keep.addClass("hit");
    cy.elements().difference(keep).difference(keep.connectedEdges()).addClass("faded");
  }

  // ---- selection ----------------------------------------------------------------
  var details = document.getElementById("details");
  function clearMarks() {
    segs.forEach(function (s) { s.el.classList.remove("on-actor", "on-ev", "on-claim"); });
    document.querySelectorAll(".sel").forEach(function (x) { x.classList.remove("sel"); });
  }
  function clearSelection() {
    clearMarks(); graphFocus([], []);
    details.textContent = "";
    add(details, el("div", "empty", "Click an actor, a highlighted sentence, an edge, a timeline entry or a source to see its evidence."));
  }
  function scrollToSeg(seg) {
    if (!seg) return;
    var box = article.getBoundingClientRect(), r = seg.el.getBoundingClientRect();
    if (r.top < box.top || r.bottom > box.bottom) article.scrollTop += r.top - box.top - box.height / 3;
  }
  function dl(rows) {
    var d = el("dl");
    rows.forEach(function (r) { if (r[1] === null || r[1] === undefined || r[1] === "" || (r[1].length === 0)) return;
      add(d, el("dt", null, r[0])); var dd = el("dd"); if (typeof r[1] === "string" || typeof r[1] === "number") dd.textContent = String(r[1]); else add(dd, r[1]); add(d, dd); });
    return d;
  }
  function actorList(ids) { var c = el("span", "chips"); ids.forEach(function (id) { add(c, actorChip(id)); }); return c; }
  function markRows(attr, id) { document.querySelectorAll("[" + attr + "]").forEach(function (x) { if (x.getAttribute(attr) === id) x.classList.add("sel"); }); }

  function selectActor(id) {
    var a = actors.get(id); if (!a) return;
    clearMarks();
    var hits = segs.filter(function (s) { return s.m.indexOf(id) >= 0; });
    hits.forEach(function (s) { s.el.classList.add("on-actor"); });
    scrollToSeg(hits[0]);
    markRows("data-actor", id);
    var edges = cy ? cy.edges().filter(function (e) { var i = inters.get(e.data("interaction")); return i && (i.source === id || i.target === id || (i.via || []).indexOf(id) >= 0); }).map(function (e) { return e.id(); }) : [];
    graphFocus([id], edges);
    details.textContent = "";
    var h = el("h3"); h.style.setProperty("--c", colour(id));
    add(h, el("span", "dot" + (a.named ? "" : " unnamed")), document.createTextNode(a.name), el("span", "badge", a.kind), a.named ? null : el("span", "badge anon", "unnamed"));
    add(details, h);
    var ints = D.interactions.filter(function (i) { return i.source === id || i.target === id || (i.via || []).indexOf(id) >= 0; });
    var il = el("div", "chips");
    ints.forEach(function (i) { add(il, link(labelOf(i), function () { selectInteraction(i.id); })); });
    var cl = el("div", "chips");
    D.claims.filter(function (c) { return c.speaker === id; }).forEach(function (c) { add(cl, link("“" + c.content.slice(0, 60) + (c.content.length > 60 ? "…”" : "”"), function () { selectClaim(c.id); })); });
    var ch = chain(id).slice(1);
    add(details, dl([["aliases", (a.aliases || []).join(", ")], ["descriptors", (a.descriptors || []).join(", ")],
      ["affiliation", ch.length ? actorList(ch) : ""], ["mentions", hits.length + " highlighted in the text"],
      ["interactions", ints.length ? il : ""], ["claims", cl.childNodes.length ? cl : ""]]));
  }

  function selectInteraction(iid) {
    var i = inters.get(iid); if (!i) return;
    clearMarks();
    var hits = segs.filter(function (s) { return s.ev.indexOf(iid) >= 0; });
    hits.forEach(function (s) { s.el.classList.add("on-ev"); });
    scrollToSeg(hits[0]);
    markRows("data-interaction", iid);
    graphFocus([], cy ? cy.edges().filter(function (e) { return e.data("interaction") === iid; }).map(function (e) { return e.id(); }) : []);
    details.textContent = "";
    var h = el("h3"); add(h, typeBadge(i.type, i.negated), document.createTextNode(labelOf(i)));
    add(details, h);
    var rest = i.claim && claims.get(i.claim);
    add(details, dl([["from", i.source ? actorList([i.source]) : "(unknown)"], ["to", i.target ? actorList([i.target]) : ""],
      ["via", (i.via || []).length ? actorList(i.via) : ""], ["when", describeTime(i.time)],
      ["count", i.count ? i.count.qualifier + " " + i.count.value : ""], ["modality", i.modality],
      ["means", i.means || ""], ["topic", i.topic || ""],
      ["rests on", rest ? link(name(rest.speaker) + " " + (rest.cue || "said"), function () { selectClaim(rest.id); }) : ""]]));
    add(details, el("blockquote", null, i.evidence.text));
  }

  function selectClaim(cid) {
    var c = claims.get(cid); if (!c) return;
    clearMarks();
    var hits = segs.filter(function (s) { return s.q.indexOf(cid) >= 0 || s.cue.indexOf(cid) >= 0; });
    hits.forEach(function (s) { s.el.classList.add("on-claim"); });
    scrollToSeg(hits[0]);
    markRows("data-claim", cid);
    graphFocus(c.speaker ? [c.speaker] : [], []);
    details.textContent = "";
    var a = actors.get(c.speaker);
    var h = el("h3");
    add(h, document.createTextNode((a ? a.name : "Unattributed") + " " + (c.cue || "said")), el("span", "badge", c.direct ? "quote" : "reported speech"),
      a && !a.named ? el("span", "badge anon", "anonymous") : null, c.stance ? el("span", "badge stance-" + c.stance, c.stance) : null);
    add(details, h);
    var sup = D.interactions.filter(function (i) { return i.claim === cid; });
    var sl = el("div", "chips"); sup.forEach(function (i) { add(sl, link(labelOf(i), function () { selectInteraction(i.id); })); });
    add(details, dl([["speaker", c.speaker ? actorList([c.speaker]) : "(none)"], ["side", c.speaker && side(c.speaker) !== c.speaker ? actorList([side(c.speaker)]) : ""],
      ["facts resting on it", sup.length ? sl : ""]]));
    add(details, el("blockquote", null, c.content));
  }
  window.backchannel = { selectActor: selectActor, selectInteraction: selectInteraction, selectClaim: selectClaim, cy: function () { return cy; } };
  clearSelection();

  // ---- timeline ---------------------------------------------------------------------
  var tl = document.getElementById("timeline");
  var undatedShown = false;
  (V.timeline || []).forEach(function (e) {
    if (!e.start && !undatedShown) { undatedShown = true; add(tl, el("li", "sep", "Undated — in text order")); }
    var li = el("li", e.kind + (e.negated ? " neg" : ""));
    li.setAttribute(e.kind === "claim" ? "data-claim" : "data-interaction", e.id);
    var src = e.kind === "claim" ? (claims.get(e.id) || {}).speaker : (inters.get(e.id) || {}).source;
    li.style.setProperty("--c", e.kind === "claim" ? "#a5b4fc" : typeColour((inters.get(e.id) || {}).type));
    var when = el("span", "when", e.start ? (e.time && e.time.value) || e.start : "");
    if (e.time && e.time.text) add(when, el("small", null, e.time.text));
    add(li, when, el("span", "what", e.label));
    li.addEventListener("click", function () { e.kind === "claim" ? selectClaim(e.id) : selectInteraction(e.id); });
    add(tl, li);
  });
  if (!(V.timeline || []).length) add(tl, el("li", "sep", "Nothing to place on a timeline."));

  // ---- channels ----------------------------------------------------------------------
  var chBox = document.getElementById("channels");
  var chans = V.channels || [];
  if (!chans.length) add(chBox, el("div", "muted", "No channel between two parties was found."));
  else {
    var t = el("table"), hd = el("tr");
    ["Parties", "Paths (in order)", "Messages", "Dates", "Who else knew"].forEach(function (x) { add(hd, el("th", null, x)); });
    add(t, add(el("thead"), hd));
    var tb = el("tbody");
    chans.forEach(function (c) {
      var tr = el("tr");
      add(tr, add(el("td"), actorList(c.parties)));
      var td = el("td");
      c.paths.forEach(function (p) {
        var line = el("div", "path");
        var stops = [c.parties[0]].concat(p.via).concat([c.parties[1]]);
        var both = p.directions.length > 1;
        if (!both && p.directions[0] === "backward") stops.reverse();  // show the flow left to right
        stops.forEach(function (s, n) {
          if (n) add(line, el("span", "arrow", both ? "⇄" : "→"));
          var chip = actorChip(s); if (n > 0 && n < stops.length - 1) chip.classList.add("via"); add(line, chip);
        });
        p.interactions.forEach(function (iid) {  // one clickable badge per interaction: its evidence
          var i = inters.get(iid); if (!i) return;
          var b = typeBadge(i.type, false); b.classList.add("clickable"); b.title = i.evidence.text;
          b.setAttribute("data-interaction", iid);
          b.addEventListener("click", function (e) { e.stopPropagation(); selectInteraction(iid); }); keyboard(b);
          add(line, b);
        });
        add(td, line);
      });
      add(tr, td);
      add(tr, el("td", null, c.messages ? (c.qualifier ? c.qualifier + " " : "") + c.messages : "—"));
      add(tr, el("td", null, c.first ? (c.first === c.last ? c.first : c.first + " – " + c.last) : "—"));
      var aw = el("td");
      (c.aware || []).forEach(function (w) {
        var line = el("div");
        add(line, actorChip(w.actor), document.createTextNode(" "),
          link({ learned: "found out", told: "was told", not_told: "was not told", not_learned: "did not find out" }[w.how] || w.how, function () { selectInteraction(w.interaction); }));
        if (w.source) add(line, document.createTextNode(" by " + name(w.source)));
        if (w.means) add(line, document.createTextNode(" — " + w.means));
        add(aw, line);
      });
      if (!(c.aware || []).length) aw.textContent = "—";
      add(tr, aw);
      add(tb, tr);
    });
    add(chBox, add(t, tb));
  }

  // ---- sources -------------------------------------------------------------------------
  var srcBox = document.getElementById("sources");
  var entries = ((V.sources || {}).claims || []).slice();
  if (!entries.length) add(srcBox, el("div", "muted", "No attributed statements."));
  else {
    var order = new Map(); D.actors.forEach(function (a) { order.set(a.id, firstMention(a)); });
    entries.sort(function (a, b) { return (order.get(a.speaker) === undefined ? Infinity : order.get(a.speaker)) - (order.get(b.speaker) === undefined ? Infinity : order.get(b.speaker)); });
    var st = el("table"), sh = el("tr");
    ["Speaker", "Side", "Cue", "Statement", "Facts resting on it"].forEach(function (x) { add(sh, el("th", null, x)); });
    add(st, add(el("thead"), sh));
    var sb = el("tbody"), prev = null;
    entries.forEach(function (s) {
      var tr = el("tr", "click"); tr.setAttribute("data-claim", s.claim);
      var sp = el("td");
      if (s.speaker !== prev) { if (s.speaker) add(sp, actorChip(s.speaker)); else add(sp, el("span", "muted", "(no speaker)")); if (s.anonymous) add(sp, document.createTextNode(" "), el("span", "badge anon", "anonymous")); }
      prev = s.speaker;
      add(tr, sp);
      add(tr, el("td", null, s.side && s.side !== s.speaker ? s.side_name : "—"));
      var cue = el("td"); add(cue, el("span", null, s.cue || "—"));
      if (s.stance) add(cue, document.createTextNode(" "), el("span", "badge stance-" + s.stance, s.stance));
      add(tr, cue);
      var content = el("td", "content", (s.direct ? "“" : "") + s.content + (s.direct ? "”" : ""));
      add(tr, content);
      var sup = el("td"); (s.supports || []).forEach(function (iid) { var i = inters.get(iid); if (i) add(sup, link(labelOf(i), function () { selectInteraction(iid); }), el("br")); });
      if (!(s.supports || []).length) sup.textContent = "—";
      add(tr, sup);
      tr.addEventListener("click", function () { selectClaim(s.claim); });
      add(sb, tr);
    });
    add(srcBox, add(st, sb));
  }
  // ---- knowledge ----------------------------------------------------------------------
  var knBox = document.getElementById("knowledge");
  var kn = V.knowledge || [];
  var HOW = { told: "was told", not_told: "was not told", learned: "found out", not_learned: "did not find out",
    received: "received messages", relayed: "carried messages" };
  if (!kn.length) add(knBox, el("div", "muted", "Nobody is said to have been told, to have found out, or to have carried messages."));
  else {
    var kt = el("table"), kh = el("tr");
    ["Who", "How", "What", "From", "By what means", "When", ""].forEach(function (x) { add(kh, el("th", null, x)); });
    add(kt, add(el("thead"), kh));
    var kb = el("tbody"), prevK = null;
    kn.forEach(function (k) {
      var tr = el("tr", "click" + (k.how.indexOf("not_") === 0 ? " neg" : ""));
      tr.setAttribute("data-interaction", k.interaction);
      add(tr, add(el("td"), k.actor !== prevK ? actorChip(k.actor) : null));
      prevK = k.actor;
      var how = el("td"); add(how, el("span", "badge" + (k.how.indexOf("not_") === 0 ? " neg" : ""), HOW[k.how] || k.how)); add(tr, how);
      add(tr, el("td", null, k.topic || "—"));
      var from = el("td"); if (k.source) add(from, actorChip(k.source)); else from.textContent = "—";
      if ((k.via || []).length && k.how !== "relayed") add(from, document.createTextNode(" via " + k.via.map(name).join(", ")));
      add(tr, from);
      add(tr, el("td", null, k.means || "—"));
      add(tr, el("td", null, k.time ? describeTime(k.time) : "—"));
      add(tr, add(el("td"), link("evidence", function () { selectInteraction(k.interaction); })));
      tr.addEventListener("click", function () { selectInteraction(k.interaction); });
      add(kb, tr);
    });
    add(knBox, add(kt, kb));
  }
  document.documentElement.setAttribute("data-ready", "1");
})();
