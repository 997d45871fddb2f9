// A forgiving recursive-descent reading of the query being typed (spec §2, executable documents
// only). It never stops at a mistake: it gives every token a role for highlighting, records at each
// token what the grammar expected there (a "slot", which completion turns into suggestions), notes
// names the schema does not know (the same words as the server's validation), and the operations
// with their spans so Run can send the one under the caret.
QX.namedType = function (schema, ref) {
  while (ref && ref.ofType) ref = ref.ofType;
  return ref && schema ? schema.types.get(ref.name) || null : null;
};

QX.typeString = function (ref) {
  if (!ref) return "";
  if (ref.kind === "NON_NULL") return QX.typeString(ref.ofType) + "!";
  if (ref.kind === "LIST") return "[" + QX.typeString(ref.ofType) + "]";
  return ref.name;
};

QX.read = function (text, schema) {
  const tokens = QX.tokenize(text);
  const sig = tokens.filter((t) => t.kind !== "comment");
  const slots = new Array(sig.length + 1);
  const problems = [];
  const operations = [];
  let p = 0;
  let operation = null;

  const value = (t) => text.slice(t.start, t.end);
  const eof = () => p >= sig.length;
  const isPunct = (ch) => !eof() && sig[p].kind === "punct" && value(sig[p]) === ch;
  const isName = (word) => !eof() && sig[p].kind === "name" && (word === undefined || value(sig[p]) === word);
  // The first expectation recorded at a token is the innermost one: outer loops only add theirs after.
  const slot = (info) => { if (!slots[p]) slots[p] = info; };
  const take = (role) => { const t = sig[p++]; if (t && role) t.role = role; return t; };
  const problem = (t, message) => problems.push({ start: t.start, end: t.end, message });
  const describe = (t) => (t.kind === "name" ? "Name \"" + value(t) + "\"" : "\"" + value(t) + "\"");
  const unexpected = () => { problem(sig[p], "Syntax Error: Unexpected " + describe(sig[p]) + "."); take("invalid"); };
  const fieldOf = (type, name) =>
    type && type.fields ? type.fields.find((f) => f.name === name) ||
      (name === "__typename" ? QX.typenameField : null) : null;

  function rootType(kind) {
    if (!schema) return null;
    const name = kind === "mutation" ? schema.mutationType : kind === "subscription" ? schema.subscriptionType : schema.queryType;
    return name ? schema.types.get(name) || null : null;
  }

  function typeName(filter) {
    slot({ kind: "type", filter });
    if (!isName()) return null;
    const t = take("type");
    const type = schema ? schema.types.get(value(t)) : null;
    if (schema && !type) problem(t, "Unknown type \"" + value(t) + "\".");
    return type || null;
  }

  function typeReference(filter) {
    if (isPunct("[")) {
      take("punct");
      const inner = typeReference(filter);
      if (isPunct("]")) take("punct");
      return wrapNonNull({ kind: "LIST", ofType: inner });
    }
    const type = typeName(filter);
    return wrapNonNull(type ? { kind: type.kind, name: type.name } : null);
  }

  function wrapNonNull(ref) {
    if (!isPunct("!")) return ref;
    take("punct");
    return { kind: "NON_NULL", ofType: ref };
  }

  function document() {
    while (!eof()) {
      slot({ kind: "definition" });
      const before = p;
      definition();
      if (p === before) unexpected();
    }
    slot({ kind: "definition" });
  }

  function definition() {
    if (isPunct("{")) return operationDefinition("query", false);
    if (isName("query") || isName("mutation") || isName("subscription")) return operationDefinition(value(sig[p]), true);
    if (isName("fragment")) return fragmentDefinition();
  }

  function operationDefinition(kind, named) {
    const op = { kind, name: null, start: sig[p].start, end: text.length, variables: [] };
    operation = op;
    if (named) {
      take("keyword");
      if (isName()) op.name = value(take("definition"));
      if (isPunct("(")) variableDefinitions(op);
      directives(kind.toUpperCase());
    }
    if (isPunct("{")) selectionSet(rootType(kind));
    op.end = p > 0 ? sig[p - 1].end : op.start;
    operations.push(op);
  }

  function fragmentDefinition() {
    take("keyword");
    if (isName() && !isName("on")) take("definition");
    slot({ kind: "keyword", words: ["on"] });
    let condition = null;
    if (isName("on")) { take("keyword"); condition = typeName("composite"); }
    directives("FRAGMENT_DEFINITION");
    operation = null;
    if (isPunct("{")) selectionSet(condition);
  }

  function variableDefinitions(op) {
    take("punct");
    while (!eof()) {
      slot({ kind: "none" });
      if (isPunct(")")) { take("punct"); return; }
      if (isPunct("{")) return;
      const before = p;
      if (isPunct("$")) {
        take("variable");
        if (isName()) op.variables.push(value(take("variable")));
      }
      let declared = null;
      if (isPunct(":")) { take("punct"); declared = typeReference("input"); }
      if (isPunct("=")) { take("punct"); valueLiteral(declared); }
      directives("VARIABLE_DEFINITION");
      if (p === before) unexpected();
    }
  }

  function directives(location) {
    while (isPunct("@")) {
      take("directive");
      slot({ kind: "directive", location });
      if (!isName()) continue;
      const t = take("directive");
      const def = schema ? schema.directives.find((d) => d.name === value(t)) : null;
      if (schema && !def) problem(t, "Unknown directive \"@" + value(t) + "\".");
      if (isPunct("(")) argumentList(def ? def.args : null, "directive \"@" + value(t) + "\"");
    }
  }

  function selectionSet(type) {
    take("punct");
    while (true) {
      slot({ kind: "field", type });
      if (eof()) return;
      if (isPunct("}")) { take("punct"); return; }
      const before = p;
      selection(type);
      if (p === before) unexpected();
    }
  }

  function selection(type) {
    if (isPunct("...")) return fragmentSpread(type);
    if (!isName()) return;
    let nameToken = take("field");
    if (isPunct(":")) {
      nameToken.role = "alias";
      take("punct");
      slot({ kind: "field", type });
      if (!isName()) return;
      nameToken = take("field");
    }
    const name = value(nameToken);
    const field = fieldOf(type, name);
    if (type && type.fields && !field) problem(nameToken, "Cannot query field \"" + name + "\" on type \"" + type.name + "\".");
    if (isPunct("(")) argumentList(field ? field.args : null, "field \"" + (type ? type.name + "." : "") + name + "\"");
    directives("FIELD");
    if (isPunct("{")) selectionSet(field ? QX.namedType(schema, field.type) : null);
  }

  function fragmentSpread(type) {
    take("punct");
    slot({ kind: "keyword", words: ["on"] });
    if (isName("on")) {
      take("keyword");
      const condition = typeName("composite");
      directives("INLINE_FRAGMENT");
      if (isPunct("{")) selectionSet(condition);
    } else if (isName()) {
      take("fragment");
      directives("FRAGMENT_SPREAD");
    } else {
      directives("INLINE_FRAGMENT");
      if (isPunct("{")) selectionSet(type);
    }
  }

  function argumentList(defs, owner) {
    take("punct");
    const given = [];
    while (true) {
      slot({ kind: "argument", args: defs, given });
      if (eof() || isPunct("{") || isPunct("}")) return;
      if (isPunct(")")) { take("punct"); return; }
      if (!isName()) { unexpected(); continue; }
      const t = take("argument");
      const name = value(t);
      given.push(name);
      const def = defs ? defs.find((a) => a.name === name) : null;
      if (defs && !def) problem(t, "Unknown argument \"" + name + "\" on " + owner + ".");
      if (isPunct(":")) { take("punct"); valueLiteral(def ? def.type : null); }
    }
  }

  function valueLiteral(ref) {
    slot({ kind: "value", type: ref, variables: operation ? operation.variables : [] });
    if (eof()) return;
    const t = sig[p];
    if (isPunct("$")) {
      take("variable");
      slot({ kind: "variable", variables: operation ? operation.variables : [] });
      if (isName()) take("variable");
    } else if (isPunct("[")) {
      take("punct");
      const item = ref && ref.kind === "NON_NULL" ? ref.ofType : ref;
      listValues(item && item.kind === "LIST" ? item.ofType : null);
    } else if (isPunct("{")) {
      take("punct");
      objectFields(QX.namedType(schema, ref));
    } else if (t.kind === "name") {
      const word = value(t);
      if (word === "true" || word === "false" || word === "null") { take("literal"); return; }
      take("enum");
      const type = QX.namedType(schema, ref);
      if (type && type.kind === "ENUM" && !type.enumValues.some((e) => e.name === word))
        problem(t, "Value \"" + word + "\" does not exist in \"" + type.name + "\" enum.");
    } else if (t.kind === "int" || t.kind === "float" || t.kind === "string") {
      take(t.kind === "string" ? "string" : "number");
    }
  }

  function listValues(itemRef) {
    while (true) {
      slot({ kind: "value", type: itemRef, variables: operation ? operation.variables : [] });
      if (eof() || isPunct(")") || isPunct("}")) return;
      if (isPunct("]")) { take("punct"); return; }
      const before = p;
      valueLiteral(itemRef);
      if (p === before) unexpected();
    }
  }

  function objectFields(type) {
    const given = [];
    while (true) {
      slot({ kind: "objectField", type, given });
      if (eof() || isPunct(")")) return;
      if (isPunct("}")) { take("punct"); return; }
      if (!isName()) { unexpected(); continue; }
      const t = take("argument");
      const name = value(t);
      given.push(name);
      const def = type && type.inputFields ? type.inputFields.find((f) => f.name === name) : null;
      if (type && type.inputFields && !def) problem(t, "Field \"" + name + "\" is not defined by type \"" + type.name + "\".");
      if (isPunct(":")) { take("punct"); valueLiteral(def ? def.type : null); }
    }
  }

  document();
  return { text, tokens, sig, slots, problems, operations };
};

// Every composite type answers __typename (spec §4.4); it is not listed among the type's fields.
QX.typenameField = {
  name: "__typename", args: [], description: "The name of the object type of this value.",
  type: { kind: "NON_NULL", ofType: { kind: "SCALAR", name: "String" } }, isDeprecated: false,
};
