// Amparo web UI: a small hash-routed page over the JSON API (docs/api.md).
// No framework and no innerHTML: every piece of text reaches the page
// through textContent, and search snippets (HTML-escaped by the archive,
// matches in <mark>) are rebuilt as text nodes and <mark> elements.
"use strict";

const state = { user: null, role: null, csrf: null };

// ---------- small DOM helpers ----------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return node;
}

function mount(...children) {
  const main = document.getElementById("main");
  main.replaceChildren(...children);
}

function toast(message, isError) {
  const box = document.getElementById("toast");
  box.textContent = message;
  box.className = "toast" + (isError ? " error" : "");
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => box.classList.add("hidden"), 4000);
}

// Decodes the few entities the archive's escaper produces, without a parser.
function decodeEntities(s) {
  return s.replace(/&(lt|gt|amp|quot|#39|#x27|apos);/g, (m, name) =>
    ({ lt: "<", gt: ">", amp: "&", quot: "\"", "#39": "'", "#x27": "'", apos: "'" })[name]);
}

// Rebuilds an escaped snippet with <mark>…</mark> as DOM nodes.
function renderSnippet(html) {
  const p = el("p", { class: "snippet" });
  const parts = String(html).split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const part of parts) {
    if (part === "<mark>") { inMark = true; continue; }
    if (part === "</mark>") { inMark = false; continue; }
    if (!part) continue;
    const text = document.createTextNode(decodeEntities(part));
    p.appendChild(inMark ? el("mark", {}, text) : text);
  }
  return p;
}

// ---------- API ----------
class ApiError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}

async function api(method, path, body) {
  const headers = { "Accept": "application/json" };
  if (method !== "GET") {
    headers["Content-Type"] = "application/json";
    headers["X-Amparo-CSRF"] = state.csrf || "1";
  }
  const res = await fetch(path, {
    method, headers, credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data = null;
  const type = res.headers.get("Content-Type") || "";
  if (type.startsWith("application/json")) data = await res.json();
  if (!res.ok) {
    const err = (data && data.error) || { code: "http_" + res.status, message: res.statusText };
    if (res.status === 401 && path !== "/api/login") {
      state.user = null;
      renderChrome();
      location.hash = "#/login";
      toast(t("session_expired"), true);
    }
    throw new ApiError(res.status, err.code, err.message);
  }
  return data;
}

function showError(e) {
  toast(t("error") + ": " + (e.message || e), true);
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of params) q.append(k, v);
  return q.toString();
}

// ---------- roles ----------
const can = {
  search: () => ["admin", "legal", "comms"].includes(state.role),
  review: () => ["admin", "reviewer"].includes(state.role),
  admin: () => state.role === "admin",
  exportResults: () => ["admin", "legal"].includes(state.role),
};

function homeRoute() { return can.search() ? "#/search" : "#/review"; }

// ---------- chrome ----------
function renderChrome() {
  const nav = document.getElementById("nav");
  const links = [];
  if (state.user) {
    if (can.search()) links.push(["#/search", "nav_search"]);
    if (can.review()) links.push(["#/review", "nav_review"], ["#/intake", "nav_intake"]);
    if (can.admin()) links.push(["#/consent", "nav_consent"], ["#/users", "nav_users"], ["#/audit", "nav_audit"]);
  }
  const current = location.hash.split("?")[0];
  nav.replaceChildren(...links.map(([href, key]) =>
    el("a", { href, class: current.startsWith(href) ? "active" : null, "data-testid": "nav-" + key.slice(4), text: t(key) })));
  document.getElementById("whoami").textContent = state.user ? state.user + " · " + state.role : "";
  document.getElementById("logout").classList.toggle("hidden", !state.user);
  document.getElementById("lang").textContent = currentLang === "es" ? "EN" : "ES";
  document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t(n.dataset.i18n); });
}

