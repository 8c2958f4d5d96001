/*
 * Citizen web chat of the regional client and service guidance.
 * Plain JavaScript, no build step, no external resources.
 *
 * SECURITY: everything that comes from the server or the user is put on the
 * page with textContent / createTextNode / option.text only. Never use
 * innerHTML (or insertAdjacentHTML, outerHTML, document.write) in this file.
 *
 * API: docs/api.md ("Public (citizen) endpoints").
 */
(function () {
  "use strict";

  var STRINGS = window.CHAT_STRINGS || {};
  var LANGS = ["fi", "sv", "en"];
  var DEFAULT_LANG = "fi";
  var LOCALES = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };
  var MAX_LEN = 4000;
  var NAME_MAX = 100;
  var API = "/api/public";

  var KEY_SESSION = "citizenChat.session";     // {chat_id, token, language, name}
  var KEY_LANG = "citizenChat.lang";
  var KEY_DRAFT_START = "citizenChat.draftStart";
  var KEY_DRAFT_REPLY = "citizenChat.draftReply";

  var RECONNECT_MIN_MS = 1000;
  var RECONNECT_MAX_MS = 30000;
  var CLOSED_GRACE_MS = 15000;

  // ---------------------------------------------------------------- helpers
  function $(id) { return document.getElementById(id); }

  var store = {
    get: function (key) {
      try { return window.sessionStorage.getItem(key); } catch (e) { return null; }
    },
    set: function (key, value) {
      try { window.sessionStorage.setItem(key, value); } catch (e) { /* storage off */ }
    },
    remove: function (key) {
      try { window.sessionStorage.removeItem(key); } catch (e) { /* storage off */ }
    }
  };

  /** Length in Unicode code points (what the server counts). */
  function codePoints(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { i++; }
      }
      n++;
    }
    return n;
  }

  function normLang(l) {
    l = (l || "").toLowerCase();
    return LANGS.indexOf(l) >= 0 ? l : null;
  }

  // ------------------------------------------------------------------ state
  var state = {
    lang: DEFAULT_LANG,
    municipalities: null,      // array from the server, or null
    municipalityState: "loading", // loading | ready | failed
    wantedMunicipality: null,  // from ?municipality= / ?kunta=
    session: null,
    es: null,
    reconnectTimer: null,
    reconnectDelay: RECONNECT_MIN_MS,
    closeTimer: null,
    status: null,
    counsellorName: null,
    closed: false,
    gone: false,
    connectionLost: false,
    ahead: null,               // waiting contacts ahead of this one, from the server
    counsellorTypingUntil: 0,  // show "… is writing" until this time (ms)
    typingTimer: null,
    typingSentAt: 0,
    messages: {},              // id -> {data, el, optimistic}
    sendingStart: false,
    sendingReply: false,
    error: null,               // {key} (translated) or {text} (server detail)
    unloading: false,
    stickToBottom: true        // keep the newest message in view unless the user scrolled up
  };

  var el = {};

  // ------------------------------------------------------------------- i18n
  function t(key, vars) {
    var table = STRINGS[state.lang] || {};
    var s = table[key];
    if (s === undefined) { s = (STRINGS[DEFAULT_LANG] || {})[key]; }
    if (s === undefined) { s = key; }
    if (vars) {
      s = s.replace(/\{(\w+)\}/g, function (m, name) {
        return Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : m;
      });
    }
    return s;
  }

  function applyTranslations() {
    document.documentElement.lang = state.lang;
    document.title = t("pageTitle");
    var nodes = document.querySelectorAll("[data-i18n]");
    for (var i = 0; i < nodes.length; i++) {
      nodes[i].textContent = t(nodes[i].getAttribute("data-i18n"));
    }
    nodes = document.querySelectorAll("[data-i18n-placeholder]");
    for (i = 0; i < nodes.length; i++) {
      nodes[i].setAttribute("placeholder", t(nodes[i].getAttribute("data-i18n-placeholder")));
    }
    nodes = document.querySelectorAll("[data-i18n-aria-label]");
    for (i = 0; i < nodes.length; i++) {
      nodes[i].setAttribute("aria-label", t(nodes[i].getAttribute("data-i18n-aria-label")));
    }
    el.language.value = state.lang;
    renderMunicipalities();
    updateCounter(el.message, el.messageCounter);
    updateCounter(el.reply, el.replyCounter);
    renderStatus();
    renderError();
    renderSendButtons();
    rerenderMessageMeta();
    updateNewChatLink();
  }

  function setLang(lang) {
    lang = normLang(lang) || DEFAULT_LANG;
    state.lang = lang;
    store.set(KEY_LANG, lang);
    // Keep ?lang= in the address so a reload keeps the language.
    try {
      var url = new URL(window.location.href);
      url.searchParams.set("lang", lang);
      window.history.replaceState(window.history.state, "", url.toString());
    } catch (e) { /* old browser: fine */ }
    applyTranslations();
  }

  // ---------------------------------------------------------------- errors
  function showError(err) {
    state.error = err;
    renderError();
  }

  function clearError() {
    state.error = null;
    renderError();
  }

  function renderError() {
    var err = state.error;
    var text = "";
    if (err) { text = err.key ? t(err.key) : (err.text || ""); }
    if (el.error.textContent !== text) { el.error.textContent = text; }
  }

  /** Human-readable message from an error answer {"detail": ...}. */
  function detailOf(body) {
    if (!body || typeof body !== "object") { return null; }
    var d = body.detail;
    if (typeof d === "string" && d.trim()) { return d.trim(); }
    if (Array.isArray(d)) {   // FastAPI's default validation answer
      var parts = [];
      for (var i = 0; i < d.length; i++) {
        if (d[i] && typeof d[i].msg === "string") { parts.push(d[i].msg); }
        else if (typeof d[i] === "string") { parts.push(d[i]); }
      }
      if (parts.length) { return parts.join(" "); }
    }
    return null;
  }

  function errorFromResponse(resp) {
    // Answers we know are told in the citizen's own language; the server's (English)
    // detail is shown only for anything else.
    if (resp.status === 429) { return Promise.resolve({ key: "errTooFast" }); }
    if (resp.status === 403 || resp.status === 404) { return Promise.resolve({ key: "errSessionGone" }); }
    return resp.json().then(function (body) { return detailOf(body); }, function () { return null; })
      .then(function (detail) {
        if (detail) { return { text: detail }; }
        if (resp.status === 429) { return { key: "errTooFast" }; }
        if (resp.status === 403 || resp.status === 404) { return { key: "errSessionGone" }; }
        return { key: "errGeneric" };
      });
  }

  function postJson(path, body, headers) {
    var h = {
      "Content-Type": "application/json",
      "Accept": "application/json",
      "Accept-Language": state.lang
    };
    if (headers) {
      for (var k in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, k)) { h[k] = headers[k]; }
      }
    }
    return fetch(API + path, {
      method: "POST",
      headers: h,
      body: JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store"
    });
  }

  // -------------------------------------------------------------- counters
  // The text areas have no maxlength: the browser would silently cut pasted text. Over-long
  // text stays in the box, the counter turns red and sending it shows an error instead.
  function updateCounter(input, counter) {
    var n = codePoints(input.value);
    counter.textContent = t("counter", { n: n });
    counter.classList.toggle("counter-near", n >= MAX_LEN - 200 && n <= MAX_LEN);
    counter.classList.toggle("counter-over", n > MAX_LEN);
  }

  /** Returns an error key, or null when the text may be sent. */
  function checkText(text) {
    var trimmed = text.trim();
    if (!trimmed) { return "errEmpty"; }
    if (codePoints(trimmed) > MAX_LEN) { return "errTooLong"; }
    return null;
  }

  function renderSendButtons() {
    el.send.textContent = t(state.sendingStart ? "sending" : "send");
    el.send.disabled = state.sendingStart;
    el.send.setAttribute("aria-busy", state.sendingStart ? "true" : "false");

    el.replySend.textContent = t(state.sendingReply ? "sending" : "replySend");
    el.replySend.disabled = state.sendingReply || state.closed;
    el.replySend.setAttribute("aria-busy", state.sendingReply ? "true" : "false");
  }

  // -------------------------------------------------------- municipalities
  function municipalityName(m) {
    if (state.lang === "sv" && m.name_sv) { return String(m.name_sv); }
    return String(m.name_fi || m.name_sv || m.code);
  }

  function renderMunicipalities() {
    var select = el.municipality;
    var current = select.value || state.wantedMunicipality || "";
    while (select.firstChild) { select.removeChild(select.firstChild); }

    var placeholder = document.createElement("option");
    placeholder.value = "";
    placeholder.text = t(state.municipalityState === "loading" ? "municipalityLoading" : "municipalityPlaceholder");
    select.appendChild(placeholder);

    var list = (state.municipalities || []).slice();
    var locale = LOCALES[state.lang] || "fi-FI";
    list.sort(function (a, b) { return municipalityName(a).localeCompare(municipalityName(b), locale); });
    for (var i = 0; i < list.length; i++) {
      var opt = document.createElement("option");
      opt.value = String(list[i].code);
      opt.text = municipalityName(list[i]);
      select.appendChild(opt);
    }
    select.value = current;
    if (select.value !== current) { select.value = ""; }
    select.disabled = state.municipalityState === "loading";
    el.municipalityLoadError.hidden = state.municipalityState !== "failed";
  }

  function loadMunicipalities() {
    state.municipalityState = "loading";
    renderMunicipalities();
    return fetch(API + "/municipalities", {
      headers: { "Accept": "application/json", "Accept-Language": state.lang },
      credentials: "same-origin"
    }).then(function (resp) {
      if (!resp.ok) { throw new Error("HTTP " + resp.status); }
      return resp.json();
    }).then(function (data) {
      if (!Array.isArray(data)) { throw new Error("bad list"); }
      state.municipalities = data.filter(function (m) { return m && m.code !== undefined && m.code !== null; });
      state.municipalityState = "ready";
      renderMunicipalities();
    }).catch(function () {
      state.municipalityState = "failed";
      renderMunicipalities();
    });
  }

  // -------------------------------------------------------------- messages
  function formatTime(iso) {
    var d = new Date(iso);
    if (!iso || isNaN(d.getTime())) { return ""; }
    var locale = LOCALES[state.lang] || "fi-FI";
    var time;
    try {
      time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(d);
    } catch (e) {
      time = ("0" + d.getHours()).slice(-2) + ":" + ("0" + d.getMinutes()).slice(-2);
    }
    var s = t("sentAt", { time: time });
    var now = new Date();
    if (d.toDateString() !== now.toDateString()) {
      var date;
      try {
        date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "numeric", year: "numeric" }).format(d);
      } catch (e) {
        date = d.getDate() + "." + (d.getMonth() + 1) + "." + d.getFullYear();
      }
      s = date + " " + s;
    }
    return s;
  }

  function authorOf(m) {
    if (m.author_name && String(m.author_name).trim()) { return String(m.author_name); }
    return m.sender === "citizen" ? t("you") : t("counsellor");
  }

  function fillMeta(entry) {
    var m = entry.data;
    entry.authorEl.textContent = authorOf(m);
    entry.timeEl.textContent = formatTime(m.created_at);
    if (m.created_at) { entry.timeEl.setAttribute("datetime", String(m.created_at)); }
  }

  function rerenderMessageMeta() {
    for (var id in state.messages) {
      if (Object.prototype.hasOwnProperty.call(state.messages, id)) { fillMeta(state.messages[id]); }
    }
  }

  function timeValue(m) {
    var v = Date.parse(m.created_at);
    return isNaN(v) ? Infinity : v;
  }

  function isNearBottom(box) {
    return box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  }

  /** Adds a message once (deduplicated by id). Text only, never HTML. */
  function upsertMessage(m, optimistic) {
    if (!m || m.id === undefined || m.id === null) { return; }
    var id = String(m.id);
    var existing = state.messages[id];
    if (existing) {
      if (existing.optimistic && !optimistic) {
        // The server's copy replaces what we showed right after sending.
        existing.data = m;
        existing.optimistic = false;
        existing.textEl.textContent = String(m.text == null ? "" : m.text);
        fillMeta(existing);
      }
      return;
    }

    var box = el.conversation;
    var stick = state.stickToBottom || isNearBottom(box) || m.sender === "citizen";

    var li = document.createElement("li");
    var mine = m.sender === "citizen";
    li.className = "msg " + (mine ? "msg-citizen" : "msg-counsellor");
    li.setAttribute("data-id", id);
    li.setAttribute("data-testid", "msg");

    var meta = document.createElement("p");
    meta.className = "msg-meta";
    var author = document.createElement("span");
    author.className = "msg-author";
    var sep = document.createTextNode(" ");
    var time = document.createElement("time");
    time.className = "msg-time";
    meta.appendChild(author);
    meta.appendChild(sep);
    meta.appendChild(time);

    var body = document.createElement("div");
    body.className = "msg-text";
    body.textContent = String(m.text == null ? "" : m.text);

    li.appendChild(meta);
    li.appendChild(body);

    var entry = { data: m, el: li, authorEl: author, timeEl: time, textEl: body, optimistic: !!optimistic };
    state.messages[id] = entry;
    fillMeta(entry);

    // Keep the list in time order; equal times keep arrival order.
    var tv = timeValue(m);
    var after = null;
    var children = box.children;
    for (var i = children.length - 1; i >= 0; i--) {
      var other = state.messages[children[i].getAttribute("data-id")];
      if (!other || timeValue(other.data) <= tv) { after = children[i]; break; }
    }
    if (after) {
      box.insertBefore(li, after.nextSibling);
    } else {
      box.insertBefore(li, box.firstChild);
    }
    if (stick) { scrollToBottom(); }
  }

  function scrollToBottom() {
    el.conversation.scrollTop = el.conversation.scrollHeight;
    state.stickToBottom = true;
  }

  // ---------------------------------------------------------------- status
  function setStatus(status, counsellorName) {
    state.status = status;
    state.counsellorName = counsellorName || null;
    var wasClosed = state.closed;
    state.closed = status === "closed";
    if (state.closed && !wasClosed) {
      // The stream may still replay; close it a little later.
      clearTimeout(state.closeTimer);
      state.closeTimer = setTimeout(function () {
        if (state.closed) { stopStream(); setConnectionLost(false); }
      }, CLOSED_GRACE_MS);
    } else if (!state.closed) {
      clearTimeout(state.closeTimer);
    }
    renderStatus();
    renderReplyForm();
    renderSendButtons();
  }

  function renderStatus() {
    var text;
    var s = state.status;
    if (state.gone) { text = ""; }
    else if (s === "waiting") {
      text = state.ahead === null ? t("statusWaiting")
        : (state.ahead === 0 ? t("statusNext")
          : (state.ahead === 1 ? t("statusAheadOne") : t("statusAhead", { n: state.ahead })));
    }
    else if (s === "accepted") {
      text = state.counsellorName ? t("statusAccepted", { name: state.counsellorName }) : t("statusAcceptedNoName");
      if (Date.now() < state.counsellorTypingUntil) {
        text = state.counsellorName ? t("statusTyping", { name: state.counsellorName })
          : t("statusTypingNoName");
      }
    }
    else if (s === "closed") { text = t("statusClosed"); }
    else { text = t("connecting"); }
    if (el.status.textContent !== text) { el.status.textContent = text; }
    el.status.setAttribute("data-status", state.gone ? "gone" : (s || "connecting"));
    el.status.hidden = !text;
  }

  // The counsellor sees "… is writing": tell the server at most every 3 s while typing.
  function sendTyping() {
    var session = state.session;
    if (!session || state.status !== "accepted" || !el.reply.value.trim()) { return; }
    var now = Date.now();
    if (now - state.typingSentAt < 3000) { return; }
    state.typingSentAt = now;
    postJson("/chats/" + encodeURIComponent(session.chat_id) + "/typing", {},
             { "X-Chat-Token": session.token }).catch(function () { /* only a hint */ });
  }

  function showCounsellorTyping() {
    state.counsellorTypingUntil = Date.now() + 6000;
    renderStatus();
    clearTimeout(state.typingTimer);
    state.typingTimer = setTimeout(renderStatus, 6100);
  }

  function renderReplyForm() {
    var over = state.closed || state.gone;
    var hasText = el.reply.value.trim() !== "";
    // Never hide text the citizen typed: keep it visible (read-only) after the end.
    el.replyForm.hidden = over && !hasText;
    el.reply.readOnly = over;
    el.replyClosedNote.hidden = !(over && hasText);
    el.newChat.classList.toggle("new-chat-strong", over);
    el.conversation.hidden = state.gone && !el.conversation.firstChild;
    if (!el.chatView.hidden) {
      placeError(el.replyForm.hidden ? el.errorSlotChat : el.errorSlotReply);
    }
  }

  function setConnectionLost(lost) {
    state.connectionLost = lost;
    el.connection.hidden = !lost;
  }

  // ---------------------------------------------------------------- stream
  function streamUrl() {
    var s = state.session;
    return API + "/chats/" + encodeURIComponent(s.chat_id) + "/stream?token=" + encodeURIComponent(s.token);
  }

  function stopStream() {
    clearTimeout(state.reconnectTimer);
    if (state.es) {
      state.es.close();
      state.es = null;
    }
  }

  function parseData(ev) {
    try { return JSON.parse(ev.data); } catch (e) { return null; }
  }

  function connect() {
    stopStream();
    if (!state.session || state.gone) { return; }
    var es;
    try {
      es = new EventSource(streamUrl());
    } catch (e) {
      scheduleReconnect();
      return;
    }
    state.es = es;

    es.addEventListener("open", function () {
      if (es !== state.es) { return; }
      state.reconnectDelay = RECONNECT_MIN_MS;
      setConnectionLost(false);
    });
    es.addEventListener("message", function (ev) {
      if (es !== state.es) { return; }
      var d = parseData(ev);
      if (d) { upsertMessage(d, false); }
    });
    es.addEventListener("typing", function () { showCounsellorTyping(); });
    es.addEventListener("position", function (ev) {
      var d = parseData(ev);
      if (d && typeof d.ahead === "number") { state.ahead = d.ahead; renderStatus(); }
    });
    es.addEventListener("status", function (ev) {
      if (es !== state.es) { return; }
      var d = parseData(ev);
      if (d && typeof d.status === "string") { setStatus(d.status, d.counsellor_name); }
    });
    es.addEventListener("error", function () {
      if (es !== state.es || state.unloading) { return; }
      if (state.closed) {
        // The server ended the stream of a closed chat: nothing to resume.
        stopStream();
        setConnectionLost(false);
        return;
      }
      setConnectionLost(true);
      if (es.readyState === 2 /* CLOSED: the browser gave up */) {
        es.close();
        state.es = null;
        scheduleReconnect();
      }
      // readyState CONNECTING: the browser retries by itself; "open" hides the notice.
    });
  }

  /**
   * The browser does not retry after an HTTP error answer. Find out whether
   * the chat still exists (403/404 = gone) before opening a new stream.
   */
  function scheduleReconnect() {
    clearTimeout(state.reconnectTimer);
    var delay = state.reconnectDelay;
    state.reconnectDelay = Math.min(delay * 2, RECONNECT_MAX_MS);
    state.reconnectTimer = setTimeout(function () {
      if (!state.session || state.gone || state.closed) { return; }
      var ctrl = window.AbortController ? new AbortController() : null;
      var timer = setTimeout(function () { if (ctrl) { ctrl.abort(); } }, 10000);
      fetch(streamUrl(), {
        headers: { "Accept": "text/event-stream" },
        cache: "no-store",
        credentials: "same-origin",
        signal: ctrl ? ctrl.signal : undefined
      }).then(function (resp) {
        clearTimeout(timer);
        if (ctrl) { ctrl.abort(); }   // only the status was wanted
        return resp.status;
      }, function () {
        clearTimeout(timer);
        return 0;
      }).then(function (code) {
        if (code === 403 || code === 404 || code === 410) {
          sessionGone();
        } else {
          connect();
        }
      });
    }, delay);
  }

  function sessionGone() {
    stopStream();
    state.gone = true;
    store.remove(KEY_SESSION);
    setConnectionLost(false);
    showError({ key: "errSessionGone" });
    renderStatus();
    renderReplyForm();
    renderSendButtons();
  }

  // ------------------------------------------------------------------ views
  function placeError(slot) {
    if (el.error.parentNode !== slot) { slot.appendChild(el.error); }
  }

  function showStartView() {
    el.chatView.hidden = true;
    el.startView.hidden = false;
    placeError(el.errorSlotStart);
    if (state.municipalities === null && state.municipalityState !== "failed") { loadMunicipalities(); }
  }

  function showChatView() {
    el.startView.hidden = true;
    el.chatView.hidden = false;
    renderStatus();
    renderReplyForm();
    renderSendButtons();
  }

  function updateNewChatLink() {
    var href = "./?lang=" + encodeURIComponent(state.lang);
    if (state.wantedMunicipality) { href += "&municipality=" + encodeURIComponent(state.wantedMunicipality); }
    el.newChat.setAttribute("href", href);
  }

  function saveSession(s) {
    state.session = s;
    store.set(KEY_SESSION, JSON.stringify(s));
  }

  function loadSession() {
    var raw = store.get(KEY_SESSION);
    if (!raw) { return null; }
    try {
      var s = JSON.parse(raw);
      if (s && typeof s.chat_id === "string" && typeof s.token === "string" && s.chat_id && s.token) { return s; }
    } catch (e) { /* ignore */ }
    store.remove(KEY_SESSION);
    return null;
  }

  // ----------------------------------------------------------------- forms
  function onStartSubmit(ev) {
    ev.preventDefault();
    if (state.sendingStart) { return; }
    clearError();

    var municipality = el.municipality.value;
    var text = el.message.value;
    var name = el.name.value.trim();

    if (!municipality) {
      showError({ key: "errNoMunicipality" });
      el.municipality.focus();
      return;
    }
    var problem = checkText(text);
    if (problem) {
      showError({ key: problem });
      el.message.focus();
      return;
    }
    if (codePoints(name) > NAME_MAX) {
      showError({ key: "errNameTooLong" });
      el.name.focus();
      return;
    }

    var body = { language: state.lang, municipality_code: municipality, text: text.trim() };
    if (name) { body.name = name; }
    if (el.group.value) { body.client_group = el.group.value; }

    state.sendingStart = true;
    renderSendButtons();
    el.message.readOnly = true;

    postJson("/chats", body).then(function (resp) {
      if (resp.status === 201 || resp.ok) {
        return resp.json().then(function (data) {
          if (!data || !data.chat_id || !data.token) { throw new Error("bad answer"); }
          saveSession({
            chat_id: String(data.chat_id),
            token: String(data.token),
            language: state.lang,
            name: name || null
          });
          store.remove(KEY_DRAFT_START);
          el.message.value = "";
          updateCounter(el.message, el.messageCounter);
          if (data.status) { setStatus(String(data.status), null); }
          showChatView();
          connect();
          el.reply.focus();
        });
      }
      return errorFromResponse(resp).then(function (err) {
        showError(err);
        el.message.focus();
      });
    }).catch(function (e) {
      showError({ key: e instanceof TypeError ? "errNetwork" : "errGeneric" });
    }).then(function () {
      state.sendingStart = false;
      el.message.readOnly = false;
      renderSendButtons();
    });
  }

  function onReplySubmit(ev) {
    ev.preventDefault();
    if (state.sendingReply || !state.session) { return; }
    if (state.closed || state.gone) { return; }
    clearError();

    var text = el.reply.value;
    var problem = checkText(text);
    if (problem) {
      showError({ key: problem });
      el.reply.focus();
      return;
    }
    var trimmed = text.trim();
    var session = state.session;

    state.sendingReply = true;
    renderSendButtons();
    el.reply.readOnly = true;

    postJson("/chats/" + encodeURIComponent(session.chat_id) + "/messages",
      { text: trimmed }, { "X-Chat-Token": session.token }
    ).then(function (resp) {
      if (resp.status === 201 || resp.ok) {
        return resp.json().catch(function () { return null; }).then(function (data) {
          // Only clear the box if the text was not changed while sending.
          if (el.reply.value === text) {
            el.reply.value = "";
            store.remove(KEY_DRAFT_REPLY);
          }
          updateCounter(el.reply, el.replyCounter);
          if (data && data.id !== undefined && data.id !== null) {
            upsertMessage({
              id: data.id,
              sender: "citizen",
              text: trimmed,
              created_at: data.created_at || new Date().toISOString(),
              author_name: session.name || null
            }, true);
          }
        });
      }
      return errorFromResponse(resp).then(showError);
    }).catch(function (e) {
      showError({ key: e instanceof TypeError ? "errNetwork" : "errGeneric" });
    }).then(function () {
      state.sendingReply = false;
      el.reply.readOnly = state.closed || state.gone;
      renderSendButtons();
      renderReplyForm();
      if (!el.replyForm.hidden) { el.reply.focus(); }
    });
  }

  function onReplyKeydown(ev) {
    if (ev.key !== "Enter" || ev.shiftKey || ev.isComposing || ev.keyCode === 229) { return; }
    if (ev.ctrlKey || ev.altKey || ev.metaKey) { return; }
    ev.preventDefault();
    if (state.sendingReply) { return; }
    if (typeof el.replyForm.requestSubmit === "function") {
      el.replyForm.requestSubmit(el.replySend);
    } else {
      el.replySend.click();
    }
  }

  // ------------------------------------------------------------------ init
  function init() {
    el.language = $("language");
    el.startView = $("start-view");
    el.chatView = $("chat-view");
    el.startForm = $("start-form");
    el.municipality = $("municipality");
    el.municipalityLoadError = $("municipality-load-error");
    el.municipalityRetry = $("municipality-retry");
    el.name = $("name");
    el.group = $("group");
    el.message = $("message");
    el.messageCounter = $("message-counter");
    el.send = $("send");
    el.status = $("status");
    el.connection = $("connection");
    el.conversation = $("conversation");
    el.replyForm = $("reply-form");
    el.reply = $("reply");
    el.replyCounter = $("reply-counter");
    el.replyClosedNote = $("reply-closed-note");
    el.replySend = $("reply-send");
    el.error = $("error");
    el.errorSlotStart = $("error-slot-start");
    el.errorSlotReply = $("error-slot-reply");
    el.errorSlotChat = $("error-slot-chat");
    el.newChat = $("new-chat");

    var params;
    try { params = new URLSearchParams(window.location.search); } catch (e) { params = null; }
    var urlLang = params ? normLang(params.get("lang")) : null;
    var wanted = params ? (params.get("municipality") || params.get("kunta") || params.get("kommun")) : null;
    state.wantedMunicipality = wanted && /^\d{1,3}$/.test(wanted) ? wanted : null;

    state.session = loadSession();
    state.lang = urlLang || normLang(store.get(KEY_LANG)) ||
      (state.session && normLang(state.session.language)) || DEFAULT_LANG;
    store.set(KEY_LANG, state.lang);

    // Drafts survive a reload: the citizen's text is never lost.
    var draft = store.get(KEY_DRAFT_START);
    if (draft && !el.message.value) { el.message.value = draft; }
    draft = store.get(KEY_DRAFT_REPLY);
    if (draft && !el.reply.value) { el.reply.value = draft; }

    el.language.addEventListener("change", function () { setLang(el.language.value); });
    el.municipalityRetry.addEventListener("click", function () {
      loadMunicipalities().then(function () { el.municipality.focus(); });
    });
    el.message.addEventListener("input", function () {
      updateCounter(el.message, el.messageCounter);
      store.set(KEY_DRAFT_START, el.message.value);
    });
    el.reply.addEventListener("input", function () {
      updateCounter(el.reply, el.replyCounter);
      store.set(KEY_DRAFT_REPLY, el.reply.value);
      sendTyping();
    });
    el.reply.addEventListener("keydown", onReplyKeydown);
    el.conversation.addEventListener("scroll", function () {
      state.stickToBottom = isNearBottom(el.conversation);
    });
    window.addEventListener("resize", function () {
      if (state.stickToBottom) { el.conversation.scrollTop = el.conversation.scrollHeight; }
    });
    el.startForm.addEventListener("submit", onStartSubmit);
    el.replyForm.addEventListener("submit", onReplySubmit);
    el.newChat.addEventListener("click", function () {
      // Forget this conversation; the link then loads a fresh start page.
      stopStream();
      store.remove(KEY_SESSION);
      store.remove(KEY_DRAFT_START);
      store.remove(KEY_DRAFT_REPLY);
    });

    window.addEventListener("pagehide", function () { state.unloading = true; });
    window.addEventListener("pageshow", function (ev) {
      state.unloading = false;
      if (ev.persisted && state.session && !state.gone && !state.closed) { connect(); }
    });
    window.addEventListener("online", function () {
      if (state.session && !state.gone && !state.closed && !state.es) {
        state.reconnectDelay = RECONNECT_MIN_MS;
        connect();
      }
    });

    applyTranslations();
    // Write ?lang= into the address (keeps the language on reload).
    setLang(state.lang);

    if (state.session) {
      showChatView();
      connect();
    } else {
      showStartView();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
