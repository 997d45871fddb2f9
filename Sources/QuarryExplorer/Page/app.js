// The page itself: wires the editor, the schema browser and the saved queries to the endpoint,
// runs queries and shows their results.
QX.endpoint = "/graphql";
QX.savedEndpoint = "/queries";

QX.welcome = `# Welcome to the Quarry explorer.
# Type a query: Ctrl-Space completes, Ctrl-Enter (⌘-Enter) runs it.
# The schema tab on the right lists every type and field.
{
  __typename
}
`;

// A response as indented JSON with keys, strings, numbers and literals told apart.
QX.highlightJSON = function (value) {
  const json = JSON.stringify(value, null, 2);
  return QX.escape(json).replace(/(&quot;(?:[^\\&]|\\.|&(?!quot;))*?&quot;)(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g,
    (all, string, colon, literal, number) => {
      if (string) return '<span class="' + (colon ? "j-key" : "j-string") + '">' + string + "</span>" + (colon || "");
      if (literal) return '<span class="j-literal">' + literal + "</span>";
      return '<span class="j-number">' + number + "</span>";
    });
};

QX.start = function () {
  const $ = (id) => document.getElementById(id);
  const selftest = location.hash.includes("selftest");
  const editor = new QX.Editor({
    textarea: $("query"), highlight: $("highlight"), gutter: $("gutter"), code: $("code"),
    box: $("completions-box"), list: $("completions"), doc: $("completion-doc"), problemsList: $("problems"),
  });
  const docs = new QX.Docs({ body: $("docs-body"), crumbs: $("docs-crumbs"), search: $("docs-search") });
  const saved = new QX.Saved({ list: $("saved-list") });
  const variables = $("variables");
  const result = $("result");
  const resultStatus = $("result-status");
  const variablesStatus = $("variables-status");
  const store = selftest ? null : QX.storage();

  // What the editor starts with: the URL's query (GET /graphql?query=… from a browser), else the last session's.
  const params = new URLSearchParams(location.search);
  editor.value = params.get("query") || (store && store.get("query")) || QX.welcome;
  variables.value = params.get("variables") || (store && store.get("variables")) || "";
  if (store) {
    editor.textarea.addEventListener("input", () => store.set("query", editor.value));
    variables.addEventListener("input", () => store.set("variables", variables.value));
  }

  function readVariables() {
    const text = variables.value.trim();
    variables.classList.remove("invalid");
    variablesStatus.textContent = "";
    if (!text) return {};
    try {
      const value = JSON.parse(text);
      if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("Variables must be a JSON object.");
      return value;
    } catch (error) {
      variables.classList.add("invalid");
      variablesStatus.textContent = error.message;
      return null;
    }
  }

  let running = 0;
  async function run() {
    const vars = readVariables();
    if (vars === null) { variables.focus(); return; }
    const payload = { query: editor.value, variables: vars };
    const operationName = editor.operationName();
    if (operationName) payload.operationName = operationName;
    const ticket = ++running;
    resultStatus.textContent = "Running…";
    result.setAttribute("aria-busy", "true");
    let answer;
    try {
      answer = await QX.post(payload);
    } catch (error) {
      answer = { failure: error.message };
    }
    if (ticket !== running) return; // an older run finished after a newer one started
    result.removeAttribute("aria-busy");
    QX.showAnswer(answer, { result, resultStatus, editor });
  }

  editor.onRun = run;
  $("run").addEventListener("click", run);
  $("prettify").addEventListener("click", () => { editor.value = QX.prettify(editor.value); });
  document.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter" && event.target !== editor.textarea) { event.preventDefault(); run(); }
    if ((event.ctrlKey || event.metaKey) && event.shiftKey && (event.key === "P" || event.key === "p")) { event.preventDefault(); $("prettify").click(); }
  });
  QX.tabs([$("tab-docs"), $("tab-saved")]);

  const status = $("schema-status");
  const schemaReady = QX.loadSchema().then((schema) => {
    const count = [...schema.types.values()].filter((t) => !t.name.startsWith("__")).length;
    status.textContent = "Schema: " + count + " types";
    status.className = "status ok";
    editor.setSchema(schema);
    docs.setSchema(schema);
    return schema;
  }, (error) => {
    status.textContent = "Schema unavailable";
    status.title = error.message;
    status.className = "status bad";
    docs.setFailure(error.message);
    return null;
  });
  saved.onLoad = (document, vars) => { editor.value = document; variables.value = vars; editor.textarea.focus(); };
  saved.onRun = async (url) => {
    resultStatus.textContent = "GET " + url + " …";
    let answer;
    try {
      answer = await QX.get(url);
    } catch (error) {
      answer = { failure: error.message };
    }
    // Its locations are in the saved document, not in the editor's text: nothing to mark there.
    QX.showAnswer(answer, { result, resultStatus, editor: null });
    if (!answer.failure) resultStatus.textContent = "GET " + url + " · " + resultStatus.textContent;
  };
  const savedReady = saved.fetch();
  QX.app = { editor, docs, saved, run, schemaReady, savedReady, variables, result };
};

QX.showAnswer = function (answer, { result, resultStatus, editor }) {
  if (answer.failure) {
    resultStatus.textContent = "Request failed";
    result.innerHTML = '<span class="error-text">' + QX.escape(answer.failure) + "</span>";
    return;
  }
  const size = answer.bytes < 1024 ? answer.bytes + " B" : (answer.bytes / 1024).toFixed(1) + " kB";
  resultStatus.textContent = answer.status + " " + (answer.statusText || "") + " · " + Math.round(answer.ms) + " ms · " + size;
  resultStatus.className = "hint " + (answer.status < 300 && answer.body && !answer.body.errors ? "ok" : "bad");
  if (!answer.body) {
    result.textContent = answer.text || "(empty response)";
    return;
  }
  // Colouring a very large response would cost more than it helps; it is shown as plain text.
  if (answer.bytes > 1000000) result.textContent = JSON.stringify(answer.body, null, 2);
  else result.innerHTML = QX.highlightJSON(answer.body);
  if (editor) editor.setServerErrors(Array.isArray(answer.body.errors) ? answer.body.errors : []);
};

// The tab strip of the side pane, with the arrow keys of the WAI-ARIA tabs pattern.
QX.tabs = function (tabs) {
  const choose = (tab) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
    }
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => choose(tab));
    tab.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      choose(next);
      next.focus();
    });
  });
  choose(tabs[0]);
};

// localStorage when the browser allows it (it may not, e.g. for file: pages or in private modes).
QX.storage = function () {
  try {
    const ls = window.localStorage;
    return {
      get: (key) => ls.getItem("quarry.explorer." + key),
      set: (key, value) => { try { ls.setItem("quarry.explorer." + key, value); } catch (e) { /* full: keep going */ } },
    };
  } catch (e) {
    return null;
  }
};

QX.start();
