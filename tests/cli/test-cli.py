#!/usr/bin/env python3
# test-cli.py — kehoach-cli show and check on the example plans, on plans
# made to trip validation and on files that cannot be read: exit codes
# and output lines.  Speaks TAP.
#
# Usage: test-cli.py KEHOACH-CLI [--tap]
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import sys
import tempfile

from kh_cli_tap import HA_TINH, THUA_THIEN_HUE, expect, expect_equal, main, run, test


# A small plan in the .kehoach format (src/io/FORMAT.md) that tests then
# break in one place each.
def plan(**changes):
    task = {
        'id': 'n-t', 'kind': 'item',
        'title': 'Ban hành Quy chế quản lý hoạt động thông tin đối ngoại.',
        'lead': [{'unit': 'u-a', 'scope': ''}],
        'cooperate': [{'unit': 'u-b'}],
        'timeline': {'kind': 'quarter', 'quarter': 2, 'year': 2018, 'text': 'Quý II/2018'},
        'children': [],
    }
    task.update(changes)
    return {
        'format': 'kehoach', 'version': 1,
        'plan': {'title': 'Thử', 'year': 2018},
        'units': [
            {'id': 'u-a', 'name': 'Sở Thông tin và Truyền thông', 'short': 'Sở TT&TT', 'group': ''},
            {'id': 'u-b', 'name': 'Sở Ngoại vụ', 'short': '', 'group': ''},
        ],
        'nodes': [{'id': 'n-s', 'kind': 'section', 'title': 'NỘI DUNG', 'children': [task]}],
    }


def write(directory, name, content):
    path = os.path.join(directory, name)
    with open(path, 'wb') as f:
        f.write(content if isinstance(content, bytes) else json.dumps(content).encode('utf-8'))
    return path


@test('show/outline')
def _():
    status, lines, stderr = run('show', HA_TINH)
    expect_equal(status, 0, 'exit status')
    expect_equal(lines[:2], ['I. MỤC TIÊU, YÊU CẦU', '  1. Mục tiêu'], 'first lines')
    expect(any(line.startswith('II. ') for line in lines), 'section II')
    for line in lines:
        expect(line.lstrip(' ') != '' and (len(line) - len(line.lstrip(' '))) % 2 == 0,
               f'two spaces per depth: {line!r}')


@test('show/outline/thua-thien-hue')
def _():
    status, lines, stderr = run('show', THUA_THIEN_HUE)
    expect_equal(status, 0, 'exit status')
    expect(lines[0].startswith('I. '), f'a section first: {lines[0]!r}')
    # Decree 30 numbering: letters at the third level.
    expect(any(line.startswith('    a) ') for line in lines), 'a third level with letters')


@test('show/assignments')
def _():
    status, lines, stderr = run('show', '--assignments', HA_TINH)
    expect_equal(status, 0, 'exit status')
    expect(len(lines) > 10, f'one line per task, got {len(lines)}')
    for line in lines:
        expect_equal(len(line.split('\t')), 5, f'fields of {line!r}')
    # 5.1. has two leads with scopes, cooperating units and a remainder.
    fields = next(line.split('\t') for line in lines if line.startswith('5.1.\t'))
    expect(fields[2].startswith('Sở Thông tin và Truyền thông: '), f'lead with scope: {fields[2]!r}')
    expect('; Sở Ngoại vụ: ' in fields[2], f'second lead: {fields[2]!r}')
    expect(fields[3].startswith('Hội Nhà báo tỉnh; Công an tỉnh'), f'cooperating: {fields[3]!r}')
    expect_equal(fields[4], 'Thường xuyên trong năm 2018', 'timeline')


@test('show/unreadable')
def _():
    status, lines, stderr = run('show', '/nonexistent/plan.kehoach')
    expect_equal(status, 2, 'exit status')
    expect_equal(lines, [], 'stdout')
    expect('/nonexistent/plan.kehoach' in stderr, f'stderr names the file: {stderr!r}')


@test('check/examples')
def _():
    for path in (HA_TINH, THUA_THIEN_HUE):
        status, lines, stderr = run('check', path)
        warnings = [line for line in lines if line.split('\t')[1] == 'warning']
        expect_equal(status, 1 if warnings else 0, f'exit status of {path}')
        for line in lines:
            fields = line.split('\t')
            expect_equal(len(fields), 3, f'fields of {line!r}')
            expect(fields[1] in ('warning', 'note'), f'severity of {line!r}')
        expect(not any('the title is empty' in line for line in lines), f'titles in {path}')
    # Hà Tĩnh assigns every task; two units of its list only appear in the text.
    status, lines, stderr = run('check', HA_TINH)
    expect_equal(status, 0, 'exit status of Hà Tĩnh')
    expect('-\tnote\t“Sở Nội vụ” is not assigned to any task' in lines, 'Sở Nội vụ unassigned')
    # Thừa Thiên Huế's last section sets a deadline for everyone, led by no one.
    status, lines, stderr = run('check', THUA_THIEN_HUE)
    expect('3.\twarning\t3. Báo cáo hoạt động thông tin đối ngoại…: no lead unit' in lines,
           f'the report task of section IV: {lines!r}')
    expect_equal(status, 1, 'exit status of Thừa Thiên Huế')


