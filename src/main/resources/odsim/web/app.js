// odsim serve's page: controls, the run's event stream and the charts, drawn as plain SVG.
// Every number drawn comes from the server's run; nothing here computes or smooths a result.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";
  const STATE_COLOURS = ["#c0392b", "#e67e22", "#95a5a6", "#2980b9", "#16a085", "#27ae60", "#f1c40f", "#7f8c8d", "#2c3e50", "#8e44ad"];
  const COST_COLOURS = ["#e74c3c", "#3498db", "#34495e", "#2ecc71", "#f39c12", "#1abc9c"];
  const STORY_COLOURS = {"not using": "#dddddd", "prescribed": "#95a5a6", "pills": "#e67e22", "street opioids": "#c0392b",
    "methadone": "#2980b9", "buprenorphine": "#16a085", "safe supply": "#27ae60", "rehab": "#f1c40f", "jail": "#7f8c8d",
    "prison": "#2c3e50", "remission": "#8e44ad", "died": "#000000"};

  let setup = null;      // the server's scenarios, levers and caps
  let scenario = null;   // the chosen scenario's settings
  let moved = {};        // lever path -> value text, for the levers moved
  let run = null;        // {id, start, end, months: [], band, status}
  let stream = null;
  let drawQueued = false;

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function errorId(control) {
    return "error-" + control.replace(/[^A-Za-z0-9_-]/g, "-");
  }

  function clearErrors() {
    document.querySelectorAll(".error").forEach((e) => { e.textContent = ""; });
  }

  function showErrors(errors) {
    for (const control in errors) {
      const target = $(errorId(control)) || $("error-form");
      target.textContent = errors[control];
    }
  }

  async function getJson(url) {
    const r = await fetch(url, {credentials: "same-origin"});
    if (!r.ok) throw new Error(url + ": " + r.status + " " + (await r.text()));
    return r.json();
  }

  async function postJson(url, body) {
    const r = await fetch(url, {method: "POST", credentials: "same-origin", headers: {"Content-Type": "application/json"},
      body: JSON.stringify(body || {})});
    let data = {};
    try { data = await r.json(); } catch (e) { data = {errors: {form: "the server answered " + r.status}}; }
    return {ok: r.ok, status: r.status, data: data};
  }

  // ---- controls ----
  function fillScenarios() {
    const select = $("scenario");
    let group = null, parent = select;
    for (const s of setup.scenarios) {
      if (s.group !== group) {
        group = s.group;
        parent = el("optgroup", {label: group});
        select.appendChild(parent);
      }
      parent.appendChild(el("option", {value: s.id}, s.name));
    }
    select.value = setup.first;
    select.addEventListener("change", () => loadScenario(select.value));
    $("limits").textContent = "This server runs up to " + setup.maxAgents.toLocaleString("en-US") + " agents and " + setup.maxYears +
      " years per run (warm-up included), " + setup.maxRunning + " at once; the baseline's band and a report use " + setup.replications + " replications.";
  }

  function buildLevers() {
    const box = $("levers");
    setup.levers.forEach((l, k) => {
      const id = "lever-" + k;
      const div = el("div", {class: "lever", id: id + "-box", "data-path": l.path});
      div.appendChild(el("label", {class: "name", for: id}, l.label));
      const row = el("div", {class: "row"});
      let range = null;
      let input;
      if (l.switch) {
        input = el("input", {type: "checkbox", id: id});
        row.appendChild(input);
        row.appendChild(el("span", {class: "note"}, "on"));
        input.addEventListener("change", () => move(l.path, input.checked ? "1" : "0"));
      } else {
        range = el("input", {type: "range", min: l.min, max: l.max, step: (l.max - l.min) / 100, "aria-label": l.label});
        input = el("input", {type: "text", id: id, inputmode: "decimal", autocomplete: "off"});
        row.appendChild(range);
        row.appendChild(input);
        range.addEventListener("input", () => { input.value = range.value; move(l.path, range.value); });
        input.addEventListener("input", () => { if (input.value.trim() !== "" && !isNaN(Number(input.value))) range.value = input.value; move(l.path, input.value); });
      }
      div.appendChild(row);
      div.appendChild(el("p", {class: "words"}, l.words));
      div.appendChild(el("p", {class: "shipped", id: id + "-shipped"}));
      div.appendChild(el("p", {class: "error", id: errorId(l.path)}));
      box.appendChild(div);
      l.input = input;
      l.range = range;
      l.box = div;
    });
  }

  function move(path, value) {
    moved[path] = value;
    const l = setup.levers.find((x) => x.path === path);
    l.box.classList.add("moved");
  }

  function resetLevers() {
    moved = {};
    for (const l of setup.levers) {
      const v = scenario.levers[l.path].value;
      if (l.switch) l.input.checked = v >= 0.5;
      else { l.input.value = String(v); l.range.value = String(v); }
      l.box.classList.remove("moved");
      $(l.input.id + "-shipped").textContent = "As shipped: " + scenario.levers[l.path].shipped;
    }
  }

  async function loadScenario(id) {
    scenario = await getJson("api/scenario?id=" + encodeURIComponent(id));
    $("scenario-description").textContent = scenario.description + " (" + scenario.start + " to " + scenario.end +
      (scenario.warmUpYears > 0 ? ", after a warm-up of " + scenario.warmUpYears + " years" : "") + "; " +
      scenario.shippedAgents.toLocaleString("en-US") + " agents as shipped.)";
    $("agents").value = scenario.agents;
    $("seed").value = scenario.seed;
    $("end").value = scenario.end;
    $("from").value = "";
    clearErrors();
    resetLevers();
    document.body.dataset.scenario = id;
  }

  async function startRun() {
    clearErrors();
    const body = {scenario: $("scenario").value, agents: $("agents").value, seed: $("seed").value, end: $("end").value,
      from: $("from").value, levers: moved};
    $("run").disabled = true;
    const r = await postJson("api/runs", body);
    $("run").disabled = false;
    if (!r.ok) { showErrors(r.data.errors || {form: "the server answered " + r.status}); return; }
    const end = $("end").value.trim() || scenario.end;
    run = {id: r.data.run, start: scenario.start, end: end, months: [], band: null, status: null, name: scenario.name};
    $("command").textContent = r.data.command;
    $("story-title").textContent = "";
    $("story-states").textContent = "";
    $("story-events").textContent = "";
    $("download-report").classList.add("hidden");
    $("report-phase").textContent = "";
    listen();
    draw();
  }

  // ---- the run's events ----
  function listen() {
    if (stream) stream.close();
    stream = new EventSource("api/runs/" + run.id + "/events");
    const mine = run;
    stream.addEventListener("months", (e) => {
      if (run !== mine) return;
      const d = JSON.parse(e.data);
      if (d.from === 0) run.months = [];
      if (d.from !== run.months.length) return;
      run.months.push(...d.months);
      queueDraw();
    });
    stream.addEventListener("band", (e) => {
      if (run !== mine) return;
      run.band = JSON.parse(e.data);
      queueDraw();
    });
    stream.addEventListener("story", (e) => { if (run === mine) showStory(JSON.parse(e.data)); });
    stream.addEventListener("status", (e) => { if (run === mine) showStatus(JSON.parse(e.data)); });
  }

  function ordinal(n) {
    const s = ["th", "st", "nd", "rd"], v = n % 100;
    return n + (s[(v - 20) % 10] || s[v] || s[0]);
  }

  function whole(v) {
    return Math.round(v).toLocaleString("en-US");
  }

  function showStatus(s) {
    run.status = s;
    const status = $("status");
    const busy = s.pendingWhat ? s.pendingWhat : "";
    status.dataset.state = s.state;
    if (s.state === "waiting") {
      status.textContent = "Waiting: " + ordinal(s.place) + " in the queue (" + s.running + " run" + (s.running === 1 ? "" : "s") + " in progress)";
    } else if (s.state === "running") {
      status.textContent = "Running: " + s.phase + (s.months > 0 ? "; " + s.months + " months so far" : "");
    } else if (s.state === "done") {
      status.textContent = "Done: " + whole(s.deaths) + " overdose deaths from " + run.start + " to " + run.end +
        (s.place > 0 ? "; " + busy + " waits, " + ordinal(s.place) + " in the queue" : "");
    } else {
      status.textContent = s.state === "failed" ? "The run failed: " + s.phase : "Stopped: " + s.phase;
    }
    const done = s.state === "done";
    for (const [id, file] of [["download-csv", "series.csv"], ["download-yaml", "scenario.yaml"]]) {
      const a = $(id);
      if (done) {
        a.href = "api/runs/" + s.run + "/" + file;
        a.setAttribute("download", file);
        a.classList.remove("disabled");
        a.removeAttribute("aria-disabled");
      } else {
        a.removeAttribute("href");
        a.classList.add("disabled");
      }
    }
    $("make-report").disabled = !done || !!s.pendingWhat || s.reportReady;
    $("story-died").disabled = !done || !!s.pendingWhat;
    $("story-released").disabled = !done || !!s.pendingWhat;
    $("report-phase").textContent = s.reportPhase;
    $("story-phase").textContent = s.storyPhase;
    if (s.reportReady) {
      const a = $("download-report");
      a.href = "api/runs/" + s.run + "/report.html";
      a.setAttribute("download", "report.html");
      a.classList.remove("hidden");
    }
    headline();
  }

  function headline() {
    const h = $("headline");
    if (!run || !run.status) { h.textContent = ""; return; }
    const sum = whole(run.months.reduce((a, m) => a + m.deaths, 0));
    let text = run.status.state === "done" ? "Your run: " + sum + " overdose deaths in all." : "Your run: " + sum + " overdose deaths so far.";
    if (run.band) {
      text += " The scenario as shipped (" + run.band.scenario + ", mean of " + run.band.replications + " replications): " +
        whole(run.band.totalMean) + " over the whole run.";
    } else if (run.status.bandPhase) {
      text += " " + run.status.bandPhase;
    }
    h.textContent = text;
  }

  // ---- story ----
  async function askStory(wanted) {
    $("error-story").textContent = "";
    const r = await postJson("api/runs/" + run.id + "/story", {wanted: wanted});
    if (!r.ok) showErrors(r.data.errors || {story: "the server answered " + r.status});
  }

  function showStory(s) {
    $("story-states").textContent = "";
    $("story-events").textContent = "";
    if (!s || s.person === undefined) { $("story-title").textContent = ""; return; }
    $("story-title").textContent = "Person " + s.person + ": " + s.ending;
    const first = Date.parse(s.states.length ? s.states[0].from : run.start);
    const last = Date.parse(s.states.length ? s.states[s.states.length - 1].to : run.end);
    const span = Math.max(1, last - first + 86400000);
    for (const st of s.states) {
      const d = el("div", {title: st.state + ": " + st.from + " to " + st.to});
      d.style.width = (100 * (Date.parse(st.to) - Date.parse(st.from) + 86400000) / span) + "%";
      d.style.background = STORY_COLOURS[st.state] || "#999";
      $("story-states").appendChild(d);
    }
    for (const e of s.events) {
      const li = el("li", {"data-kind": e.kind});
      li.appendChild(el("span", {class: "date"}, e.date));
      li.appendChild(document.createTextNode(e.text));
      $("story-events").appendChild(li);
    }
  }

  async function askReport() {
    $("error-report").textContent = "";
    const r = await postJson("api/runs/" + run.id + "/report", {});
    if (!r.ok) showErrors(r.data.errors || {report: "the server answered " + r.status});
  }

  // ---- charts (plain SVG) ----
  function queueDraw() {
    if (drawQueued) return;
    drawQueued = true;
    requestAnimationFrame(() => { drawQueued = false; draw(); });
  }

  function niceMax(v) {
    if (!(v > 0)) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v) return m * p;
    return 10 * p;
  }

  function short(v) {
    const a = Math.abs(v);
    if (a >= 1e9) return (v / 1e9).toFixed(a >= 1e10 ? 0 : 1) + "bn";
    if (a >= 1e6) return (v / 1e6).toFixed(a >= 1e7 ? 0 : 1) + "M";
    if (a >= 1e4) return (v / 1e3).toFixed(0) + "k";
    return String(Math.round(v * 10) / 10);
  }

  function chart(svg, start, end, lines, band) {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const w = svg.clientWidth || 600, h = svg.clientHeight || 220;
    const left = 48, right = 10, top = 8, bottom = 22;
    const t0 = Date.parse(start), t1 = Date.parse(end) + 86400000;
    let max = 0;
    for (const l of lines) for (const p of l.points) max = Math.max(max, p[1]);
    if (band) for (const p of band) max = Math.max(max, p[2]);
    max = niceMax(max);
    const x = (d) => left + (w - left - right) * (Date.parse(d) - t0) / (t1 - t0);
    const y = (v) => top + (h - top - bottom) * (1 - v / max);
    const axis = document.createElementNS(SVG, "g");
    axis.setAttribute("class", "axis");
    for (let k = 0; k <= 4; k++) {
      const v = max * k / 4;
      const line = document.createElementNS(SVG, "line");
      line.setAttribute("x1", left); line.setAttribute("x2", w - right); line.setAttribute("y1", y(v)); line.setAttribute("y2", y(v));
      axis.appendChild(line);
      const label = document.createElementNS(SVG, "text");
      label.setAttribute("x", left - 4); label.setAttribute("y", y(v) + 4); label.setAttribute("text-anchor", "end");
      label.textContent = short(v);
      axis.appendChild(label);
    }
    const firstYear = new Date(t0).getUTCFullYear(), lastYear = new Date(t1).getUTCFullYear();
    const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
    for (let yr = firstYear; yr <= lastYear; yr += step) {
      const d = yr + "-01-01";
      if (Date.parse(d) < t0 || x(d) > w - right - 14) continue;
      const label = document.createElementNS(SVG, "text");
      label.setAttribute("x", x(d)); label.setAttribute("y", h - 6); label.setAttribute("text-anchor", "middle");
      label.textContent = String(yr);
      axis.appendChild(label);
    }
    svg.appendChild(axis);
    if (band && band.length) {
      const poly = document.createElementNS(SVG, "path");
      let dPath = "M" + band.map((p) => x(p[0]) + "," + y(p[2])).join(" L");
      dPath += " L" + band.slice().reverse().map((p) => x(p[0]) + "," + y(p[1])).join(" L") + " Z";
      poly.setAttribute("d", dPath);
      poly.setAttribute("fill", "rgba(90,90,90,0.18)");
      poly.setAttribute("stroke", "none");
      poly.setAttribute("id", svg.id + "-band");
      svg.appendChild(poly);
    }
    for (const l of lines) {
      if (!l.points.length) continue;
      const path = document.createElementNS(SVG, "path");
      path.setAttribute("d", "M" + l.points.map((p) => x(p[0]).toFixed(1) + "," + y(p[1]).toFixed(1)).join(" L"));
      path.setAttribute("fill", "none");
      path.setAttribute("stroke", l.colour);
      path.setAttribute("stroke-width", l.width || 1.5);
      if (l.dash) path.setAttribute("stroke-dasharray", l.dash);
      if (l.id) path.setAttribute("id", l.id);
      path.setAttribute("data-points", String(l.points.length));
      svg.appendChild(path);
    }
  }

  function legend(box, items) {
    box.textContent = "";
    for (const it of items) {
      const span = el("span");
      const key = el("span", {class: "key"});
      key.style.background = it.colour;
      span.appendChild(key);
      span.appendChild(document.createTextNode(it.name));
      box.appendChild(span);
    }
  }

  function draw() {
    if (!run) {
      for (const id of ["chart-deaths", "chart-people", "chart-costs"]) chart($(id), scenario ? scenario.start : "2015-01-01", scenario ? scenario.end : "2025-12-31", [], null);
      return;
    }
    const m = run.months;
    const perYear = $("per").value === "year";
    const yours = {name: "your run", colour: "#b2182b", width: 2.6, id: "deaths-yours",
      points: perYear ? byYear(m) : m.map((p) => [p.month, p.deaths])};
    const lines = [yours];
    let band = null;
    const legendItems = [{name: "your run (" + run.name + ", replication 0)", colour: "#b2182b"}];
    if (run.band) {
      const st = perYear ? run.band.year : run.band.month;
      lines.unshift({name: "baseline mean", colour: "#444", width: 1.5, dash: "5 4", id: "deaths-baseline",
        points: st.starts.map((d, k) => [d, st.mean[k]])});
      band = st.starts.map((d, k) => [d, st.low[k], st.high[k]]);
      legendItems.push({name: "as shipped: mean of " + run.band.replications + " replications", colour: "#444"});
      legendItems.push({name: "as shipped: 2.5th to 97.5th percentile of replications", colour: "rgba(90,90,90,0.35)"});
    }
    chart($("chart-deaths"), run.start, run.end, lines, band);
    legend($("legend-deaths"), legendItems);
    const people = setup.states.map((name, k) => ({name: name, colour: STATE_COLOURS[k % STATE_COLOURS.length], points: m.map((p) => [p.month, p.people[k]])}));
    chart($("chart-people"), run.start, run.end, people, null);
    legend($("legend-people"), people);
    const costs = setup.costs.map((name, k) => ({name: name, colour: COST_COLOURS[k % COST_COLOURS.length], points: m.map((p) => [p.month, p.costs[k]])}));
    chart($("chart-costs"), run.start, run.end, costs, null);
    legend($("legend-costs"), costs);
    numbers();
    headline();
  }

  /** Deaths per calendar year: the months' counts added up, dated on the year's first month in the run. */
  function byYear(months) {
    const out = [];
    for (const p of months) {
      const last = out[out.length - 1];
      if (last && last[0].slice(0, 4) === p.month.slice(0, 4)) last[1] += p.deaths;
      else out.push([p.month, p.deaths]);
    }
    return out;
  }

  function numbers() {
    const body = $("numbers").querySelector("tbody");
    body.textContent = "";
    const b = run.band ? run.band.month : null;
    run.months.forEach((p, k) => {
      const tr = el("tr");
      tr.appendChild(el("td", {}, p.month));
      tr.appendChild(el("td", {class: "yours", "data-value": String(p.deaths)}, short(p.deaths)));
      for (const a of b ? [b.mean, b.low, b.high] : [null, null, null]) tr.appendChild(el("td", {}, a && k < a.length ? short(a[k]) : ""));
      body.appendChild(tr);
    });
  }

  async function main() {
    setup = await getJson("api/setup");
    fillScenarios();
    buildLevers();
    await loadScenario($("scenario").value);
    draw();
    $("run").addEventListener("click", startRun);
    $("reset").addEventListener("click", resetLevers);
    $("make-report").addEventListener("click", askReport);
    $("story-died").addEventListener("click", () => askStory("died"));
    $("story-released").addEventListener("click", () => askStory("released"));
    window.addEventListener("resize", queueDraw);
    $("per").addEventListener("change", queueDraw);
    document.body.dataset.ready = "true";
  }

  main().catch((e) => { $("status").textContent = "The page could not start: " + e.message; });
})();
