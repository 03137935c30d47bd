// veritrain console: renders the server's snapshots (api/state, api/events).
// Everything in a snapshot comes from the chain: it is written as text, never as HTML.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
let snap = null;

// h builds an element: h("td", {class: "num"}, "1.0", child...).
function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  for (const k of kids.flat()) {
    if (k === null || k === undefined || k === false) continue;
    el.append(k instanceof Node ? k : String(k));
  }
  return el;
}

function s(tag, attrs, ...kids) {
  const el = document.createElementNS(SVGNS, tag);
  setAttrs(el, attrs);
  for (const k of kids) el.append(k instanceof Node ? k : String(k));
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined && v !== false) el.setAttribute(k, String(v));
  }
}

function $(id) { return document.getElementById(id); }

function short(a) {
  if (!a) return "–";
  return a.length > 14 ? a.slice(0, 6) + "…" + a.slice(-4) : a;
}

// addr is an address, shortened, with the whole one as its title.
function addr(a) {
  if (!a) return h("span", {class: "muted"}, "–");
  return h("span", {class: "mono", title: a}, short(a));
}

function utc(sec) {
  if (!sec) return "–";
  return new Date(sec * 1000).toISOString().replace(".000Z", "Z").replace("T", " ");
}

// when is a chain time with how far it is from the head's time (live: the deadline
// still matters).
function when(sec, live = true) {
  if (!sec) return "–";
  if (!live || !snap || !snap.time) return utc(sec);
  return utc(sec) + " (" + fromHead(sec) + ")";
}

// fromHead is how far chain time sec is from the head's: "in 3 h", "2 min ago".
function fromHead(sec) {
  if (!sec || !snap || !snap.time) return "–";
  const d = sec - snap.time;
  return d >= 0 ? "in " + dur(d) : dur(-d) + " ago";
}

// segCount is how many segments (checkpoint intervals) a task or curve x has.
function segCount(x) {
  return x.interval ? Math.floor(x.steps / x.interval) : 0;
}

function dur(sec) {
  if (sec < 120) return sec + " s";
  if (sec < 7200) return Math.round(sec / 60) + " min";
  if (sec < 172800) return Math.round(sec / 3600) + " h";
  return Math.round(sec / 86400) + " days";
}

function badge(text, extra) {
  return h("span", {class: "badge " + String(text).replace(/\s+/g, "-") + (extra ? " " + extra : "")}, text);
}

function render() {
  if (!snap) return;
  $("market").textContent = snap.market || "–";
  $("market").title = snap.market || "";
  $("block").textContent = snap.block ? String(snap.block) : "–";
  $("chaintime").textContent = snap.time ? utc(snap.time) : "–";
  const banner = $("banner");
  if (snap.error) {
    banner.textContent = snap.error + (snap.stale ? " — showing the last data read, block " + snap.block : "") + "; retrying";
    banner.hidden = false;
  } else {
    banner.hidden = true;
  }
  const capped = $("capped"), notes = [];
  if (snap.capped && snap.capped.length) notes.push("Showing only part: " + snap.capped.join("; ") + ".");
  const hist = snap.history;
  if (hist) {
    const pct = hist.head > hist.from ? Math.floor(100 * (hist.read - hist.from) / (hist.head - hist.from)) : 0;
    notes.push("Reading the market's history: block " + hist.read + " of " + hist.from + "–" + hist.head + " (" + pct + "%); the timeline, disputes and checks fill in as it goes.");
  }
  capped.hidden = !notes.length;
  capped.textContent = notes.join(" ");
  // an update re-draws the panels: the element a keyboard user was on is found again
  // by its key (the task list keeps its own)
  const active = document.activeElement, key = active && active.dataset ? active.dataset.key : undefined;
  renderTasks();
  renderDetail();
  renderAccounts();
  renderTimeline();
  if (key !== undefined && document.activeElement !== active) {
    const again = document.querySelector('[data-key="' + CSS.escape(key) + '"]');
    if (again) again.focus();
  }
}

function selectedID() {
  const m = /^#task-(\d+)$/.exec(location.hash);
  return m ? Number(m[1]) : null;
}