// ---------- pages ----------
function loginPage() {
  const user = el("input", { type: "text", id: "login-user", autocomplete: "username", required: true });
  const pass = el("input", { type: "password", id: "login-password", autocomplete: "current-password", required: true });
  const form = el("form", { class: "card login", "data-testid": "login-form" },
    el("h1", { text: t("login_title") }),
    el("label", { for: "login-user", text: t("user") }), user,
    el("label", { for: "login-password", text: t("password") }), pass,
    el("button", { class: "primary", type: "submit", "data-testid": "login-submit", text: t("login") }));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      const s = await api("POST", "/api/login", { user: user.value, password: pass.value });
      Object.assign(state, { user: s.user, role: s.role, csrf: s.csrf });
      pass.value = "";
      location.hash = homeRoute();
      route();
    } catch (e) {
      toast(e.status === 429 ? t("too_many") : t("login_failed"), true);
    }
  });
  mount(form);
  user.focus();
}

const FACETS = ["violence", "perpetrator", "place", "year", "language"];

function parseSearchHash() {
  const qs = new URLSearchParams(location.hash.split("?")[1] || "");
  const filters = [];
  for (const f of FACETS) for (const v of qs.getAll(f)) filters.push([f, v]);
  return { q: qs.get("q") || "", page: Math.max(1, parseInt(qs.get("page") || "1", 10) || 1), filters };
}

function searchHash(s) {
  return "#/search?" + query([["q", s.q], ...s.filters, ["page", String(s.page)]]);
}

async function searchPage() {
  const s = parseSearchHash();
  const input = el("input", { type: "search", id: "q", value: s.q, placeholder: t("search_placeholder"), "aria-label": t("search") });
  const form = el("form", { class: "searchbar", role: "search" }, input,
    el("button", { class: "primary", type: "submit", "data-testid": "search-submit", text: t("search") }));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = searchHash({ q: input.value, page: 1, filters: s.filters });
  });
  const facetsBox = el("aside", { class: "card facets", "data-testid": "facets" }, el("h2", { text: t("filters") }));
  const results = el("section", { class: "card", "data-testid": "results" });
  mount(form, el("div", { class: "layout" }, facetsBox, results));

  const pageSize = 10;
  let data;
  try {
    data = await api("GET", "/api/search?" + query([["q", s.q], ...s.filters, ["page", String(s.page)],
      ["page_size", String(pageSize)], ["facets", "1"]]));
  } catch (e) { showError(e); return; }

  if (s.filters.length) {
    facetsBox.appendChild(el("div", { class: "chips" }, s.filters.map(([f, v]) =>
      el("button", { class: "chip", type: "button", title: t("remove_filter"), "data-testid": "chip",
        onclick: () => { location.hash = searchHash({ q: s.q, page: 1, filters: s.filters.filter((x) => !(x[0] === f && x[1] === v)) }); },
        text: t("facet_" + f) + ": " + v + " ×" }))));
  }
  for (const f of FACETS) {
    const values = (data.facets || {})[f];
    if (!values || !values.length) continue;
    facetsBox.appendChild(el("h3", { text: t("facet_" + f) }));
    for (const fv of values) {
      const active = s.filters.some((x) => x[0] === f && x[1] === fv.value);
      facetsBox.appendChild(el("button", { class: "facet", type: "button", "data-testid": "facet-" + f, "data-value": fv.value,
        disabled: active, onclick: () => { location.hash = searchHash({ q: s.q, page: 1, filters: [...s.filters, [f, fv.value]] }); } },
        el("span", { text: fv.value }), el("span", { class: "count", text: fv.count })));
    }
  }

  results.appendChild(el("p", { class: "meta", "data-testid": "total", text: data.total + " " + t("results") }));
  if (!data.hits.length) results.appendChild(el("p", { text: t("no_results") }));
  for (const h of data.hits) {
    const tags = Object.entries(h.tags || {}).map(([k, vs]) => vs.join(", ")).filter(Boolean).join(" · ");
    results.appendChild(el("article", { class: "hit", "data-testid": "hit", "data-id": h.id },
      el("a", { class: "title", href: "#/t/" + encodeURIComponent(h.id), text: h.title || h.id }),
      el("div", { class: "meta", text: [h.pseudonym, h.recorded_on, h.language, tags].filter(Boolean).join(" · ") }),
      renderSnippet(h.snippet_html)));
  }
  const total = parseInt(data.total, 10);
  const pages = Number.isFinite(total) ? Math.max(1, Math.ceil(total / pageSize)) : s.page;
  results.appendChild(el("div", { class: "pager" },
    el("button", { class: "secondary", type: "button", disabled: s.page <= 1, "data-testid": "prev",
      onclick: () => { location.hash = searchHash({ ...s, page: s.page - 1 }); }, text: t("prev") }),
    el("span", { text: t("page") + " " + s.page + " " + t("of") + " " + pages }),
    el("button", { class: "secondary", type: "button", disabled: s.page >= pages, "data-testid": "next",
      onclick: () => { location.hash = searchHash({ ...s, page: s.page + 1 }); }, text: t("next") })));
  if (can.exportResults() && data.hits.length) {
    const base = [["q", s.q], ...s.filters];
    results.appendChild(el("div", {},
      el("a", { class: "button", href: "/api/export?" + query([...base, ["format", "jsonl"]]), download: "", text: t("export_jsonl") }),
      el("a", { class: "button", href: "/api/export?" + query([...base, ["format", "csv"]]), download: "", text: t("export_csv") })));
  }
  results.dataset.hash = location.hash;  // rendered for this address (tests wait on it)
}

