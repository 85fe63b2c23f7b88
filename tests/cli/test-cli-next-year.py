#!/usr/bin/env python3
# test-cli-next-year.py — kehoach-cli next-year on the example plans: the
# new plan loads and is for the next year, the summary's lines agree with
# counts made here from the source file, the source file is never
# changed, the unit map options and bad input.  Speaks TAP.
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

CLI = sys.argv[1]
SOURCE_ROOT = os.environ.get(
    'KEHOACH_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
EXAMPLES = os.path.join(SOURCE_ROOT, 'data', 'examples')
HA_TINH = os.path.join(EXAMPLES, 'ha-tinh-2018.kehoach')
THUA_THIEN_HUE = os.path.join(EXAMPLES, 'thua-thien-hue-2018.kehoach')
TEXT_KINDS = {'text', 'event'}

tests = []


def test(name):
    def register(function):
        tests.append((name, function))
        return function
    return register


def run(*args):
    """Runs kehoach-cli in English; returns (exit status, stdout lines, stderr)."""
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
    result = subprocess.run([CLI, *args], capture_output=True, env=env,
                            stdin=subprocess.DEVNULL, timeout=120)
    return (result.returncode, result.stdout.decode('utf-8').splitlines(),
            result.stderr.decode('utf-8'))


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


def expect_equal(got, wanted, what):
    if got != wanted:
        raise AssertionError(f'{what}: got {got!r}, wanted {wanted!r}')


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


def main():
    print(f'1..{len(tests)}')
    failed = 0
    for number, (name, function) in enumerate(tests, 1):
        try:
            function()
            print(f'ok {number} /cli/{name}')
        except Exception as error:  # report every failure, keep going
            failed += 1
            print(f'not ok {number} /cli/{name}')
            for line in str(error).splitlines() or [type(error).__name__]:
                print(f'# {line}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