// nextDeadline is the deadline task t waits on, by its status, relative to the head.
function nextDeadline(t) {
  switch (t.status) {
    case "open": return "claim by: " + fromHead(t.claim_by);
    case "claimed": return "commit by: " + fromHead(t.commit_by);
    case "committed": return "challenges close " + fromHead(t.window_end);
    case "disputed": {
      const live = (t.games || []).filter((g) => g.to_move && g.deadline).sort((x, y) => x.deadline - y.deadline)[0];
      return live ? live.to_move + " moves by: " + fromHead(live.deadline) : "";
    }
  }
  return "";
}

function renderTasks() {
  const list = $("tasks");
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.task : undefined;
  $("taskcount").textContent = snap.task_count ? "(" + snap.task_count + ")" : "";
  const sel = selectedID();
  list.replaceChildren();
  if (!snap.tasks.length) {
    list.append(h("li", {class: "muted"}, snap.error ? "no data" : "no task posted yet"));
    return;
  }
  for (const t of snap.tasks) {
    // coverage of the checks (distinct segments re-run) and whose move, where a game runs
    const segs = segCount(t);
    const checked = (t.segments || []).length;
    const moving = t.status === "disputed" ? [] : (t.games || []).filter((g) => g.to_move).map((g) => g.to_move + "'s move");
    const a = h("a", {href: "#task-" + t.id, "data-task": t.id, "aria-current": t.id === sel ? "true" : null},
      h("span", {class: "row"}, h("span", null, "#" + t.id + " ", badge(t.status)), h("span", {class: "muted"}, t.reward + " ETH")),
      h("span", {class: "row muted small"}, h("span", null, "solver ", t.solver ? h("span", {class: "mono"}, short(t.solver)) : "–"),
        h("span", null, "checked " + checked + "/" + segs)),
      h("span", {class: "muted small"}, nextDeadline(t) + (moving.length ? (nextDeadline(t) ? " · " : "") + moving.join(", ") : "")));
    list.append(h("li", null, a));
  }
  if (focused !== undefined) {
    const again = list.querySelector('a[data-task="' + CSS.escape(focused) + '"]');
    if (again) again.focus(); // an update must not throw keyboard users out of the list
  }
}

function fact(dl, name, value) {
  dl.append(h("dt", null, name), h("dd", null, value));
}

function renderDetail() {
  const body = $("detail-body");
  const id = selectedID();
  const t = snap.tasks.find((x) => x.id === id);
  if (!t) {
    $("detail-h").textContent = "Task";
    body.replaceChildren(h("p", {class: "muted"}, id === null ? "Select a task." : "Task " + id + " is not in this snapshot."));
    return;
  }
  $("detail-h").replaceChildren("Task #" + t.id + " ", badge(t.status));
  const dl = h("dl", {class: "facts"});
  fact(dl, "status", t.status);
  fact(dl, "submitter", addr(t.submitter));
  fact(dl, "solver", addr(t.solver));
  fact(dl, "reward", t.reward + " ETH");
  fact(dl, "solver stake", t.stake + " ETH");
  const segs = segCount(t);
  fact(dl, "steps", t.steps + " (a checkpoint every " + t.interval + ": " + segs + " segments)");
  const live = ["open", "claimed", "committed", "disputed"].includes(t.status);
  fact(dl, "claim by", when(t.claim_by, live));
  fact(dl, "commit by", when(t.commit_by, live));
  fact(dl, "challenges close", when(t.window_end, live));
  fact(dl, "trace root", h("span", {class: "mono"}, t.trace_root || "–"));
  fact(dl, "final root", h("span", {class: "mono"}, t.final_root || "–"));
  fact(dl, "seed", h("span", {class: "mono"}, t.seed || "–"));
  fact(dl, "open disputes", String(t.open_disputes));
  if (t.audit) {
    const a = t.audit;
    fact(dl, "checks bought", a.attesters + " of " + a.max_attesters + " joined");
    let forced = "none possible";
    if (a.forced_error_bps > 0) {
      forced = !a.secret_revealed ? "may carry one (" + (a.forced_error_bps / 100) + "%): the solver's secret is not revealed yet" :
        !a.forced ? "none (secret revealed)" :
        "in segment " + a.forced_segment + ": found by " + a.finders + " checker" + (a.finders === 1 ? "" : "s") + (a.finders ? ", " + a.jackpot_share + " ETH of the jackpot each" : "");
    }
    fact(dl, "forced error", forced);
  }
  const parts = [dl];
  if (t.curve) parts.push(h("h3", null, "Training loss"), renderCurve(t));
  parts.push(h("h3", null, "Segments checked"), ...renderSegments(t));
  parts.push(h("h3", null, "Disputes"));
  const games = t.games || [];
  if (!games.length) parts.push(h("p", {class: "muted"}, "None."));
  // each game folds; the one worth reading first opens by itself: one still being
  // played, else one that reached an operation, else the first
  const first = games.find((g) => g.result === "pending") || games.find((g) => g.operation) || games[0];
  for (const g of games) {
    const open = opened.has(g.id) ? opened.get(g.id) : g === first;
    const d = h("details", {class: "game", open: open ? "" : null}, h("summary", {"data-key": "game:" + g.id}, "Game #" + g.id + " ", badge(g.result),
      h("span", {class: "muted small"}, " · segment " + g.segment + " · " + g.moves + " moves · " + (g.result === "pending" ? g.to_move + " to move" : "ended at the " + g.level + " level"))),
    ...renderGame(g));
    d.addEventListener("toggle", () => { if (d.open !== open) opened.set(g.id, d.open); }); // a reader's choice, not the default
    parts.push(d);
  }
  body.replaceChildren(...parts);
}

