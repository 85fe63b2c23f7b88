# kh_cli_tap.py — what the kehoach-cli test scripts share: the program
# under test, the example plans, a TAP runner and assertions.
#
# A script does `from kh_cli_tap import *`, registers functions with
# @test('name') and ends with `sys.exit(main())`; it is run as
# `SCRIPT KEHOACH-CLI [--tap]`.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys

CLI = sys.argv[1]
SOURCE_ROOT = os.environ.get(
    'KEHOACH_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
EXAMPLES = os.path.join(SOURCE_ROOT, 'data', 'examples')
HA_TINH = os.path.join(EXAMPLES, 'ha-tinh-2018.kehoach')
THUA_THIEN_HUE = os.path.join(EXAMPLES, 'thua-thien-hue-2018.kehoach')

_tests = []


def test(name):
    def register(function):
        _tests.append((name, function))
        return function
    return register


def run(*args, language=''):
    """Runs kehoach-cli in English (or in @language, as LANGUAGE takes it);
    returns (exit status, stdout lines, stderr)."""
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE=language)
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


def main():
    """Runs every registered test, printing TAP; the exit status says whether all passed."""
    print(f'1..{len(_tests)}')
    failed = 0
    for number, (name, function) in enumerate(_tests, 1):
        try:
            function()
            print(f'ok {number} /cli/{name}')
        except Exception as error:  # report every failure, keep going
            failed += 1
            print(f'not ok {number} /cli/{name}')
            for line in str(error).splitlines() or [type(error).__name__]:
                print(f'# {line}')
    return 1 if failed else 0
