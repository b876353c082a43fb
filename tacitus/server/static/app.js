// Tacitus dashboard: plain JavaScript, no libraries, no network access beyond this server.
// Data from the API is only ever put into the page with textContent/attributes, never as HTML.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const $ = (sel) => document.querySelector(sel);
const QUADS = ["q1", "q2", "q3", "q4"];

function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = v;
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function state(container, kind, message) {
  container.replaceChildren(el("p", { class: kind, text: message }));
  container.dataset.state = kind;
}

async function api(path, options = {}) {
  const res = await fetch(path, { headers: { "Accept": "application/json", ...(options.headers || {}) }, ...options });
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const msg = body && body.error ? body.error : `HTTP ${res.status}`;
    throw new Error(res.status === 503 ? `${msg}` : msg);
  }
  return body;
}

function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") p.set(k, v);
  const s = p.toString();
  return s ? "?" + s : "";
}

const fmt = (x, d = 1) => (x === null || x === undefined || Number.isNaN(x)) ? "" : (x > 0 ? "+" : "") + Number(x).toFixed(d);
const codes = (actors) => (actors || []).map((a) => a.code).join(", ");
const names = (actors) => (actors || []).map((a) => `${a.name || a.text} (${a.code})`).join(", ");

// ------------------------------------------------------------------------------------ header
async function loadStats() {
  const box = $("#stats");
  try {
    const s = await api("/api/stats");
    box.replaceChildren(
      el("span", {}, el("b", { text: s.articles.toLocaleString() }), " articles"),
      el("span", {}, el("b", { text: s.events.toLocaleString() }), " events"),
      el("span", { class: "muted", text: s.first_date ? `${s.first_date} – ${s.last_date}` : "no dated events" }),
      ...(s.stale ? [el("span", { class: "muted", text: "(an ingest is running: showing the last snapshot)" })] : []),
    );
    const chips = $("#top-pairs");
    chips.replaceChildren(...(s.top_pairs || []).slice(0, 8).map((p) =>
      el("button", { type: "button", class: "chip", title: `${p.count} events, mean Goldstein ${fmt(p.goldstein_mean)}`,
        on: { click: () => { $("#actor-a").value = p.source; $("#actor-b").value = p.target; showTimeline(); } } },
        el("b", { text: p.source }), " → ", el("b", { text: p.target }), ` · ${p.count}`)));
    const sel = $("#f-event");
    for (const t of (s.by_type || [])) sel.append(el("option", { value: t.event, text: `${t.event} (${t.count})` }));
    return s;
  } catch (e) {
    box.replaceChildren(el("span", { class: "muted", text: "stats unavailable: " + e.message }));
    return null;
  }
}

async function loadActors() {
  try {
    const r = await api("/api/actors?limit=500");
    $("#actor-list").replaceChildren(...r.actors.map((a) => el("option", { value: a.code, text: a.name || a.code })));
  } catch (e) { /* the inputs still work without suggestions */ }
}

