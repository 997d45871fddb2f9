-- wrk script: the workload's point lookup (the baseline's Q1: one order with its customer,
-- merchant and items -> product -> supplier) over POST /graphql (Benchmarks/http-bench.sh).
wrk.method = "POST"
wrk.body = "{\"query\": \"query Q1 { order(id: \\\"2025/10/o-000123\\\") { id status placedAt total customer { id name region segment } merchant { id name kind region } items { quantity unitPrice product { id sku name listPrice supplier { id name } } } } }\"}"
wrk.headers["Content-Type"] = "application/json"
