// Completion: what may be typed at the caret, from the slot the reader recorded there and the
// schema. A suggestion is {label, detail, doc, deprecated}; it replaces the name under the caret.
QX.complete = (function () {
  return function complete(reading, offset, schema) {
    const { text, sig, slots } = reading;
    // The caret inside or just after a name completes that name; elsewhere it starts a new one.
    let index = sig.findIndex((t) => t.end >= offset);
    if (index < 0) index = sig.length;
    let from = offset, to = offset;
    const here = sig[index];
    if (here && here.start < offset && here.kind === "name") { from = here.start; to = here.end; }
    else if (here && here.start < offset) { index += 1; }
    const info = slots[index];
    if (!info) return null;
    const prefix = text.slice(from, offset);
    const items = filter(candidates(info, schema), prefix);
    return { from, to, prefix, kind: info.kind, items };
  };

function candidates(info, schema) {
  const fromArgs = (args, given) =>
    (args || []).filter((a) => !given.includes(a.name)).map((a) => ({
      label: a.name, detail: QX.typeString(a.type), doc: a.description, deprecated: a.isDeprecated,
    }));
  switch (info.kind) {
    case "definition":
      return ["query", "mutation", "subscription", "fragment"]
        .filter((w) => !schema || w === "query" || w === "fragment" || schema[w + "Type"])
        .map((w) => ({ label: w, detail: "keyword" }));
    case "keyword":
      return info.words.map((w) => ({ label: w, detail: "keyword" }));
    case "field": {
      const type = info.type;
      if (!type) return [];
      const fields = (type.fields || []).map((f) => ({
        label: f.name, detail: QX.typeString(f.type), doc: f.description,
        deprecated: f.isDeprecated, reason: f.deprecationReason,
      }));
      fields.push({ label: "__typename", detail: "String!", doc: QX.typenameField.description });
      return fields;
    }
    case "argument":
      return fromArgs(info.args, info.given);
    case "objectField": {
      const type = info.type;
      return type && type.inputFields ? fromArgs(type.inputFields, info.given) : [];
    }
    case "type":
      return schema ? [...schema.types.values()].filter((t) => typeFits(t, info.filter)).map((t) => ({
        label: t.name, detail: t.kind.toLowerCase().replace("_", " "), doc: t.description,
      })) : [];
    case "directive":
      return schema ? schema.directives.filter((d) => !info.location || d.locations.includes(info.location)).map((d) => ({
        label: d.name, detail: "directive", doc: d.description, insertPrefix: "",
      })) : [];
    case "variable":
      return info.variables.map((v) => ({ label: v, detail: "variable" }));
    case "value": {
      const items = info.variables.map((v) => ({ label: "$" + v, detail: "variable" }));
      const type = QX.namedType(schema, info.type);
      if (type && type.kind === "ENUM") {
        for (const e of type.enumValues) items.push({ label: e.name, detail: type.name, doc: e.description, deprecated: e.isDeprecated });
      }
      if (type && type.name === "Boolean") items.push({ label: "true", detail: "Boolean" }, { label: "false", detail: "Boolean" });
      return items;
    }
    default:
      return [];
  }
}

function typeFits(type, filter) {
  if (type.name.startsWith("__")) return false;
  const composite = type.kind === "OBJECT" || type.kind === "INTERFACE" || type.kind === "UNION";
  if (filter === "composite") return composite;
  if (filter === "input") return !composite;
  return true;
}

// Names starting with the prefix come first, then names merely containing it; case is ignored,
// deprecated and __ names sink to the end, and a name already typed in full offers nothing more.
function filter(items, prefix) {
  const p = prefix.toLowerCase();
  const rank = (item) => {
    const label = item.label.toLowerCase().replace(/^\$/, "");
    if (label.startsWith(p)) return 0;
    return label.includes(p) ? 1 : -1;
  };
  const kept = items.map((item) => ({ item, rank: rank(item) })).filter((x) => x.rank >= 0);
  const late = (item) => (item.deprecated ? 1 : 0) + (item.label.startsWith("__") ? 2 : 0);
  kept.sort((a, b) => a.rank - b.rank || late(a.item) - late(b.item) || a.item.label.localeCompare(b.item.label));
  const result = kept.map((x) => x.item);
  if (result.length === 1 && result[0].label === prefix) return [];
  return result;
}
})();
