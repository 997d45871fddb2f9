"""Reads the bundled S2B2C documents straight from data/, independently of Quarry, so that the
verify_*.py scripts can recompute a saved query's answer and compare it with its golden file.

Only the storage rules the checks need are implemented (SEMANTICS §1, PRODUCT.md §3):
- a collection is a folder under data/, read recursively in path order; only *.yaml, *.yml
  and *.json files; hidden files and folders are skipped;
- a file holds one document, a list of documents, or (YAML) a stream separated by `---`;
- a lone document without `id` takes the file's path under the collection, without extension;
- the first document with a given id wins;
- YAML is read with PyYAML's BaseLoader, so every scalar stays text (no YAML 1.1 guessing:
  `NO` and `0755` stay strings); JSON numbers are read as Decimal, never as floats.
Values are therefore strings or Decimals; callers convert what they use with `dec()`.
"""

import json
import os
from datetime import datetime
from decimal import Decimal, ROUND_HALF_UP

import yaml

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
CENT = Decimal("0.01")


def _documents_in(path):
    """The documents of one file, as (document, how many documents the file holds)."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if path.endswith(".json"):
        value = json.loads(text, parse_float=Decimal)
        docs = value if isinstance(value, list) else [value]
    else:
        docs = []
        for value in yaml.load_all(text, Loader=yaml.BaseLoader):
            if value is None:
                continue
            docs.extend(value if isinstance(value, list) else [value])
    return [d for d in docs if isinstance(d, dict)]


def _files(folder):
    """Data files under folder in path order, hidden names skipped."""
    found = []
    for current, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and name.endswith((".yaml", ".yml", ".json")):
                found.append(os.path.relpath(os.path.join(current, name), folder))
    return sorted(found, key=lambda p: p.split(os.sep))


def collection(path):
    """Documents of data/<path>/ by id, in id order."""
    folder = os.path.join(ROOT, "data", path)
    by_id = {}
    for relative in _files(folder):
        docs = _documents_in(os.path.join(folder, relative))
        for doc in docs:
            if "id" not in doc:
                if len(docs) != 1:
                    continue  # SEMANTICS §1.7: skipped
                doc = dict(doc, id=os.path.splitext(relative)[0].replace(os.sep, "/"))
            by_id.setdefault(str(doc["id"]), doc)
    return dict(sorted(by_id.items()))


def dec(value):
    """A stored number as an exact Decimal (text from YAML, Decimal or int from JSON)."""
    return value if isinstance(value, Decimal) else Decimal(str(value))


def instant(text):
    """A stored DateTime as an aware datetime (fromisoformat takes `Z` and missing seconds)."""
    return datetime.fromisoformat(text)


def order_total(order):
    """SEMANTICS §8.1: sum of quantity x unitPrice, plus shipping fee, minus discount."""
    lines = sum((dec(i["quantity"]) * dec(i["unitPrice"]) for i in order["items"]), Decimal("0.00"))
    return lines + dec(order["shippingFee"]) - dec(order["discount"])


def commission(order, customers):
    """SEMANTICS §8.2: platform 2 %, referrer 3 % if the customer was referred, merchant 10 %,
    each rounded half-up to the cent; the supplier gets the rest."""
    total = order_total(order)
    part = lambda rate: (total * Decimal(rate)).quantize(CENT, rounding=ROUND_HALF_UP)
    customer = customers.get(order["customer"], {})
    referred = customer.get("referredBy") not in (None, "", "null", "~")
    split = {"merchant": part("0.10"), "referrer": part("0.03") if referred else Decimal("0.00"),
             "platform": part("0.02")}
    split["supplier"] = total - split["merchant"] - split["referrer"] - split["platform"]
    return split


def mean(values):
    """SEMANTICS §15.1: the exact mean rounded half away from zero to the largest input scale."""
    scale = min(v.as_tuple().exponent for v in values)
    return (sum(values) / len(values)).quantize(Decimal(1).scaleb(scale), rounding=ROUND_HALF_UP)


def golden(name):
    """The golden response of a saved query, keys in file order."""
    with open(os.path.join(ROOT, "schema", "queries", name + ".expected.json"), encoding="utf-8") as handle:
        return json.load(handle)


class Comparison:
    """Counts matches and prints every mismatch; `finish()` exits 1 if there was any."""

    def __init__(self, title):
        self.title, self.checked, self.failed = title, 0, 0

    def expect(self, what, computed, answered):
        self.checked += 1
        if computed != answered:
            self.failed += 1
            print(f"MISMATCH {what}: recomputed {computed!r}, golden {answered!r}")

    def finish(self):
        print(f"{self.title}: {self.checked} values compared, {self.failed} mismatches")
        raise SystemExit(1 if self.failed else 0)
