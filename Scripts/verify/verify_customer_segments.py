"""Recomputes three customer queries on the bundled data from the files and compares them with
their golden files: customer-segments (segments per merchant with lifetime value),
repeat-purchase-rate (buyers and repeat buyers, platform-wide and per merchant) and
lifetime-value-ranking (the top 15 customers by lifetime value).

SEMANTICS §8.3: a customer's segment counts their orders (with any merchant) whose status is
SHIPPED or DELIVERED: 1 NEW, 2-4 RETURNING, 5+ LOYAL, none: no segment; lifetime value is the
sum of those orders' totals. A customer belongs to the merchant named in `Customer.merchant`.
"""

import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the worktree

from collections import defaultdict
from decimal import Decimal

from store import Comparison, collection, golden, mean, order_total

SEGMENTS = ["NEW", "RETURNING", "LOYAL"]


def segment(count):
    return None if count == 0 else "NEW" if count == 1 else "RETURNING" if count < 5 else "LOYAL"


merchants, customers = collection("merchants"), collection("customers")
received = defaultdict(list)  # customer id -> totals of their shipped or delivered orders
for order in collection("orders").values():
    if order["status"] in ("SHIPPED", "DELIVERED"):
        received[order["customer"]].append(order_total(order))
value = {c: sum(received[c], Decimal("0.00")) for c in customers}
seg = {c: segment(len(received[c])) for c in customers}
check = Comparison("customer-segments, repeat-purchase-rate, lifetime-value-ranking")

# customer-segments: one group per (merchant, segment), merchant id then segment order.
groups = defaultdict(list)
for customer_id, customer in customers.items():
    if seg[customer_id]:
        groups[(customer["merchant"], seg[customer_id])].append(customer_id)
keys = sorted(groups, key=lambda k: (k[0], SEGMENTS.index(k[1])))
answer = golden("customer-segments")["data"]["customers"]
check.expect("segments totalCount", sum(len(g) for g in groups.values()), answer["totalCount"])
check.expect("segment groups", [list(k) for k in keys],
             [[g["key"]["merchant"]["id"], g["key"]["segment"]] for g in answer["groupBy"]])
for key, group in zip(keys, answer["groupBy"]):
    values = [value[c] for c in groups[key]]
    check.expect(f"{key} count", len(values), group["count"])
    check.expect(f"{key} sum", str(sum(values)), group["sum"]["lifetimeValue"])
    check.expect(f"{key} avg", str(mean(values)), group["avg"]["lifetimeValue"])

# repeat-purchase-rate: buyers have a segment, repeat buyers are RETURNING or LOYAL.
answer = golden("repeat-purchase-rate")["data"]
buyers = defaultdict(int)
repeaters = defaultdict(int)
for customer_id, customer in customers.items():
    if seg[customer_id]:
        buyers[customer["merchant"]] += 1
        repeaters[customer["merchant"]] += seg[customer_id] != "NEW"
check.expect("buyers", sum(buyers.values()), answer["buyers"]["totalCount"])
check.expect("repeat buyers", sum(repeaters.values()), answer["repeatBuyers"]["totalCount"])
check.expect("merchants with buyers", sorted(buyers), [n["id"] for n in answer["byMerchant"]["nodes"]])
print(f"repeat-purchase rate: {sum(repeaters.values())}/{sum(buyers.values())} = "
      f"{sum(repeaters.values()) / sum(buyers.values()):.1%} of buyers bought again")
for node in answer["byMerchant"]["nodes"]:
    check.expect(node["id"] + " buyers", buyers[node["id"]], node["buyers"]["totalCount"])
    check.expect(node["id"] + " repeat buyers", repeaters[node["id"]], node["repeatBuyers"]["totalCount"])
    check.expect(node["id"] + " name", merchants[node["id"]]["name"], node["name"])

# lifetime-value-ranking: highest value first, ties by id, the first 15.
answer = golden("lifetime-value-ranking")["data"]["customers"]
ranking = sorted(customers, key=lambda c: (-value[c], c))[:15]
check.expect("customers", len(customers), answer["totalCount"])
check.expect("sum of lifetime values", str(sum(value.values())), answer["aggregate"]["sum"]["lifetimeValue"])
check.expect("mean lifetime value", str(mean(list(value.values()))), answer["aggregate"]["avg"]["lifetimeValue"])
check.expect("ranking", ranking, [n["id"] for n in answer["nodes"]])
for node in answer["nodes"]:
    check.expect(node["id"] + " value", str(value[node["id"]]), node["lifetimeValue"])
    check.expect(node["id"] + " segment", seg[node["id"]], node["segment"])
    check.expect(node["id"] + " orders", len(received[node["id"]]), node["ordersConnection"]["totalCount"])
check.finish()