// segState is how a checked segment stands: bad (a check found it wrong), ok (vouched
// for), open (checked, nothing settled yet).
function segState(sg) {
  if (sg.checks.some((c) => /challenger won/.test(c.outcome || ""))) return "bad";
  return sg.vouched ? "ok" : "open";
}

// checkClass colours one check's outcome: whether it found the solver right, wrong, or
// cost the checker its stake.
function checkClass(outcome) {
  if (/stake lost|slashed|challenger won|decoy:|differs/.test(outcome || "")) return "bad";
  if (/matches|found the forced|solver won/.test(outcome || "")) return "ok";
  return "";
}

// Every checkpoint of a task is asked for when a reader unfolds them (the snapshot
// carries the checked segments' only): kept per task, and asked again once the solver's
// secret may have replaced a decoy.
const cpOpen = new Set();
const cpCache = new Map(); // key -> rows, or an error string

function checkpointList(t) {
  const key = t.id + "|" + (t.audit && t.audit.secret_revealed ? "r" : "") + "|" + t.checkpoints;
  const body = h("div");
  const d = h("details", {class: "checkpoints", open: cpOpen.has(t.id) ? "" : null},
    h("summary", {"data-key": "checkpoints:" + t.id}, "All " + t.checkpoints + " checkpoints"), body);
  const fill = () => {
    const got = cpCache.get(key);
    if (got === undefined) {
      body.replaceChildren(h("p", {class: "muted"}, "loading…"));
      cpCache.set(key, null);
      fetch("api/tasks/" + t.id + "/checkpoints", {cache: "no-store"})
        .then((r) => r.ok ? r.json() : r.text().then((x) => { throw new Error(x.trim() || "HTTP " + r.status); }))
        .then((rows) => cpCache.set(key, rows), (err) => cpCache.set(key, "checkpoints: " + err.message))
        .then(() => { if (snap) renderDetail(); });
    } else if (got === null) {
      body.replaceChildren(h("p", {class: "muted"}, "loading…"));
    } else if (typeof got === "string") {
      body.replaceChildren(h("p", {class: "bad"}, got));
    } else {
      body.replaceChildren(h("div", {class: "scroll"}, h("table", {class: "checks"},
        h("thead", null, h("tr", null, h("th", {scope: "col", class: "num"}, "after step"), h("th", {scope: "col"}, "state (hash)"))),
        h("tbody", null, got.map((c) => h("tr", null, h("td", {class: "num"}, String(c.step)),
          h("td", null, h("span", {class: "mono"}, c.hash), c.decoy ? h("span", {class: "small muted"}, " (posted as decoy ", h("span", {class: "mono", title: c.decoy}, short(c.decoy)), ")") : null)))))));
    }
  };
  if (d.open) fill();
  d.addEventListener("toggle", () => {
    if (d.open) {
      cpOpen.add(t.id);
      fill();
    } else {
      cpOpen.delete(t.id);
    }
  });
  return d;
}

