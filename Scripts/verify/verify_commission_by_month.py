"""Recomputes schema/queries/commission-by-month on the bundled data from the files and
compares it with the golden file; then prints the commission owed per merchant and per
referrer for the month, summed both from the recomputation and from the golden file's orders.

The query's defaults: orders placed in [2025-11-01, 2025-12-01) China time whose status is
SHIPPED or DELIVERED. Each order's split follows SEMANTICS §8.2 (see store.commission). A
seller is the order's merchant; a referrer is the `referredBy` merchant of the order's
customer, whichever merchant the order was placed with.
"""

import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the worktree

from collections import defaultdict
from decimal import Decimal

from store import Comparison, collection, commission, golden, instant, order_total

FROM, UNTIL = instant("2025-11-01T00:00:00+08:00"), instant("2025-12-01T00:00:00+08:00")
SOLD = {"SHIPPED", "DELIVERED"}
NO_REF = (None, "", "null", "~")

merchants, customers = collection("merchants"), collection("customers")
orders = {i: o for i, o in collection("orders").items()
          if o["status"] in SOLD and FROM <= instant(o["placed_at"]) < UNTIL}

by_seller = defaultdict(list)
by_referrer = defaultdict(lambda: defaultdict(list))
for order_id, order in orders.items():
    by_seller[order["merchant"]].append(order_id)
    referrer = customers[order["customer"]].get("referredBy")
    if referrer not in NO_REF:
        by_referrer[referrer][order["customer"]].append(order_id)

answer = golden("commission-by-month")["data"]
check = Comparison("commission-by-month")
owed = {}  # merchant id -> [merchant commission recomputed, from golden, referrer recomputed, from golden]

sellers = answer["sellers"]
check.expect("sellers.totalCount", len(by_seller), sellers["totalCount"])
check.expect("seller ids", sorted(by_seller), [n["id"] for n in sellers["nodes"]])
for node in sellers["nodes"]:
    mine = by_seller.get(node["id"], [])
    connection = node["ordersConnection"]
    check.expect(node["id"] + " name", merchants[node["id"]]["name"], node["name"])
    check.expect(node["id"] + " order ids", mine, [o["id"] for o in connection["nodes"]])
    check.expect(node["id"] + " sum.total", str(sum(order_total(orders[i]) for i in mine)),
                 connection["aggregate"]["sum"]["total"])
    for answered in connection["nodes"]:
        order = orders.get(answered["id"])
        if order is None:
            continue
        check.expect(answered["id"] + " total", str(order_total(order)), answered["total"])
        split = commission(order, customers)
        for part in ("merchant", "referrer", "platform", "supplier"):
            check.expect(f"{answered['id']} commission.{part}", str(split[part]), answered["commission"][part])
    row = owed.setdefault(node["id"], [Decimal("0.00")] * 4)
    row[0] += sum((commission(orders[i], customers)["merchant"] for i in mine), Decimal("0.00"))
    row[1] += sum((Decimal(o["commission"]["merchant"]) for o in connection["nodes"]), Decimal("0.00"))

referrers = answer["referrers"]
check.expect("referrers.totalCount", len(by_referrer), referrers["totalCount"])
check.expect("referrer ids", sorted(by_referrer), [n["id"] for n in referrers["nodes"]])
for node in referrers["nodes"]:
    theirs = by_referrer.get(node["id"], {})
    check.expect(node["id"] + " referred customers", sorted(theirs), [c["id"] for c in node["referredCustomers"]])
    row = owed.setdefault(node["id"], [Decimal("0.00")] * 4)
    for customer in node["referredCustomers"]:
        mine = theirs.get(customer["id"], [])
        connection = customer["ordersConnection"]
        check.expect(customer["id"] + " order ids", mine, [o["id"] for o in connection["nodes"]])
        for answered in connection["nodes"]:
            order = orders[answered["id"]]
            check.expect(answered["id"] + " seller", order["merchant"], answered["merchant"]["id"])
            check.expect(answered["id"] + " commission.referrer", str(commission(order, customers)["referrer"]),
                         answered["commission"]["referrer"])
            row[3] += Decimal(answered["commission"]["referrer"])
        row[2] += sum((commission(orders[i], customers)["referrer"] for i in mine), Decimal("0.00"))

print("commission owed for 2025-11 (recomputed / from the golden file's orders):")
print(f"  {'merchant':<10}{'as seller':>22}{'as referrer':>22}")
for merchant_id, (seller, seller_golden, referrer, referrer_golden) in sorted(owed.items()):
    check.expect(merchant_id + " owed as seller", seller, seller_golden)
    check.expect(merchant_id + " owed as referrer", referrer, referrer_golden)
    print(f"  {merchant_id:<10}{f'{seller} / {seller_golden}':>22}{f'{referrer} / {referrer_golden}':>22}")
check.finish()
