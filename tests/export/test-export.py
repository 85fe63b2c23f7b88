#!/usr/bin/python3
# test-export.py — `kehoach-cli export` read back by independent readers:
# openpyxl for the workbook, LibreOffice + poppler for the printed page.
#
# Usage: test-export.py KEHOACH-CLI SOURCE-ROOT   (speaks TAP)
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
import unicodedata

try:
    import openpyxl
except ImportError:
    print("1..0 # SKIP python3-openpyxl is not installed")
    sys.exit(0)

CLI = sys.argv[1]
ROOT = sys.argv[2]
EXAMPLE = os.path.join(ROOT, "data", "examples", "ha-tinh-2018.kehoach")
PLAN_TEXT = os.path.join(ROOT, "tests", "data", "plans", "ha-tinh-2018.txt")
WORK = tempfile.mkdtemp(prefix="kh-export-test-")

TESTS = []


def test(name):
    def register(function):
        TESTS.append((name, function))
        return function
    return register


class Skip(Exception):
    pass


def export(plan, out, *options, check=True):
    result = subprocess.run([CLI, "export", plan, "-o", out, *options],
                            capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError("export failed (%d): %s" % (result.returncode, result.stderr))
    return result


def export_example(name, *options):
    out = os.path.join(WORK, name)
    export(EXAMPLE, out, *options)
    return openpyxl.load_workbook(out)


def fold(text):
    """Lower case, no diacritics, white space squeezed: for unit names
    that the text writes with other capitals ("biên phòng")."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return " ".join(text.lower().split())


def eq(actual, expected, what=""):
    if actual != expected:
        raise AssertionError("%s: expected %r, got %r" % (what, expected, actual))


def ok(condition, what):
    if not condition:
        raise AssertionError(what)


# --- the DANH MỤC table at the end of the plan's text ---------------------

ABBREVIATIONS = {"văn hóa - tt&dl": "văn hóa, thể thao và du lịch"}


def split_units(cell):
    """Unit names of a cell of the plan's table, written out in full:
    "Các Sở: Ngoại vụ, Tài chính, UBND các huyện Lộc Hà, Cẩm Xuyên" →
    Sở Ngoại vụ, Sở Tài chính, UBND huyện Lộc Hà, UBND huyện Cẩm Xuyên."""
    cell = cell.strip()
    if not cell:
        return []
    if cell == "UBND các huyện, thành phố, thị xã" or cell.startswith("Theo "):
        return [fold(cell)]
    prefix = ""
    if cell.startswith("Các Sở:"):
        prefix = "Sở "
        cell = cell[len("Các Sở:"):]
    parts = [p.strip() for p in cell.split(",")]
    names = []
    i = 0
    while i < len(parts):
        part = parts[i]
        if part == "UBND các huyện" and parts[i + 1:i + 3] == ["thành phố", "thị xã"]:
            names.append("UBND các huyện, thành phố, thị xã")
            i += 3
            continue
        if part.startswith("UBND các huyện "):
            # "UBND các huyện Lộc Hà, Cẩm Xuyên": every remaining part is a district.
            names.append("UBND huyện " + part[len("UBND các huyện "):])
            names.extend("UBND huyện " + p for p in parts[i + 1:])
            break
        if part.startswith(("UBND", "Đài", "Bộ", "Văn phòng", "Sở ")):
            names.append(part)
            prefix = "" if part.startswith("Sở ") else prefix
        else:
            names.append(prefix + part)
        i += 1
    out = []
    for name in names:
        key = fold(name)
        for short, full in ABBREVIATIONS.items():
            key = key.replace(fold(short), fold(full))
        out.append(key)
    return out


def danh_muc_rows():
    with open(PLAN_TEXT, encoding="utf-8") as f:
        lines = f.read().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("STT\t"))
    rows = []
    for line in lines[start + 1:]:
        if not line.strip():
            break
        cells = (line.split("\t") + [""] * 5)[:5]
        rows.append({"no": int(cells[0]), "title": cells[1].strip(),
                     "lead": split_units(cells[2]), "cooperate": split_units(cells[3]),
                     "timeline": cells[4].strip()})
    return rows


def table_rows(ws, header_row):
    """The task rows under the header: (row number, values)."""
    rows = []
    for r in range(header_row + 1, ws.max_row + 1):
        values = [ws.cell(r, c).value for c in range(1, ws.max_column + 1)]
        if all(v is None for v in values):
            continue
        rows.append((r, values))
    return rows


def header_row_of(ws, first="STT"):
    for r in range(1, 10):
        if ws.cell(r, 1).value == first:
            return r
    raise AssertionError("no header row")


def cell_units(value):
    return [fold(u) for u in (value or "").split("; ") if u]


# --- the plan's JSON: what the sheets must agree with ---------------------

def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def walk(nodes):
    for node in nodes:
        yield node
        yield from walk(node.get("children", []))


def appendix_nodes(doc):
    """The appendix rows as the model orders them (kh_plan_get_appendix_nodes)."""
    by_id = {n["id"]: n for n in walk(doc["nodes"])}
    order = [by_id[i] for i in doc["plan"].get("appendix_order", [])
             if i in by_id and by_id[i].get("in_appendix")]
    seen = {n["id"] for n in order}
    return order + [n for n in walk(doc["nodes"]) if n.get("in_appendix") and n["id"] not in seen]


def printed(node, member):
    """What the appendix prints: the appendix row's value, else the task's."""
    return node.get("appendix", {}).get(member, node.get(member, []))


def expected_roles(doc):
    """{(task index, unit id): "lead" | "cooperate"}, lead winning."""
    roles = {}
    for i, node in enumerate(appendix_nodes(doc)):
        for a in printed(node, "cooperate"):
            roles[(i, a["unit"])] = "cooperate"
        for a in printed(node, "lead"):
            roles[(i, a["unit"])] = "lead"
    return roles


# --- tests -----------------------------------------------------------------

@test("/export/appendix/ha-tinh-matches-danh-muc")
def _():
    wb = export_example("ha-tinh.xlsx")
    ws = wb["Phụ lục"]
    header = header_row_of(ws)
    rows = table_rows(ws, header)
    expected = danh_muc_rows()
    eq(len(rows), 7, "task rows")
    eq(len(expected), 7, "rows of the text's table")
    for (r, values), want in zip(rows, expected):
        no, title, lead, cooperate, timeline = values[:5]
        eq(no, want["no"], "STT of row %d" % r)
        eq(title, want["title"], "title of row %d" % r)
        eq(cell_units(lead), want["lead"], "lead of row %d" % r)
        eq(sorted(cell_units(cooperate)), sorted(want["cooperate"]), "cooperating of row %d" % r)
        eq(timeline or "", want["timeline"], "timeline of row %d" % r)


@test("/export/appendix/title-lines")
def _():
    ws = export_example("titles.xlsx")["Phụ lục"]
    eq(ws["A1"].value, "PHỤ LỤC I", "A1")
    eq(ws["A2"].value, "DANH MỤC CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH CÔNG TÁC THÔNG TIN "
       "ĐỐI NGOẠI TỈNH HÀ TĨNH NĂM 2018", "A2")
    eq(ws["A3"].value, "(Kèm theo Kế hoạch số 44/KH-UBND ngày 07/02/2018 của UBND tỉnh)", "A3")
    merged = {str(m) for m in ws.merged_cells.ranges}
    for r in (1, 2, 3):
        ok("A%d:E%d" % (r, r) in merged, "title row %d merged across the table: %s" % (r, merged))
    for ref in ("A1", "A2"):
        ok(ws[ref].font.b and not ws[ref].font.i, ref + " bold")
        eq(ws[ref].alignment.horizontal, "center", ref + " centred")
    ok(ws["A3"].font.i and not ws["A3"].font.b, "A3 italic")
    eq(ws["A1"].font.sz, 13, "heading size")
    eq([ws.cell(5, c).value for c in range(1, 6)],
       ["STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
       "header row")
    for c in range(1, 6):
        ok(ws.cell(5, c).font.b, "header bold")


@test("/export/appendix/fonts-borders-alignment")
def _():
    ws = export_example("look.xlsx")["Phụ lục"]
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
        for cell in row:
            if cell.value is None:
                continue
            eq(cell.font.name, "Times New Roman", "font of " + cell.coordinate)
    for row in ws.iter_rows(min_row=5, max_row=12, max_col=5):
        for cell in row:
            b = cell.border
            for side in (b.left, b.right, b.top, b.bottom):
                eq(side.style, "thin", "border of " + cell.coordinate)
            ok(cell.alignment.wrap_text, "wrapped " + cell.coordinate)
            if cell.row > 5:
                eq(cell.alignment.vertical, "top", "top-aligned " + cell.coordinate)
                eq(cell.font.sz, 12, "table size " + cell.coordinate)
    widths = [ws.column_dimensions[c].width for c in "ABCDE"]
    ok(widths[1] > widths[2] > widths[0] and widths[0] < 10, "column widths %r" % widths)
    for r in range(6, 13):
        ok((ws.row_dimensions[r].height or 0) >= 15, "row %d has a height" % r)


@test("/export/appendix/page-setup")
def _():
    wb = export_example("page.xlsx")
    for ws in wb:
        eq(int(ws.page_setup.paperSize), 9, ws.title + " paper")
        eq(ws.page_setup.orientation, "landscape", ws.title + " orientation")
        ok(abs(ws.page_margins.left - 30 / 25.4) < 0.01, "left margin 30 mm")
        ok(abs(ws.page_margins.right - 15 / 25.4) < 0.01, "right margin 15 mm")
        ok(abs(ws.page_margins.top - 20 / 25.4) < 0.01, "top margin 20 mm")
        ok(abs(ws.page_margins.bottom - 20 / 25.4) < 0.01, "bottom margin 20 mm")
        ok("&P" in (ws.oddFooter.center.text or ""), ws.title + " page number in the footer")
    ws = wb["Phụ lục"]
    eq(ws.print_title_rows.replace("$", ""), "5:5", "repeated header row")
    eq(ws.freeze_panes, "A6", "frozen header")
    ok(ws.sheet_properties.pageSetUpPr.fitToPage, "fit to page")
    ok(ws.page_setup.fitToWidth in (None, 1), "one page wide (1 is the default)")
    eq(ws.page_setup.fitToHeight, 0, "as many pages long as needed")


@test("/export/appendix/section-rows-and-numbering")
def _():
    ws = export_example("sections.xlsx", "--all-tasks", "--sheets", "appendix")["Phụ lục"]
    header = header_row_of(ws)
    merged = {str(m) for m in ws.merged_cells.ranges}
    sections = [(r, v) for r, v in table_rows(ws, header) if isinstance(v[0], str)]
    eq([v[0] for r, v in sections], ["II", "IV"], "section labels")
    eq(sections[0][1][1], "NỘI DUNG", "section title")
    for r, v in sections:
        ok("B%d:E%d" % (r, r) in merged, "section row %d merged" % r)
        ok(ws.cell(r, 1).font.b and ws.cell(r, 2).font.b, "section row %d bold" % r)
        eq(ws.cell(r + 1, 1).value, 1, "numbers restart after section row %d" % r)

    ws = export_example("continuous.xlsx", "--all-tasks", "--continuous",
                        "--sheets", "appendix")["Phụ lục"]
    numbers = [v[0] for r, v in table_rows(ws, header_row_of(ws)) if not isinstance(v[0], str)]
    eq(numbers, list(range(1, len(numbers) + 1)), "continuous numbers")

    ws = export_example("never.xlsx", "--all-tasks", "--section-rows", "never",
                        "--sheets", "appendix")["Phụ lục"]
    ok(all(not isinstance(v[0], str) for r, v in table_rows(ws, header_row_of(ws))),
       "no section rows with --section-rows never")


def small_plan(titles, number="12/KH-UBND", date="2027-03-05"):
    """A plan made here, for what the examples do not hold."""
    units = [{"id": "u-a", "name": "Sở Ngoại vụ", "short": "Sở NgV", "group": "Sở, ban, ngành"},
             {"id": "u-b", "name": "Công an tỉnh", "short": "CA tỉnh", "group": "Lực lượng vũ trang"},
             {"id": "u-c", "name": "Báo Hà Tĩnh", "short": "", "group": ""}]
    items = []
    for i, title in enumerate(titles):
        items.append({"id": "n-%d" % (i + 2), "kind": "item", "title": title,
                      "lead": [{"unit": "u-a", "scope": "=SUM(A1)" if i == 0 else ""}],
                      "cooperate": [{"unit": "u-b"}, {"unit": "u-c"}],
                      "cooperate_note": "-các đơn vị" if i == 1 else "",
                      "timeline": {"kind": "quarter", "quarter": 3, "year": 2027,
                                   "text": "Quý III/2027"},
                      "products": "=HYPERLINK(\"x\")", "notes": "@note",
                      "budget": {"amount": 1500000000 if i == 0 else 0, "source": "+nguồn"},
                      "in_appendix": True})
    return {"format": "kehoach", "version": 1,
            "plan": {"title": "=Kế hoạch", "year": 2027, "language": "vi",
                     "issuer": {"parent": "", "name": "ỦY BAN NHÂN DÂN TỈNH", "short": "UBND tỉnh"},
                     "number": number, "date": date},
            "units": units,
            "nodes": [{"id": "n-1", "kind": "section", "title": "NỘI DUNG", "children": items}]}


def write_plan(doc, name):
    path = os.path.join(WORK, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    return path


@test("/export/formula-injection")
def _():
    titles = ["=1+1", "+x", "-y", "@z"]
    plan = write_plan(small_plan(titles), "inject.kehoach")
    out = os.path.join(WORK, "inject.xlsx")
    export(plan, out, "--columns", "products,budget,notes")
    wb = openpyxl.load_workbook(out)
    cells = 0
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                ok(cell.data_type != "f", "%s!%s is a formula: %r" % (ws.title, cell.coordinate, cell.value))
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    eq(cell.data_type, "s", "%s!%s" % (ws.title, cell.coordinate))
                    cells += 1
    ws = wb["Phụ lục"]
    header = header_row_of(ws)
    eq([v[1] for r, v in table_rows(ws, header)], titles, "titles kept as written")
    eq(ws.cell(header + 1, 3).value, "Sở Ngoại vụ: =SUM(A1)", "lead with a scope")
    ok(cells >= 4 * 3 + 4, "every dangerous string was written (%d)" % cells)
    # Budget: a number with thousands, the source beside it.
    heads = [ws.cell(header, c).value for c in range(1, ws.max_column + 1)]
    eq(heads[5:], ["Sản phẩm", "Kinh phí (đồng)", "Nguồn kinh phí", "Ghi chú"], "optional columns")
    budget = ws.cell(header + 1, 7)
    eq(budget.value, 1500000000, "budget amount")
    eq(budget.number_format, "#,##0", "budget format")


@test("/export/appendix/attached-line-without-number-or-date")
def _():
    cases = [("12/KH-UBND", "", "(Kèm theo Kế hoạch số 12/KH-UBND của UBND tỉnh)"),
             ("", "2027-03-05", "(Kèm theo Kế hoạch ngày 05/3/2027 của UBND tỉnh)"),
             ("", "", None)]
    for number, date, line in cases:
        plan = write_plan(small_plan(["Một"], number, date), "draft.kehoach")
        out = os.path.join(WORK, "draft.xlsx")
        export(plan, out, "--sheets", "appendix")
        ws = openpyxl.load_workbook(out)["Phụ lục"]
        eq(ws["A2"].value, "DANH MỤC CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH =KẾ HOẠCH", "title")
        if line is None:
            eq(header_row_of(ws), 4, "no attached line: the header moves up")
            ok(all(ws.cell(r, 1).value is None or not str(ws.cell(r, 1).value).startswith("(")
                   for r in range(1, 4)), "no empty (Kèm theo) line")
        else:
            eq(ws["A3"].value, line, "attached line")


@test("/export/matrix/agrees-with-model")
def _():
    doc = load_json(EXAMPLE)
    ws = export_example("matrix.xlsx")["Ma trận phân công"]
    units = {u["id"]: u for u in doc["units"]}
    names_row = header_row_of(ws)
    groups_row = names_row - 1
    columns = {}
    for c in range(3, ws.max_column + 1):
        name = ws.cell(names_row, c).value
        unit = next(u for u in doc["units"] if (u["short"] or u["name"]) == name)
        columns[c] = unit["id"]
        eq(ws.cell(names_row, c).alignment.textRotation, 90, "rotated unit name")
    eq(sorted(columns.values()), sorted(units), "every unit has a column")
    # Groups: a header merged over each group's units, in order.
    merged = [m for m in ws.merged_cells.ranges if m.min_row == groups_row]
    for m in merged:
        group = ws.cell(groups_row, m.min_col).value
        eq({units[columns[c]]["group"] for c in range(m.min_col, m.max_col + 1)}, {group},
           "units under " + group)
    roles = expected_roles(doc)
    tasks = appendix_nodes(doc)
    mark = {"lead": "C", "cooperate": "P"}
    for i, node in enumerate(tasks):
        r = names_row + 1 + i
        eq(ws.cell(r, 2).value, " ".join(printed(node, "title").split()), "task title")
        for c, unit in columns.items():
            eq(ws.cell(r, c).value, mark.get(roles.get((i, unit))), "mark %s × %s" % (i, unit))
            eq(ws.cell(r, c).border.left.style, "thin", "bordered empty cell")
    leads_row = names_row + 1 + len(tasks)
    eq(ws.cell(leads_row, 1).value, "Số nhiệm vụ chủ trì", "totals row")
    for c, unit in columns.items():
        eq(ws.cell(leads_row, c).value,
           sum(1 for (i, u), role in roles.items() if u == unit and role == "lead"), "leads of " + unit)
        eq(ws.cell(leads_row + 1, c).value,
           sum(1 for (i, u), role in roles.items() if u == unit and role == "cooperate"),
           "cooperations of " + unit)
    eq(ws.freeze_panes, "C%d" % (names_row + 1), "frozen headers")


@test("/export/units/agrees-with-model")
def _():
    doc = load_json(EXAMPLE)
    ws = export_example("units.xlsx")["Theo đơn vị"]
    roles = expected_roles(doc)
    tasks = appendix_nodes(doc)
    header = header_row_of(ws)
    got = {}
    unit = section = None
    for r in range(header + 1, ws.max_row + 1):
        values = [ws.cell(r, c).value for c in range(1, 5)]
        if values[1:] == [None, None, None] and values[0] in ("Nhiệm vụ chủ trì", "Nhiệm vụ phối hợp"):
            section = "lead" if values[0] == "Nhiệm vụ chủ trì" else "cooperate"
        elif values[1:] == [None, None, None]:
            unit = next(u["id"] for u in doc["units"] if u["name"] == values[0])
            ok(unit not in got, "one heading per unit")
            got[unit] = []
            ok(ws.cell(r, 1).font.b, "unit heading bold")
        else:
            i = int(values[0]) - 1
            eq(values[1], " ".join(printed(tasks[i], "title").split()), "task title")
            got[unit].append((section, i))
    want = {}
    for (i, u), role in sorted(roles.items()):
        want.setdefault(u, []).append((role, i))
    for u in want:
        want[u].sort(key=lambda d: (d[0] != "lead", d[1]))
    eq(got, want, "duties by unit")


@test("/export/english-headings")
def _():
    wb = export_example("en.xlsx", "--lang", "en")
    eq(wb.sheetnames, ["Appendix", "Assignment matrix", "By unit"], "sheet names")
    ws = wb["Appendix"]
    eq(ws["A1"].value, "APPENDIX I", "heading")
    ok(ws["A2"].value.startswith("LIST OF TASKS"), "title")
    eq(ws["A3"].value, "(Attached to Plan No. 44/KH-UBND dated 7 February 2018 of UBND tỉnh)",
       "attached line")
    eq([ws.cell(5, c).value for c in range(1, 6)],
       ["No.", "Task", "Lead agency", "Cooperating agencies", "Timeline"], "header")
    eq(ws.cell(8, 5).value, "Q3 2018", "timeline rendered in English")
    ws = wb["Assignment matrix"]
    marks = {ws.cell(r, c).value for r in range(1, ws.max_row + 1)
             for c in range(3, ws.max_column + 1)
             if isinstance(ws.cell(r, c).value, str) and len(ws.cell(r, c).value) == 1}
    eq(marks, {"L", "C"}, "English marks")


@test("/export/options/sheets-and-new-lines")
def _():
    wb = export_example("one.xlsx", "--sheets", "matrix")
    eq(wb.sheetnames, ["Ma trận phân công"], "only the matrix")
    ws = export_example("lines.xlsx", "--newlines", "--sheets", "appendix")["Phụ lục"]
    eq(ws.cell(6, 4).value.split("\n")[:2], ["Sở Ngoại vụ", "Sở Kế hoạch và Đầu tư"],
       "one unit a line")
    result = export(EXAMPLE, os.path.join(WORK, "bad.xlsx"), "--sheets", "appendix,nope", check=False)
    eq(result.returncode, 2, "unknown sheet refused")
    ok("nope" in result.stderr, "the error names the value")


# --- errors ------------------------------------------------------------------

def listing(folder):
    return sorted(os.listdir(folder))


def expect_failure(out, message, *, run=None):
    folder = os.path.dirname(out)
    before = listing(folder) if os.path.isdir(folder) else None
    result = (run or (lambda: export(EXAMPLE, out, check=False)))()
    ok(result.returncode == 2, "export to %s should fail with 2, got %d" % (out, result.returncode))
    ok(message in result.stderr, "message %r in %r" % (message, result.stderr))
    if before is not None:
        eq(listing(folder), before, "the folder is as it was (no temporary file left)")
    return result


@test("/export/errors/path-is-a-folder")
def _():
    folder = os.path.join(WORK, "folder.xlsx")
    os.makedirs(folder, exist_ok=True)
    expect_failure(folder, "it is a folder")


@test("/export/errors/missing-folder")
def _():
    expect_failure(os.path.join(WORK, "missing", "out.xlsx"), "does not exist")


@test("/export/errors/read-only-folder")
def _():
    folder = os.path.join(WORK, "readonly")
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, "plan.xlsx")
    with open(target, "w") as f:
        f.write("old")
    os.chmod(folder, 0o555)
    os.chmod(WORK, 0o755)
    try:
        run = None
        if os.geteuid() == 0:
            # root writes anywhere: run as nobody, who cannot.
            setpriv = shutil.which("setpriv")
            if setpriv is None:
                raise Skip("running as root without setpriv")
            example = os.path.join(WORK, "example.kehoach")
            shutil.copy(EXAMPLE, example)
            os.chmod(example, 0o644)
            run = lambda: subprocess.run(
                [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups",
                 CLI, "export", example, "-o", target], capture_output=True, text=True)
        expect_failure(target, "the folder is read-only", run=run)
        with open(target) as f:
            eq(f.read(), "old", "the existing file is untouched")
    finally:
        os.chmod(folder, 0o755)


@test("/export/errors/open-elsewhere")
def _():
    folder = os.path.join(WORK, "busy")
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, "plan.xlsx")
    with open(target, "w") as f:
        f.write("old")
    open(os.path.join(folder, ".~lock.plan.xlsx#"), "w").close()
    expect_failure(target, "open in another program")
    with open(target) as f:
        eq(f.read(), "old", "the existing file is untouched")


@test("/export/errors/disk-full-keeps-target")
def _():
    if os.geteuid() != 0 or shutil.which("mount") is None:
        raise Skip("needs root to mount a small file system")
    folder = os.path.join(WORK, "full")
    os.makedirs(folder, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", folder],
                      capture_output=True).returncode != 0:
        raise Skip("cannot mount a tmpfs here")
    try:
        target = os.path.join(folder, "plan.xlsx")
        with open(target, "w") as f:
            f.write("old")
        with open(os.path.join(folder, "filler"), "wb") as f:
            try:
                f.write(b"x" * 40 * 1024)
            except OSError:
                pass
        expect_failure(target, "the disk is full")
        with open(target) as f:
            eq(f.read(), "old", "the existing file is untouched")
    finally:
        subprocess.run(["umount", folder])


@test("/export/success-replaces-target")
def _():
    folder = os.path.join(WORK, "replace")
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, "plan.xlsx")
    with open(target, "w") as f:
        f.write("old")
    export(EXAMPLE, target)
    eq(listing(folder), ["plan.xlsx"], "only the workbook")
    openpyxl.load_workbook(target)


# --- a real client -------------------------------------------------------------

def find_words(words, wanted, max_gap=12):
    """TRUE when @wanted occurs in @words in order, each word exactly,
    with fewer than @max_gap other words between two of them."""
    for start in (i for i, w in enumerate(words) if w == wanted[0]):
        at = start
        for w in wanted[1:]:
            window = words[at + 1:at + 1 + max_gap]
            if w not in window:
                break
            at += 1 + window.index(w)
        else:
            return True
    return False


@test("/export/libreoffice/a4-landscape-vietnamese-text")
def _():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        raise Skip("LibreOffice or poppler-utils is missing")
    out = os.path.join(WORK, "print.xlsx")
    export(EXAMPLE, out, "--sheets", "appendix")
    profile = tempfile.mkdtemp(prefix="kh-lo-", dir=WORK)
    result = subprocess.run([soffice, "--headless", "-env:UserInstallation=file://" + profile,
                             "--convert-to", "pdf", "--outdir", WORK, out],
                            capture_output=True, text=True, timeout=180)
    pdf = os.path.join(WORK, "print.pdf")
    ok(os.path.exists(pdf), "LibreOffice made no PDF: " + result.stderr)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    ok(size is not None, "page size in " + info)
    width, height = float(size.group(1)), float(size.group(2))
    ok(abs(width - 841.89) < 2 and abs(height - 595.28) < 2, "A4 landscape, got %s" % size.group(0))
    # Neighbouring cells share lines, so the text of the next column may
    # come between two lines of a title: each title must be found word for
    # word, in order, with at most a cell's worth of other words between.
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    words = text.split()
    for row in danh_muc_rows():
        ok(find_words(words, row["title"].split()), "title in the PDF: " + row["title"])
    words = " ".join(words)
    ok("PHỤ LỤC I" in words, "heading in the PDF")


def main():
    print("1..%d" % len(TESTS))
    failed = 0
    for n, (name, function) in enumerate(TESTS, 1):
        try:
            function()
            print("ok %d %s" % (n, name))
        except Skip as skip:
            print("ok %d %s # SKIP %s" % (n, name, skip))
        except Exception:
            failed += 1
            print("not ok %d %s" % (n, name))
            for line in traceback.format_exc().splitlines():
                print("# " + line)
        sys.stdout.flush()
    shutil.rmtree(WORK, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
