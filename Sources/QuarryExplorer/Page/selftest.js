// Self-test (#selftest in the URL): the page drives its own controls as a user would, then writes
// a JSON verdict into #selftest-verdict (data-status "pass" or "fail") for a headless browser to
// read back (Scripts/explorer-browser-check.sh). It ends on a state worth a screenshot.
QX.selftest = async function () {
  const app = QX.app;
  const checks = [];
  const check = (name, ok, detail) => checks.push({ name, ok: Boolean(ok), detail });
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const violations = [];
  document.addEventListener("securitypolicyviolation", (e) => violations.push(e.blockedURI + " (" + e.violatedDirective + ")"));

  async function until(condition, ms) {
    for (let waited = 0; waited < ms; waited += 50) {
      if (condition()) return true;
      await pause(50);
    }
    return condition();
  }

  function type(text, caret) {
    const ta = app.editor.textarea;
    ta.focus();
    app.editor.value = "";
    app.editor.insert(text, 0, 0);
    const at = caret === undefined ? text.length : caret;
    ta.setSelectionRange(at, at);
  }

  function key(name, options) {
    app.editor.textarea.dispatchEvent(new KeyboardEvent("keydown", Object.assign({ key: name, bubbles: true, cancelable: true }, options)));
  }

  async function runAndRead(query, variables, caret) {
    app.editor.value = query;
    if (caret !== undefined) app.editor.textarea.setSelectionRange(caret, caret);
    app.variables.value = variables || "";
    const before = app.result.textContent;
    document.getElementById("run").click();
    await until(() => app.result.textContent !== before && !app.result.hasAttribute("aria-busy"), 8000);
    try { return JSON.parse(app.result.textContent); } catch (e) { return { unreadable: app.result.textContent }; }
  }

  try {
    check("page", typeof QX.start === "function" && document.getElementById("query"), "scripts ran, editor present");

    const schema = await app.schemaReady;
    const query = schema && schema.types.get(schema.queryType);
    check("schema", query && query.fields.length > 0, schema ? schema.types.size + " types, " + query.fields.length + " query fields" : "introspection failed");

    // Completion: "{ ord" offers the query fields starting with "ord", Enter takes the first.
    type("{ ord");
    app.editor.openCompletion(false);
    const offered = app.editor.completion ? app.editor.completion.items.map((i) => i.label) : [];
    const expected = query ? query.fields.map((f) => f.name).filter((n) => n.startsWith("ord")).sort() : [];
    const popupShown = !document.getElementById("completions-box").hidden;
    check("completion", popupShown && expected.length > 0 && offered.slice(0, expected.length).join() === expected.join() && offered.includes("orders"),
      "offered " + offered.join(", "));
    key("ArrowDown");
    key("Enter");
    check("completion-accept", app.editor.value === "{ " + (offered[1] || "?"), "editor now: " + app.editor.value);

    // Arguments of a field complete too.
    type("{ orders(fi) }", "{ orders(fi".length);
    app.editor.openCompletion(false);
    const args = app.editor.completion ? app.editor.completion.items.map((i) => i.label) : [];
    app.editor.closeCompletion();
    check("completion-arguments", args.includes("first") && args.includes("filter"), "offered " + args.join(", "));

    // Names the schema does not know are marked while typing, before anything runs.
    type("{ orders { nodes { idd } } }");
    app.editor.textarea.blur();
    app.editor.refresh();
    const lint = [...document.querySelectorAll("#problems li.lint")].map((li) => li.textContent);
    check("checking", lint.length === 1 && lint[0] === "1:20 Cannot query field \"idd\" on type \"Order\".", "listed " + JSON.stringify(lint));

    app.editor.value = "query Q($n:Int){orders(first:$n){nodes{id ...F}}} fragment F on Order{status}";
    document.getElementById("prettify").click();
    const pretty = "query Q($n: Int) {\n  orders(first: $n) {\n    nodes {\n      id\n      ...F\n    }\n  }\n}\n\nfragment F on Order {\n  status\n}\n";
    check("prettify", app.editor.value === pretty, JSON.stringify(app.editor.value));

    const ran = await runAndRead("{ orders(first: 2) { nodes { id } } }");
    const nodes = ran && ran.data && ran.data.orders && ran.data.orders.nodes;
    check("run", Array.isArray(nodes) && nodes.length === 2 && nodes.every((n) => typeof n.id === "string") && !ran.errors,
      JSON.stringify(ran).slice(0, 200));

    const withVariables = await runAndRead("query One($n: Int) { orders(first: $n) { nodes { id } } }\nquery Other { __typename }", '{"n": 1}', 0);
    const one = withVariables && withVariables.data && withVariables.data.orders;
    check("variables", one && one.nodes.length === 1, JSON.stringify(withVariables).slice(0, 200));

    const failed = await runAndRead("{\n  ordrs { id }\n}");
    const error = failed && failed.errors && failed.errors[0];
    const marked = [...document.querySelectorAll("#highlight .err")].map((e) => e.textContent);
    // Listed once: the editor's own check finds the same name and must not repeat it.
    const listed = [...document.querySelectorAll("#problems li")].map((li) => li.className + " " + li.textContent);
    check("error", error && /ordrs/.test(error.message) && error.locations[0].line === 2 && error.locations[0].column === 3 &&
      marked.includes("ordrs") && listed.length === 1 && listed[0] === "server 2:3 " + error.message,
      "response " + JSON.stringify(failed).slice(0, 200) + "; marked " + JSON.stringify(marked) + "; listed " + JSON.stringify(listed));

    // The schema browser shows the Query type's fields with their descriptions.
    document.querySelector('#docs-body [data-type="' + schema.queryType + '"]').click();
    const entry = document.getElementById("member-orders");
    const field = query.fields.find((f) => f.name === "orders");
    const shown = entry ? entry.nextElementSibling.textContent : "";
    check("schema-browser", entry && field && (!field.description || shown.includes(field.description.split("`").join(""))), shown.slice(0, 120));

    const saved = await app.savedReady;
    const loadable = saved.find((q) => typeof q.document === "string");
    if (loadable) {
      document.querySelector('#saved-list button[data-index="' + saved.indexOf(loadable) + '"]').click();
      check("saved-queries", app.editor.value === loadable.document, saved.length + " saved; loaded " + loadable.name);
    } else {
      check("saved-queries", document.querySelectorAll("#saved-list li").length === Math.max(saved.length, 1), saved.length + " saved, none with a document");
    }
    const linkOnly = saved.find((q) => typeof q.document !== "string");
    if (linkOnly) {
      const link = document.querySelector('#saved-list a[data-index="' + saved.indexOf(linkOnly) + '"]');
      const status = document.getElementById("result-status");
      link.click();
      const shown = await until(() => status.textContent.startsWith("GET " + link.getAttribute("href") + " · "), 8000);
      check("saved-query-link", shown, status.textContent);
    }

    const foreign = performance.getEntriesByType("resource").map((r) => r.name).filter((u) => new URL(u).origin !== location.origin);
    check("same-origin", foreign.length === 0 && violations.length === 0, "foreign " + JSON.stringify(foreign) + "; blocked " + JSON.stringify(violations));

    // Leave something worth a screenshot: a result, the Order type, and completion open.
    await runAndRead("# Two orders with their customer\nquery TwoOrders($n: Int = 2) {\n  orders(first: $n) {\n    nodes {\n      id\n      status\n      customer { id name }\n    }\n  }\n}\n", '{"n": 2}');
    app.docs.show("Order");
    const text = app.editor.value;
    const caret = text.indexOf("      status") + "      st".length;
    app.editor.textarea.focus();
    app.editor.textarea.setSelectionRange(caret, caret);
    app.editor.openCompletion(true);
  } catch (error) {
    check("no-exception", false, String(error && error.stack || error));
  }

  const verdict = document.getElementById("selftest-verdict");
  const pass = checks.length > 0 && checks.every((c) => c.ok);
  verdict.textContent = JSON.stringify({ status: pass ? "pass" : "fail", checks });
  verdict.dataset.status = pass ? "pass" : "fail";
  document.title = (pass ? "PASS " : "FAIL ") + document.title;
};

if (location.hash.includes("selftest")) QX.selftest();
