#!/usr/bin/env python3
# check-examples.py — validates the shipped data files against src/io/FORMAT.md
# and against the plan texts they were transcribed from.  Stdlib only; speaks
# TAP.  Usage: check-examples.py SOURCE_ROOT
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import sys
import unicodedata

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.environ.get(
    "KEHOACH_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))
PLANS = os.path.join(ROOT, "tests", "data", "plans")

# Expected values, counted by hand from the plan texts in tests/data/plans/.
EXPECTED = {
    "ha-tinh-2018": {
        "plan": "ha-tinh-2018.txt",
        "numbering": "decimal",
        # Roman headings I–IV.
        "sections": 4,
        # Numbered headings below a Roman one: I has 1–2 (2); II has 1–6 (6),
        # 1.1–1.3 (3), 3.1–3.2 (2), 4.1–4.2 (2), 5.1–5.6 (6), 5.2.1–5.2.4 (4)
        # = 23; III none; IV has 1–12 (12).  2 + 23 + 12 = 37.
        "items": 37,
        # Items with at least one lead unit: in II every item carrying an
        # "Đơn vị chủ trì" line (1.1, 1.2, 1.3, 2, 3.1, 3.2, 4.1, 4.2, 5.1,
        # 5.2.1–5.2.4, 5.3, 5.4, 5.5, 6 = 17; 5.6 names no unit, only
        # "Theo Kế hoạch của UBND tỉnh…") and the 12 unit items of IV: 29.
        "led": 29,
        # Items with any assignment, note or timeline: the 29 above + 5.6.
        "tasks": 30,
        # Agencies of the province named in the text (central bodies and
        # recipients only named in "Nơi nhận" are not units): 22.
        "units": 22,
        # The DANH MỤC table has rows 1–7.
        "appendix": 7,
        # Named only inside the duty prose of IV (never as lead or helper).
        "unused": ["u-btg", "u-snv"],
        # Fields checked against the text: node id, member path, value.
        "spot": [
            ("n-ii-1-1", "timeline", {"kind": "month", "year": 2018, "month": 2, "text": "Tháng 02/2018"}),
            ("n-ii-2", "timeline.mode", "within"),
            ("n-ii-3-1", "participants", "Cán bộ phụ trách công tác thông tin đối ngoại của các cơ quan, đơn vị, địa phương trong tỉnh"),
            ("n-ii-3-1", "quantity", "70 người/lớp"),
            ("n-ii-3-1", "duration", "02 ngày"),
            ("n-ii-3-1", "timeline", {"kind": "quarter", "year": 2018, "quarter": 2, "text": "Quý II năm 2018"}),
            ("n-ii-4-1", "cooperate_note", ""),
            ("n-ii-4-1", "appendix.timeline.text", "Báo cáo tỉnh phương án thực hiện trước tháng 4/2018"),
            ("n-ii-5-1", "lead", [{"unit": "u-stttt", "scope": "Tổng hợp thông tin trên báo chí trong nước."},
                                  {"unit": "u-sngv", "scope": "Tổng hợp thông tin trên báo chí nước ngoài."}]),
            ("n-ii-5-1", "cooperate_note", "các đơn vị, địa phương"),
            ("n-ii-5-2-3", "cooperate_note", "các địa phương có biên giới, biển, đảo"),
            ("n-ii-5-5", "timeline", {"kind": "event", "text": "Sau khi Kế hoạch xúc tiến đầu tư của tỉnh ban hành"}),
            ("n-ii-5-6", "appendix.lead_note", "Theo KH của UBND tỉnh"),
            ("n-ii-6", "appendix.cooperate", [{"unit": "u-stc"}, {"unit": "u-dpth"}]),
            ("n-iv-12", "lead", [{"unit": "u-sbn", "scope": ""}, {"unit": "u-ubnd-huyen", "scope": ""}]),
        ],
    },
    "thua-thien-hue-2018": {
        "plan": "thua-thien-hue-2018.txt",
        "numbering": "decree30",
        # Roman headings I–IV.
        "sections": 4,
        # I: 1–4 (4).  II: 1–4 (4) with a)–e) 5, a)–e) 5, a)–c) 3, a)–b) 2 → 19.
        # III: 14 unit items with duties 2+10+3+9+2+3+4+4+4+3+0+7+2+2 = 55
        # (item 11, Sở Tài chính, has an unnumbered paragraph) → 69.
        # IV: 1–3 (3).  4 + 19 + 69 + 3 = 95.
        "items": 95,
        # III: 55 duties, of which 3 are "Đề nghị/Phối hợp với các cơ quan
        # liên quan" with no unit to lead (1 a, 1 b, 4 a) = 52, plus item 11
        # (Sở Tài chính leads its paragraph) = 53.  I, II and IV assign no unit.
        "led": 53,
        # 55 duties + item 11 + IV.3 (its deadline "trước ngày 20/11/2018").
        "tasks": 57,
        # Units named in the assignment of work (section III): 25.
        "units": 25,
        "appendix": 0,
        "unused": [],
        "spot": [
            ("n-iii-2-a", "lead", [{"unit": "u-stttt", "scope": ""}]),
            ("n-iii-2-a", "cooperate", [{"unit": "u-sngv"}]),
            ("n-iii-2-a", "cooperate_note", "các cơ quan liên quan"),
            # text f): "Phối hợp với Công an tỉnh, Cục Hải quan, Sở Ngoại vụ, Sở Nội vụ"
            ("n-iii-2-e", "lead", [{"unit": u, "scope": ""} for u in ("u-ca", "u-hq", "u-sngv", "u-snv")]),
            ("n-iii-2-e", "cooperate", [{"unit": "u-stttt"}]),
            ("n-iii-1-a", "lead_note", "các cơ quan liên quan"),
            ("n-iii-7-c", "lead", [{"unit": "u-dpth", "scope": ""}]),
            ("n-iv-3", "timeline", {"kind": "deadline", "year": 2018, "month": 11, "day": 20,
                                    "mode": "before", "text": "trước ngày 20/11/2018"}),
        ],
    },
}

TIMELINE_MEMBERS = {
    "ongoing": ({"text"}, {"year"}),
    "year": ({"year", "text"}, set()),
    "half": ({"half", "year", "text"}, set()),
    "quarter": ({"quarter", "year", "text"}, set()),
    "quarter-range": ({"quarter", "quarter_end", "year", "text"}, {"year_end"}),
    "month": ({"month", "year", "text"}, set()),
    "deadline": ({"mode", "year", "text"}, {"day", "month", "quarter"}),
    "date": ({"day", "month", "year", "text"}, set()),
    "year-range": ({"year", "year_end", "text"}, set()),
    "periodic": ({"text"}, {"every_months"}),
    "event": ({"text"}, set()),
    "text": ({"text"}, set()),
}
NODE_STRINGS = ("title", "body", "lead_note", "cooperate_note", "participants",
                "quantity", "duration", "products", "notes")

n_test = 0
failures = 0


def result(ok, what, problems=()):
    global n_test, failures
    n_test += 1
    print(("ok" if ok else "not ok") + f" {n_test} - {what}")
    for p in list(problems)[:20]:
        print(f"# {p}")
    if not ok:
        failures += 1


def fold(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().split())


def load(path, problems):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        problems.append(f"{path}: {e}")
        return None


def walk(nodes, depth=1):
    for n in nodes:
        yield n, depth
        yield from walk(n.get("children", []), depth + 1)


def check_timeline(t, where, problems):
    if not isinstance(t, dict) or t.get("kind") not in TIMELINE_MEMBERS:
        problems.append(f"{where}: bad timeline {t!r}")
        return
    required, optional = TIMELINE_MEMBERS[t["kind"]]
    keys = set(t) - {"kind"}
    if not required <= keys:
        problems.append(f"{where}: timeline {t['kind']} lacks {sorted(required - keys)}")
    if keys - required - optional:
        problems.append(f"{where}: timeline {t['kind']} has {sorted(keys - required - optional)}")
    if not isinstance(t.get("text"), str):
        problems.append(f"{where}: timeline text is not a string")
    for k in keys - {"text", "mode"}:
        if not isinstance(t[k], int) or isinstance(t[k], bool):
            problems.append(f"{where}: timeline {k} is not an integer")
    ranges = {"half": (1, 2), "quarter": (1, 4), "quarter_end": (1, 4), "month": (1, 12),
              "day": (1, 31), "year": (1900, 2200), "year_end": (1900, 2200)}
    for k, (lo, hi) in ranges.items():
        if isinstance(t.get(k), int) and not lo <= t[k] <= hi:
            problems.append(f"{where}: timeline {k} {t[k]} out of range")
    if t["kind"] == "deadline":
        if t.get("mode") not in ("before", "within"):
            problems.append(f"{where}: deadline mode {t.get('mode')!r}")
        if not ({"month", "quarter"} & keys):
            problems.append(f"{where}: deadline without month or quarter")
        if "day" in keys and "month" not in keys:
            problems.append(f"{where}: deadline day without month")


def check_assignments(obj, where, unit_ids, problems):
    for key, need_scope in (("lead", True), ("cooperate", False)):
        if key not in obj:
            continue
        if not isinstance(obj[key], list):
            problems.append(f"{where}.{key}: not an array")
            continue
        seen = set()
        for i, a in enumerate(obj[key]):
            w = f"{where}.{key}[{i}]"
            if not isinstance(a, dict) or a.get("unit") not in unit_ids:
                problems.append(f"{w}: unknown unit {a!r}")
                continue
            if a["unit"] in seen:
                problems.append(f"{w}: unit {a['unit']} twice")
            seen.add(a["unit"])
            if need_scope and not isinstance(a.get("scope", ""), str):
                problems.append(f"{w}: scope is not a string")


def check_plan_file(name, exp):
    path = os.path.join(ROOT, "data", "examples", name + ".kehoach")
    problems = []
    doc = load(path, problems)
    if doc is None:
        result(False, f"{name}: valid JSON", problems)
        return
    result(True, f"{name}: valid JSON")

    # Document and metadata, FORMAT.md "Members".
    if doc.get("format") != "kehoach" or doc.get("version") != 1:
        problems.append("format/version")
    plan = doc.get("plan", {})
    if not isinstance(plan.get("year"), int) or not 1900 <= plan["year"] <= 2200:
        problems.append("plan.year")
    if plan.get("language") not in ("vi", "en"):
        problems.append("plan.language")
    if plan.get("numbering") != exp["numbering"]:
        problems.append(f"plan.numbering is {plan.get('numbering')!r}")
    for k in ("title", "number", "place", "date", "preamble"):
        if not isinstance(plan.get(k, ""), str):
            problems.append(f"plan.{k} is not a string")
    if plan.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", plan["date"]):
        problems.append("plan.date is not YYYY-MM-DD")
    for obj, keys in (("issuer", ("parent", "name", "short")),
                      ("signature", ("authority", "deputy", "title", "name"))):
        o = plan.get(obj, {})
        if not isinstance(o, dict) or not all(isinstance(o.get(k, ""), str) for k in keys):
            problems.append(f"plan.{obj}")
    if not all(isinstance(r, str) for r in plan.get("recipients", [])):
        problems.append("plan.recipients")
    result(not problems, f"{name}: metadata per FORMAT.md", problems)

    # Units: unique ids and names.
    problems = []
    units = doc.get("units", [])
    unit_ids = set()
    names = set()
    for i, u in enumerate(units):
        if not isinstance(u.get("id"), str) or not isinstance(u.get("name"), str) \
                or not u["id"] or not u["name"].strip():
            problems.append(f"units[{i}]: id and name must be non-empty strings")
            continue
        for k in ("short", "group"):
            if not isinstance(u.get(k, ""), str):
                problems.append(f"units[{i}].{k} is not a string")
        if u["id"] in unit_ids:
            problems.append(f"units[{i}]: duplicate id {u['id']}")
        if fold(u["name"]) in names:
            problems.append(f"units[{i}]: duplicate name {u['name']}")
        unit_ids.add(u["id"])
        names.add(fold(u["name"]))
    if len(units) != exp["units"]:
        problems.append(f"{len(units)} units, expected {exp['units']}")
    result(not problems, f"{name}: {exp['units']} units with unique ids and names", problems)

    # Nodes: ids, kinds, member types, references, timelines.
    problems = []
    node_ids = {}
    all_nodes = list(walk(doc.get("nodes", [])))
    for n, depth in all_nodes:
        where = n.get("id", "?")
        if not isinstance(n.get("id"), str) or n["id"] in node_ids:
            problems.append(f"{where}: missing or duplicate id")
        node_ids[n.get("id")] = n
        if n.get("kind") not in ("section", "item"):
            problems.append(f"{where}: kind {n.get('kind')!r}")
        if (n.get("kind") == "section") != (depth == 1):
            problems.append(f"{where}: sections are exactly the roots in these plans")
        if not isinstance(n.get("title"), str) or not n["title"].strip():
            problems.append(f"{where}: empty title")
        for k in NODE_STRINGS:
            if not isinstance(n.get(k, ""), str):
                problems.append(f"{where}.{k} is not a string")
        b = n.get("budget", {"amount": 0, "source": ""})
        if not isinstance(b.get("amount"), int) or not isinstance(b.get("source", ""), str):
            problems.append(f"{where}.budget")
        if not isinstance(n.get("in_appendix", False), bool):
            problems.append(f"{where}.in_appendix is not a boolean")
        check_assignments(n, where, unit_ids, problems)
        if "timeline" in n:
            check_timeline(n["timeline"], where, problems)
        if "appendix" in n:
            a = n["appendix"]
            extra = set(a) - {"title", "lead", "lead_note", "cooperate", "cooperate_note", "timeline"}
            if extra:
                problems.append(f"{where}.appendix: unknown {sorted(extra)}")
            check_assignments(a, where + ".appendix", unit_ids, problems)
            if "timeline" in a:
                check_timeline(a["timeline"], where + ".appendix", problems)
            if not n.get("in_appendix"):
                problems.append(f"{where}: appendix row but not in_appendix")
        if not isinstance(n.get("children", []), list):
            problems.append(f"{where}.children is not an array")
    result(not problems, f"{name}: nodes valid, every unit reference resolves", problems)

    # Counts.
    items = [n for n, _ in all_nodes if n.get("kind") == "item"]
    counts = {
        "sections": sum(1 for n, _ in all_nodes if n.get("kind") == "section"),
        "items": len(items),
        "led": sum(1 for n in items if n.get("lead")),
        "tasks": sum(1 for n in items if n.get("lead") or n.get("cooperate") or n.get("lead_note")
                     or n.get("cooperate_note") or "timeline" in n),
        "appendix": sum(1 for n, _ in all_nodes if n.get("in_appendix")),
    }
    problems = [f"{k}: {v}, expected {exp[k]}" for k, v in counts.items() if v != exp[k]]
    result(not problems, f"{name}: counts " + ", ".join(f"{k} {exp[k]}" for k in counts), problems)

    # Every unit is used somewhere (lead or cooperating, task or appendix row),
    # except those the text names only in duties written as prose.
    problems = []
    used = set()
    for n, _ in all_nodes:
        for src in (n, n.get("appendix", {})):
            used |= {a["unit"] for a in src.get("lead", []) + src.get("cooperate", [])}
    unused = sorted(unit_ids - used)
    exp_unused = sorted(exp["unused"])
    result(unused == exp_unused, f"{name}: units assigned", [f"unassigned: {unused}"] if unused != exp_unused else [])

    # Spot checks of fields against the text.
    problems = []
    for nid, path, want in exp["spot"]:
        got = node_ids.get(nid)
        for k in path.split("."):
            got = got.get(k) if isinstance(got, dict) else None
        if got != want:
            problems.append(f"{nid}.{path}: {got!r}, expected {want!r}")
    result(not problems, f"{name}: {len(exp['spot'])} fields as the text says", problems)

    # The outline: every numbered heading of the text is a node title, in order.
    text = open(os.path.join(PLANS, exp["plan"]), encoding="utf-8").read().split("\n")
    headings = []
    for line in text:
        s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", re.sub(r"^#+\s*", "", line.strip()).replace("**", ""))
        if s.startswith("Nơi nhận"):
            break
        m = re.match(r"^(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđêf]\))\s+(.*)$", s)
        if m:
            headings.append(m.group(1).strip())
    titles = [n["title"] for n, _ in all_nodes]
    problems = []
    if len(headings) != len(titles):
        problems.append(f"{len(headings)} headings in the text, {len(titles)} nodes")
    for h, t in zip(headings, titles):
        if not t.startswith(h):
            problems.append(f"text {h[:50]!r} / node {t[:50]!r}")
    result(not problems, f"{name}: outline follows the text's headings", problems)

    # Nothing of the text is lost: every line up to the appendix table is in
    # some string of the document, except the lines that became structured
    # fields (checked above) and the fixed words a document prints anyway.
    strings = []

    def collect(v):
        if isinstance(v, str):
            strings.append(v)
        elif isinstance(v, dict):
            for x in v.values():
                collect(x)
        elif isinstance(v, list):
            for x in v:
                collect(x)
    collect(doc)
    everything = "\n".join(strings)
    field = re.compile(r"^- (Đơn vị chủ trì|Đơn vị phối hợp|Thời gian[^:]*|Thành phần mời dự[^:]*"
                       r"|Số lượng dự kiến):")
    problems = []
    for line in text:
        s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", re.sub(r"^#+\s*", "", line.strip()).replace("**", ""))
        if re.match(r"^(STT|\d+)\t", line):
            break
        if not s or s in ("KẾ HOẠCH", "Nơi nhận:") or s.startswith("(Kèm theo") or field.match(s):
            continue
        s = re.sub(r"^(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđêf]\)|[-+])\s+", "", s)
        s = re.sub(r"^[^:]{3,60}: ", "", s) if line.startswith("+ ") else s
        if s.rstrip(".") not in everything:
            problems.append(f"lost: {s[:70]!r}")
    result(not problems, f"{name}: every line of the text is kept", problems)

    # Appendix rows: the order, and each row's title as the table writes it.
    problems = []
    order = plan.get("appendix_order", [])
    for i in order:
        if i not in node_ids or not node_ids[i].get("in_appendix"):
            problems.append(f"appendix_order: {i} is not an appendix node")
    rows = [line.split("\t") for line in text if re.match(r"^\d+\t", line)]
    if len(rows) != exp["appendix"] or len(order) != exp["appendix"]:
        problems.append(f"{len(rows)} table rows, {len(order)} in appendix_order")
    for k, (row, nid) in enumerate(zip(rows, order), 1):
        n = node_ids.get(nid, {})
        row_title = n.get("appendix", {}).get("title", n.get("title"))
        if row[0] != str(k) or row_title != row[1]:
            problems.append(f"row {k}: table {row[1][:40]!r} / {nid} {str(row_title)[:40]!r}")
    result(not problems, f"{name}: {exp['appendix']} appendix rows in the table's order", problems)


def check_units_file(fname, problems):
    doc = load(os.path.join(ROOT, "data", "units", fname), problems)
    if doc is None:
        return []
    if doc.get("format") != "kehoach-units" or doc.get("version") != 1:
        problems.append(f"{fname}: format/version")
    ids, names = set(), set()
    for i, u in enumerate(doc.get("units", [])):
        if not all(isinstance(u.get(k), str) for k in ("id", "name", "short", "group")):
            problems.append(f"{fname}: units[{i}] needs id, name, short, group strings")
            continue
        if u["id"] in ids or fold(u["name"]) in names:
            problems.append(f"{fname}: units[{i}] duplicate id or name")
        ids.add(u["id"])
        names.add(fold(u["name"]))
    return names


def check_units():
    problems = []
    province = check_units_file("province.json", problems)
    commune = check_units_file("commune.json", problems)
    if not 35 <= len(province) <= 45 or not 15 <= len(commune) <= 20:
        problems.append(f"{len(province)} province units, {len(commune)} commune units")
    result(not problems, "units: province.json and commune.json", problems)

    problems = []
    doc = load(os.path.join(ROOT, "data", "units", "reorganisation-2025.json"), problems)
    if doc is not None:
        if doc.get("format") != "kehoach-unit-map" or doc.get("version") != 1:
            problems.append("format/version")
        seen = set()
        for i, r in enumerate(doc.get("replacements", [])):
            w = f"replacements[{i}]"
            if not isinstance(r.get("from"), str) or not isinstance(r.get("note", ""), str):
                problems.append(f"{w}: from/note")
                continue
            for key in ("to", "aliases", "alternatives"):
                v = r.get(key, [] if key != "to" else None)
                if not isinstance(v, list) or not all(isinstance(x, str) for x in v) \
                        or (key == "to" and not v):
                    problems.append(f"{w}.{key}")
            for nm in [r["from"]] + r.get("aliases", []):
                if fold(nm) in seen:
                    problems.append(f"{w}: {nm} listed twice")
                seen.add(fold(nm))
            # A successor must be a unit of the default lists.
            for nm in r.get("to", []) or []:
                if fold(nm) not in province | commune:
                    problems.append(f"{w}: {nm} is in no default unit list")
    result(not problems, "units: reorganisation-2025.json", problems)


for plan_name, expected in EXPECTED.items():
    check_plan_file(plan_name, expected)
check_units()
print(f"1..{n_test}")
sys.exit(1 if failures else 0)