@test('check/clean')
def _():
    with tempfile.TemporaryDirectory() as directory:
        status, lines, stderr = run('check', write(directory, 'clean.kehoach', plan()))
        expect_equal(stderr, '', 'stderr')
        expect_equal(lines, [], 'findings')
        expect_equal(status, 0, 'exit status')


@test('check/warnings')
def _():
    with tempfile.TemporaryDirectory() as directory:
        broken = plan(lead=[], timeline={'kind': 'quarter', 'quarter': 2, 'year': 2019,
                                         'text': 'Quý II/2019'})
        status, lines, stderr = run('check', write(directory, 'broken.kehoach', broken))
        expect_equal(lines, [
            '1.\twarning\t1. Ban hành Quy chế quản lý hoạt động thông…: no lead unit',
            '1.\twarning\t1. Ban hành Quy chế quản lý hoạt động thông…: '
            'the timeline “Quý II/2019” is outside 2018',
            '-\tnote\t“Sở Thông tin và Truyền thông” is not assigned to any task',
        ], 'findings')
        expect_equal(stderr.strip(), '2 warnings, 1 note', 'summary')
        expect_equal(status, 1, 'exit status')


@test('check/notes-only')
def _():
    with tempfile.TemporaryDirectory() as directory:
        content = plan()
        content['units'].append({'id': 'u-c', 'name': 'Công an tỉnh'})
        status, lines, stderr = run('check', write(directory, 'notes.kehoach', content))
        expect_equal(lines, ['-\tnote\t“Công an tỉnh” is not assigned to any task'], 'findings')
        expect_equal(status, 0, 'exit status')


@test('check/lead-and-cooperate')
def _():
    with tempfile.TemporaryDirectory() as directory:
        content = plan(cooperate=[{'unit': 'u-b'}, {'unit': 'u-a'}])
        status, lines, stderr = run('check', write(directory, 'both.kehoach', content))
        expect_equal(lines, ['1.\twarning\t1. Ban hành Quy chế quản lý hoạt động thông…: '
                             '“Sở Thông tin và Truyền thông” both leads and cooperates'], 'findings')
        expect_equal(status, 1, 'exit status')


@test('check/unreadable')
def _():
    with tempfile.TemporaryDirectory() as directory:
        cases = {
            'not-json.kehoach': b'{ "format": "kehoach", ',
            'not-utf8.kehoach': b'\xff\xfe not text',
            'not-a-plan.kehoach': b'{"format": "something else", "version": 1}',
            'future.kehoach': json.dumps(dict(plan(), version=99)).encode('utf-8'),
        }
        for name, content in cases.items():
            path = write(directory, name, content)
            status, lines, stderr = run('check', path)
            expect_equal(status, 2, f'exit status for {name}')
            expect_equal(lines, [], f'stdout for {name}')
            expect(path in stderr and stderr.startswith('kehoach-cli: '),
                   f'stderr for {name} names the file: {stderr!r}')
    status, lines, stderr = run('check', '/nonexistent/plan.kehoach')
    expect_equal(status, 2, 'exit status for a missing file')


@test('check/usage')
def _():
    status, lines, stderr = run('check')
    expect_equal(status, 2, 'exit status without a file')
    status, lines, stderr = run('check', HA_TINH, THUA_THIEN_HUE)
    expect_equal(status, 2, 'exit status with two files')
    status, lines, stderr = run('check', '--help')
    expect_equal(status, 0, 'exit status of --help')
    expect(any('FILE' in line for line in lines), 'usage names FILE')
    expect('  kehoach-cli check [OPTION…] FILE' in lines, f'usage names the command: {lines}')


@test('help/vietnamese')
def _():
    status, lines, stderr = run('--help', language='vi')
    expect_equal(status, 0, 'exit status of --help')
    expect('Cách dùng:' in lines, f'usage in Vietnamese: {lines}')
    status, lines, stderr = run('export', '--help', language='vi')
    expect_equal(status, 0, 'exit status of export --help')
    expect('  kehoach-cli export [OPTION…] FILE' in lines, f'usage names the command: {lines}')
    status, lines, stderr = run('check', '/nonexistent/plan.kehoach', language='vi')
    expect_equal(status, 2, 'exit status for a missing file')
    expect(stderr == 'kehoach-cli: Không mở được “/nonexistent/plan.kehoach”: '
           'Tệp không tồn tại (có thể đã bị chuyển đi hoặc bị xóa)\n',
           f'error in Vietnamese: {stderr!r}')


if __name__ == '__main__':
    sys.exit(main())