// ------------------------------------------------------------------------------------ timeline
async function showTimeline() {
  const box = $("#timeline");
  const a = $("#actor-a").value.trim().toUpperCase();
  const b = $("#actor-b").value.trim().toUpperCase();
  const by = $("#period").value;
  if (!/^[A-Z0-9]{1,16}$/.test(a) || (b && !/^[A-Z0-9]{1,16}$/.test(b))) {
    state(box, "error", "Actor codes are letters and digits, e.g. RUS or USAGOV.");
    return;
  }
  state(box, "loading", "Loading timeline…");
  $("#tl-sub").textContent = b ? `${a} ↔ ${b}, per ${by}` : `${a} as source or target, per ${by}`;
  try {
    let series;
    if (b) {
      const r = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}${qs({ by })}`);
      const byPeriod = new Map();
      for (const row of r.rows) {
        const p = byPeriod.get(row.period) || { period: row.period, q1: 0, q2: 0, q3: 0, q4: 0, events: 0, gsum: 0 };
        p.q1 += row.quad1; p.q2 += row.quad2; p.q3 += row.quad3; p.q4 += row.quad4;
        p.events += row.events; p.gsum += row.goldstein_sum;
        byPeriod.set(row.period, p);
      }
      series = [...byPeriod.values()].sort((x, y) => x.period.localeCompare(y.period));
    } else {
      const r = await api(`/api/actors/${encodeURIComponent(a)}/timeline${qs({ by })}`);
      series = r.rows.map((row) => ({ ...row, gsum: row.goldstein_sum }));
    }
    series = fillPeriods(series, by);
    for (const p of series) p.gmean = p.events ? p.gsum / p.events : null;
    // the table follows the chosen pair
    $("#f-source").value = a; $("#f-target").value = b;
    loadEvents(true);
    if (!series.length) {
      state(box, "empty", b ? `No events between ${a} and ${b} yet.` : `No events with ${a} yet.`);
      return;
    }
    drawTimeline(box, series, by);
    box.dataset.state = "ready";
  } catch (e) {
    state(box, "error", "Could not load the timeline: " + e.message);
  }
}

function drawTimeline(box, series, by) {
  const W = Math.max(320, box.clientWidth || 800), H = W < 500 ? 220 : 260;
  const m = { l: 36, r: 40, t: 12, b: 34 };
  const iw = W - m.l - m.r, ih = H - m.t - m.b;
  const max = Math.max(1, ...series.map((p) => p.events));
  const n = series.length, step = iw / n, bw = Math.max(2, Math.min(40, step * 0.75));
  const y = (v) => m.t + ih - (v / max) * ih;
  const gy = (g) => m.t + ih / 2 - (g / 10) * (ih / 2);
  const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Events per period by quad class" });
  for (const t of niceTicks(max)) {
    svg.append(el("svg:line", { class: "grid", x1: m.l, x2: W - m.r, y1: y(t), y2: y(t) }),
      el("svg:text", { x: m.l - 6, y: y(t) + 4, "text-anchor": "end", text: t }));
  }
  for (const g of [-10, 0, 10]) svg.append(el("svg:text", { x: W - m.r + 6, y: gy(g) + 4, text: fmt(g, 0) || "0" }));
  const every = Math.ceil(n / Math.max(1, Math.floor(iw / 70)));
  series.forEach((p, i) => {
    const x = m.l + i * step + (step - bw) / 2;
    let base = 0;
    const g = el("svg:g", { class: "bar" });
    for (const q of QUADS) {
      if (!p[q]) continue;
      g.append(el("svg:rect", { class: q, x, width: bw, y: y(base + p[q]), height: y(base) - y(base + p[q]) }));
      base += p[q];
    }
    g.append(el("svg:title", { text: `${p.period}: ${p.events} events (verbal coop ${p.q1}, material coop ${p.q2}, verbal conflict ${p.q3}, material conflict ${p.q4}); Goldstein mean ${fmt(p.gmean, 2)}` }));
    svg.append(g);
    if (i % every === 0) svg.append(el("svg:text", { x: m.l + i * step + step / 2, y: H - m.b + 16, "text-anchor": "middle", text: label(p.period, by) }));
  });
  const pts = series.map((p, i) => [m.l + i * step + step / 2, p.gmean === null ? null : gy(p.gmean)]).filter((q) => q[1] !== null);
  if (pts.length > 1) svg.append(el("svg:path", { class: "gold", d: "M" + pts.map((q) => q.map((v) => v.toFixed(1)).join(",")).join("L") }));
  for (const [cx, cy] of pts) svg.append(el("svg:circle", { class: "gdot", cx, cy, r: 2.5 }));
  svg.append(el("svg:line", { class: "axis", x1: m.l, x2: W - m.r, y1: m.t + ih, y2: m.t + ih, stroke: "#c9ced9" }));
  box.replaceChildren(svg);
}

// Periods without events become zero bars, so the time axis is continuous (at most 400 periods).
function fillPeriods(series, by) {
  if (series.length < 2) return series;
  const have = new Map(series.map((p) => [p.period, p]));
  const out = [];
  const d = new Date(series[0].period + "T00:00:00Z"), last = series[series.length - 1].period;
  while (out.length < 400) {
    const key = d.toISOString().slice(0, 10);
    out.push(have.get(key) || { period: key, q1: 0, q2: 0, q3: 0, q4: 0, events: 0, gsum: 0 });
    if (key >= last) break;
    if (by === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out.length >= 400 ? series : out;
}

function label(period, by) {
  const [yy, mm, dd] = period.split("-");
  const mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(mm) - 1];
  return by === "month" ? `${mon} ${yy}` : `${Number(dd)} ${mon} ${yy.slice(2)}`;
}

function niceTicks(max) {
  const step = Math.max(1, Math.ceil(max / 4));
  const out = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}

// ------------------------------------------------------------------------------------ network
async function loadNetwork() {
  const box = $("#network");
  state(box, "loading", "Loading network…");
  try {
    const net = await api("/api/network?limit=36");
    if (!net.edges.length) { state(box, "empty", "No actor pairs yet: ingest some articles."); return; }
    drawNetwork(box, net);
    box.dataset.state = "ready";
  } catch (e) { state(box, "error", "Could not load the network: " + e.message); }
}

function drawNetwork(box, net) {
  const W = Math.max(300, box.clientWidth || 600), H = Math.round(Math.min(460, Math.max(300, W * 0.7)));
  const nodes = net.nodes.map((n, i) => ({ ...n, deg: n.events_as_source + n.events_as_target,
    x: W / 2 + Math.cos(i * 2.4) * W * 0.3 * Math.sqrt((i + 1) / net.nodes.length),
    y: H / 2 + Math.sin(i * 2.4) * H * 0.3 * Math.sqrt((i + 1) / net.nodes.length), vx: 0, vy: 0 }));
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const edges = net.edges.filter((e) => byCode.has(e.source) && byCode.has(e.target) && e.source !== e.target);
  const maxDeg = Math.max(1, ...nodes.map((n) => n.deg));
  const radius = (n) => 4 + 12 * Math.sqrt(n.deg / maxDeg);
  // Fruchterman-Reingold layout: repulsion k^2/d between all nodes, attraction d^2/k along edges
  const pad = 26, k = 0.85 * Math.sqrt(((W - 2 * pad) * (H - 2 * pad)) / Math.max(1, nodes.length));
  let temp = W / 8;
  for (let it = 0; it < 260; it++) {
    for (const n of nodes) { n.dx = 0; n.dy = 0; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(0.5, Math.sqrt(dx * dx + dy * dy));
        const f = (k * k) / d;
        a.dx += (dx / d) * f; a.dy += (dy / d) * f; b.dx -= (dx / d) * f; b.dy -= (dy / d) * f;
      }
    }
    for (const e of edges) {
      const a = byCode.get(e.source), b = byCode.get(e.target);
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(0.5, Math.sqrt(dx * dx + dy * dy));
      const f = (d * d) / k;
      a.dx -= (dx / d) * f; a.dy -= (dy / d) * f; b.dx += (dx / d) * f; b.dy += (dy / d) * f;
    }
    for (const n of nodes) {
      n.dx += (W / 2 - n.x) * 0.35; n.dy += (H / 2 - n.y) * 0.5;  // gravity keeps unconnected pairs near the centre
      const d = Math.max(0.5, Math.sqrt(n.dx * n.dx + n.dy * n.dy));
      n.x += (n.dx / d) * Math.min(d, temp); n.y += (n.dy / d) * Math.min(d, temp);
      n.x = Math.max(pad, Math.min(W - pad, n.x)); n.y = Math.max(pad + 6, Math.min(H - pad + 10, n.y));
    }
    temp = Math.max(0.5, temp * 0.975);
  }
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Actor network" });
  const tip = el("div", { class: "tip", hidden: true });
  const edgeEls = edges.map((e) => {
    const a = byCode.get(e.source), b = byCode.get(e.target);
    const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.12, my = (a.y + b.y) / 2 - (b.x - a.x) * 0.12;
    const p = el("svg:path", { class: "edge", d: `M${a.x.toFixed(1)},${a.y.toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`,
      stroke: goldColor(e.goldstein_mean), "stroke-width": (1 + 5 * e.count / maxCount).toFixed(1) });
    p.append(el("svg:title", { text: `${e.source} → ${e.target}: ${e.count} events, mean Goldstein ${fmt(e.goldstein_mean)}` }));
    svg.append(p);
    return { e, p };
  });
  const nodeEls = nodes.map((n) => {
    const g = el("svg:g", { class: "node", transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`, tabindex: 0, role: "button",
      "aria-label": `${n.code}: ${n.events_as_source} events as source, ${n.events_as_target} as target` });
    g.append(el("svg:circle", { r: radius(n).toFixed(1), fill: sectorColor(n.code) }),
      el("svg:text", { y: -radius(n) - 3, "text-anchor": "middle", text: n.code }));
    const on = () => {
      svg.classList.add("hovering");
      const near = new Set([n.code]);
      for (const { e, p } of edgeEls) {
        const hit = e.source === n.code || e.target === n.code;
        p.classList.toggle("on", hit);
        if (hit) { near.add(e.source); near.add(e.target); }
      }
      for (const o of nodeEls) o.g.classList.toggle("on", near.has(o.n.code));
      tip.textContent = `${n.code}: ${n.events_as_source} as source, ${n.events_as_target} as target`;
      tip.style.left = `${(n.x / W) * 100}%`; tip.style.top = `${(n.y / H) * box.clientHeight - radius(n)}px`;
      tip.hidden = false;
    };
    const off = () => { svg.classList.remove("hovering"); tip.hidden = true; };
    const pick = () => {
      for (const o of nodeEls) o.g.classList.toggle("sel", o === rec);
      $("#f-source").value = n.code; $("#f-target").value = "";
      $("#actor-a").value = n.code;
      loadEvents(true);
    };
    g.addEventListener("mouseenter", on); g.addEventListener("mouseleave", off);
    g.addEventListener("focus", on); g.addEventListener("blur", off);
    g.addEventListener("click", pick);
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") pick(); });
    const rec = { n, g };
    return rec;
  });
  for (const { g } of nodeEls) svg.append(g);
  box.replaceChildren(svg, tip);
}

