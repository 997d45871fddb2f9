// The explorer's editor logic (lexer, reader, completion, prettify, saved-query defaults) run under Node, outside any
// browser, against a small schema. Run by PageLogicTests.swift; prints one line per failure and
// "page logic: N passed, N failed", exiting 1 on any failure.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const assert = require("assert");

const page = path.join(__dirname, "..", "..", "..", "Sources", "QuarryExplorer", "Page");
// The scripts run in this realm (so assert compares their arrays as plain arrays), as in the page.
global.QX = {};
for (const file of ["lexer.js", "reader.js", "complete.js", "prettify.js", "schema.js", "saved.js"]) {
  vm.runInThisContext(fs.readFileSync(path.join(page, file), "utf8"), { filename: file });
}
const schema = QX.buildSchema(JSON.parse(fs.readFileSync(path.join(__dirname, "schema.json"), "utf8")));

let passed = 0, failed = 0;
function test(name, body) {
  try { body(); passed++; } catch (error) { failed++; console.log("FAIL " + name + ": " + error.message); }
}

// "|" marks the caret.
function complete(source) {
  const caret = source.indexOf("|");
  const text = source.replace("|", "");
  const found = QX.complete(QX.read(text, schema), caret, schema);
  return found && { kind: found.kind, prefix: found.prefix, from: found.from, to: found.to, labels: found.items.map((i) => i.label) };
}
const labels = (source) => { const found = complete(source); return found ? found.labels : null; };

test("lexer kinds and spans", () => {
  const text = 'query Q($n: Int = -1.5e3) { a: f(s: "x\\"y", b: """b""") @skip # c\n ...F }';
  const tokens = QX.tokenize(text).map((t) => t.kind + ":" + text.slice(t.start, t.end));
  assert.deepStrictEqual(tokens, ["name:query", "name:Q", "punct:(", "punct:$", "name:n", "punct::", "name:Int", "punct:=",
    "float:-1.5e3", "punct:)", "punct:{", "name:a", "punct::", "name:f", "punct:(", "name:s", "punct::", 'string:"x\\"y"',
    "name:b", "punct::", 'string:"""b"""', "punct:)", "punct:@", "name:skip", "comment:# c", "punct:...", "name:F", "punct:}"]);
});

test("lexer survives unfinished text", () => {
  const tokens = QX.tokenize('{ f(s: "open\n  g 12abc ?').map((t) => t.kind);
  assert.deepStrictEqual(tokens, ["punct", "name", "punct", "name", "punct", "string", "name", "invalid", "invalid"]);
});

test("roles for highlighting", () => {
  const text = "query Q($n: Int) { a: orders(first: $n, filter: {status: PAID}) { id } ...F } fragment F on Order { id }";
  const reading = QX.read(text, schema);
  const roles = reading.sig.filter((t) => t.kind === "name").map((t) => text.slice(t.start, t.end) + "=" + t.role);
  assert.deepStrictEqual(roles, ["query=keyword", "Q=definition", "n=variable", "Int=type", "a=alias", "orders=field",
    "first=argument", "n=variable", "filter=argument", "status=argument", "PAID=enum", "id=field", "F=fragment",
    "fragment=keyword", "F=definition", "on=keyword", "Order=type", "id=field"]);
  assert.deepStrictEqual(reading.problems, []);
});

test("fields of the root and of a nested type", () => {
  assert.deepStrictEqual(complete("{ ord|"), { kind: "field", prefix: "ord", from: 2, to: 5, labels: ["order", "orders", "oldOrders"] });
  assert.deepStrictEqual(complete("{ ord|ers }"), { kind: "field", prefix: "ord", from: 2, to: 8, labels: ["order", "orders", "oldOrders"] });
  assert.deepStrictEqual(labels("{ orders { | } }"), ["id", "note", "status", "__typename"]);
  assert.deepStrictEqual(labels("{ order(id: 1) { s| } }"), ["status"]);
  assert.deepStrictEqual(labels("fragment F on Order { n|"), ["note", "__typename"]);
  assert.deepStrictEqual(labels("{ x: o|"), ["order", "orders", "oldOrders"]);
});

test("deprecated fields come last", () => {
  assert.deepStrictEqual(labels("{ |"), ["order", "orders", "oldOrders", "__typename"]);
});

test("arguments, input fields, enum values, variables", () => {
  assert.deepStrictEqual(labels("{ orders(|) }"), ["filter", "first"]);
  assert.deepStrictEqual(labels("{ orders(first: 1, |) }"), ["filter"]);
  assert.deepStrictEqual(labels("{ orders(filter: {|}) }"), ["note", "status"]);
  assert.deepStrictEqual(labels("{ orders(filter: {status: |}) }"), ["PAID", "PENDING", "SHIPPED"]);
  assert.deepStrictEqual(labels("{ orders(filter: {status: S|}) }"), ["SHIPPED"]);
  assert.deepStrictEqual(labels("query($n: Int, $m: Int) { orders(first: $|) }"), ["m", "n"]);
  assert.deepStrictEqual(labels("{ orders @include(|) }"), ["if"]);
  assert.deepStrictEqual(labels("{ orders @|"), ["include"]);
});

