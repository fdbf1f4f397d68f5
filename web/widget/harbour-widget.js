/*! Harbour chat widget. Embed with one tag (no build step):
 *
 *   <script src="https://harbour.example.org/widget/harbour-widget.js"
 *           data-server="https://chat.harbour.example.org" defer></script>
 *
 * Settings (data- attributes on that tag): data-server (the Rasa server, required),
 * data-title, data-neutral-title (a plain title shown instead, for disguise), data-exit-url
 * (where "Leave quickly" and Shift pressed 3 times go), data-colour and data-colour-text (header and buttons),
 * data-socket-path (default /socket.io), data-forget-path (default /webhooks/socketio/forget: the
 * channel's route for forgetting as the page closes, if a proxy moves it), data-open ("true": start open),
 * data-lang ("cy" for Welsh, "en" for English; without it, Welsh when the page's <html lang> is cy).
 * A button in the chat's header switches between Welsh and English at any time.
 *
 * Keeps nothing in the browser: no cookies, no web storage, no IndexedDB, no service worker, no
 * third-party requests. The session id lives only in this page's memory; a reload starts anew.
 * Every text from the server is put in the page as text (textContent), never as HTML.
 */
(function () {
  "use strict";

  const script = document.currentScript;
  if (!script || document.querySelector("harbour-widget")) return; // one widget per page

  const DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";
  const CONNECT_DEADLINE_MS = 3000; // emergency numbers appear if not connected by then
  const REPLY_TIMEOUT_MS = 30000;
  const FORGET_WAIT_MS = 700;
  const SHIFT_PRESSES = 3; // GOV.UK's "Exit this page": Shift 3 times, each within 5 s of the last
  const SHIFT_WINDOW_MS = 5000;

  // Built-in safety text, shown when Harbour can't be reached, so nobody is left with nothing.
  // It mirrors harbour/content/services.yml: emergency.immediate_danger (999),
  // emergency.silent_solution (press 55 on a mobile) and services → id: ndah (National Domestic
  // Abuse Helpline, 0808 2000 247, tel +448082000247, 24 hours). tests/web/test_widget_source.py
  // checks these against the directory, so change them there first.
  const EMERGENCY = {
    danger: "999",
    silentKeys: "55",
    helplineName: "National Domestic Abuse Helpline",
    helplinePhone: "0808 2000 247",
    helplineTel: "+448082000247",
    helplineHours: "free and open 24 hours",
  };

  // The same in Welsh: only the words change (the helpline keeps its English name).
  const EMERGENCY_CY = {
    danger: "999",
    silentKeys: "55",
    helplineName: "National Domestic Abuse Helpline",
    helplinePhone: "0808 2000 247",
    helplineTel: "+448082000247",
    helplineHours: "am ddim ac ar agor 24 awr",
  };

  const TEXT = {
    title: "Harbour",
    open: "Chat to",
    hide: "Hide",
    hideLabel: "Hide the chat (it stays on this page)",
    leave: "Leave quickly",
    leaveHint: "Or press Shift 3 times",
    shiftLeft: (n) => `Shift, press ${n} more ${n === 1 ? "time" : "times"} to leave quickly.`,
    shiftExpired: "Leave quickly expired.",
    leaving: "Loading.",
    you: "You:",
    bot: "Harbour:",
    input: "Type your message",
    send: "Send",
    typing: "Harbour is typing",
    log: "Conversation",
    replies: "Reply options",
    intro:
      "To leave this page quickly, press Shift 3 times or use the “Leave quickly” button.\n" +
      "This chat isn't saved: it disappears when you leave or reload this page. Your browser history still shows you visited this site, so use private browsing if someone checks your device.",
    connecting: "Connecting…",
    lost: "Can't reach Harbour right now. Trying again…",
    offline: "Harbour can't be reached right now. You can still get help:",
    retrying: (attempt) => `Can't reach Harbour right now. Trying again (attempt ${attempt})…`,
    back: "Connected again.",
    retry: "Try again now",
    notSent: "Not sent: Harbour can't be reached right now. Your message is still in the box.",
    noAnswer: "Sorry, no answer came back.",
    webchat: "Webchat",
    website: "Website",
    newTab: " (opens in a new tab)",
    call: "Call",
    textUs: "Text",
    status: { open: "Open now", closed: "Probably closed now", unknown: "Hours not confirmed" },
    danger: (e) => `If you're in danger now, call ${e.danger}. If you can't speak on a mobile, call ` +
      `${e.danger}, stay silent and press ${e.silentKeys} when asked.`,
    helpline: (e) => `The ${e.helplineName} is ${e.helplineHours}: ${e.helplinePhone}.`,
    choiceNotSent: "Not sent: Harbour can't be reached right now. Try again when it's back.",
  };

  // Welsh, key for key with TEXT, in the polite "chi" form Welsh public services write in. Numbers
  // stay exactly as in English and services keep their English names (tests/web/test_widget_source.py
  // checks both). Every Welsh string must be checked by a fluent Welsh speaker before launch
  // (README, "Welsh").
  const TEXT_CY = {
    title: "Harbour",
    open: "Sgwrsio â",
    hide: "Cuddio",
    hideLabel: "Cuddio'r sgwrs (mae'n aros ar y dudalen hon)",
    leave: "Gadael yn gyflym",
    leaveHint: "Neu, pwyswch Shift 3 gwaith",
    shiftLeft: (n) => `Shift, pwyswch ${n === 1 ? "unwaith" : n === 2 ? "ddwywaith" : `${n} gwaith`} eto i adael yn gyflym.`,
    shiftExpired: "Mae'r amser i adael yn gyflym wedi dod i ben.",
    leaving: "Yn llwytho.",
    you: "Chi:",
    bot: "Harbour:",
    input: "Teipiwch eich neges",
    send: "Anfon",
    typing: "Mae Harbour yn teipio",
    log: "Sgwrs",
    replies: "Dewisiadau ateb",
    intro:
      "I adael y dudalen hon yn gyflym, pwyswch Shift 3 gwaith neu'r botwm “Gadael yn gyflym”.\n" +
      "Nid yw'r sgwrs hon yn cael ei chadw: mae'n diflannu pan fyddwch chi'n gadael y dudalen hon neu'n ei hail-lwytho. Mae hanes eich porwr yn dal i ddangos eich bod wedi ymweld â'r wefan hon, felly defnyddiwch bori preifat os bydd rhywun yn edrych ar eich dyfais.",
    connecting: "Yn cysylltu…",
    lost: "Methu cyrraedd Harbour ar hyn o bryd. Yn ceisio eto…",
    offline: "Nid oes modd cyrraedd Harbour ar hyn o bryd. Gallwch gael help o hyd:",
    retrying: (attempt) => `Methu cyrraedd Harbour ar hyn o bryd. Yn ceisio eto (ymgais ${attempt})…`,
    back: "Wedi cysylltu eto.",
    retry: "Ceisio eto nawr",
    notSent: "Heb ei hanfon: nid oes modd cyrraedd Harbour ar hyn o bryd. Mae eich neges yn dal yn y blwch.",
    noAnswer: "Mae'n ddrwg gennym, ni ddaeth ateb yn ôl.",
    webchat: "Sgwrs ar y we",
    website: "Gwefan",
    newTab: " (yn agor mewn tab newydd)",
    call: "Ffonio",
    textUs: "Tecstio",
    status: { open: "Ar agor nawr", closed: "Ar gau nawr, mae'n debyg", unknown: "Oriau heb eu cadarnhau" },
    danger: (e) => `Os ydych chi mewn perygl nawr, ffoniwch ${e.danger}. Os na allwch chi siarad ar ffôn symudol, ` +
      `ffoniwch ${e.danger}, arhoswch yn dawel a phwyswch ${e.silentKeys} pan ofynnir i chi.`,
    helpline: (e) => `Mae'r ${e.helplineName} ${e.helplineHours}: ${e.helplinePhone}.`,
    choiceNotSent: "Heb ei anfon: nid oes modd cyrraedd Harbour ar hyn o bryd. Rhowch gynnig arall arni pan fydd yn ôl.",
  };

  const TABLES = { en: { text: TEXT, emergency: EMERGENCY }, cy: { text: TEXT_CY, emergency: EMERGENCY_CY } };

  // The header's language button names the other language in that language, as gov.wales and
  // GOV.UK's Welsh services do ("Cymraeg" on an English page, "English" on a Welsh one).
  const LANGUAGES = {
    // The accessible name starts with the visible word (WCAG 2.5.3 label in name): voice control users say it.
    en: { name: "English", switchLabel: "English: switch to English" },
    cy: { name: "Cymraeg", switchLabel: "Cymraeg: newid i'r Gymraeg" },
  };

  // ---- Settings ----------------------------------------------------------------------------

  function httpUrl(value, base) {
    try {
      const url = new URL(String(value || ""), base);
      return url.protocol === "https:" || url.protocol === "http:" ? url : null;
    } catch (error) {
      return null;
    }
  }

  function rgb(colour) {
    const canvas = document.createElement("canvas").getContext("2d");
    canvas.fillStyle = "#010203";
    canvas.fillStyle = colour;
    const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(canvas.fillStyle);
    return hex && canvas.fillStyle !== "#010203" ? hex.slice(1).map((h) => parseInt(h, 16)) : null;
  }

  function contrast(a, b) {
    const lum = (c) =>
      c.map((v) => (v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  }

  function readSettings() {
    const data = script.dataset;
    const server = httpUrl(data.server, location.href);
    const colour = data.colour || data.color;
    const colourText = data.colourText || data.colorText || "#ffffff";
    let colours = null;
    if (colour) {
      const [accent, onAccent, bubble] = [rgb(colour), rgb(colourText), [242, 239, 246]];
      if (accent && onAccent && contrast(accent, onAccent) >= 4.5 && contrast(accent, bubble) >= 4.5) {
        colours = { accent: colour, onAccent: colourText };
      } else {
        console.warn("Harbour widget: data-colour has too little contrast; using the default colours.");
      }
    }
    const exit = httpUrl(data.exitUrl, location.href);
    // data-lang wins; without it the page's own language decides (lang="cy" or "cy-GB").
    const lang = data.lang || document.documentElement.lang || "";
    return {
      server: server ? server.origin : null,
      socketPath: /^\/[\w\-/.]*$/.test(data.socketPath || "") ? data.socketPath : "/socket.io",
      forgetPath: /^\/[\w\-/.]*$/.test(data.forgetPath || "") ? data.forgetPath : "/webhooks/socketio/forget",
      title: (data.neutralTitle || data.title || TEXT.title).slice(0, 60),
      disguised: Boolean(data.neutralTitle),
      exitUrl: exit ? exit.href : DEFAULT_EXIT_URL,
      colours: colours,
      startOpen: data.open === "true",
      assets: new URL(".", script.src).href,
      lang: /^cy(?:-|$)/i.test(lang.trim()) ? "cy" : "en",
    };
  }

  const settings = readSettings();

  // ---- Small DOM helpers (text only, never HTML) ---------------------------------------------

  function el(tag, className, text, attributes) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    return node;
  }

  // The tel: form of a UK number, as harbour/services.py dialable() makes it (digits only).
  function dialable(phone) {
    const digits = String(phone).replace(/\D/g, "");
    if (String(phone).trim().startsWith("+")) return "+" + digits;
    return digits.startsWith("0") ? "+44" + digits.slice(1) : digits;
  }

  // Phone numbers (UK 0- and +44 numbers, 116 xxx, 999, 101, 111, 18000/18001) and web links.
  const LINKABLE =
    /(https?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?])|(?<![\w+])((?:\+44 ?|0)\d{1,4}(?: ?\d{2,4}){1,4}|116 ?\d{3}|1800[01]|999|101|111)(?![\w])/g;

  function appendLinked(parent, text) {
    let last = 0;
    for (const match of String(text).matchAll(LINKABLE)) {
      const [whole, web, phone] = match;
      let link = null;
      if (web && httpUrl(web)) {
        link = el("a", null, web, { href: httpUrl(web).href, target: "_blank", rel: "noopener noreferrer" });
      } else if (phone) {
        const digits = phone.replace(/\D/g, "").length;
        const ok = /^[+0]/.test(phone) ? digits >= 8 && digits <= 12 : true;
        if (ok) link = el("a", null, phone, { href: "tel:" + dialable(phone) });
      }
      if (!link) continue;
      parent.append(document.createTextNode(text.slice(last, match.index)), link);
      last = match.index + whole.length;
    }
    parent.append(document.createTextNode(String(text).slice(last)));
  }

  function clock() {
    return new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function newSessionId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
  }

  // ---- The widget ----------------------------------------------------------------------------

  const state = { open: false, socket: null, sessionId: null, key: null, connected: false, started: false,
    greeted: false, exiting: false, deadline: null, pending: 0, attempt: 0, loading: false,
    lang: settings.lang, status: null, notice: null };
  let ui = null;

  // The words of the language the widget shows now.
  function words() {
    return TABLES[state.lang].text;
  }

  // A command with the language, as Rasa reads an intent with an entity: /greet{"language":"cy"}.
  function withLanguage(intent, language) {
    return intent + JSON.stringify({ language: language });
  }

  function build() {
    const host = el("harbour-widget");
    host.style.visibility = "hidden"; // until the styles have loaded
    if (settings.colours) {
      host.style.setProperty("--hw-accent", settings.colours.accent);
      host.style.setProperty("--hw-on-accent", settings.colours.onAccent);
    }
    const root = host.attachShadow({ mode: "open" });
    const sheet = el("link", null, null, { rel: "stylesheet", href: settings.assets + "harbour-widget.css" });
    const show = () => { host.style.visibility = ""; };
    sheet.addEventListener("load", show);
    sheet.addEventListener("error", show);

    // Every string is set by relabel(), here and whenever the person switches language.
    const dock = el("div", "hw-dock");
    const launcher = el("button", "hw-launcher", null,
      { type: "button", "aria-expanded": "false", "aria-controls": "hw-panel" });
    // Described by the hint in the panel's header (a description may come from a hidden element).
    const dockExit = el("button", "hw-exit", null, { type: "button", "aria-describedby": "hw-exit-hint" });
    dock.append(dockExit, launcher);

    const panel = el("section", "hw-panel", null,
      { id: "hw-panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "hw-title" });
    panel.hidden = true;
    const header = el("div", "hw-header");
    const title = el("h2", "hw-title", settings.title, { id: "hw-title" });
    const exit = el("button", "hw-exit", null, { type: "button", "aria-describedby": "hw-exit-hint" });
    const hint = el("span", "hw-sr", null, { id: "hw-exit-hint" });
    const language = el("button", "hw-lang", null, { type: "button" });
    const hide = el("button", "hw-hide", null, { type: "button" });
    const tools = el("div", "hw-tools");
    tools.append(language, hide);
    header.append(title, exit, hint, tools);
    // Three dots on each "Leave quickly" button fill as Shift is pressed (seen, not read: the
    // status below says the same in words).
    for (const button of [dockExit, exit]) {
      const dots = el("span", "hw-presses", null, { "aria-hidden": "true" });
      for (let n = 0; n < SHIFT_PRESSES; n += 1) dots.append(el("span", "hw-press"));
      button.append(document.createTextNode(""), dots);
    }
    const shiftStatus = el("span", "hw-sr", "", { role: "status", "data-hw-shift": "" });

    const status = el("p", "hw-status", "", { role: "status" });
    const notice = el("div", "hw-notice", null, { role: "alert" });
    notice.hidden = true;
    const log = el("div", "hw-log", null, { role: "log", "aria-live": "polite", tabindex: "0" });
    const list = el("ol", "hw-messages");
    log.append(list);
    const typing = el("p", "hw-typing");
    typing.append(document.createTextNode(""), el("span", "hw-dot", null, { "aria-hidden": "true" }),
      el("span", "hw-dot", null, { "aria-hidden": "true" }), el("span", "hw-dot", null, { "aria-hidden": "true" }));
    typing.hidden = true;

    const form = el("form", "hw-form", null, { novalidate: "" });
    const label = el("label", "hw-sr", null, { for: "hw-input" });
    const input = el("textarea", "hw-input", null, { id: "hw-input", rows: "1", autocomplete: "off",
      spellcheck: "false", enterkeyhint: "send" });
    const send = el("button", "hw-send", null, { type: "submit" });
    form.append(label, input, send);
    panel.append(header, status, notice, log, typing, form);
    root.append(sheet, shiftStatus, dock, panel);

    launcher.addEventListener("click", () => setOpen(true));
    hide.addEventListener("click", () => setOpen(false));
    language.addEventListener("click", switchLanguage);
    exit.addEventListener("click", quickExit);
    dockExit.addEventListener("click", quickExit);
    form.addEventListener("submit", (event) => { event.preventDefault(); submit(); });
    input.addEventListener("input", () => {
      input.style.height = "auto";
      input.style.height = `${input.scrollHeight + 4}px`;
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); submit(); }
    });
    const built = { host, root, dock, launcher, panel, status, notice, log, list, typing, input, shiftStatus,
      exits: [dockExit, exit], hint, language, hide, label, send };
    relabel(built);
    document.body.append(host);
    return built;
  }

  // Sets every string of the widget's frame (buttons, labels, placeholder, accessible names) and
  // its lang attributes, so screen readers pronounce it in the language it is written in. Messages
  // already in the conversation keep the language they were shown in (each carries its own lang).
  function relabel(u) {
    const w = words();
    const other = state.lang === "cy" ? "en" : "cy";
    for (const node of [u.host, u.dock, u.panel, u.shiftStatus]) node.setAttribute("lang", state.lang);
    u.launcher.textContent = settings.disguised ? settings.title : `${w.open} ${settings.title}`;
    for (const button of u.exits) button.firstChild.data = w.leave;
    u.hint.textContent = w.leaveHint;
    u.language.textContent = LANGUAGES[other].name;
    u.language.setAttribute("lang", other);
    u.language.setAttribute("aria-label", LANGUAGES[other].switchLabel);
    u.hide.textContent = w.hide;
    u.hide.setAttribute("aria-label", w.hideLabel);
    u.log.setAttribute("aria-label", w.log);
    u.typing.firstChild.data = w.typing;
    u.label.textContent = w.input;
    u.input.setAttribute("placeholder", w.input);
    u.send.textContent = w.send;
  }

  // The status line, kept as a key so it can be said again in the other language.
  function setStatus(key, value) {
    state.status = key ? [key, value] : null;
    const text = key ? words()[key] : "";
    ui.status.textContent = typeof text === "function" ? text(value) : text;
  }

  // Turns the widget to ``lang``: its frame, the status line and any emergency notice showing.
  function setLanguage(lang) {
    state.lang = lang;
    relabel(ui);
    if (state.status) setStatus(...state.status);
    if (!ui.notice.hidden) showEmergency(state.notice);
  }

  // The language button. Once the conversation has started it is sent as a reply button's choice
  // is (shown in the log, on the same path as every message: typing indicator, the reply's wait,
  // "not sent" when Harbour can't be reached, and then nothing changes). Before the greeting there
  // is nothing to tell: the greeting carries the language.
  function switchLanguage() {
    const next = state.lang === "cy" ? "en" : "cy";
    if (state.greeted) {
      const sent = sendMessage(withLanguage("/change_language", next), LANGUAGES[next].name,
        { notSent: "choiceNotSent", lang: next });
      if (!sent) return;
      for (const group of ui.list.querySelectorAll(".hw-replies")) group.remove(); // offered in the old language
    }
    setLanguage(next);
  }

  function setOpen(open, moveFocus = true) {
    state.open = open;
    ui.panel.hidden = !open;
    ui.dock.hidden = open;
    ui.launcher.setAttribute("aria-expanded", String(open));
    if (open) ui.host.setAttribute("data-open", ""); else ui.host.removeAttribute("data-open");
    if (open) {
      start();
      ui.input.focus();
    } else if (moveFocus) {
      ui.launcher.focus();
    }
  }

  // Esc hides the open chat, as it closes any dialog (the conversation stays; the chat button
  // opens it again). It never leaves the page: see onKeyup. With focus on the page behind the
  // chat, Esc reveals it where it is (WCAG 2.2 2.4.11: what the person opened, they can dismiss).
  function onKeydown(event) {
    if (event.key !== "Escape" || !ui || !state.open || state.exiting || event.defaultPrevented) return;
    const inWidget = event.composedPath().includes(ui.host);
    setOpen(false, inWidget);
  }

  function scrollDown() {
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    ui.log.scrollTo({ top: ui.log.scrollHeight, behavior: reduce ? "auto" : "smooth" });
  }

  // ``textLang``: the language of ``text`` when it isn't the widget's (the name of a language chosen).
  function addMessage(kind, text, extraClass, textLang) {
    const item = el("li", `hw-msg hw-${kind}` + (extraClass ? " " + extraClass : ""), null, { lang: state.lang });
    const bubble = el("div", "hw-bubble");
    bubble.append(el("span", "hw-sr", kind === "user" ? words().you + " " : words().bot + " "));
    if (textLang && textLang !== state.lang) {
      const span = el("span", null, null, { lang: textLang });
      appendLinked(span, text);
      bubble.append(span);
    } else {
      appendLinked(bubble, text);
    }
    item.append(bubble, el("span", "hw-time", clock()));
    ui.list.append(item);
    scrollDown();
    return item;
  }

  function addReplies(item, buttons) {
    const group = el("div", "hw-replies", null, { role: "group", "aria-label": words().replies });
    for (const button of buttons) {
      if (!button || typeof button.title !== "string" || typeof button.payload !== "string") continue;
      const node = el("button", "hw-reply", button.title, { type: "button" });
      node.addEventListener("click", () => {
        if (sendMessage(button.payload, button.title)) {
          group.remove();
          ui.input.focus();
        }
      });
      group.append(node);
    }
    if (group.childElementCount) item.insertBefore(group, item.lastChild);
  }

  function addCard(service) {
    if (!service || typeof service.name !== "string") return;
    const w = words(); // the card is written in the language shown now, and keeps it
    const item = el("li", "hw-msg hw-bot", null, { lang: state.lang });
    const card = el("div", "hw-card", null, { role: "group", "aria-label": service.name });
    card.append(el("span", "hw-sr", w.bot + " "), el("p", "hw-card-name", service.name));
    const hours = [service.hours, w.status[service.status]].filter((v) => typeof v === "string" && v);
    if (hours.length) card.append(el("p", "hw-card-hours", hours.join(" · ")));
    const actions = el("div", "hw-card-actions");
    const tel = /^\+?\d{3,15}$/.test(service.tel || "") ? service.tel : service.phone && dialable(service.phone);
    if (typeof service.phone === "string" && tel) {
      actions.append(el("a", "hw-action", `${w.call} ${service.phone}`, { href: "tel:" + tel }));
    }
    if (typeof service.text === "string" && /^[+\d ]{3,20}$/.test(service.text)) {
      actions.append(el("a", "hw-action", `${w.textUs} ${service.text}`, { href: "sms:" + dialable(service.text) }));
    }
    const site = httpUrl(service.website);
    if (site && site.protocol === "https:") {
      const link = el("a", "hw-action", service.webchat === true ? w.webchat : w.website,
        { href: site.href, target: "_blank", rel: "noopener noreferrer" });
      link.append(el("span", "hw-sr", ` ${service.name}${w.newTab}`));
      actions.append(link);
    }
    if (actions.childElementCount) card.append(actions);
    item.append(card, el("span", "hw-time", clock()));
    ui.list.append(item);
    scrollDown();
  }

  function onBotMessage(message) {
    if (!ui || !message || typeof message !== "object") return;
    if (typeof message.text === "string" && message.text.trim()) {
      const item = addMessage("bot", message.text);
      const buttons = message.quick_replies || message.buttons;
      if (Array.isArray(buttons) && buttons.length) addReplies(item, buttons);
    }
    if (message.custom && message.custom.type === "handoff") addCard(message.custom.service);
  }

  function setTyping(on) {
    state.pending = Math.max(0, state.pending + (on ? 1 : -1));
    ui.typing.hidden = state.pending === 0;
    if (!ui.typing.hidden) scrollDown();
  }

  // The built-in safety text, after ``reason`` (a key of TEXT: offline or noAnswer).
  function showEmergency(reason) {
    const w = words();
    const numbers = TABLES[state.lang].emergency;
    const refocus = ui.notice.contains(ui.root.activeElement); // said again in another language
    state.notice = reason;
    ui.notice.replaceChildren();
    const lines = [w[reason], w.danger(numbers), w.helpline(numbers)];
    for (const line of lines) {
      const paragraph = el("p");
      appendLinked(paragraph, line);
      ui.notice.append(paragraph);
    }
    const retry = el("button", "hw-retry", w.retry, { type: "button" });
    retry.addEventListener("click", connect);
    ui.notice.append(retry);
    ui.notice.hidden = false;
    if (refocus) retry.focus();
  }

  function onConnected() {
    if (!ui) return;
    const wasLost = !ui.notice.hidden;
    state.connected = true;
    state.attempt = 0;
    clearTimeout(state.deadline);
    ui.notice.hidden = true;
    setStatus(wasLost ? "back" : null);
    if (!state.greeted) {
      state.greeted = true;
      sendMessage(state.lang === "cy" ? withLanguage("/greet", "cy") : "/greet", null);
    }
  }

  function onLost() {
    state.connected = false;
    if (!ui) return;
    if (state.pending) { state.pending = 1; setTyping(false); }
    if (!state.attempt) setStatus("lost");
    if (ui.notice.hidden) showEmergency("offline");
  }

  // Pages that enforce Trusted Types (Harbour's own does) get the one script URL the widget loads
  // through a policy named "harbour-widget"; the widget has no other DOM sink to declare.
  let policy = null;
  function scriptUrl(url) {
    try {
      if (!window.trustedTypes) return url;
      policy = policy || trustedTypes.createPolicy("harbour-widget", {
        createScriptURL: (value) => {
          if (value !== settings.assets + "socket.io.min.js") throw new TypeError("unexpected script");
          return value;
        },
      });
      return policy.createScriptURL(url);
    } catch (error) {
      return url; // the page allows no new policy: plain URLs are then allowed too
    }
  }

  function loadSocketClient() {
    return new Promise((resolve, reject) => {
      const previous = window.io;
      const tag = document.createElement("script");
      tag.src = scriptUrl(settings.assets + "socket.io.min.js");
      tag.addEventListener("load", () => {
        const io = window.io;
        if (previous === undefined) delete window.io; else window.io = previous; // leave the page's own alone
        tag.remove();
        io ? resolve(io) : reject(new Error("socket.io client missing"));
      });
      tag.addEventListener("error", () => { tag.remove(); reject(new Error("socket.io client not loaded")); });
      document.head.append(tag);
    });
  }

  function start() {
    if (state.started) return;
    state.started = true;
    state.sessionId = newSessionId();
    addMessage("bot", words().intro, "hw-intro");
    setStatus("connecting");
    state.deadline = setTimeout(() => { if (!state.connected) onLost(); }, CONNECT_DEADLINE_MS);
    connect();
  }

  function connect() {
    if (state.socket) { state.socket.connect(); return; }
    if (!settings.server) {
      console.error("Harbour widget: data-server is missing or not an http(s) URL.");
      return;
    }
    if (state.loading) return;
    state.loading = true;
    loadSocketClient().then((io) => {
      state.loading = false;
      if (state.exiting || state.socket) return;
      const socket = io(settings.server, {
        path: settings.socketPath,
        // A function, so a reconnect shows the key the server gave this page for its conversation
        // (another socket may still hold it until the server notices the old one has gone).
        auth: (send) => send(state.key ? { session_id: state.sessionId, key: state.key } : { session_id: state.sessionId }),
        withCredentials: false,
        reconnectionDelay: 1000,
        reconnectionDelayMax: 10000,
        timeout: 8000,
      });
      state.socket = socket;
      socket.on("connect", onConnected);
      socket.on("disconnect", onLost);
      socket.on("connect_error", onLost);
      socket.on("bot_uttered", onBotMessage);
      socket.io.on("reconnect_attempt", (attempt) => {
        state.attempt = attempt;
        if (ui) setStatus("retrying", attempt);
      });
    }, () => { state.loading = false; onLost(); });
  }

  // ``shown``: what the log shows the person sent (null: nothing); ``options.lang``: its language,
  // ``options.notSent``: the status key said when it can't be sent.
  function sendMessage(payload, shown, options = {}) {
    if (!state.socket || !state.connected) {
      setStatus(options.notSent || "notSent");
      if (ui.notice.hidden) showEmergency("offline");
      return false;
    }
    if (shown !== null) addMessage("user", shown, null, options.lang);
    setTyping(true);
    state.socket.timeout(REPLY_TIMEOUT_MS).emit("user_uttered",
      { message: payload, session_id: state.sessionId }, (error, ack) => {
        if (ack && typeof ack.key === "string" && /^[0-9a-f]{64}$/.test(ack.key)) state.key = ack.key;
        if (!ui) return;
        setTyping(false);
        if (error && state.connected && !state.exiting) showEmergency("noAnswer");
      });
    return true;
  }

  function submit() {
    const text = ui.input.value;
    if (!text.trim()) { ui.input.focus(); return; }
    if (sendMessage(text, text)) {
      ui.input.value = "";
      for (const group of ui.list.querySelectorAll(".hw-replies")) group.remove();
    }
    ui.input.focus();
  }

  // Removes every message, then the whole widget, from the page.
  function wipe() {
    clearTimeout(state.deadline);
    if (ui) {
      ui.list.replaceChildren();
      ui.host.remove();
    }
    ui = null;
  }

  // The conversation's id and the key the server gave this page for it: only the page that holds
  // the conversation can make the server forget it.
  function forgetBody() {
    return state.key ? { session_id: state.sessionId, key: state.key } : { session_id: state.sessionId };
  }

  // Blanks the page before navigating (on a slow connection the old page would otherwise stay on
  // screen): everything hidden, one plain overlay saying "Loading." to screen readers.
  let overlay = null;
  function blankPage() {
    document.documentElement.style.setProperty("visibility", "hidden", "important");
    overlay = el("div", null, null, { role: "alert", lang: state.lang });
    for (const [name, value] of [["position", "fixed"], ["inset", "0"], ["z-index", "2147483647"],
      ["background", "#ffffff"], ["color", "#000000"], ["visibility", "visible"], ["padding", "1rem"]]) {
      overlay.style.setProperty(name, value, "important");
    }
    document.documentElement.append(overlay);
    overlay.textContent = words().leaving; // set after insertion: screen readers announce it more reliably
  }

  // Back or Forward may show this page again from the browser's memory: never with the overlay
  // stuck on it, and never with the chat.
  function unblankPage() {
    if (overlay) overlay.remove();
    overlay = null;
    document.documentElement.style.removeProperty("visibility");
  }

  function quickExit() {
    if (state.exiting) return;
    state.exiting = true;
    resetShift(false);
    blankPage();
    wipe();
    const socket = state.socket;
    let gone = false;
    const leave = () => {
      if (gone) return;
      gone = true;
      if (socket) socket.disconnect();
      location.replace(settings.exitUrl);
    };
    if (socket && socket.connected) socket.timeout(FORGET_WAIT_MS).emit("forget", forgetBody(), leave);
    setTimeout(leave, socket && socket.connected ? FORGET_WAIT_MS + 100 : 0);
  }

  // Shift pressed on its own 3 times, each within 5 s of the last, leaves quickly (GOV.UK's
  // "Exit this page"). Shift used to type a capital doesn't count: typing "A" ends with a keyup
  // of A that has shiftKey set, then a keyup of Shift, which is ignored. Any other key starts the
  // count again. Esc is deliberately not a way out: people press it to close menus and
  // suggestions and to stop a page loading, and an exit by mistake loses the conversation
  // (Esc only hides the chat: onKeydown).
  const shift = { count: 0, timer: null, clear: null, lastModified: false };

  function showPresses() {
    if (!ui) return;
    for (const dots of ui.root.querySelectorAll(".hw-presses")) {
      dots.toggleAttribute("data-active", shift.count > 0);
      dots.querySelectorAll(".hw-press").forEach((dot, n) => dot.toggleAttribute("data-on", n < shift.count));
    }
  }

  function announce(text) {
    if (!ui) return;
    clearTimeout(shift.clear);
    ui.shiftStatus.textContent = text;
    if (text) shift.clear = setTimeout(() => { if (ui) ui.shiftStatus.textContent = ""; }, SHIFT_WINDOW_MS);
  }

  function resetShift(expired) {
    clearTimeout(shift.timer);
    shift.timer = null;
    shift.count = 0;
    showPresses();
    announce(expired ? words().shiftExpired : "");
  }

  function onKeyup(event) {
    if (state.exiting || !ui) return;
    if (event.key === "Shift" && !shift.lastModified) {
      shift.count += 1;
      showPresses();
      if (shift.count >= SHIFT_PRESSES) {
        quickExit();
        return;
      }
      announce(words().shiftLeft(SHIFT_PRESSES - shift.count));
      clearTimeout(shift.timer);
      shift.timer = setTimeout(() => resetShift(true), SHIFT_WINDOW_MS);
    } else if (shift.timer) {
      resetShift(false);
    }
    shift.lastModified = event.shiftKey;
  }

  // Leaving the page any other way also ends the conversation; a page restored from the
  // back/forward cache starts a new one.
  function onPageHide(event) {
    if (state.exiting) return;
    if (state.socket) {
      // A beacon outlives the page; a socket message sent now may be dropped with the socket.
      // Its address is the channel's own route, whatever path socket.io itself was moved to.
      if (state.key) navigator.sendBeacon(settings.server + settings.forgetPath, JSON.stringify(forgetBody()));
      state.socket.disconnect();
    }
    if (event.persisted) wipe(); // the back/forward cache keeps no chat
  }

  function onPageShow(event) {
    if (!event.persisted) return;
    unblankPage();
    wipe();
    clearTimeout(state.deadline);
    clearTimeout(shift.timer);
    Object.assign(state, { open: false, socket: null, sessionId: null, key: null, connected: false, started: false,
      greeted: false, exiting: false, pending: 0, attempt: 0, loading: false, lang: settings.lang, status: null,
      notice: null });
    Object.assign(shift, { count: 0, timer: null, lastModified: false });
    ui = build();
  }

  function init() {
    ui = build();
    document.addEventListener("keyup", onKeyup, true);
    document.addEventListener("keydown", onKeydown);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("pageshow", onPageShow);
    if (settings.startOpen) setOpen(true);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
