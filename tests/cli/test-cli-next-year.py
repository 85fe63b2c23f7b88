#!/usr/bin/env python3
# test-cli-next-year.py — kehoach-cli next-year on the example plans: the
# new plan loads and is for the next year, the summary's lines agree with
# counts made here from the source file, the source file is never
# changed, the unit map options and bad input; a plan imported from text,
# moved to next year and exported.  Speaks TAP.
#
# Usage: test-cli-next-year.py KEHOACH-CLI [--tap]
#
# SPDX-License-Identifier: GPL-3.0-or-later

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

from kh_cli_tap import HA_TINH, SOURCE_ROOT, THUA_THIEN_HUE, expect, expect_equal, main, run, test

# Debian's openpyxl (build-aux/debian-packages.txt) reads the workbook: an
# independent reader, which the python3 first on PATH may lack.
SYSTEM_PYTHON = '/usr/bin/python3'
READ_APPENDIX = '''
import json, sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps([[cell for cell in row] for row in sheet.iter_rows(values_only=True)]))
'''

TEXT_KINDS = {'text', 'event'}


def digest(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def timelines(nodes):
    for node in nodes:
        if 'timeline' in node:
            yield node['timeline']
        if 'timeline' in node.get('appendix', {}):
            yield node['appendix']['timeline']
        yield from timelines(node.get('children', []))


def is_structured(timeline):
    kind = timeline['kind']
    return kind not in TEXT_KINDS and not (kind == 'periodic' and not timeline.get('every_months'))


def expected_counts(document):
    """Structured timelines with a year, and text ones naming a year."""
    moved = sum(1 for t in timelines(document['nodes'])
                if is_structured(t) and t.get('year'))
    rewritten = sum(1 for t in timelines(document['nodes'])
                    if not is_structured(t)
                    and any(1900 <= int(y) <= 2200
                            for y in re.findall(r'(?<!\d)\d{4}(?!\d)', t.get('text', ''))))
    return moved, rewritten


def next_year(source, directory, *options):
    out = os.path.join(directory, 'next.kehoach')
    before = digest(source)
    status, lines, stderr = run('next-year', source, '-o', out, *options)
    expect_equal(status, 0, f'exit status ({stderr!r})')
    expect_equal(digest(source), before, 'the source file is unchanged')
    return out, lines


@test('next-year/examples')
def _():
    for source, replaced in ((HA_TINH, 7), (THUA_THIEN_HUE, 8)):
        document = load(source)
        year = document['plan']['year']
        with tempfile.TemporaryDirectory() as directory:
            out, lines = next_year(source, directory)
            status, outline, stderr = run('show', out)
            expect_equal(status, 0, f'the new plan loads ({stderr!r})')
            new = load(out)
            expect_equal(new['plan']['year'], year + 1, 'year')
            expect(str(year + 1) in new['plan']['title'], 'title names the new year')
            expect_equal(new['plan'].get('number', ''), '', 'number cleared')

            moved, rewritten = expected_counts(document)
            expect_equal(lines[0], f'Plan for {year + 1} made from the plan for {year}.', 'line 1')
            expect_equal(lines[1], f'{moved} timeline{"" if moved == 1 else "s"} moved by whole years.',
                         'line 2')
            expect_equal(lines[2], f'{rewritten} free-text timeline{"" if rewritten == 1 else "s"} '
                         f'{"had its" if rewritten == 1 else "had their"} year replaced.', 'line 3')
            expect(re.fullmatch(rf'{replaced} units replaced, \d+ assignments moved\.', lines[3]),
                   f'line 4: {lines[3]!r}')
            review = [line for line in lines if line.startswith('  - ')]
            expect(re.fullmatch(rf'{len(review)} items need review:', lines[-len(review) - 1]),
                   'review count')
            expect(any('Sở Thông tin và Truyền thông' in line and '→ “Sở Khoa học và Công nghệ”' in line
                       for line in review), 'Sở TT&TT replaced')
            names = {unit['name'] for unit in new['units']}
            expect('Sở Thông tin và Truyền thông' not in names, 'Sở TT&TT left the units')
            expect('Sở Khoa học và Công nghệ' in names, 'Sở KH&CN joined the units')


@test('next-year/options')
def _():
    document = load(HA_TINH)
    with tempfile.TemporaryDirectory() as directory:
        out, lines = next_year(HA_TINH, directory, '--year', '2027', '--units', 'none')
        new = load(out)
        expect_equal(new['plan']['year'], 2027, 'year')
        expect_equal(lines[3], '0 units replaced, 0 assignments moved.', 'no unit replaced')
        expect_equal([u['id'] for u in new['units']], [u['id'] for u in document['units']], 'units')

        shipped = os.path.join(SOURCE_ROOT, 'data', 'units', 'reorganisation-2025.json')
        out, lines = next_year(HA_TINH, directory, '--units', shipped)
        expect(lines[3].startswith('7 units replaced'), f'the map given: {lines[3]!r}')

        small = os.path.join(directory, 'map.json')
        with open(small, 'w', encoding='utf-8') as f:
            json.dump({'format': 'kehoach-unit-map', 'version': 1, 'name': 'x', 'replacements': [
                {'from': 'Sở Ngoại vụ', 'to': ['Văn phòng UBND tỉnh']}]}, f, ensure_ascii=False)
        out, lines = next_year(HA_TINH, directory, '--units', small)
        expect(lines[3].startswith('1 unit replaced'), f'a map of one: {lines[3]!r}')


@test('next-year/refuses')
def _():
    with tempfile.TemporaryDirectory() as directory:
        source = os.path.join(directory, 'plan.kehoach')
        with open(HA_TINH, 'rb') as f, open(source, 'wb') as g:
            g.write(f.read())
        os.symlink(source, os.path.join(directory, 'link.kehoach'))
        os.link(source, os.path.join(directory, 'hard.kehoach'))
        before = digest(source)
        for target in (source, os.path.join(directory, '.', 'plan.kehoach'),
                       os.path.join(directory, 'link.kehoach'),
                       os.path.join(directory, 'hard.kehoach')):
            status, lines, stderr = run('next-year', source, '-o', target)
            expect_equal(status, 2, f'exit status for {target}')
            expect('must not overwrite' in stderr, f'message for {target}: {stderr!r}')
        expect_equal(digest(source), before, 'the source file is unchanged')
        expect_equal(sorted(os.listdir(directory)),
                     ['hard.kehoach', 'link.kehoach', 'plan.kehoach'], 'nothing written')

        bad = os.path.join(directory, 'bad.json')
        cases = {
            '{"format": "kehoach-unit-map", "version": 2, "replacements": []}': 'newer version',
            '{"format": "kehoach-unit-map", "version": 1, "replacements": '
            '[{"from": "A", "to": ["B"]}, {"from": "C", "to": "D"}]}':
                'replacements[1].to: expected a list of unit names',
            'not json': 'not valid JSON',
        }
        out = os.path.join(directory, 'out.kehoach')
        for content, message in cases.items():
            with open(bad, 'w', encoding='utf-8') as f:
                f.write(content)
            status, lines, stderr = run('next-year', source, '-o', out, '--units', bad)
            expect_equal(status, 2, f'exit status for a bad map ({message})')
            expect(message in stderr and 'bad.json' in stderr, f'message: {stderr!r}')
            expect(not os.path.exists(out), 'nothing written for a bad map')

        for args, message in (((), '--output'),
                              (('-o', out, '--year', '3000'), '3000'),
                              (('-o', out, '--year', 'soon'), 'soon'),
                              (('-o', os.path.join(directory, 'no', 'x.kehoach')), 'x.kehoach')):
            status, lines, stderr = run('next-year', source, *args)
            expect_equal(status, 2, f'exit status for {args}')
            expect(message in stderr, f'message for {args}: {stderr!r}')
            expect_equal(lines, [], f'stdout for {args}')
        status, lines, stderr = run('next-year', os.path.join(directory, 'missing.kehoach'), '-o', out)
        expect_equal(status, 2, 'exit status for a missing plan')



@test('next-year/import-then-export')
def _():
    """Last year's Word text imported, moved to next year, exported."""
    text = os.path.join(SOURCE_ROOT, 'tests', 'data', 'plans', 'ha-tinh-2018.txt')
    with tempfile.TemporaryDirectory() as directory:
        imported = os.path.join(directory, 'imported.kehoach')
        status, lines, stderr = run('import', text, '-o', imported)
        expect_equal(status, 0, f'import ({stderr!r})')
        out, lines = next_year(imported, directory)
        expect_equal(lines[0], 'Plan for 2019 made from the plan for 2018.', 'summary')
        workbook = os.path.join(directory, 'next.xlsx')
        status, lines, stderr = run('export', out, '-o', workbook)
        expect_equal(status, 0, f'export ({stderr!r})')

        result = subprocess.run([SYSTEM_PYTHON, '-c', READ_APPENDIX, workbook],
                                capture_output=True, timeout=120)
        expect_equal(result.returncode, 0, f'openpyxl reads the workbook ({result.stderr!r})')
        rows = json.loads(result.stdout)
        header = next(i for i, row in enumerate(rows) if row and row[0] == 'STT')
        expect(any('2019' in str(row[0]) for row in rows[:header]), 'the title names 2019')
        tasks = [row for row in rows[header + 1:] if isinstance(row[0], int)]
        expect(len(tasks) >= 5, f'appendix rows: {len(tasks)}')
        timelines = [str(row[4] or '') for row in tasks]
        expect(sum('2019' in t for t in timelines) >= 3, f'timelines name 2019: {timelines}')
        expect(not any('2018' in t for t in timelines), f'no timeline names 2018: {timelines}')
        units = ' '.join(str(cell or '') for row in tasks for cell in row[2:4])
        expect('Sở Khoa học và Công nghệ' in units, 'the new units are in the appendix')
        expect('Sở Thông tin và Truyền thông' not in units, 'the old units are not')


if __name__ == '__main__':
    sys.exit(main())