test("types by position", () => {
  assert.deepStrictEqual(labels("query($n: |"), ["Boolean", "ID", "Int", "OrderFilter", "OrderStatus", "String"]);
  assert.deepStrictEqual(labels("{ ... on |"), ["Order", "Query"]);
  assert.deepStrictEqual(labels("fragment F on O|"), ["Order"]);
});

test("the start of a document offers the keywords of operations the schema has", () => {
  assert.deepStrictEqual(labels("|"), ["fragment", "query"]);
  assert.deepStrictEqual(labels("{ id } q|"), ["query"]);
  const found = QX.complete(QX.read("", null), 0, null);
  assert.deepStrictEqual(found.items.map((i) => i.label), ["fragment", "mutation", "query", "subscription"]);
});

test("a name typed in full offers nothing more", () => {
  assert.deepStrictEqual(labels("{ orders { status| } }"), []);
});

test("names the schema does not know", () => {
  const text = '{ ordrs orders(bogus: 1, filter: {state: X, status: LOST}) { idd } order(id: "1") @nope { id } }';
  const problems = QX.read(text, schema).problems.map((p) => text.slice(p.start, p.end) + ": " + p.message);
  assert.deepStrictEqual(problems, [
    'ordrs: Cannot query field "ordrs" on type "Query".',
    'bogus: Unknown argument "bogus" on field "Query.orders".',
    'state: Field "state" is not defined by type "OrderFilter".',
    'LOST: Value "LOST" does not exist in "OrderStatus" enum.',
    'idd: Cannot query field "idd" on type "Order".',
    'nope: Unknown directive "@nope".',
  ]);
  assert.deepStrictEqual(QX.read("query($x: Nope) { __typename }", schema).problems.map((p) => p.message), ['Unknown type "Nope".']);
  assert.deepStrictEqual(QX.read("{ a } }", schema).problems.map((p) => p.message), ['Cannot query field "a" on type "Query".', 'Syntax Error: Unexpected "}".']);
});

test("operations and their spans", () => {
  const text = "query A { id }\n\nquery B { id }";
  const ops = QX.read(text, schema).operations.map((o) => [o.name, o.start, o.end]);
  assert.deepStrictEqual(ops, [["A", 0, 14], ["B", 16, 30]]);
});

test("prettify", () => {
  assert.strictEqual(QX.prettify('# top\nquery Q($ids:[ID!]!,$n:Int=3){orders(first:$n filter:{status:PAID}){id ...on Order{note} ...F}}'),
    "# top\nquery Q($ids: [ID!]!, $n: Int = 3) {\n  orders(first: $n, filter: {status: PAID}) {\n    id\n    ... on Order {\n      note\n    }\n    ...F\n  }\n}\n");
  assert.strictEqual(QX.prettify("{a}{b}"), "{\n  a\n}\n\n{\n  b\n}\n");
});

test("type strings", () => {
  const orders = schema.types.get("Query").fields.find((f) => f.name === "orders");
  assert.strictEqual(QX.typeString(orders.type), "[Order!]!");
  assert.strictEqual(QX.namedType(schema, orders.type).name, "Order");
});

test("saved-query defaults as JSON variables", () => {
  assert.deepStrictEqual(QX.literalToJSON("[SHIPPED, DELIVERED]"), ["SHIPPED", "DELIVERED"]);
  assert.deepStrictEqual(QX.literalToJSON('{first: 2, after: "x", ok: true, n: null, f: -1.5, l: []}'),
    { first: 2, after: "x", ok: true, n: null, f: -1.5, l: [] });
  assert.strictEqual(QX.literalToJSON('"m-\\"1"'), 'm-"1');
  assert.strictEqual(QX.literalToJSON('"""two\nlines"""'), "two\nlines");
  for (const broken of ["$x", "[1", "1 2", "{a 1}", ""]) assert.strictEqual(QX.literalToJSON(broken), null, broken);
});

test("saved-query links stay on this origin", () => {
  assert.strictEqual(QX.sameOriginPath("/queries/top", "top"), "/queries/top");
  assert.strictEqual(QX.sameOriginPath("//evil.example/x", "a b"), "/queries/a%20b");
  assert.strictEqual(QX.sameOriginPath("https://evil.example/x", "top"), "/queries/top");
  assert.strictEqual(QX.sameOriginPath(undefined, "top"), "/queries/top");
});

console.log("page logic: " + passed + " passed, " + failed + " failed");
process.exit(failed ? 1 : 0);