function consentBadges(consent) {
  const box = el("div", { "data-testid": "consent-badge" });
  if (consent.expired) box.appendChild(el("span", { class: "badge expired", text: t("expired") }));
  for (const sc of consent.active_scopes || []) {
    box.appendChild(el("span", { class: "badge scope-" + sc, text: t("scope_" + sc) }));
  }
  return box;
}

async function testimonyPage(id) {
  let tm;
  try { tm = await api("GET", "/api/testimonies/" + encodeURIComponent(id)); } catch (e) { showError(e); mount(el("p", { text: e.message })); return; }
  const c = tm.consent;
  const exportsBox = el("div", { "data-testid": "exports" });
  for (const x of tm.exports || []) {
    const href = x === "story-card" ? "/api/testimonies/" + encodeURIComponent(tm.id) + "/story-card"
      : "/api/export?" + query([["format", x], ["id", tm.id]]);
    const label = x === "story-card" ? t("story_card") : x === "csv" ? t("export_csv") : t("export_jsonl");
    exportsBox.appendChild(el("a", { class: "button", href, download: "", "data-testid": "export-" + x, text: label }));
  }
  if (can.admin()) exportsBox.appendChild(el("a", { class: "button", href: "#/consent?id=" + encodeURIComponent(tm.id), text: t("manage_consent") }));
  const tags = Object.entries(tm.tags || {}).map(([k, vs]) => el("div", { class: "meta", text: t("facet_" + (k === "places" ? "place" : k)) + ": " + vs.join(", ") }));
  mount(el("article", { class: "card", "data-testid": "testimony" },
    el("a", { href: "#/search", text: "← " + t("back") }),
    el("h1", { text: tm.title || tm.id }),
    el("div", { class: "meta", text: [tm.pseudonym, t("recorded") + " " + tm.recorded_on, tm.recorded_at, tm.language].filter(Boolean).join(" · ") }),
    el("h2", { text: t("consent") }), consentBadges(c),
    el("div", { class: "meta", text: t("given_on") + " " + c.given_on + " · " + t("method") + ": " + c.method + " · " + t("expires") + ": " + (c.expires_on || t("no_expiry")) }),
    tags.length ? el("h2", { text: t("tags") }) : null, ...tags,
    el("h2", { text: t("text") }),
    el("div", { class: "testimony-text", "data-testid": "testimony-text", text: tm.text }),
    exportsBox));
}

