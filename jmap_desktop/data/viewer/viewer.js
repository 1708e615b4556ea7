// JMap Desktop map viewer: draws the map from the embedded JSON (the poster's layout) and
// adds pan/zoom, details, filters, search, personas and scenarios. Safety rule for this file:
// map data only ever reaches the page through textContent and setAttribute on fixed attribute
// names; never innerHTML, never as markup, never as a URL other than our own data: images.
"use strict";
(function () {
  const D = JSON.parse(document.getElementById("jmap-data").textContent);
  const NS = "http://www.w3.org/2000/svg";
  const $ = (id) => document.getElementById(id);
  const P = D.palette, ST = D.style;
  const cardsById = new Map(D.cards.map((c) => [c.id, c]));
  const stageName = new Map(D.stages.map((s) => [s.id, s.name]));
  const groups = new Map(); // card id -> <g>

  function svg(tag, attrs, parent, text) {
    const e = document.createElementNS(NS, tag);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }
  function h(tag, attrs, parent, text) {
    const e = document.createElement(tag);
    for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }
  function txt(parent, x, y, s, size, fill, opts) {
    opts = opts || {};
    const a = { x: x, y: y, "font-size": size, fill: fill };
    if (opts.bold) a["font-weight"] = "bold";
    if (opts.anchor) a["text-anchor"] = opts.anchor;
    if (opts.rtl) a.direction = "rtl";
    if (opts.cls) a["class"] = opts.cls;
    return svg("text", a, parent, s);
  }
  const fmt = (v) => (v > 0 ? "+" : "") + (Math.round(v * 100) / 100).toString().replace("-", "\u2212");
  function emotionColour(v) {
    if (v === null || v === undefined || Math.abs(v) < 1e-9) return P.neutral;
    return v > 0 ? P.positive : P.negative;
  }

  // ---------------------------------------------------------------- drawing (as the poster)
  // Card faces and headers are the poster's (export.html_face): they come as short arrays of
  // shapes and text, drawn here one for one (a value missing at the end is null or 0).
  // Returns the first element drawn.
  const RTL_ANCHOR = { start: "end", end: "start", middle: "middle" };
  function draw(ops, parent, cls) {
    let first = null;
    for (const o of ops) {
      let e = null;
      if (o[0] === "r") {
        const a = { x: o[1], y: o[2], width: o[3], height: o[4], fill: o[5] || "none" };
        if (o[6]) { a.stroke = o[6]; a["stroke-width"] = o[7]; }
        if (o[8]) a["stroke-dasharray"] = o[8];
        if (o[9]) a.rx = o[9];
        e = svg("rect", a, parent);
      } else if (o[0] === "c") {
        const a = { cx: o[1], cy: o[2], r: o[3], fill: o[4] || "none" };
        if (o[5]) { a.stroke = o[5]; a["stroke-width"] = o[6]; }
        e = svg("circle", a, parent);
      } else if (o[0] === "p") {
        e = svg("polyline", { points: o[1].map((pt) => pt.join(",")).join(" "), fill: "none", stroke: o[2], "stroke-width": o[3] }, parent);
      } else if (o[0] === "t") {
        // A right-to-left line is set with direction rtl, where the anchor counts from the right.
        const rtl = o[9] === 1, anchor = rtl ? RTL_ANCHOR[o[6] || "start"] : o[6] || "start";
        e = txt(parent, o[1], o[2], o[3], o[4], o[5], { bold: o[7] === 1, anchor: anchor === "start" ? null : anchor, rtl: rtl, cls: cls });
        if (o[8]) e.setAttribute("text-decoration", "line-through");
      }
      if (e && !first) first = e;
    }
    return first;
  }
  const map = $("map");
  const [W, H] = D.size;
  map.setAttribute("viewBox", "0 0 " + W + " " + H);
  map.setAttribute("width", W);
  map.setAttribute("height", H);
  const root = svg("g", {}, map);
  svg("rect", { x: 0, y: 0, width: W, height: H, fill: "#ffffff" }, root);
  for (const [x, y, w, hh] of D.cells) {
    svg("line", { x1: x + w, y1: y, x2: x + w, y2: y + hh, stroke: P.grid, "stroke-width": 0.6 }, root);
    svg("line", { x1: x, y1: y + hh, x2: x + w, y2: y + hh, stroke: P.grid, "stroke-width": 0.6 }, root);
  }
  D.stages.forEach((s) => {
    const [x, y, w, hh] = s.header;
    const g = svg("g", { "class": "stage" }, root);
    svg("rect", { x: x, y: y, width: w, height: hh, fill: P.header }, g);
    svg("line", { x1: x + w, y1: y, x2: x + w, y2: y + hh, stroke: P.grid, "stroke-width": 0.6 }, g);
    draw(s.runs, g); // number, name wrapped as on the poster, time span
    if (s.link) txt(g, x + w - 8, y + 16, "\u{1F517}", 9, P.blue, { anchor: "end", cls: s.link.broken ? "broken" : "" });
    svg("title", {}, g, (s.description || s.name) + (s.link ? "\nDetailed map: " + s.link.path + (s.link.broken ? " (not found)" : " (opens in JMap Desktop)") : ""));
  });
  if (D.stages.length) {
    const a = D.stages[0].header, b = D.stages[D.stages.length - 1].header;
    svg("line", { x1: a[0], y1: a[1] + a[3], x2: b[0] + b[2], y2: a[1] + a[3], stroke: P.blue, "stroke-width": 2.5 }, root);
  }
  for (const lane of D.lanes) {
    const [x, y, w, hh] = lane.header;
    svg("rect", { x: x, y: y, width: w, height: hh, fill: lane.tint }, root);
    svg("rect", { x: x, y: y, width: 4, height: hh, fill: lane.accent }, root);
    svg("line", { x1: x, y1: y + hh, x2: x + w, y2: y + hh, stroke: P.grid, "stroke-width": 0.6 }, root);
    draw(lane.runs, root); // glyph and name wrapped as on the poster
  }
  function bezier(parent, curve, stroke, width, dash) {
    if (curve.length < 2) return;
    let d = "M" + curve[0][0] + " " + curve[0][1];
    for (const seg of curve.slice(1)) d += " C" + seg.map((p) => p[0] + " " + p[1]).join(" ");
    const a = { d: d, fill: "none", stroke: stroke, "stroke-width": width, "stroke-linecap": "round" };
    if (dash && dash.length) a["stroke-dasharray"] = dash.join(" ");
    svg("path", a, parent);
  }
  if (D.emotion) {
    const E = D.emotion, [ex, , ew] = E.rect;
    for (const t of E.ticks) {
      svg("line", { x1: ex, y1: t.y, x2: ex + ew, y2: t.y, stroke: t.score === 0 ? "#8a8f96" : "#d0d4da",
        "stroke-width": t.score === 0 ? 0.8 : 0.5, "stroke-dasharray": "3 3" }, root);
      txt(root, ex + 3, t.y - 2, t.score ? fmt(t.score) : "0", 6, P.muted);
    }
    for (const pc of E.personas) {
      bezier(root, pc.curve, pc.colour, 1.8, pc.dash);
      if (pc.curve.length) {
        const last = pc.curve[pc.curve.length - 1], end = Array.isArray(last[0]) ? last[last.length - 1] : last;
        txt(root, end[0] + 6, end[1] + 3, pc.name, 8, pc.colour, { bold: true });
      }
    }
    bezier(root, E.curve, P.curve, 2.6);
    for (const [x, y] of E.dots) svg("circle", { cx: x, cy: y, r: 3.2, fill: P.curve }, root);
  }
  for (const line of D.blueprint) {
    const stroke = P.blueprint[line.kind] || "#6b6b6b";
    const a = { x1: line.x0, y1: line.y, x2: line.x1, y2: line.y, stroke: stroke, "stroke-width": 1.6 };
    if (line.kind === "visibility") a["stroke-dasharray"] = "6 3";
    svg("line", a, root);
  }
  for (const c of D.connections) {
    const stroke = c.dependency ? "#8a8f96" : "#4d5966";
    const a = { points: c.points.map((p) => p.join(",")).join(" "), fill: "none", stroke: stroke, "stroke-width": 1 };
    if (c.dependency) a["stroke-dasharray"] = "3 2";
    svg("polyline", a, root);
    const [xa, ya] = c.points[c.points.length - 2], [xb, yb] = c.points[c.points.length - 1];
    const len = Math.max(Math.hypot(xb - xa, yb - ya), 1e-6), ux = (xb - xa) / len, uy = (yb - ya) / len, s = 5;
    const pts = [[xb, yb], [xb - ux * s - uy * s * 0.6, yb - uy * s + ux * s * 0.6], [xb - ux * s + uy * s * 0.6, yb - uy * s - ux * s * 0.6]];
    svg("polygon", { points: pts.map((p) => p.join(",")).join(" "), fill: stroke }, root);
  }
  // The lines' labels after the arrows, each on a plate in the cells' white: an arrow crossing
  // the line passes behind the label, as on the canvas and the poster.
  for (const line of D.blueprint) {
    const [px, py, pw, ph] = line.plate;
    svg("rect", { x: px, y: py, width: pw, height: ph, fill: "#ffffff" }, root);
    txt(root, line.label_x, line.baseline, line.label, 7.5, P.blueprint[line.kind] || "#6b6b6b", { bold: true });
  }
  // Every card gets its face up front: a group (with the card's kind and text as its accessible
  // name) and its paper. What is inside a face (icons, the wrapped lines, badges, the photo) is
  // most of the page's elements and all of its text layout, so it is drawn only for cards in
  // view at a zoom where text can be read, a few hundred per animation frame, and for all cards
  // before printing. A 5,000-card map opens as 5,000 cards of paper and pans smoothly.
  const cardLayer = svg("g", { "class": "cards" }); // filled detached, attached once below
  const faces = new Map(); // card id -> the group its face is drawn in (faded when invalidated)
  for (const c of D.cards) {
    if (!c.visible) continue;
    const kind = D.kinds[c.kind];
    const g = svg("g", { "class": "card", "data-id": c.id, tabindex: 0, role: "button", "aria-label": kind.label + ": " + c.text }, cardLayer);
    groups.set(c.id, g);
    const face = c.face.opacity < 1 ? svg("g", { opacity: c.face.opacity }, g) : g;
    faces.set(c.id, face);
    draw(c.face.paper, face).setAttribute("class", "face");
  }
  const drawn = new Set(); // ids of cards whose inside is drawn
  function drawInside(c) {
    drawn.add(c.id);
    const g = faces.get(c.id);
    const [x, y, w] = c.rect;
    draw(c.face.lines, g, "line");
    let votes = null;
    for (const [name, ops] of c.face.parts) {
      const part = svg("g", { "class": name }, g);
      draw(ops, part);
      if (name === "votes") { // a workshop's dot votes
        votes = ops[0];
        svg("title", {}, part, c.votes + " vote" + (c.votes === 1 ? "" : "s"));
      }
    }
    // Small marks the poster leaves out: open comments, photos and a link to another map.
    const big = c.font >= ST.cardFont;
    const marks = [];
    const open = c.comments.filter((k) => !k.resolved).length;
    if (open) marks.push("\u{1F4AC}" + open);
    if (c.photos.length) marks.push("\u{1F4F7}" + (c.photos.length > 1 ? c.photos.length : ""));
    if (c.link) marks.push("\u{1F517}");
    const marksX = votes ? votes[1] + votes[3] + 4 : x + 32;
    if (marks.length && big) txt(g, marksX, y + 14, marks.join(" "), 7.5, P.muted, { cls: c.link && c.link.broken ? "broken" : "" });
    // The first photo's thumbnail in the strip the layout reserves for it (above a KPI's value).
    if (c.photos.length && big && /^data:image\/(png|jpeg);base64,/.test(c.photos[0])) {
      const th = 32;
      svg("image", { href: c.photos[0], x: x + 6, y: c.photoBottom - th, width: w / 2, height: th, preserveAspectRatio: "xMinYMid meet" }, g);
    }
  }
  const LEGIBLE_PX = 4, PER_FRAME = 300; // text smaller than this on screen is not drawn
  let insidePending = false;
  function drawInsideInView() {
    insidePending = false;
    if (drawn.size === groups.size || !room.w) return;
    const s = view.s, x0 = -view.x / s, y0 = -view.y / s, x1 = x0 + room.w / s, y1 = y0 + room.h / s;
    const mx = (x1 - x0) / 2, my = (y1 - y0) / 2; // half a screen around, ready for the next pan
    let budget = PER_FRAME;
    for (const c of D.cards) {
      if (!c.visible || drawn.has(c.id) || c.font * s < LEGIBLE_PX) continue;
      const [x, y, w, hh] = c.rect;
      if (x + w < x0 - mx || x > x1 + mx || y + hh < y0 - my || y > y1 + my) continue;
      drawInside(c);
      if (--budget === 0) { scheduleInside(); return; }
    }
  }
  function scheduleInside() {
    if (!insidePending) { insidePending = true; requestAnimationFrame(drawInsideInView); }
  }
  function drawAllInside() { for (const c of D.cards) if (c.visible && !drawn.has(c.id)) drawInside(c); }
  root.appendChild(cardLayer);

  // ---------------------------------------------------------------- pan and zoom
  const stage = $("stage");
  const view = { s: 1, x: 0, y: 0 }, room = { w: 0, h: 0 }; // room: the map area's size
  function apply() {
    map.style.transform = "translate(" + view.x + "px," + view.y + "px) scale(" + view.s + ")";
    scheduleInside();
  }
  function fit() {
    const b = stage.getBoundingClientRect();
    room.w = b.width; room.h = b.height;
    view.s = Math.min(b.width / W, b.height / H) * 0.98 || 1;
    view.x = (b.width - W * view.s) / 2; view.y = Math.max(4, (b.height - H * view.s) / 2);
    apply();
  }
  function zoomAt(factor, cx, cy) {
    const s = Math.min(8, Math.max(0.02, view.s * factor));
    view.x = cx - (cx - view.x) * (s / view.s); view.y = cy - (cy - view.y) * (s / view.s); view.s = s;
    apply();
  }
  function zoomCentre(f) { const b = stage.getBoundingClientRect(); zoomAt(f, b.width / 2, b.height / 2); }
  function showCard(id) {
    const c = cardsById.get(id), b = stage.getBoundingClientRect();
    if (!c) return;
    if (view.s < 0.8) view.s = 1;
    view.x = b.width / 2 - (c.rect[0] + c.rect[2] / 2) * view.s; view.y = b.height / 2 - (c.rect[1] + c.rect[3] / 2) * view.s;
    apply();
  }
  stage.addEventListener("wheel", (e) => {
    e.preventDefault();
    const b = stage.getBoundingClientRect();
    zoomAt(Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.0015)), e.clientX - b.left, e.clientY - b.top);
  }, { passive: false });
  const pointers = new Map();
  let drag = null;
  stage.addEventListener("pointerdown", (e) => {
    stage.setPointerCapture(e.pointerId);
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    drag = { moved: 0, target: e.target };
    // While a finger or the mouse drags, the map is its own compositor layer: moving it is then
    // a matter of the GPU, not a repaint of thousands of cards. Dropped afterwards, so that a
    // zoom redraws the cards sharp at the new scale.
    map.style.willChange = "transform";
  });
  stage.addEventListener("pointermove", (e) => {
    const prev = pointers.get(e.pointerId);
    if (!prev) return;
    if (pointers.size === 2) { // pinch: scale by the change of distance, about the midpoint
      const b = stage.getBoundingClientRect();
      const [p, q] = [...pointers.values()];
      const before = Math.hypot(p.x - q.x, p.y - q.y);
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      const [p2, q2] = [...pointers.values()];
      const after = Math.hypot(p2.x - q2.x, p2.y - q2.y);
      if (before > 0) zoomAt(after / before, (p2.x + q2.x) / 2 - b.left, (p2.y + q2.y) / 2 - b.top);
      if (drag) drag.moved += 10;
      return;
    }
    view.x += e.clientX - prev.x; view.y += e.clientY - prev.y;
    if (drag) drag.moved += Math.abs(e.clientX - prev.x) + Math.abs(e.clientY - prev.y);
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    apply();
  });
  function pointerEnd(e) {
    pointers.delete(e.pointerId);
    if (drag && drag.moved < 5 && pointers.size === 0) {
      const g = drag.target.closest ? drag.target.closest("g.card") : null;
      if (g) select(g.getAttribute("data-id")); else select(null);
    }
    if (pointers.size === 0) { drag = null; map.style.willChange = ""; }
  }
  stage.addEventListener("pointerup", pointerEnd);
  stage.addEventListener("pointercancel", (e) => { pointers.delete(e.pointerId); drag = null; map.style.willChange = ""; });
  document.addEventListener("keydown", (e) => {
    const typing = e.target.tagName === "INPUT" || e.target.tagName === "TEXTAREA";
    if (e.key === "Escape") { if (typing) e.target.blur(); select(null); closePanelOnPhone(); return; }
    if (typing) return;
    const step = 60;
    const keys = { "+": () => zoomCentre(1.25), "=": () => zoomCentre(1.25), "-": () => zoomCentre(0.8), "0": fit,
      ArrowLeft: () => { view.x += step; apply(); }, ArrowRight: () => { view.x -= step; apply(); },
      ArrowUp: () => { view.y += step; apply(); }, ArrowDown: () => { view.y -= step; apply(); },
      "/": () => $("search").focus() };
    if (e.key === "Enter" && e.target.closest && e.target.closest("g.card")) { select(e.target.closest("g.card").getAttribute("data-id")); return; }
    if (keys[e.key] && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); keys[e.key](); }
  });
  $("zoom-in").addEventListener("click", () => zoomCentre(1.25));
  $("zoom-out").addEventListener("click", () => zoomCentre(0.8));
  $("zoom-fit").addEventListener("click", fit);
  window.addEventListener("resize", fit);
  // Print the whole map whatever the zoom: the print stylesheet drops the transform too.
  window.addEventListener("beforeprint", () => { drawAllInside(); map.style.transform = "none"; });
  window.addEventListener("afterprint", apply);
  window.matchMedia("print").addEventListener("change", (e) => { if (e.matches) drawAllInside(); });

  // ---------------------------------------------------------------- panel and tabs
  const panel = $("panel");
  function openTab(name) {
    for (const b of document.querySelectorAll("[data-tab]")) b.setAttribute("aria-selected", b.getAttribute("data-tab") === name ? "true" : "false");
    for (const s of document.querySelectorAll(".tab")) s.hidden = s.id !== "tab-" + name;
    panel.classList.add("open");
  }
  function closePanelOnPhone() { if (window.matchMedia("(max-width: 700px)").matches) panel.classList.remove("open"); }
  for (const b of document.querySelectorAll("[data-tab]")) b.addEventListener("click", () => openTab(b.getAttribute("data-tab")));
  $("close-panel").addEventListener("click", () => panel.classList.remove("open"));

  // ---------------------------------------------------------------- search and filters
  const fold = (s) => (s || "").toLocaleLowerCase();
  function haystack(c) {
    return fold([c.text, c.tags.join(" "), c.owner, c.stage, c.lane, c.persona || "", c.channel || "",
      c.comments.map((k) => k.text + " " + k.author).join(" "), c.sources.map((s) => s.description).join(" ")].join("\n"));
  }
  let hay = null; // built on the first search, not while the page opens
  const haystackOf = (id) => (hay = hay || new Map(D.cards.map((c) => [c.id, haystack(c)]))).get(id);
  const facets = [
    ["kind", "Card kind", (c) => [c.kind], (v) => D.kinds[v].label],
    ["evidence", "Evidence", (c) => [c.evidence], (v) => D.evidence[v].label],
    ["persona", "Persona", (c) => [c.personaId || ""], (v) => { const p = D.personas.find((q) => q.id === v); return p ? p.name : "No persona"; }],
    ["tag", "Tag", (c) => c.tags, (v) => v],
    ["owner", "Owner", (c) => [c.owner], (v) => v || "No owner"],
  ];
  const chosen = {};
  const filterBox = $("filters");
  for (const [key, label, values, name] of facets) {
    const counts = new Map();
    for (const c of D.cards) for (const v of values(c)) counts.set(v, (counts.get(v) || 0) + 1);
    if (counts.size < 2 && key !== "kind" && key !== "evidence") continue;
    chosen[key] = new Set();
    const fs = h("fieldset", { "data-facet": key }, filterBox);
    h("legend", {}, fs, label);
    for (const [v, n] of [...counts.entries()].sort((a, b) => name(a[0]).localeCompare(name(b[0])))) {
      const l = h("label", {}, fs);
      const box = h("input", { type: "checkbox", "data-value": v }, l);
      h("span", {}, l, name(v) + " (" + n + ")");
      box.addEventListener("change", () => { box.checked ? chosen[key].add(v) : chosen[key].delete(v); refresh(); });
    }
  }
  $("clear-filters").addEventListener("click", () => {
    for (const box of filterBox.querySelectorAll("input")) box.checked = false;
    for (const k in chosen) chosen[k].clear();
    refresh();
  });
  let query = "", scenario = null;
  $("search").addEventListener("input", (e) => { query = fold(e.target.value.trim()); refresh(); });
  $("search").addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    const hits = D.cards.filter((c) => groups.has(c.id) && groups.get(c.id).classList.contains("hit"));
    if (!hits.length) return;
    const i = (hits.findIndex((c) => c.id === selected) + 1) % hits.length;
    select(hits[i].id); showCard(hits[i].id);
  });
  function passes(c) {
    for (const [key, , values] of facets) {
      if (chosen[key] && chosen[key].size && !values(c).some((v) => chosen[key].has(v))) return false;
    }
    return !scenario || scenario.has(c.id);
  }
  function refresh() {
    let shown = 0, hits = 0;
    for (const c of D.cards) {
      const g = groups.get(c.id);
      const ok = passes(c), hit = ok && query !== "" && haystackOf(c.id).includes(query);
      if (ok) shown++;
      if (hit) hits++;
      if (!g) continue;
      g.classList.toggle("dim", !ok || (query !== "" && !hit));
      g.classList.toggle("hit", hit);
    }
    $("count").textContent = (query ? hits + " match" + (hits === 1 ? "" : "es") + " · " : "") + shown + " of " + D.cards.length + " cards";
    if (selected) renderDetails(selected);
  }

  // ---------------------------------------------------------------- card details
  let selected = null;
  function marked(parent, tag, text, cls) {
    // The text, with every occurrence of the search query wrapped in <mark> (built as nodes).
    const e = h(tag, cls ? { "class": cls } : {}, parent);
    const low = fold(text);
    let i = 0;
    while (query && i <= text.length) {
      const j = low.indexOf(query, i);
      if (j < 0) break;
      e.appendChild(document.createTextNode(text.slice(i, j)));
      h("mark", {}, e, text.slice(j, j + query.length));
      i = j + query.length;
    }
    e.appendChild(document.createTextNode(text.slice(i)));
    return e;
  }
  function row(dl, label, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
    h("dt", {}, dl, label);
    marked(dl, "dd", Array.isArray(value) ? value.join(", ") : String(value));
  }
  function select(id) {
    if (selected && groups.get(selected)) groups.get(selected).classList.remove("selected");
    selected = id && cardsById.has(id) ? id : null;
    if (!selected) { $("details").replaceChildren(h("p", { "class": "hint" }, null, "Click a card to see everything on it.")); return; }
    if (groups.get(selected)) groups.get(selected).classList.add("selected");
    renderDetails(selected);
    openTab("details");
  }
  function renderDetails(id) {
    const c = cardsById.get(id), kind = D.kinds[c.kind], box = $("details");
    box.replaceChildren();
    const head = h("div", { "class": "kind" }, box);
    h("span", { "class": "glyph" }, head, kind.glyph);
    h("span", {}, head, kind.label);
    marked(box, "p", c.text, "card-text" + (c.rtl ? " rtl" : ""));
    const dl = h("dl", {}, box);
    row(dl, "Stage", c.stage); row(dl, "Lane", c.lane);
    row(dl, "Evidence", D.evidence[c.evidence].glyph + " " + D.evidence[c.evidence].label);
    if (c.emotion !== null) row(dl, "Emotion", fmt(c.emotion) + " (" + (D.scale.labels[Math.round(c.emotion) - D.scale.min] || "") + ")");
    row(dl, "Persona", c.persona); row(dl, "Owner", c.owner); row(dl, "Tags", c.tags);
    row(dl, "Channel", c.channel);
    if (c.polarity) row(dl, "Moment", c.polarity === "positive" ? "Positive" : "Negative");
    if (c.votes) row(dl, "Votes", c.votes + " dot" + (c.votes === 1 ? "" : "s") + " in a workshop vote");
    if (c.metric) {
      const m = c.metric;
      row(dl, "Value", m.value !== null ? (m.value + " " + m.unit).trim() : "\u2014");
      if (m.target !== null) row(dl, "Target", (m.target + " " + m.unit).trim());
      if (m.history.length) row(dl, "History", m.history.map((p) => p.date + ": " + p.value));
    }
    // The target's card is named by an id only the app can resolve: say that a card is meant.
    if (c.link) row(dl, "Links to", c.link.path + (c.link.card ? ", at one of its cards" : "") + (c.link.broken ? " \u2014 not found" : "") + " (opens in JMap Desktop)");
    if (c.sources.length) {
      h("h3", {}, box, "Sources");
      const ul = h("ul", {}, box);
      for (const s of c.sources) marked(ul, "li", [s.kind, s.description, s.date, s.link].filter(Boolean).join(" \u00B7 "));
    }
    if (c.photos.length) {
      h("h3", {}, box, "Photos");
      for (const src of c.photos) if (/^data:image\/(png|jpeg);base64,/.test(src)) h("img", { src: src, alt: "Photo on the card", "class": "photo" }, box);
    }
    if (c.comments.length) {
      h("h3", {}, box, "Comments");
      const ul = h("ul", { "class": "comments" }, box);
      for (const k of c.comments) {
        const li = h("li", { "class": k.resolved ? "resolved" : "open" }, ul);
        h("div", { "class": "who" }, li, [k.author, k.date, k.resolved ? "resolved" : ""].filter(Boolean).join(" \u00B7 "));
        marked(li, "div", k.text);
      }
    }
  }

  // ---------------------------------------------------------------- personas, scenarios, map info
  function chart(parent, points, colour) {
    // A small emotion curve: one point per stage with a score, on the map's scale.
    const w = 300, hh = 90, pad = 10, lo = D.scale.min, hi = D.scale.max, n = points.length;
    const s = svg("svg", { viewBox: "0 0 " + w + " " + hh, "class": "chart", role: "img" }, parent);
    const y = (v) => pad + (hi - v) / (hi - lo) * (hh - 2 * pad - 14);
    svg("line", { x1: 0, x2: w, y1: y(0), y2: y(0), stroke: "#c9ced5", "stroke-dasharray": "3 3" }, s);
    const xy = [];
    points.forEach((p, i) => {
      const x = pad + (n > 1 ? i * (w - 2 * pad) / (n - 1) : (w - 2 * pad) / 2);
      txt(s, x, hh - 2, (stageName.get(p.stage) || "").slice(0, 12), 8, P.muted, { anchor: "middle" });
      if (p.mean !== null && p.mean !== undefined) xy.push([x, y(p.mean), p.mean]);
    });
    if (xy.length > 1) svg("polyline", { points: xy.map((p) => p[0] + "," + p[1]).join(" "), fill: "none", stroke: colour, "stroke-width": 2 }, s);
    for (const [x, yy, v] of xy) { svg("circle", { cx: x, cy: yy, r: 3.5, fill: emotionColour(v) }, s); }
    svg("title", {}, s, "Emotion per stage");
  }
  const personaBox = $("personas");
  if (!D.personas.length) h("p", { "class": "hint" }, personaBox, "This map has no personas.");
  for (const p of D.personas) {
    const art = h("article", { "class": "persona" }, personaBox);
    if (p.photo && /^data:image\/(png|jpeg);base64,/.test(p.photo)) h("img", { src: p.photo, alt: p.name, "class": "avatar" }, art);
    h("h3", {}, art, p.name + (p.id === D.meta.primaryPersona ? " \u2605" : ""));
    if (p.role) h("p", { "class": "role" }, art, p.role);
    if (p.quote) h("blockquote", {}, art, p.quote);
    for (const [label, items] of [["Goals", p.goals], ["Needs", p.needs], ["Frustrations", p.frustrations]]) {
      if (!items.length) continue;
      h("h4", {}, art, label);
      const ul = h("ul", {}, art);
      for (const it of items) h("li", {}, ul, it);
    }
    if (p.curve.some((s) => s.mean !== null)) { h("h4", {}, art, "Emotion per stage"); chart(art, p.curve, P.blue); }
  }
  const scenBox = $("scenarios");
  const sc = D.scenarios;
  h("p", { "class": "hint" }, scenBox, sc.total ? sc.total + " path" + (sc.total === 1 ? "" : "s") + " through the journey" + (sc.total > sc.list.length ? " (the " + sc.list.length + " worst shown)" : "") + ", worst first. Click one to see its cards on the map." : "No scenarios: connect cards with flow arrows to see paths through the journey.");
  sc.list.forEach((s, i) => {
    const b = h("button", { type: "button", "class": "scenario", "aria-pressed": "false" }, scenBox);
    h("strong", {}, b, (i + 1) + ". " + s.name);
    h("span", { "class": "mean" }, b, s.mean === null ? "unscored" : "mean emotion " + fmt(s.mean));
    if (s.pains.length) h("span", { "class": "pains" }, b, "\u26A1 " + s.pains.join("; "));
    chart(b, s.emotion, P.curve);
    b.addEventListener("click", () => {
      const on = b.getAttribute("aria-pressed") !== "true";
      for (const o of scenBox.querySelectorAll("button.scenario")) o.setAttribute("aria-pressed", "false");
      b.setAttribute("aria-pressed", on ? "true" : "false");
      scenario = on ? new Set(s.cards) : null;
      refresh();
    });
  });
  const info = $("info"), M = D.meta;
  const dl = h("dl", {}, info);
  for (const [label, v] of [["Scenario", M.scenario], ["Goal", M.goal], ["Expectations", M.expectations.join(" \u00B7 ")],
    ["State", M.state], ["Organisation", M.organisation], ["Authors", M.authors.join(", ")], ["Version", M.version], ["Date", M.date]]) {
    if (v) { h("dt", {}, dl, label); h("dd", {}, dl, v); }
  }
  if (M.description) h("p", {}, info, M.description);
  const cov = D.coverage;
  if (cov.total) {
    h("h3", {}, info, "Evidence");
    const bar = h("div", { "class": "coverage", role: "img", "aria-label": "Evidence coverage" }, info);
    for (const k of ["validated", "hypothesis", "invalidated"]) {
      const part = h("span", { "class": "cov-" + k, title: D.evidence[k].label }, bar);
      part.style.flexGrow = String(cov.shares[k]);
      h("span", {}, info, D.evidence[k].glyph + " " + D.evidence[k].label + " " + Math.round(cov.shares[k] * 100) + "%  ");
    }
  }
  h("h3", {}, info, "Legend");
  const legend = h("ul", { "class": "legend" }, info);
  for (const k in D.kinds) {
    const li = h("li", {}, legend);
    const sw = h("span", { "class": "swatch" }, li, D.kinds[k].glyph);
    sw.style.background = D.kinds[k].fill; sw.style.borderColor = D.kinds[k].accent; sw.style.color = D.kinds[k].accent;
    h("span", {}, li, D.kinds[k].label);
  }
  for (const k in D.evidence) {
    const li = h("li", {}, legend);
    h("span", { "class": "swatch ev-" + k }, li, D.evidence[k].glyph);
    h("span", {}, li, D.evidence[k].label);
  }

  $("title").textContent = M.title;
  $("subtitle").textContent = M.subtitle || M.state;
  if (M.logo && /^data:image\/(png|jpeg);base64,/.test(M.logo)) h("img", { src: M.logo, alt: "", "class": "logo" }, $("brand"));
  select(null);
  refresh();
  if (!window.matchMedia("(max-width: 700px)").matches) openTab("info");
  fit(); // after the panel opened: fit the room the map really has
  // The embedded fonts load a moment later and change the toolbar's height: refit once they are in.
  document.fonts.ready.then(() => {
    fit();
    document.body.setAttribute("data-ready", "1");
    // When the page became usable, in ms since navigation started: `make bench` reads it.
    requestAnimationFrame(() => document.body.setAttribute("data-ready-ms", String(Math.round(performance.now()))));
  });
})();
