/// The page `GET /` and a browser's `GET /graphql` serve (SEMANTICS.md §11.6). Until the
/// explorer (QuarryExplorer) lands, a minimal self-contained page: a query box posting to
/// /graphql with `fetch`, nothing loaded from another origin. Swapping it is this one function.
func explorerPage() -> [UInt8] {
    Array(placeholderExplorer.utf8)
}

private let placeholderExplorer = """
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Quarry</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}textarea{width:100%;height:12em;font:13px monospace}
pre{background:#f4f4f4;padding:1em;overflow:auto}</style></head>
<body>
<h1>Quarry</h1>
<p>POST GraphQL queries to <code>/graphql</code>; saved queries are listed at <a href="/queries">/queries</a>.</p>
<textarea id="query">{ __schema { queryType { name } } }</textarea>
<p><button id="run">Run</button></p>
<pre id="result"></pre>
<script>
document.getElementById('run').onclick = async () => {
  const response = await fetch('/graphql', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({query: document.getElementById('query').value})});
  document.getElementById('result').textContent = JSON.stringify(await response.json(), null, 2);
};
</script>
</body>
</html>
"""