async function reviewListPage() {
  let data;
  try { data = await api("GET", "/api/review"); } catch (e) { showError(e); return; }
  const list = el("section", { class: "card", "data-testid": "review-list" }, el("h1", { text: t("review_queue") }));
  if (!data.pending.length) list.appendChild(el("p", { text: t("review_empty") }));
  for (const p of data.pending) {
    list.appendChild(el("div", { class: "hit", "data-testid": "pending", "data-id": p.id },
      el("a", { class: "title", href: "#/review/" + encodeURIComponent(p.id), text: p.title || p.id }),
      el("div", { class: "meta", text: [p.pseudonym, p.recorded_on, p.language, t("received") + " " + p.received_at].join(" · ") })));
  }
  mount(list);
}

async function reviewPage(id) {
  let p;
  try { p = await api("GET", "/api/review/" + encodeURIComponent(id)); } catch (e) { showError(e); return; }
  const accepted = p.redactions.map(() => true);
  const original = el("div", { class: "testimony-text", "data-testid": "original" });
  const preview = el("div", { class: "testimony-text", "data-testid": "preview", text: p.redacted_text });
  const table = el("table", { class: "spans" });

  // UTF-8 byte length, for the archive's byte offsets.
  const utf8 = new TextEncoder();
  const bytes = (str) => utf8.encode(str).length;

  function draw() {
    let offset = 0;
    original.replaceChildren(...p.segments.map((s) => {
      const start = offset;
      offset += bytes(s.text);
      if (s.redaction === undefined) return el("span", { class: "plain", "data-start": String(start) }, s.text);
      const r = p.redactions[s.redaction];
      const span = el("span", { class: "redaction" + (accepted[s.redaction] ? "" : " off"), title: r.type + " → " + r.replacement,
        "data-testid": "span", onclick: () => { accepted[s.redaction] = !accepted[s.redaction]; draw(); } },
        s.text, el("span", { class: "tag", text: r.type }));
      return span;
    }));
    table.replaceChildren(el("tr", {}, el("th", { text: "#" }), el("th", { text: t("original").split(" ")[0] }),
      el("th", { text: t("replacement") }), el("th", { text: "" })),
      ...p.redactions.map((r, i) => {
        const seg = p.segments.find((s) => s.redaction === i);
        const box = el("input", { type: "checkbox", "data-testid": "accept-" + i, "aria-label": t("accept") });
        box.checked = accepted[i];
        box.addEventListener("change", () => { accepted[i] = box.checked; draw(); });
        return el("tr", {}, el("td", { text: String(i + 1) }), el("td", { text: seg ? seg.text : "" }),
          el("td", { text: r.replacement + " (" + r.type + ", " + r.detector + ")" }),
          el("td", {}, el("label", { class: "checks" }, box, t("accept"))));
      }));
  }

  async function save() {
    const keep = p.redactions.filter((_, i) => accepted[i]);
    const updated = await api("PUT", "/api/review/" + encodeURIComponent(id), { redactions: keep });
    p = updated;
    accepted.length = 0;
    p.redactions.forEach(() => accepted.push(true));
    preview.textContent = p.redacted_text;
    draw();
  }

  // Redact the text selected inside one plain segment of the original.
  const typeSel = el("select", { "data-testid": "add-type", "aria-label": t("add_type") },
    ["person", "phone", "email", "id-number", "address", "social-handle", "vehicle-plate", "date", "age", "other"]
      .map((x) => el("option", { value: x, text: x })));
  async function addSelection() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { toast(t("select_first"), true); return; }
    const range = sel.getRangeAt(0);
    const host = range.startContainer.parentElement;
    if (!host || !host.classList.contains("plain") || range.endContainer !== range.startContainer) {
      toast(t("select_first"), true);
      return;
    }
    const text = range.startContainer.textContent;
    const base = parseInt(host.dataset.start, 10);
    const begin = base + bytes(text.slice(0, range.startOffset));
    const end = base + bytes(text.slice(0, range.endOffset));
    const keep = p.redactions.filter((_, i) => accepted[i]);
    keep.push({ begin, end, type: typeSel.value, detector: "reviewer", confidence: 1, replacement: "" });
    keep.sort((a, b) => a.begin - b.begin);
    try {
      p = await api("PUT", "/api/review/" + encodeURIComponent(id), { redactions: keep });
      accepted.length = 0;
      p.redactions.forEach(() => accepted.push(true));
      preview.textContent = p.redacted_text;
      sel.removeAllRanges();
      draw();
      toast(t("saved"));
    } catch (e) { showError(e); }
  }

  draw();
  mount(el("section", { class: "card", "data-testid": "review" },
    el("a", { href: "#/review", text: "← " + t("back") }),
    el("h1", { text: p.title || p.id }),
    el("div", { class: "meta", text: [p.pseudonym, p.recorded_on, p.recorded_at, p.language].filter(Boolean).join(" · ") }),
    consentBadges(p.consent),
    el("h2", { text: t("original") }), el("p", { class: "meta", text: t("review_help") }), original,
    el("div", { class: "add-span" }, el("span", { class: "meta", text: t("add_help") }), typeSel,
      el("button", { class: "secondary", type: "button", "data-testid": "add-span", onclick: addSelection, text: t("add_span") })),
    table,
    el("h2", { text: t("preview") }), preview,
    el("div", {},
      el("button", { class: "secondary", type: "button", "data-testid": "save",
        onclick: async () => { try { await save(); toast(t("saved")); } catch (e) { showError(e); } }, text: t("save") }),
      el("button", { class: "primary", type: "button", "data-testid": "approve",
        onclick: async () => {
          try {
            await save();
            await api("POST", "/api/review/" + encodeURIComponent(id) + "/approve", {});
            toast(t("approved"));
            location.hash = "#/review";
          } catch (e) { showError(e); }
        }, text: t("approve") }),
      el("button", { class: "danger", type: "button", "data-testid": "reject",
        onclick: async () => {
          try {
            await api("POST", "/api/review/" + encodeURIComponent(id) + "/reject", {});
            toast(t("rejected"));
            location.hash = "#/review";
          } catch (e) { showError(e); }
        }, text: t("reject") }))));
}

