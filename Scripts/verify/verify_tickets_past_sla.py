"""Recomputes schema/queries/tickets-past-sla on the bundled data from the files and compares
it with the golden file.

SEMANTICS §8.6: a ticket met the SLA when the earlier of `steppedInAt` and `resolvedAt` is at
most 24 hours after `openedAt` (exactly 24 h counts); with neither set it did not. Times are
compared as instants, whatever offsets they are written in (a ticket opened at +01:00 and
resolved at +08:00 is measured in real elapsed time).
"""

import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the worktree

from datetime import timedelta

from store import Comparison, collection, golden, instant

FROM, UNTIL = instant("2025-01-01T00:00:00+08:00"), instant("2026-01-01T00:00:00+08:00")
STATUSES = ["OPEN", "STEPPED_IN", "RESOLVED", "CLOSED"]
NULL = (None, "", "null", "~")


def sla_met(ticket):
    reactions = [instant(ticket[k]) for k in ("steppedInAt", "resolvedAt") if ticket.get(k) not in NULL]
    return bool(reactions) and min(reactions) - instant(ticket["openedAt"]) <= timedelta(hours=24)


tickets = collection("tickets")
late = [t for t in tickets.values() if not sla_met(t) and FROM <= instant(t["openedAt"]) < UNTIL]
late.sort(key=lambda t: (instant(t["openedAt"]), t["id"]))

answer = golden("tickets-past-sla")["data"]["tickets"]
check = Comparison("tickets-past-sla")
check.expect("totalCount", len(late), answer["totalCount"])
check.expect("late ticket ids, oldest first", [t["id"] for t in late], [n["id"] for n in answer["nodes"]])
counts = {s: sum(t["status"] == s for t in late) for s in STATUSES}
check.expect("byStatus", [(s, c) for s, c in counts.items() if c],
             [(g["key"]["status"], g["count"]) for g in answer["byStatus"]])
for ticket, node in zip(late, answer["nodes"]):
    check.expect(ticket["id"] + " order", ticket["order"], node["order"]["id"])
    check.expect(ticket["id"] + " status", ticket["status"], node["status"])
for ticket in tickets.values():
    reaction = [ticket.get(k) for k in ("steppedInAt", "resolvedAt") if ticket.get(k) not in NULL]
    print(f"  {ticket['id']} opened {ticket['openedAt']}  first reaction {min(reaction, key=instant) if reaction else '-':<25}"
          f" {'met' if sla_met(ticket) else 'MISSED'}")
check.finish()
