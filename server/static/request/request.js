/* The callback-request form: validates as the server does, keeps what was typed on every
 * error (and across a reload, in sessionStorage), and shows the server's field errors in
 * the page's language. */
(function () {
  "use strict";
  var API = "/api/public";
  var STRINGS = window.REQUEST_STRINGS;
  var DRAFT_KEY = "neuvo.request.draft";
  var FIELDS = ["name", "phone", "municipality", "topic", "group", "day", "slot", "message"];
  var state = { lang: "fi", municipalities: [], sending: false };

  function $(id) { return document.getElementById(id); }
  function t(key, vars) {
    var s = (STRINGS[state.lang] && STRINGS[state.lang][key]) || STRINGS.fi[key] || key;
    return s.replace(/\{(\w+)\}/g, function (m, name) {
      return vars && vars[name] !== undefined ? String(vars[name]) : m;
    });
  }
  function store(kind) {
    try { return window[kind]; } catch (e) { return null; }
  }

  function pickLanguage() {
    var q = new URLSearchParams(location.search).get("lang");
    var saved = store("localStorage") && store("localStorage").getItem("neuvo.request.lang");
    var nav = (navigator.language || "fi").slice(0, 2);
    var lang = q || saved || nav;
    return STRINGS[lang] ? lang : "fi";
  }

  function applyTranslations() {
    document.documentElement.lang = state.lang;
    document.title = t("pageTitle");
    document.querySelectorAll("[data-i18n]").forEach(function (el) {
      el.textContent = t(el.getAttribute("data-i18n"));
    });
    $("page-language").value = state.lang;
    renderMunicipalities();
  }

  function municipalityName(m) {
    return state.lang === "sv" ? (m.name_sv || m.name_fi) : (m.name_fi || m.name_sv);
  }

  function renderMunicipalities() {
    var select = $("municipality");
    var chosen = select.value;
    while (select.options.length) { select.remove(0); }
    var first = document.createElement("option");
    first.value = "";
    first.textContent = t("municipalityPlaceholder");
    select.appendChild(first);
    var list = state.municipalities.slice();
    list.sort(function (a, b) { return municipalityName(a).localeCompare(municipalityName(b), state.lang); });
    list.forEach(function (m) {
      var o = document.createElement("option");
      o.value = m.code;
      o.textContent = municipalityName(m);
      select.appendChild(o);
    });
    select.value = chosen;
  }

  function loadMunicipalities() {
    return fetch(API + "/municipalities", { headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (data) {
        state.municipalities = data;
        renderMunicipalities();
        restoreDraft();
      })
      .catch(function () { setError(t("municipalityLoadError")); });
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function isoDay(d) { return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()); }

  function defaultDay() {
    var d = new Date();
    // After 13:00 or at the weekend, the first slot is on the next weekday.
    if (d.getHours() >= 13 || d.getDay() === 0 || d.getDay() === 6) {
      do { d.setDate(d.getDate() + 1); } while (d.getDay() === 0 || d.getDay() === 6);
    }
    return isoDay(d);
  }

  /* The slots are Finnish office hours: "13-15" means 13-15 in Finland even for someone
   * writing from abroad. Returns "+02:00"/"+03:00" for that day, or "" (browser time) where
   * the browser cannot tell. */
  function finnishOffset(day, hhmm) {
    try {
      var guess = new Date(day + "T" + hhmm + ":00Z");
      var parts = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Helsinki",
                                                    timeZoneName: "longOffset" }).formatToParts(guess);
      for (var i = 0; i < parts.length; i++) {
        var m = /GMT([+-]\d{2}):?(\d{2})?/.exec(parts[i].value);
        if (parts[i].type === "timeZoneName" && m) { return m[1] + ":" + (m[2] || "00"); }
      }
    } catch (e) { /* an old browser: fall back to its own time */ }
    return "";
  }

  function windowTimes() {
    var parts = $("slot").value.split("-");
    var day = $("day").value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) { return null; }
    var start = new Date(day + "T" + parts[0] + ":00" + finnishOffset(day, parts[0]));
    var end = new Date(day + "T" + parts[1] + ":00" + finnishOffset(day, parts[1]));
    if (isNaN(start.getTime()) || isNaN(end.getTime())) { return null; }
    return { start: start, end: end, label: parts };
  }

  /* The same rule as the server (workstation/queue/rules.py callable_phone). */
  function phoneValid(value) {
    var raw = value.trim();
    if (/[A-Za-z]/.test(raw)) { return false; }
    var digits = raw.replace(/\D/g, "");
    var number;
    if (raw.charAt(0) === "+") { number = digits; }
    else if (digits.slice(0, 2) === "00") { number = digits.slice(2); }
    else if (digits.charAt(0) === "0") { number = "358" + digits.slice(1); }
    else { number = digits; }
    if (number.length < 7 || number.length > 15) { return false; }
    // callable_phone: a Finnish number has 6-10 digits after 358, any other at least 8.
    if (number.slice(0, 3) === "358") { return number.length - 3 >= 6 && number.length - 3 <= 10; }
    return number.length >= 8;
  }

  function setError(text) { $("error").textContent = text || ""; }

  function markField(field, message) {
    var input = $(field === "window" ? "day" : field);
    var slot = $(field + "-error");
    if (input) { input.setAttribute("aria-invalid", message ? "true" : "false"); }
    if (slot) { slot.textContent = message || ""; slot.hidden = !message; }
  }

  function clearMarks() {
    ["name", "phone", "municipality", "window"].forEach(function (f) { markField(f, ""); });
    setError("");
  }

  function checkForm() {
    var errors = {};
    if (!$("name").value.trim()) { errors.name = t("errName"); }
    if (!phoneValid($("phone").value)) { errors.phone = t("errPhone"); }
    if (!$("municipality").value) { errors.municipality = t("errMunicipality"); }
    var w = windowTimes();
    if (!w || w.end.getTime() <= Date.now()) { errors.window = t("errWindow"); }
    return errors;
  }

  function showErrors(errors) {
    var first = null;
    ["name", "phone", "municipality", "window"].forEach(function (f) {
      markField(f, errors[f] || "");
      if (errors[f] && !first) { first = f === "window" ? "day" : f; }
    });
    if (first) {
      setError(t("errSummary"));
      $(first).focus();
    }
    return !!first;
  }

  function serverField(name) {
    if (name === "municipality_code") { return "municipality"; }
    if (name === "window_start" || name === "window_end") { return "window"; }
    return name;
  }

  function saveDraft() {
    var s = store("sessionStorage");
    if (!s) { return; }
    var draft = {};
    FIELDS.forEach(function (f) { draft[f] = $(f).value; });
    var lang = document.querySelector("input[name=service-language]:checked");
    draft.serviceLanguage = lang ? lang.value : "";
    try { s.setItem(DRAFT_KEY, JSON.stringify(draft)); } catch (e) { /* full or disabled */ }
  }

  function restoreDraft() {
    var s = store("sessionStorage");
    var raw = s && s.getItem(DRAFT_KEY);
    if (!raw) { return; }
    try {
      var draft = JSON.parse(raw);
      FIELDS.forEach(function (f) { if (typeof draft[f] === "string" && draft[f]) { $(f).value = draft[f]; } });
      if (draft.serviceLanguage) {
        var radio = document.querySelector("input[name=service-language][value=" + draft.serviceLanguage + "]");
        if (radio) { radio.checked = true; }
      }
    } catch (e) { /* an unreadable draft is ignored */ }
  }

  function submit(ev) {
    ev.preventDefault();
    if (state.sending) { return; }
    clearMarks();
    if (showErrors(checkForm())) { return; }
    var w = windowTimes();
    var lang = document.querySelector("input[name=service-language]:checked");
    var body = {
      name: $("name").value.trim(), phone: $("phone").value.trim(),
      municipality_code: $("municipality").value, topic: $("topic").value,
      language: lang ? lang.value : "fi", message: $("message").value,
      window_start: w.start.toISOString(), window_end: w.end.toISOString()
    };
    if ($("group").value) { body.client_group = $("group").value; }
    state.sending = true;
    $("send").disabled = true;
    $("send").textContent = t("sending");
    fetch(API + "/callbacks", {
      method: "POST", headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        if (r.status === 201) { return done(body, w); }
        if (r.status === 422 && data.errors) {
          var errors = {};
          data.errors.forEach(function (e) {
            var f = serverField((e.field || "").split(".")[0]);
            errors[f] = t({ name: "errName", phone: "errPhone", municipality: "errMunicipality",
                            window: "errWindow" }[f] || "errServer");
          });
          return showErrors(errors);
        }
        setError(r.status === 429 ? t("errTooMany") : t("errServer"));
      });
    }).catch(function () {
      setError(t("errNetwork"));
    }).then(function () {
      state.sending = false;
      $("send").disabled = false;
      $("send").textContent = t("send");
    });
  }

  function done(body, w) {
    var s = store("sessionStorage");
    if (s) { s.removeItem(DRAFT_KEY); }
    var day = w.start.toLocaleDateString(state.lang === "en" ? "en-GB" : state.lang + "-FI",
                                         { weekday: "long", day: "numeric", month: "numeric" });
    $("done-text").textContent = t("doneText", { phone: body.phone, day: day,
                                                 start: w.label[0], end: w.label[1] });
    $("form-view").hidden = true;
    $("done-view").hidden = false;
    $("done-heading").focus();
  }

  function init() {
    state.lang = pickLanguage();
    var svc = document.querySelector("input[name=service-language][value=" +
                                     (state.lang === "sv" ? "sv" : "fi") + "]");
    svc.checked = true;
    $("day").min = isoDay(new Date());
    $("day").value = defaultDay();
    if ($("day").value === isoDay(new Date())) {
      // Today: the first slot that has not ended yet.
      var now = new Date();
      for (var i = 0; i < $("slot").options.length; i++) {
        var end = $("slot").options[i].value.split("-")[1];
        if (new Date(isoDay(now) + "T" + end) > now) { $("slot").selectedIndex = i; break; }
      }
    }
    $("done-heading").tabIndex = -1;
    applyTranslations();
    $("page-language").addEventListener("change", function () {
      state.lang = this.value;
      var ls = store("localStorage");
      if (ls) { try { ls.setItem("neuvo.request.lang", state.lang); } catch (e) { /* ignore */ } }
      applyTranslations();
    });
    $("form").addEventListener("submit", submit);
    $("form").addEventListener("input", saveDraft);
    $("form").addEventListener("change", saveDraft);
    $("form-view").hidden = false;
    loadMunicipalities();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