function intakePage() {
  const f = {};
  const field = (name, type, attrs) => {
    f[name] = type === "textarea" ? el("textarea", { id: "in-" + name, ...attrs }) : el("input", { type: type || "text", id: "in-" + name, ...attrs });
    return el("div", {}, el("label", { for: "in-" + name, text: t(name) }), f[name]);
  };
  const scopeBoxes = ["legal", "publication", "research"].map((sc) => {
    const b = el("input", { type: "checkbox", value: sc, "data-testid": "scope-" + sc });
    return [sc, b];
  });
  const today = new Date().toISOString().slice(0, 10);
  const form = el("form", { class: "card", "data-testid": "intake-form" },
    el("h1", { text: t("intake_title") }),
    el("div", { class: "row" }, field("case_code", "text", { required: true }), field("pseudonym", "text", { required: true })),
    el("div", { class: "row" }, field("language", "text", { value: "es", required: true }), field("recorded_on", "text", { placeholder: "2025-06", required: true })),
    el("div", { class: "row" }, field("recorded_at"), field("title")),
    field("text", "textarea", { required: true }),
    el("div", { class: "row" }, field("names"), field("phones")),
    el("label", { text: t("scopes") }), el("div", { class: "checks" }, scopeBoxes.map(([sc, b]) => el("label", {}, b, t("scope_" + sc)))),
    el("div", { class: "row" }, field("given_on", "text", { value: today }), field("method", "text", { value: "written" })),
    el("div", { class: "row" }, field("recorded_by", "text", { value: state.user }), field("expires", "text", { placeholder: "YYYY-MM-DD" })),
    el("button", { class: "primary", type: "submit", text: t("submit") }));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const list = (s) => s.split(",").map((x) => x.trim()).filter(Boolean);
    const record = {
      case_code: f.case_code.value, pseudonym: f.pseudonym.value, language: f.language.value,
      recorded_on: f.recorded_on.value, recorded_at: f.recorded_at.value, title: f.title.value, text: f.text.value,
      known_identifiers: { names: list(f.names.value), phones: list(f.phones.value) },
      consent: { scopes: scopeBoxes.filter(([, b]) => b.checked).map(([sc]) => sc), given_on: f.given_on.value,
        method: f.method.value, recorded_by: f.recorded_by.value, expires_on: f.expires.value },
    };
    try {
      const r = await api("POST", "/api/intake", record);
      toast(t("intake_done"));
      location.hash = "#/review/" + encodeURIComponent(r.id);
    } catch (e) { showError(e); }
  });
  mount(form);
}