// renderSegments shows a task's checkpoints and its checked segments: a strip of every
// segment coloured by how it stands, and a row per check with its outcome.
function renderSegments(t) {
  const segs = segCount(t);
  const list = t.segments || [];
  const vouched = list.filter((sg) => sg.vouched).length;
  const out = [h("p", null, list.length + " of " + segs + " segments checked, " + vouched + " vouched for; unchecked segments are the solver's word. " +
    (t.checkpoints ? "The solver posted " + t.checkpoints + " checkpoints (one per " + t.interval + " steps), training from state " : "No checkpoints posted yet."),
  t.checkpoints ? h("span", {class: "mono", title: t.initial}, short(t.initial)) : null, t.checkpoints ? "." : null)];
  if (segs > 0) {
    // one cell per segment, or per run of segments past 256 (the worst state shows)
    const cells = Math.min(segs, 256), per = segs / cells, W = 460, cw = W / cells;
    const state = new Array(cells).fill("none");
    const rank = {none: 0, ok: 1, open: 2, bad: 3};
    for (const sg of list) {
      const i = Math.min(cells - 1, Math.floor(sg.index / per)), st = segState(sg);
      if (rank[st] > rank[state[i]]) state[i] = st;
    }
    const svg = s("svg", {class: "strip", viewBox: "0 0 " + W + " 16", role: "img",
      "aria-label": "segments: " + vouched + " vouched for, " + (list.length - vouched) + " checked otherwise, " + (segs - list.length) + " unchecked"});
    state.forEach((st, i) => svg.append(s("rect", {class: "seg " + st, x: (i * cw).toFixed(2), y: 0, width: Math.max(0.5, cw - (cells > 64 ? 0 : 1)).toFixed(2), height: 16})));
    out.push(svg, h("p", {class: "legend small"}, h("span", {class: "key ok"}, "vouched for"), " ", h("span", {class: "key open"}, "checked, not settled"), " ",
      h("span", {class: "key bad"}, "found wrong"), " ", h("span", {class: "key none"}, "unchecked")));
  }
  if (t.checkpoints) out.push(checkpointList(t));
  if (!list.length) {
    out.push(h("p", {class: "muted"}, "No attestation or challenge on chain."));
    return out;
  }
  const rows = [];
  for (const sg of list) {
    sg.checks.forEach((c, i) => rows.push(h("tr", {class: i === 0 ? "first " + segState(sg) : segState(sg)},
      h("td", {class: "num"}, i === 0 ? String(sg.index) : ""),
      h("td", null, i === 0 ? sg.from + "–" + (sg.to - 1) : ""),
      h("td", null, i === 0 && sg.end ? [h("span", {class: "mono", title: sg.end}, short(sg.end)),
        sg.decoy ? h("span", {class: "small muted"}, " (posted as decoy ", h("span", {class: "mono", title: sg.decoy}, short(sg.decoy)), ")") : null] : ""),
      h("td", null, addr(c.by)), h("td", null, c.how), h("td", {class: checkClass(c.outcome)}, c.outcome || ""), h("td", {class: "num"}, String(c.block)))));
  }
  out.push(h("div", {class: "scroll"}, h("table", {class: "checks"},
    h("thead", null, h("tr", null, h("th", {scope: "col", class: "num"}, "segment"), h("th", {scope: "col"}, "steps"), h("th", {scope: "col"}, "checkpoint at its end"),
      h("th", {scope: "col"}, "by"), h("th", {scope: "col"}, "how"), h("th", {scope: "col"}, "outcome"), h("th", {scope: "col", class: "num"}, "block"))),
    h("tbody", null, rows))));
  return out;
}

function renderGame(g) {
  const over = g.result !== "pending";
  const dl = h("dl", {class: "facts"});
  fact(dl, "result", badge(g.result));
  fact(dl, "challenger", addr(g.challenger));
  fact(dl, g.attestation ? "attester (defends its attestation)" : "solver (defends its trace)", addr(g.defender));
  fact(dl, "segment", String(g.segment));
  fact(dl, "phase, level", g.phase + ", " + g.level);
  if (!over) fact(dl, "to move", g.to_move + " by " + when(g.deadline));
  fact(dl, "settled on the market", g.open ? "not yet" : "yes");
  fact(dl, "moves", String(g.moves));
  if (over && g.forfeit) {
    const side = g.result === "challenger won" ? (g.attestation ? "attester" : "solver") : "challenger";
    fact(dl, "ended by", "a timeout: the " + side + "'s clock ran out (nothing was judged)");
  }
  const out = [dl, narrowing(g)];
  if (g.operation) out.push(renderOperation(g.operation));
  if (g.log && g.log.length) {
    out.push(h("div", {class: "scroll"}, h("table", {class: "moves"},
      h("caption", {class: "muted"}, "moves"),
      h("thead", null, h("tr", null, h("th", {scope: "col", class: "num"}, "no"), h("th", {scope: "col"}, "by"), h("th", {scope: "col"}, "move"), h("th", {scope: "col", class: "num"}, "block"), h("th", {scope: "col"}, "time"), h("th", {scope: "col", class: "num"}, "gas"))),
      h("tbody", null, g.log.map((m) => h("tr", null, h("td", {class: "num"}, m.kind === "timeout" ? "–" : String(m.no)), h("td", null, m.by.startsWith("0x") ? addr(m.by) : m.by), h("td", null, m.kind), h("td", {class: "num"}, String(m.block)), h("td", null, utc(m.time)), h("td", {class: "num"}, (m.gas || 0).toLocaleString("en-US"))))))),
      h("p", {class: "muted"}, "gas in all: " + g.log.reduce((s, m) => s + (m.gas || 0), 0).toLocaleString("en-US")));
  }
  return out;
}