function goldColor(g) {
  if (g === null || g === undefined) return "#9aa3b5";
  if (g >= 0) return `rgb(${Math.round(90 - g * 6)},${Math.round(140 + g * 4)},${Math.round(200 - g * 3)})`;
  return `rgb(${Math.round(200 - g * 4)},${Math.round(110 + g * 6)},${Math.round(90 + g * 4)})`;
}

function sectorColor(code) {
  const sector = code.length > 3 ? code.slice(3, 6) : "";
  return { GOV: "#2f5bd3", MIL: "#8e3b46", COP: "#6a4c93", BUS: "#2a9d8f", OPP: "#e76f51", REB: "#b5651d",
    IGO: "#457b9d", NGO: "#588157", MED: "#8d99ae", ELI: "#4361ee", CVL: "#90a955" }[sector] ||
    (code.startsWith("IGO") ? "#457b9d" : "#5c6b8a");
}

// ------------------------------------------------------------------------------------ map
async function loadMap() {
  const box = $("#map");
  state(box, "loading", "Loading places…");
  try {
    const r = await api("/api/places?limit=300");
    if (!r.places.length) { state(box, "empty", "No events with a known location yet."); return; }
    $("#map-sub").textContent = `${r.places.length} places · circle size = events, colour = mean Goldstein`;
    drawMap(box, r.places);
    box.dataset.state = "ready";
  } catch (e) { state(box, "error", "Could not load places: " + e.message); }
}