// A typed confirmation: the button stays disabled until the input repeats target.
function confirmGate(target, button) {
  const input = el("input", { type: "text", autocomplete: "off", "aria-label": t("confirm_id"), "data-testid": "confirm-input" });
  const sync = () => { button.disabled = input.value !== target() || !target(); };
  input.addEventListener("input", sync);
  sync();
  return { input, sync, value: () => input.value };
}

async function consentPage() {
  const qs = new URLSearchParams(location.hash.split("?")[1] || "");
  let selected = qs.get("id") || "";
  let list = [], tombs = [];
  try {
    list = (await api("GET", "/api/testimonies")).testimonies;
    tombs = (await api("GET", "/api/tombstones")).tombstones;
  } catch (e) { showError(e); return; }

  const detail = el("div", { "data-testid": "consent-detail" });
  const table = el("table", { class: "list", "data-testid": "consent-list" },
    el("tr", {}, el("th", { text: "Id" }), el("th", { text: t("title") }), el("th", { text: t("consent") }), el("th", { text: "" })),
    list.map((x) => el("tr", { "data-id": x.id }, el("td", { text: x.id }), el("td", { text: x.title }),
      el("td", {}, x.active_scopes.map((sc) => el("span", { class: "badge scope-" + sc, text: t("scope_" + sc) })),
        x.expired ? el("span", { class: "badge expired", text: t("expired") }) : null),
      el("td", {}, el("button", { class: "secondary", type: "button", "data-testid": "select-" + x.id,
        onclick: () => { selected = x.id; showDetail(); }, text: t("select") })))));

  async function showDetail() {
    if (!selected) { detail.replaceChildren(); return; }
    let c;
    try { c = (await api("GET", "/api/consent/" + encodeURIComponent(selected))).consent; } catch (e) { showError(e); return; }
    const scopeSel = el("select", { "data-testid": "narrow-scope" }, c.scopes.map((sc) => el("option", { value: sc, text: t("scope_" + sc) })));
    const narrowBtn = el("button", { class: "secondary", type: "button", text: t("narrow") });
    const narrowGate = confirmGate(() => selected, narrowBtn);
    narrowBtn.addEventListener("click", async () => {
      try {
        await api("POST", "/api/consent/" + encodeURIComponent(selected) + "/narrow", { scope: scopeSel.value, confirm: narrowGate.value() });
        toast(t("narrowed"));
        consentPage();
      } catch (e) { showError(e); }
    });
    const reason = el("select", { "data-testid": "reason" }, ["consent-withdrawn", "survivor-request", "safety-risk", "legal-order", "duplicate", "data-error"]
      .map((r) => el("option", { value: r, text: r })));
    const withdrawBtn = el("button", { class: "danger", type: "button", "data-testid": "withdraw", text: t("withdraw") });
    const gate = confirmGate(() => selected, withdrawBtn);
    const receipt = el("div");
    withdrawBtn.addEventListener("click", async () => {
      try {
        const r = await api("POST", "/api/consent/" + encodeURIComponent(selected) + "/withdraw", { reason: reason.value, confirm: gate.value() });
        receipt.replaceChildren(el("p", { text: t("withdrawn") }), ...r.receipts.map((x) => el("pre", { class: "receipt", "data-testid": "receipt", text: x.text })));
        table.querySelector("tr[data-id='" + CSS.escape(selected) + "']")?.remove();
        withdrawBtn.disabled = true;
      } catch (e) { showError(e); }
    });
    detail.replaceChildren(el("div", { class: "card" },
      el("h2", { text: selected }), consentBadges(c),
      el("div", { class: "meta", text: t("given_on") + " " + c.given_on + " · " + t("method") + ": " + c.method + " · " + t("expires") + ": " + (c.expires_on || t("no_expiry")) }),
      el("h2", { text: t("narrow") }), el("label", { text: t("narrow_scope") }), scopeSel,
      el("label", { text: t("narrow_help") + " " + selected }), narrowGate.input, narrowBtn),
      el("div", { class: "card danger-zone" }, el("h2", { text: t("withdraw") }),
        el("label", { text: t("reason") }), reason,
        el("label", { text: t("withdraw_help") + " " + selected }), gate.input, withdrawBtn, receipt));
  }

  const caseCode = el("input", { type: "text", autocomplete: "off", "data-testid": "case-code", "aria-label": t("case_code") });
  const caseBtn = el("button", { class: "danger", type: "button", "data-testid": "withdraw-case", text: t("withdraw_case") });
  const caseGate = confirmGate(() => caseCode.value, caseBtn);
  caseCode.addEventListener("input", caseGate.sync);
  const caseReceipt = el("div");
  caseBtn.addEventListener("click", async () => {
    try {
      const r = await api("POST", "/api/withdraw-case", { case_code: caseCode.value, confirm: caseGate.value(), reason: "consent-withdrawn" });
      caseReceipt.replaceChildren(el("p", { text: t("withdrawn") }), ...r.receipts.map((x) => el("pre", { class: "receipt", text: x.text })));
    } catch (e) { showError(e); }
  });

  mount(el("h1", { text: t("consent_title") }),
    el("section", { class: "card" }, el("h2", { text: t("testimonies") }), table),
    detail,
    el("section", { class: "card danger-zone" }, el("h2", { text: t("withdraw_case") }),
      el("label", { text: t("case_code") }), caseCode,
      el("label", { text: t("withdraw_case_help") }), caseGate.input, caseBtn, caseReceipt),
    el("section", { class: "card" }, el("h2", { text: t("tombstones") }),
      el("table", { class: "list", "data-testid": "tombstones" }, tombs.map((x) =>
        el("tr", {}, el("td", { text: x.id }), el("td", { text: x.withdrawn_on }), el("td", { text: x.reason_code }))))));
  showDetail();
}