// opened keeps which games a reader folded or unfolded across updates.
const opened = new Map();

// renderCurve draws a task's training loss by step, as its solver serves it, with the
// segments a checker vouched for shaded: the rest is the solver's word only.
function renderCurve(t) {
  const c = t.curve, pts = c.points || [];
  const note = h("p", {class: "muted"});
  const verified = (c.verified || []).length, segs = segCount(c);
  note.textContent = (c.error ? "losses: " + c.error + ". " : "") +
    (pts.length ? "The solver's losses; shaded: " + verified + " of " + segs + " segments a checker re-ran and matched (or a dispute the solver won)." : "No losses served yet.");
  if (!pts.length) return note;
  const W = 460, H = 150, L = 44, B = 18;
  let lo = Infinity, hi = -Infinity;
  for (const p of pts) { lo = Math.min(lo, p[1]); hi = Math.max(hi, p[1]); }
  if (hi === lo) { hi = lo + 1; }
  const xs = (step) => L + (c.steps > 1 ? step / (c.steps - 1) : 0.5) * (W - L - 4);
  const ys = (v) => 4 + (1 - (v - lo) / (hi - lo)) * (H - B - 8);
  const svg = s("svg", {class: "curve", viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "training loss by step"});
  svg.append(s("title", null, "Training loss of task " + t.id));
  for (const seg of c.verified || []) {
    const x0 = xs(seg * c.interval), x1 = xs(Math.min((seg + 1) * c.interval, c.steps) - 1);
    svg.append(s("rect", {class: "ok", x: x0, y: 4, width: Math.max(2, x1 - x0), height: H - B - 8}));
  }
  svg.append(s("polyline", {class: "line", points: pts.map((p) => xs(p[0]).toFixed(1) + "," + ys(p[1]).toFixed(1)).join(" ")}));
  const label = (x, y, text, cls) => { const e = s("text", {x: x, y: y, class: cls || ""}); e.textContent = text; return e; };
  svg.append(label(2, 12, hi.toPrecision(4)), label(2, H - B - 2, lo.toPrecision(4)),
    label(L, H - 4, "step 0"), label(W - 4, H - 4, "step " + (c.steps - 1), "end"));
  return h("div", null, svg, note);
}

// renderOperation shows the one float32 operation a game ended on: the operation the
// kernel defines there, its operands as opened against the agreed data, the solver's
// result and the one the operation gives.
function renderOperation(o) {
  const args = o.operands.map((x) => x.name).join(", ");
  const row = (x) => h("tr", null, h("th", {scope: "row"}, x.name), h("td", {class: "num"}, x.value), h("td", {class: "mono"}, x.bits), h("td", null, x.from || ""));
  const parts = [h("h4", null, "The pinned operation"),
    h("p", null, "Step " + o.step + " of " + o.trace_len + " of element " + o.element + "'s trace (kernel " + o.kernel + "): " + (o.op || "?") + "(" + args + ")")];
  if (o.op) {
    parts.push(h("div", {class: "scroll"}, h("table", {class: "operands"},
      h("thead", null, h("tr", null, h("th", {scope: "col"}, ""), h("th", {scope: "col", class: "num"}, "value"), h("th", {scope: "col"}, "float32 bits"), h("th", {scope: "col"}, "from"))),
      h("tbody", null, ...o.operands.map(row), row(o.claimed), row(o.computed)))));
  }
  parts.push(h("p", {class: "muted small"}, "The solver claims its result; the challenger disputes it but states no value of its own: the contract recomputes the operation from the operands the solver had to open against the agreed data, and whoever is wrong loses."));
  const verdict = o.note ? o.note : o.solver_right ? "The solver's result is the operation's: it wins." : "The solver's result is not the operation's: the challenger wins.";
  parts.push(h("p", {class: o.solver_right ? "ok" : "bad"}, verdict));
  return h("div", {class: "op"}, ...parts);
}

