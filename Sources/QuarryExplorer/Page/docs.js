// The schema browser: the root types and every type by kind, one type's fields with their
// arguments, descriptions and deprecations, and a search over type and field names.
QX.Docs = class {
  constructor({ body, crumbs, search }) {
    Object.assign(this, { body, crumbs, search });
    this.schema = null;
    this.path = [];
    body.addEventListener("click", (event) => this.clicked(event));
    crumbs.addEventListener("click", (event) => this.clicked(event));
    search.addEventListener("input", () => this.render());
    this.body.innerHTML = '<p class="muted">The schema appears here once it is loaded.</p>';
  }

  setSchema(schema) { this.schema = schema; this.render(); }

  setFailure(message) {
    this.body.innerHTML = '<p class="error-text">Could not load the schema: ' + QX.escape(message) + "</p>";
  }

  clicked(event) {
    const link = event.target.closest("[data-type]");
    if (link) { this.show(link.dataset.type); return; }
    const crumb = event.target.closest("[data-depth]");
    if (crumb) { this.path = this.path.slice(0, Number(crumb.dataset.depth)); this.search.value = ""; this.render(); }
  }

  show(typeName) {
    if (!this.schema || !this.schema.types.has(typeName)) return;
    if (this.path[this.path.length - 1] !== typeName) this.path.push(typeName);
    this.search.value = "";
    this.render();
    this.body.scrollTop = 0;
  }

  render() {
    if (!this.schema) return;
    const current = this.path[this.path.length - 1];
    this.crumbs.innerHTML = '<button type="button" class="crumb" data-depth="0">Schema</button>' +
      this.path.map((name, i) => ' › <button type="button" class="crumb" data-depth="' + (i + 1) + '">' + QX.escape(name) + "</button>").join("");
    const query = this.search.value.trim().toLowerCase();
    if (query) this.body.innerHTML = this.searchResults(query);
    else if (current) this.body.innerHTML = this.typeView(this.schema.types.get(current));
    else this.body.innerHTML = this.home();
  }

  home() {
    const s = this.schema;
    let html = s.description ? QX.describe(s.description) : "";
    const roots = [["query", s.queryType], ["mutation", s.mutationType], ["subscription", s.subscriptionType]].filter((r) => r[1]);
    html += '<h3>Root types</h3><ul class="plain">' + roots.map(([op, name]) =>
      "<li>" + op + ": " + this.link(name) + "</li>").join("") + "</ul>";
    const groups = [["OBJECT", "Objects"], ["INTERFACE", "Interfaces"], ["UNION", "Unions"], ["ENUM", "Enums"], ["INPUT_OBJECT", "Inputs"], ["SCALAR", "Scalars"]];
    const visible = [...s.types.values()].filter((t) => !t.name.startsWith("__"));
    for (const [kind, title] of groups) {
      const types = visible.filter((t) => t.kind === kind).sort((a, b) => a.name.localeCompare(b.name));
      if (!types.length) continue;
      html += "<details" + (kind === "OBJECT" ? " open" : "") + "><summary>" + title + ' <span class="count">' + types.length + "</span></summary>" +
        '<ul class="plain type-list">' + types.map((t) => "<li>" + this.link(t.name) + "</li>").join("") + "</ul></details>";
    }
    return html;
  }

  typeView(type) {
    let html = '<h2 class="type-name">' + QX.escape(type.name) + ' <span class="kind">' + type.kind.toLowerCase().replace("_", " ") + "</span></h2>";
    html += type.description ? QX.describe(type.description) : '<p class="muted">No description.</p>';
    if (type.interfaces && type.interfaces.length) html += "<p>Implements " + type.interfaces.map((i) => this.link(i.name)).join(", ") + "</p>";
    if (type.possibleTypes && type.possibleTypes.length) {
      html += "<h3>Possible types</h3><p>" + type.possibleTypes.map((i) => this.link(i.name)).join(", ") + "</p>";
    }
    if (type.fields) html += "<h3>Fields</h3>" + this.members(type.fields, true);
    if (type.inputFields) html += "<h3>Input fields</h3>" + this.members(type.inputFields, false);
    if (type.enumValues) {
      html += '<h3>Values</h3><dl class="members">' + type.enumValues.map((v) =>
        '<dt class="' + (v.isDeprecated ? "deprecated" : "") + '"><span class="member">' + QX.escape(v.name) + "</span>" + this.deprecation(v) + "</dt>" +
        "<dd>" + (v.description ? QX.describe(v.description) : "") + this.reason(v) + "</dd>").join("") + "</dl>";
    }
    if (type.specifiedByURL) html += '<p class="muted">Specified by ' + QX.escape(type.specifiedByURL) + "</p>";
    return html;
  }

  members(list, withArgs) {
    return '<dl class="members">' + list.map((f) => {
      const args = withArgs && f.args.length ? "(" + f.args.map((a) => QX.escape(a.name) + ": " + this.typeLinks(a.type)).join(", ") + ")" : "";
      const defaultValue = f.defaultValue != null ? ' = <code>' + QX.escape(f.defaultValue) + "</code>" : "";
      let html = '<dt id="member-' + QX.escape(f.name) + '" class="' + (f.isDeprecated ? "deprecated" : "") + '"><span class="member">' + QX.escape(f.name) + "</span>" +
        args + ": " + this.typeLinks(f.type) + defaultValue + this.deprecation(f) + "</dt><dd>";
      html += f.description ? QX.describe(f.description) : "";
      html += this.reason(f);
      if (withArgs && f.args.some((a) => a.description)) {
        html += '<ul class="args">' + f.args.map((a) => '<li><span class="member">' + QX.escape(a.name) + "</span>" +
          (a.defaultValue != null ? " = <code>" + QX.escape(a.defaultValue) + "</code>" : "") +
          (a.description ? " — " + QX.inline(a.description) : "") + this.deprecation(a) + "</li>").join("") + "</ul>";
      }
      return html + "</dd>";
    }).join("") + "</dl>";
  }

  deprecation(member) { return member.isDeprecated ? ' <span class="badge">deprecated</span>' : ""; }

  reason(member) {
    return member.isDeprecated && member.deprecationReason ? '<p class="reason">Deprecated: ' + QX.inline(member.deprecationReason) + "</p>" : "";
  }

  link(name) {
    return '<button type="button" class="type-link" data-type="' + QX.escape(name) + '">' + QX.escape(name) + "</button>";
  }

  typeLinks(ref) {
    if (ref.kind === "NON_NULL") return this.typeLinks(ref.ofType) + "!";
    if (ref.kind === "LIST") return "[" + this.typeLinks(ref.ofType) + "]";
    return this.link(ref.name);
  }

  searchResults(query) {
    const hits = [];
    for (const type of this.schema.types.values()) {
      if (type.name.startsWith("__")) continue;
      if (type.name.toLowerCase().includes(query)) hits.push("<li>" + this.link(type.name) + ' <span class="kind">' + type.kind.toLowerCase() + "</span></li>");
      for (const f of type.fields || type.inputFields || []) {
        if (f.name.toLowerCase().includes(query)) {
          hits.push("<li>" + this.link(type.name) + '.<span class="member">' + QX.escape(f.name) + "</span>: " + this.typeLinks(f.type) + "</li>");
        }
      }
      if (hits.length > 200) break;
    }
    return hits.length ? '<ul class="plain">' + hits.join("") + "</ul>" : '<p class="muted">Nothing matches.</p>';
  }
};

// Descriptions are Markdown (spec §3.2); the browser shows paragraphs and `code` spans, which is
// all the schemas we serve use, and never interprets any HTML in them.
QX.inline = (text) => QX.escape(text).replace(/`([^`]+)`/g, "<code>$1</code>");
QX.describe = (text) => text.split(/\n\s*\n/).map((p) => '<p class="desc">' + QX.inline(p) + "</p>").join("");