function drawMap(box, places) {
  const W = Math.max(300, box.clientWidth || 600), H = Math.round(W / 2);
  const px = (lon) => ((lon + 180) / 360) * W, py = (lat) => ((90 - lat) / 180) * H;
  const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Map of event locations (longitude/latitude grid)" });
  svg.append(el("svg:rect", { class: "ocean", x: 0, y: 0, width: W, height: H, rx: 6 }));
  const labelEvery = W < 560 ? 60 : 30;  // fewer longitude labels on a phone
  for (let lon = -180; lon <= 180; lon += 30) {
    svg.append(el("svg:line", { class: "graticule", x1: px(lon), x2: px(lon), y1: 0, y2: H }));
    if (lon > -180 && lon < 180 && lon % labelEvery === 0) svg.append(el("svg:text", { x: px(lon) + 2, y: H - 4, text: `${Math.abs(lon)}°${lon < 0 ? "W" : lon > 0 ? "E" : ""}` }));
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    svg.append(el("svg:line", { class: lat === 0 ? "graticule equator" : "graticule", x1: 0, x2: W, y1: py(lat), y2: py(lat) }));
    svg.append(el("svg:text", { x: 3, y: py(lat) - 3, text: `${Math.abs(lat)}°${lat < 0 ? "S" : lat > 0 ? "N" : ""}` }));
  }
  const max = Math.max(1, ...places.map((p) => p.events));
  const sorted = [...places].sort((a, b) => b.events - a.events);
  const labelled = new Set(sorted.slice(0, W < 500 ? 6 : 14).map((p) => p.name + p.lat));
  for (const p of sorted.slice().reverse()) {
    const r = 3 + 10 * Math.sqrt(p.events / max);
    const c = el("svg:circle", { class: "place", cx: px(p.lon).toFixed(1), cy: py(p.lat).toFixed(1), r: r.toFixed(1), fill: goldColor(p.goldstein_mean) });
    c.append(el("svg:title", { text: `${p.name} (${p.country || "?"}): ${p.events} events, ${p.cooperation} cooperation, ${p.conflict} conflict, mean Goldstein ${fmt(p.goldstein_mean)}` }));
    c.addEventListener("click", () => { $("#f-q").value = ""; loadEvents(true); });
    svg.append(c);
  }
  for (const p of sorted) {
    if (!labelled.has(p.name + p.lat)) continue;
    const r = 3 + 10 * Math.sqrt(p.events / max);
    const left = px(p.lon) > W - 80;
    svg.append(el("svg:text", { class: "plabel", x: (px(p.lon) + (left ? -r - 3 : r + 3)).toFixed(1), y: (py(p.lat) + 4).toFixed(1),
      "text-anchor": left ? "end" : "start", text: p.name }));
  }
  box.replaceChildren(svg);
}

