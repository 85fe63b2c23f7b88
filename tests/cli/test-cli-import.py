#!/usr/bin/env python3
# test-cli-import.py — kehoach-cli import: the three real plans become
# plans that load (show works on them), the report goes to stderr as
# "line N: message" with exit status 0, bad input gives exit status 2 and
# writes nothing.  Speaks TAP.
#
# Usage: test-cli-import.py KEHOACH-CLI [--tap]
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kh_cli_tap import SOURCE_ROOT, expect, expect_equal, main, run, test  # noqa: E402

PLANS = os.path.join(SOURCE_ROOT, 'tests', 'data', 'plans')
IMPORT_DATA = os.path.join(SOURCE_ROOT, 'tests', 'data', 'import')


def import_plan(name, directory):
    out = os.path.join(directory, 'out.kehoach')
    status, lines, stderr = run('import', os.path.join(PLANS, name), '-o', out)
    expect_equal(status, 0, f'import {name} ({stderr!r})')
    expect_equal(lines, [], 'nothing on stdout')
    with open(out, encoding='utf-8') as f:
        return out, json.load(f), stderr


@test('import/ha-tinh')
def ha_tinh():
    with tempfile.TemporaryDirectory() as directory:
        out, plan, stderr = import_plan('ha-tinh-2018.txt', directory)
        expect_equal(plan['plan']['number'], '44/KH-UBND', 'number')
        expect_equal(plan['plan']['numbering'], 'decimal', 'numbering')
        expect_equal(len(plan['plan']['appendix_order']), 7, 'appendix rows')
        status, lines, _ = run('show', out)
        expect_equal(status, 0, 'show')
        expect('      5.2.1. Tuyên truyền về chủ quyền biên giới, biển, đảo; kết quả tăng dày, '
               'tôn tạo hệ thống mốc Quốc giới, các hoạt động hợp tác giữa Hà Tĩnh với các '
               'tỉnh của nước CHDCND Lào.' in lines, '5.2.1. in the outline')
        for line in stderr.splitlines():
            expect(re.match(r'^line \d+: ', line), f'report line {line!r}')
        expect('line 199: ' in stderr, 'the duty section is reported')


@test('import/ocr')
def ocr():
    with tempfile.TemporaryDirectory() as directory:
        out, plan, stderr = import_plan('thua-thien-hue-2024-ocr.txt', directory)
        expect_equal(plan['plan']['year'], 2024, 'year')
        expect_equal(plan['plan']['date'], '2024-06-27', 'date')
        expect('line 126: ' in stderr, 'the numbered field is reported')
        status, lines, _ = run('check', out)
        expect(status in (0, 1), f'check runs ({status})')


@test('import/hue-2018-then-show-assignments')
def hue():
    with tempfile.TemporaryDirectory() as directory:
        out, plan, _ = import_plan('thua-thien-hue-2018.txt', directory)
        status, lines, _ = run('show', '--assignments', out)
        expect_equal(status, 0, 'show --assignments')
        expect(any(line.startswith('c)\tĐài Phát thanh và Truyền hình tỉnh xây dựng')
                   and '\tĐài Phát thanh và Truyền hình tỉnh\t' in line for line in lines),
               'a duty of one of the unit item\'s units')


@test('import/bad-input')
def bad_input():
    with tempfile.TemporaryDirectory() as directory:
        out = os.path.join(directory, 'out.kehoach')
        empty = os.path.join(directory, 'empty.txt')
        with open(empty, 'w', encoding='utf-8'):
            pass
        for path, message in ((empty, 'The text is empty'),
                              (os.path.join(IMPORT_DATA, 'tcvn3-8bit.txt'), 'TCVN3'),
                              (os.path.join(IMPORT_DATA, 'vni.txt'), 'VNI'),
                              (os.path.join(directory, 'missing.txt'), 'does not exist')):
            status, lines, stderr = run('import', path, '-o', out)
            expect_equal(status, 2, f'exit status for {path}')
            expect(message in stderr, f'{message!r} in {stderr!r}')
            expect(not os.path.exists(out), 'nothing written')
        status, _, stderr = run('import', empty)
        expect_equal(status, 2, 'no -o')


sys.exit(main())
