"""Recomputes schema/queries/sales-by-merchant-month on the bundled data, from the files
themselves, and compares it with the golden file, value by value.

The query's defaults: orders placed in [2025-01-01, 2026-01-01) China time (+08:00) whose
status is SHIPPED or DELIVERED, grouped by merchant and by month. A month is the order's own
wall-clock month in the offset it was written with (SEMANTICS §7.3): its key is the first of
that month at midnight, in that offset; groups are ordered by merchant id, then by instant.
"""

import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the worktree

from collections import defaultdict
from datetime import datetime

from store import Comparison, collection, dec, golden, instant, mean, order_total

FROM, UNTIL = instant("2025-01-01T00:00:00+08:00"), instant("2026-01-01T00:00:00+08:00")
SOLD = {"SHIPPED", "DELIVERED"}


def month_key(placed):
    """`2025-11-03T09:00:00-05:00` -> `2025-11-01T00:00:00-05:00` (Z stays Z)."""
    offset = "Z" if placed.endswith("Z") else placed[-6:]
    return f"{placed[:7]}-01T00:00:00{offset}"


merchants = collection("merchants")
orders = [o for o in collection("orders").values()
          if o["status"] in SOLD and FROM <= instant(o["placed_at"]) < UNTIL]

groups = defaultdict(list)
for order in orders:
    groups[(order["merchant"], month_key(order["placed_at"]))].append(order)
ordered = sorted(groups, key=lambda k: (k[0], instant(k[1].replace("Z", "+00:00"))))

answer = golden("sales-by-merchant-month")["data"]["orders"]
check = Comparison("sales-by-merchant-month")
check.expect("totalCount", len(orders), answer["totalCount"])
check.expect("aggregate.sum.total", str(sum(order_total(o) for o in orders)), answer["aggregate"]["sum"]["total"])
check.expect("number of groups", len(ordered), len(answer["groupBy"]))
for (merchant, month), group in zip(ordered, answer["groupBy"]):
    members = groups[(merchant, month)]
    totals = [order_total(o) for o in members]
    label = f"{merchant} {month}"
    check.expect(label + " merchant", (merchant, merchants[merchant]["name"]),
                 (group["key"]["merchant"]["id"], group["key"]["merchant"]["name"]))
    check.expect(label + " month", month, group["key"]["placedAt"])
    check.expect(label + " count", len(members), group["count"])
    check.expect(label + " sum.total", str(sum(totals)), group["sum"]["total"])
    check.expect(label + " sum.discount", str(sum(dec(o["discount"]) for o in members)), group["sum"]["discount"])
    check.expect(label + " avg.total", str(mean(totals)), group["avg"]["total"])
check.finish()