// ------------------------------------------------------------------------------------ events
let nextCursor = null;
let selectedRow = null;

function filterParams() {
  return {
    source: $("#f-source").value.trim().toUpperCase(), target: $("#f-target").value.trim().toUpperCase(),
    event: $("#f-event").value, since: $("#f-since").value, until: $("#f-until").value, q: $("#f-q").value.trim(),
  };
}

async function loadEvents(reset) {
  const body = $("#events tbody"), st = $("#ev-state"), more = $("#more");
  if (reset) { body.replaceChildren(); nextCursor = null; }
  st.hidden = false; st.className = "loading"; st.textContent = "Loading events…";
  more.hidden = true;
  try {
    const r = await api("/api/events" + qs({ ...filterParams(), limit: 50, cursor: reset ? null : nextCursor }));
    for (const e of r.events) body.append(eventRow(e));
    nextCursor = r.next_cursor;
    more.hidden = !nextCursor;
    const n = body.children.length;
    $("#ev-count").textContent = `${n}${nextCursor ? "+" : ""} event${n === 1 ? "" : "s"} shown`;
    if (!n) { st.className = "empty"; st.textContent = "No events match these filters."; }
    else st.hidden = true;
  } catch (e) {
    st.className = "error"; st.textContent = "Could not load events: " + e.message;
  }
}

function eventRow(e) {
  const sent = e.sentence || "";
  const tr = el("tr", { tabindex: 0, "data-event": e.event_id },
    el("td", { class: "date", text: e.date || "" }),
    el("td", {}, el("span", { class: `tag q${e.quad_class}`, text: e.event || e.cameo })),
    el("td", { class: "code", text: codes(e.source) }),
    el("td", { class: "code", text: codes(e.target) }),
    el("td", { class: "num", text: fmt(e.goldstein) }),
    el("td", { class: "sent", text: sent.length > 160 ? sent.slice(0, 157) + "…" : sent }));
  const open = () => {
    if (selectedRow) selectedRow.classList.remove("sel");
    selectedRow = tr; tr.classList.add("sel");
    showEvidence(e.event_id);
  };
  tr.addEventListener("click", open);
  tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
  return tr;
}

async function showEvidence(eventId) {
  const box = $("#evidence");
  state(box, "loading", "Loading evidence…");
  try {
    const ev = await api(`/api/events/${encodeURIComponent(eventId)}`);
    const parts = [
      el("h3", {}, el("span", { class: `tag q${ev.quad_class}`, text: ev.event || "" }), ` ${ev.cameo} · ${ev.date || "undated"}`),
      el("div", { class: "meta", text: `Goldstein ${fmt(ev.goldstein)} · confidence ${ev.confidence ?? ""} · ${ev.modality || ""}${ev.location ? " · " + ev.location.name : ""}` }),
      el("div", { class: "who" }, el("b", { text: "Source: " }), names(ev.source) || "—", el("br"), el("b", { text: "Target: " }), names(ev.target) || "—"),
      el("div", { class: "meta", text: `${ev.mentions.length} mention${ev.mentions.length === 1 ? "" : "s"}` }),
    ];
    for (const m of ev.mentions) parts.push(el("div", { class: "mention" },
      el("div", { class: "meta", text: `${m.title || m.doc_id} · ${m.article_date || ""}${m.outlet ? " · " + m.outlet : ""}` }),
      el("div", { text: m.sentence })));
    box.replaceChildren(...parts);
    box.dataset.state = "ready";
    const first = ev.mentions[0];
    if (first) {
      const art = await api(`/api/articles/${encodeURIComponent(first.doc_id)}`);
      box.append(el("h3", { text: art.title || "Article" }),
        el("div", { class: "keys" }, el("span", { class: "actor", text: "actor" }), el("span", { class: "trigger", text: "trigger" }),
          el("span", { class: "quote", text: "quote" }), el("span", { class: "sent", text: "event sentence" })),
        renderArticle(art, eventId));
      const cur = box.querySelector(".sent.cur");
      if (cur) box.scrollTop += cur.getBoundingClientRect().top - box.getBoundingClientRect().top - 90;
    }
  } catch (e) { state(box, "error", "Could not load the evidence: " + e.message); }
}

