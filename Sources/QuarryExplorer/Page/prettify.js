// Prettify: reprints the query from its tokens, one selection per line indented by two spaces,
// arguments and variable definitions on one line separated by ", ", comments kept on their own
// lines. It works on tokens, not a tree, so it also tidies a query that is still incomplete.
QX.prettify = function (text) {
  const tokens = QX.tokenize(text);
  const value = (t) => text.slice(t.start, t.end);
  const isValue = (t) => t.kind === "name" || t.kind === "int" || t.kind === "float" || t.kind === "string";
  const endsItem = (t) => isValue(t) || (t.kind === "punct" && "]})!".includes(value(t)));
  const startsItem = (t) => isValue(t) || t.kind === "punct" && ["$", "[", "{", "...", "@"].includes(value(t));
  let out = "", depth = 0, inline = 0, prev = null;
  const pad = () => "  ".repeat(depth);
  const newline = () => { out = out.replace(/[ ]+$/, "") + "\n" + pad(); };

  for (const t of tokens) {
    const v = value(t);
    if (t.kind === "comment") {
      if (prev) newline();
      out += v;
      newline();
      prev = null;
      continue;
    }
    if (inline > 0) {
      // Inside (…) and […] and object values: one line, items separated by commas.
      if (v === "(" || v === "[") inline++;
      if (v === ")" || v === "]") inline--;
      if (prev && endsItem(prev) && startsItem(t) && !(prev.kind === "punct" && value(prev) === "$")) out += ", ";
      else if (prev && (value(prev) === ":" || value(prev) === "=" || v === "=" || (v === "{" && value(prev) !== "(" && value(prev) !== "["))) out += " ";
      out += v;
    } else if (v === "{") {
      out += out.endsWith("}\n") ? "\n{" : (prev ? " " : "") + "{";
      depth++;
      newline();
    } else if (v === "}") {
      depth = Math.max(0, depth - 1);
      newline();
      out += "}";
      if (depth === 0) out += "\n";
    } else if (v === "(") {
      out += "(";
      inline = 1;
    } else {
      const startsSelection = depth > 0 && prev && endsItem(prev) && (t.kind === "name" || v === "...") &&
        !(prev.kind === "name" && ["on", "..."].includes(value(prev))) && !(t.kind === "name" && value(prev) === "@");
      if (depth === 0 && prev && value(prev) === "}" && out.endsWith("}\n")) out += "\n";
      else if (startsSelection) newline();
      else if (prev && !(prev.kind === "punct" && ["$", "@", "..."].includes(value(prev)) && v !== "on") && v !== ":" && v !== "!" && !(v === "]" || value(prev) === "[") && !out.endsWith(" ") && !out.endsWith("\n") && !(out.length === 0)) out += " ";
      out += v;
    }
    prev = t;
  }
  return out.replace(/[ ]+$/gm, "").replace(/\n{3,}/g, "\n\n").trim() + "\n";
};