async function usersPage() {
  let users;
  try { users = (await api("GET", "/api/users")).users; } catch (e) { showError(e); return; }
  const name = el("input", { type: "text", "aria-label": t("user") });
  const pass = el("input", { type: "password", autocomplete: "new-password", "aria-label": t("password") });
  const role = el("select", { "aria-label": t("role") }, ["comms", "legal", "reviewer", "admin"].map((r) => el("option", { value: r, text: r })));
  const form = el("form", { class: "card" }, el("h2", { text: t("add_user") }),
    el("label", { text: t("user") }), name, el("label", { text: t("password") }), pass, el("label", { text: t("role") }), role,
    el("button", { class: "primary", type: "submit", text: t("add_user") }));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try { await api("POST", "/api/users", { name: name.value, role: role.value, password: pass.value }); toast(t("added")); usersPage(); } catch (e) { showError(e); }
  });
  mount(el("h1", { text: t("users_title") }),
    el("section", { class: "card" }, el("table", { class: "list", "data-testid": "users" },
      users.map((u) => el("tr", {}, el("td", { text: u.name }), el("td", { text: u.role }),
        el("td", {}, u.name === state.user ? null : el("button", { class: "secondary", type: "button",
          onclick: async () => { try { await api("DELETE", "/api/users/" + encodeURIComponent(u.name)); usersPage(); } catch (e) { showError(e); } },
          text: t("remove") })))))),
    form);
}