// Split the text at every highlight boundary; each piece gets the classes of the spans covering it.
function renderArticle(art, eventId) {
  const text = art.text || "";
  const spans = art.highlights.filter((h) => h.kind !== "event" || h.event_id === eventId)
    .filter((h) => h.kind !== "trigger" || h.event_id === eventId);
  const cuts = new Set([0, text.length]);
  for (const h of spans) { cuts.add(h.start); cuts.add(h.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = el("div", { class: "article" });
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i], e = points[i + 1];
    const cover = spans.filter((h) => h.start <= s && h.end >= e);
    const piece = text.slice(s, e);
    if (!cover.length) { out.append(piece); continue; }
    const cls = new Set();
    let title = [];
    for (const h of cover) {
      if (h.kind === "event") { cls.add("sent"); cls.add("cur"); }
      else cls.add(h.kind);
      if (h.kind === "actor") title.push(`${h.name || ""} ${h.label}`.trim());
      if (h.kind === "quote") title.push(`quote by ${h.name || h.label || "?"}${h.verb ? " (" + h.verb + ")" : ""}`);
      if (h.kind === "trigger") title.push(`trigger: ${h.label}`);
    }
    out.append(el("span", { class: [...cls].join(" "), title: title.join(" · ") || null }, piece));
  }
  return out;
}

// ------------------------------------------------------------------------------------ live coding
async function codeText(ev) {
  ev.preventDefault();
  const text = $("#code-text").value, date = $("#code-date").value, st = $("#code-state"), out = $("#code-out"), btn = $("#code-run");
  if (!text.trim()) { st.textContent = "Paste some text first."; return; }
  btn.disabled = true; st.textContent = "Coding… (the first call loads the language model)";
  out.replaceChildren();
  try {
    const r = await api("/api/code", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(date ? { text, date } : { text }) });
    st.textContent = `${r.events.length} event${r.events.length === 1 ? "" : "s"}, ${r.actors.length} actor mention${r.actors.length === 1 ? "" : "s"}${r.quotes ? ", " + r.quotes.length + " quote(s)" : ""}`;
    if (!r.events.length) { out.append(el("p", { class: "empty", text: "No political events found in this text." })); return; }
    out.append(el("div", { class: "coded" }, r.events.map((e) => el("div", { class: "ev" },
      el("span", { class: `tag q${e.quad_class}`, text: e.event || e.cameo }), " ",
      el("b", { class: "code", text: codes(e.source) || "?" }), " → ", el("b", { class: "code", text: codes(e.target) || "—" }),
      el("span", { class: "muted", text: `  CAMEO ${e.cameo} · Goldstein ${fmt(e.goldstein)} · ${e.date || ""} · trigger “${e.trigger || ""}”` }),
      el("div", { class: "s", text: e.sentence })))));
  } catch (e) {
    st.textContent = "Could not code the text: " + e.message;
  } finally { btn.disabled = false; }
}

// ------------------------------------------------------------------------------------ start
document.addEventListener("DOMContentLoaded", async () => {
  $("#dyad-form").addEventListener("submit", (ev) => { ev.preventDefault(); showTimeline(); });
  $("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); loadEvents(true); });
  $("#f-clear").addEventListener("click", () => { $("#filters").reset(); loadEvents(true); });
  $("#more").addEventListener("click", () => loadEvents(false));
  $("#code-form").addEventListener("submit", codeText);
  loadActors();
  loadEvents(true);
  loadNetwork();
  loadMap();
  const s = await loadStats();
  if (s && s.top_pairs && s.top_pairs.length && !$("#actor-a").value) {
    const p = s.top_pairs[0];
    $("#actor-a").placeholder = `e.g. ${p.source.slice(0, 3)}`;
  }
});