// narrowing draws one bar per level of the game: the window still disputed while it
// descends a level, the one item pinned once it is past.
function narrowing(g) {
  const W = 340, X = 10, row = 40;
  const levels = g.levels || [];
  const svg = s("svg", {class: "narrow", viewBox: "0 0 " + (W + 2 * X) + " " + (levels.length * row + 6), role: "img",
    "aria-label": "how the game narrowed the dispute, level by level"});
  svg.append(s("title", null, "Narrowing of game " + g.id));
  levels.forEach((l, i) => {
    const y = i * row + 4;
    const grp = s("g", {class: l.state});
    let what;
    switch (l.state) {
      case "pinned": what = "#" + l.pinned + (l.size ? " of " + l.size : "") + (l.label ? " (" + l.label + ")" : ""); break;
      case "narrowing": what = l.from + "…" + (l.to - 1) + " of " + (l.size || "?") + " still disputed"; break;
      case "skipped": what = "not disputed"; break;
      case "stopped": what = "not pinned: the game ended first"; break;
      default: what = "not reached";
    }
    grp.append(s("text", {x: X, y: y + 12}, l.name + ": " + what));
    grp.append(s("rect", {class: "dom", x: X, y: y + 18, width: W, height: 14, rx: 3}));
    const frac = (v) => (l.size ? Math.min(v / l.size, 1) : 0);
    if (l.state === "narrowing" && l.size) {
      const x0 = X + frac(l.from) * W;
      grp.append(s("rect", {class: "win", x: x0, y: y + 18, width: Math.max(3, (frac(l.to) - frac(l.from)) * W), height: 14, rx: 3}));
    }
    if (l.state === "pinned") {
      const x0 = X + frac(l.pinned) * W;
      grp.append(s("rect", {class: "pin", x: Math.min(x0, X + W - 4), y: y + 16, width: Math.max(4, l.size ? W / l.size : 4), height: 18, rx: 2}));
    }
    grp.append(s("title", null, l.note || l.name));
    svg.append(grp);
  });
  return svg;
}

// addrButton is an address that, pressed, shows only its events in the timeline.
function addrButton(address) {
  const b = h("button", {type: "button", class: "addr", title: "show the events of " + address, "aria-controls": "timeline", "data-key": "addr:" + address},
    h("span", {class: "mono full"}, address), h("span", {class: "mono short"}, short(address)));
  b.addEventListener("click", () => {
    who = address;
    renderFilters();
    renderTimeline();
    $("timeline-h").scrollIntoView({block: "nearest"});
  });
  return b;
}

function renderAccounts() {
  $("pools").textContent = "jackpot pool " + (snap.jackpot_pool || "0") + " ETH · in escrow " + (snap.escrow || "0") + " ETH";
  const tb = $("accounts").tBodies[0];
  tb.replaceChildren();
  if (!snap.accounts.length) {
    tb.append(h("tr", null, h("td", {colspan: 5, class: "muted"}, "no account yet")));
    return;
  }
  for (const a of snap.accounts) {
    tb.append(h("tr", null,
      h("td", null, addrButton(a.address)),
      h("td", null, a.roles.map((r) => badge(r)).flatMap((b, i) => (i ? [" ", b] : [b]))),
      h("td", {class: "num", title: a.free_wei + " wei"}, a.free),
      h("td", {class: "num", title: a.locked_wei + " wei"}, a.locked),
      h("td", {class: "num", title: a.unbonding ? a.unbonding_wei + " wei, withdrawable from " + utc(a.release_at) : "no withdrawal waiting"},
        a.unbonding ? [a.unbonding, h("br"), h("span", {class: "muted small"}, when(a.release_at))] : "–")));
  }
}

