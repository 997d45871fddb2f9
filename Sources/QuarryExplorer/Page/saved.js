// The saved queries of the server (`GET /queries`, SEMANTICS §12.2). One that comes with its
// document loads into the editor; otherwise it is a link to its URL, which runs it. A server
// without the endpoint simply has none to show.
QX.Saved = class {
  constructor({ list }) {
    this.list = list;
    this.queries = [];
    this.onLoad = () => {};
    list.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-index]");
      if (button) this.load(this.queries[Number(button.dataset.index)]);
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
        : '<a class="saved-name" href="' + QX.escape(QX.sameOriginPath(q.url, q.name)) + '">' + QX.escape(q.name) + "</a>";
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
      let value = null;
      if (v.defaultValue != null) {
        try { value = typeof v.defaultValue === "string" ? JSON.parse(v.defaultValue) : v.defaultValue; } catch (e) { value = v.defaultValue; }
      }
      variables[v.name] = value;
    }
    this.onLoad(query.document, Object.keys(variables).length ? JSON.stringify(variables, null, 2) : "");
  }
};

// Links stay on this origin whatever the list says: a path is kept, anything else becomes /queries/NAME.
QX.sameOriginPath = (url, name) =>
  typeof url === "string" && url.startsWith("/") && !url.startsWith("//") ? url : "/queries/" + encodeURIComponent(name);
