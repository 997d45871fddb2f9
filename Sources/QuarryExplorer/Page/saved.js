// The saved queries of the server (`GET /queries`, SEMANTICS §12.2). One that comes with its
// document loads into the editor; otherwise it is a link to its URL, which runs it (a plain click
// shows the answer in the result pane). A server without the endpoint simply has none to show.
QX.Saved = class {
  constructor({ list }) {
    this.list = list;
    this.queries = [];
    this.onLoad = () => {};
    this.onRun = () => {};
    list.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-index]");
      if (button) this.load(this.queries[Number(button.dataset.index)]);
      // A plain click runs a link-only query into the result pane; other clicks (new tab) follow the link.
      const link = event.target.closest("a[data-index]");
      if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
        event.preventDefault();
        this.onRun(link.getAttribute("href"));
      }
    });
  }

  async fetch() {
    let answer = null;
    try {
      const response = await fetch(QX.savedEndpoint, { headers: { Accept: "application/json" } });
      if (response.ok) answer = await response.json();
    } catch (e) {
      answer = null;
    }
    this.queries = answer && Array.isArray(answer.queries) ? answer.queries.filter((q) => q && typeof q.name === "string") : [];
    this.render();
    return this.queries;
  }

  render() {
    if (!this.queries.length) {
      this.list.innerHTML = '<li class="muted">This server has no saved queries.</li>';
      return;
    }
    this.list.innerHTML = this.queries.map((q, i) => {
      const title = typeof q.document === "string"
        ? '<button type="button" class="saved-name" data-index="' + i + '" title="Load into the editor">' + QX.escape(q.name) + "</button>"
        : '<a class="saved-name" data-index="' + i + '" href="' + QX.escape(QX.sameOriginPath(q.url, q.name)) + '" title="Run with its default variables">' + QX.escape(q.name) + "</a>";
      const variables = (q.variables || []).map((v) => '<code class="chip">$' + QX.escape(v.name) + ": " + QX.escape(v.type || "") +
        (v.defaultValue != null ? " = " + QX.escape(String(v.defaultValue)) : "") + "</code>").join(" ");
      return "<li>" + title + (q.description ? '<p class="desc">' + QX.inline(q.description) + "</p>" : "") +
        (variables ? '<p class="vars">' + variables + "</p>" : "") + "</li>";
    }).join("");
  }

  // Fills the variables pane with each variable's default, null where it has none, as a template.
  load(query) {
    const variables = {};
    for (const v of query.variables || []) {
      variables[v.name] = typeof v.defaultValue === "string" ? QX.literalToJSON(v.defaultValue) : v.defaultValue === undefined ? null : v.defaultValue;
    }
    this.onLoad(query.document, Object.keys(variables).length ? JSON.stringify(variables, null, 2) : "");
  }
};

// Links stay on this origin whatever the list says: a path is kept, anything else becomes /queries/NAME.
QX.sameOriginPath = (url, name) =>
  typeof url === "string" && url.startsWith("/") && !url.startsWith("//") ? url : "/queries/" + encodeURIComponent(name);

// A default value as the list gives it, GraphQL literal text (`[SHIPPED, DELIVERED]`, `{first: 2}`,
// `"m-1"`), as the JSON value a variables object holds: enum values become strings. Text that is
// not a literal (or uses a variable) gives null.
QX.literalToJSON = function (text) {
  const tokens = QX.tokenize(text).filter((t) => t.kind !== "comment");
  let i = 0;
  const word = () => (i < tokens.length ? text.slice(tokens[i].start, tokens[i].end) : "");
  function value() {
    const t = tokens[i];
    if (!t) throw new Error("end");
    const w = word();
    i++;
    if (t.kind === "int" || t.kind === "float") return Number(w);
    if (t.kind === "string") return w.startsWith('"""') ? w.slice(3, -3) : JSON.parse(w);
    if (t.kind === "name") return w === "true" ? true : w === "false" ? false : w === "null" ? null : w;
    if (w === "[") {
      const list = [];
      while (word() !== "]") list.push(value());
      i++;
      return list;
    }
    if (w === "{") {
      const object = {};
      while (word() !== "}") {
        const key = word();
        i++;
        if (word() !== ":") throw new Error("colon");
        i++;
        object[key] = value();
      }
      i++;
      return object;
    }
    throw new Error("unexpected " + w);
  }
  try {
    const result = value();
    return i === tokens.length ? result : null;
  } catch (e) {
    return null;
  }
};