// The timeline's filters: which events each shows ("all": every one).
const CHECK_EVENTS = ["AttestationClosed", "SecretRevealed", "AttestationDisputed", "AttestationSettled", "ChecksAdded"];
const FILTERS = {
  all: () => true,
  money: (e) => ["payout", "slash", "jackpot", "stake"].includes(e.kind),
  slashes: (e) => e.kind === "slash",
  jackpots: (e) => e.kind === "jackpot",
  disputes: (e) => e.kind === "dispute",
  tasks: (e) => e.kind === "task",
  checks: (e) => e.kind === "audit" || CHECK_EVENTS.includes(e.name),
};
let filter = "all";
let who = null; // an address whose events alone the timeline shows (null: everyone's)

// withAddrs writes text with each address in it shortened (the whole one as its title).
function withAddrs(text) {
  const out = [];
  let last = 0;
  for (const m of text.matchAll(/0x[0-9a-fA-F]{40}\b/g)) {
    out.push(text.slice(last, m.index), addr(m[0]));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

function renderFilters() {
  const bar = $("filters");
  if (!bar.querySelector("[data-filter]")) {
    for (const name of Object.keys(FILTERS)) {
      const b = h("button", {type: "button", "data-filter": name}, name);
      b.addEventListener("click", () => {
        filter = name;
        renderFilters();
        renderTimeline();
      });
      bar.append(b);
    }
  }
  for (const b of bar.querySelectorAll("[data-filter]")) b.setAttribute("aria-pressed", String(b.dataset.filter === filter));
  const old = bar.querySelector(".who");
  if (old) old.remove();
  if (who) {
    const b = h("button", {type: "button", class: "who", title: "show everyone's events again", "aria-pressed": "true", "data-key": "who"}, "only ", short(who), " ×");
    b.addEventListener("click", () => {
      who = null;
      renderFilters();
      renderTimeline();
    });
    bar.append(b);
  }
}

// involves reports whether event e names address a.
function involves(e, a) {
  const x = a.toLowerCase();
  return (e.text || "").toLowerCase().includes(x) || e.fields.some((f) => f.value.toLowerCase() === x);
}

function renderTimeline() {
  renderFilters();
  const ol = $("timeline");
  ol.replaceChildren();
  const events = snap.events.filter((e) => FILTERS[filter](e) && (!who || involves(e, who)));
  if (!events.length) {
    ol.append(h("li", {class: "muted"}, snap.events.length ? "no " + (filter === "all" ? "" : filter + " ") + "event" + (who ? " of " + short(who) : "") + " yet" : "no event yet"));
    return;
  }
  for (const e of events) {
    const fields = e.fields.map((f) => f.name + " " + (f.value.length === 42 && f.value.startsWith("0x") ? short(f.value) : f.value)).join(", ");
    ol.append(h("li", {class: "kind-" + e.kind},
      h("span", {class: "muted", title: utc(e.time)}, "block " + e.block),
      h("span", {class: "name"}, e.name + (e.task && !e.text ? " · task " + e.task : "")),
      e.text ? h("span", {class: "text"}, withAddrs(e.text)) : h("span", {class: "fields"}, fields)));
  }
}

// The feed: server-sent events, polling api/state when they fail (a proxy that
// buffers, a browser without EventSource); back to events now and then.
let source = null;
let polls = 0;

function setFeed(state, text) {
  const f = $("feed");
  f.className = state;
  f.textContent = text || state;
}

function apply(data) {
  snap = data;
  render();
}

function listen() {
  if (!window.EventSource) {
    poll();
    return;
  }
  source = new EventSource("api/events");
  source.addEventListener("state", (e) => {
    setFeed("live");
    apply(JSON.parse(e.data));
  });
  source.onerror = () => {
    source.close();
    source = null;
    poll();
  };
}

async function poll() {
  try {
    const r = await fetch("api/state", {cache: "no-store"});
    if (!r.ok) throw new Error("HTTP " + r.status);
    apply(await r.json());
    setFeed("polling");
  } catch (err) {
    setFeed("down", "console server unreachable");
    const banner = $("banner");
    banner.textContent = "console server unreachable: " + err.message + "; retrying";
    banner.hidden = false;
  }
  if (++polls % 10 === 0) {
    listen();
    return;
  }
  setTimeout(poll, 2000);
}

window.addEventListener("hashchange", () => {
  if (!snap) return;
  renderTasks();
  renderDetail();
  $("detail").focus({preventScroll: false});
});

listen();