async function auditPage() {
  const qs = new URLSearchParams(location.hash.split("?")[1] || "");
  const offset = Math.max(0, parseInt(qs.get("offset") || "0", 10) || 0);
  const limit = 50;
  let data;
  try { data = await api("GET", "/api/audit?" + query([["offset", String(offset)], ["limit", String(limit)]])); } catch (e) { showError(e); return; }
  const verdict = el("p", { "data-testid": "verify-result" });
  mount(el("h1", { text: t("audit_title") }),
    el("section", { class: "card" },
      el("button", { class: "secondary", type: "button", "data-testid": "verify",
        onclick: async () => {
          try { const v = await api("GET", "/api/audit/verify"); verdict.textContent = v.ok ? t("verified_ok") : t("verified_bad"); } catch (e) { showError(e); }
        }, text: t("verify") }), verdict,
      el("table", { class: "list", "data-testid": "audit" },
        el("tr", {}, ["#", t("time"), t("actor"), t("action"), t("ids")].map((h) => el("th", { text: h }))),
        data.entries.map((e) => el("tr", {}, el("td", { text: String(e.seq) }), el("td", { text: e.time }),
          el("td", { text: e.actor }), el("td", { text: e.action }), el("td", { text: e.ids.join(", ") })))),
      el("div", { class: "pager" },
        el("a", { class: "button", href: "#/audit?offset=" + Math.max(0, offset - limit), text: t("prev") }),
        el("span", { text: (offset + 1) + "–" + Math.min(offset + limit, data.total) + " / " + data.total }),
        offset + limit < data.total ? el("a", { class: "button", href: "#/audit?offset=" + (offset + limit), text: t("next") }) : null)));
}

// ---------- router ----------
async function route() {
  renderChrome();
  const hash = location.hash || "#/";
  const path = hash.slice(1).split("?")[0];
  if (!state.user) { if (path !== "/login") location.hash = "#/login"; loginPage(); return; }
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const page = parts[0] || "";
  if (page === "search" && can.search()) return searchPage();
  if (page === "t" && parts[1] && can.search()) return testimonyPage(parts[1]);
  if (page === "review" && can.review()) return parts[1] ? reviewPage(parts[1]) : reviewListPage();
  if (page === "intake" && can.review()) return intakePage();
  if (page === "consent" && can.admin()) return consentPage();
  if (page === "users" && can.admin()) return usersPage();
  if (page === "audit" && can.admin()) return auditPage();
  location.hash = homeRoute();
}

async function start() {
  document.documentElement.lang = currentLang;
  document.getElementById("lang").addEventListener("click", () => { setLang(currentLang === "es" ? "en" : "es"); route(); });
  document.getElementById("logout").addEventListener("click", async () => {
    try { await api("POST", "/api/logout", {}); } catch (e) { /* already gone */ }
    Object.assign(state, { user: null, role: null, csrf: null });
    location.hash = "#/login";
  });
  try {
    const s = await fetch("/api/session", { credentials: "same-origin" });
    if (s.ok) { const j = await s.json(); Object.assign(state, { user: j.user, role: j.role, csrf: j.csrf }); }
  } catch (e) { /* offline */ }
  window.addEventListener("hashchange", route);
  route();
}

document.addEventListener("DOMContentLoaded", start);
