-- wrk script: a point lookup over POST /graphql (Benchmarks/http-bench.sh).
wrk.method = "POST"
wrk.body = '{"query":"{ merchant(id: \\"m-00001\\") { id name } }"}'
wrk.headers["Content-Type"] = "application/json"
