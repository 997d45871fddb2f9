// The schema the editor completes and checks against, read by introspection (spec §4.2) from
// the same origin's endpoint. Kept as the introspection result plus a map of types by name.
QX.introspectionQuery = `query QuarryExplorerIntrospection {
  __schema {
    description
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives {
      name description locations isRepeatable
      args(includeDeprecated: true) { ...InputValue }
    }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL
  fields(includeDeprecated: true) {
    name description isDeprecated deprecationReason
    args(includeDeprecated: true) { ...InputValue }
    type { ...TypeRef }
  }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue {
  name description defaultValue isDeprecated deprecationReason
  type { ...TypeRef }
}
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
}`;

QX.buildSchema = function (introspection) {
  const s = introspection.__schema;
  const types = new Map();
  for (const t of s.types) types.set(t.name, t);
  return {
    description: s.description || null,
    queryType: s.queryType ? s.queryType.name : null,
    mutationType: s.mutationType ? s.mutationType.name : null,
    subscriptionType: s.subscriptionType ? s.subscriptionType.name : null,
    types,
    directives: s.directives || [],
  };
};

QX.graphqlAccept = "application/graphql-response+json, application/json;q=0.9";

// POSTs a GraphQL request to the endpoint; resolves to {status, ms, bytes, body (parsed or null), text}.
QX.post = (payload) => QX.request(QX.endpoint, {
  method: "POST",
  headers: { "Content-Type": "application/json", "Accept": QX.graphqlAccept },
  body: JSON.stringify(payload),
});

// GETs a same-origin URL that answers a GraphQL response (a saved query).
QX.get = (url) => QX.request(url, { headers: { "Accept": QX.graphqlAccept } });

QX.request = async function (url, init) {
  const started = performance.now();
  const response = await fetch(url, init);
  const text = await response.text();
  let body = null;
  try { body = JSON.parse(text); } catch (e) { body = null; }
  return { status: response.status, statusText: response.statusText, ms: performance.now() - started, bytes: text.length, body, text };
};

QX.loadSchema = async function () {
  const answer = await QX.post({ query: QX.introspectionQuery, operationName: "QuarryExplorerIntrospection" });
  if (!answer.body || !answer.body.data || !answer.body.data.__schema) {
    const errors = answer.body && answer.body.errors ? answer.body.errors.map((e) => e.message).join("; ") : "HTTP " + answer.status;
    throw new Error(errors);
  }
  return QX.buildSchema(answer.body.data);
};
