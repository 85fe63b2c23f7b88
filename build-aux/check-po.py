#!/usr/bin/env python3
"""Checks that a .po file is complete.

Fails when the .po file has untranslated or fuzzy messages (msgfmt
--statistics), or when a string that xgettext finds in the files listed in
po/POTFILES.in is missing from it (msgcmp).

Usage: check-po.py SOURCE_ROOT PO_FILE
"""
import os
import re
import subprocess
import sys
import tempfile

# The keywords and flags of meson's i18n 'glib' preset.
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format', '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format', '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format', '--flag=g_error_new:3:c-format',
    '--flag=g_set_error:4:c-format', '--flag=g_markup_printf_escaped:1:c-format',
    '--flag=g_log:3:c-format', '--flag=g_print:1:c-format',
    '--flag=g_printerr:1:c-format', '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format', '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
]


def statistics(po_file):
    """Returns (translated, fuzzy, untranslated) as msgfmt counts them."""
    result = subprocess.run(
        ['msgfmt', '--check', '--statistics', '-o', os.devnull, po_file],
        env=dict(os.environ, LC_ALL='C', LANGUAGE=''),
        capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stderr, end='')
        sys.exit(f'{po_file}: msgfmt --check failed')
    counts = {}
    for number, kind in re.findall(r'(\d+) (translated|fuzzy|untranslated)',
                                   result.stderr):
        counts[kind] = int(number)
    return (counts.get('translated', 0), counts.get('fuzzy', 0),
            counts.get('untranslated', 0))


def missing_messages(source_root, po_file, workdir):
    """Returns msgcmp's complaints: source strings that the .po lacks."""
    potfiles = os.path.join(source_root, 'po', 'POTFILES.in')
    files = []
    with open(potfiles, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                files.append(line)
    absent = [f for f in files if not os.path.exists(os.path.join(source_root, f))]
    if absent:
        sys.exit('po/POTFILES.in lists missing files: ' + ', '.join(absent))

    pot = os.path.join(workdir, 'fresh.pot')
    subprocess.run(['xgettext', *XGETTEXT_ARGS, '--directory', source_root,
                    '--output', pot, *files],
                   env=dict(os.environ, LC_ALL='C'), check=True)
    result = subprocess.run(['msgcmp', '--use-fuzzy', '--use-untranslated',
                             po_file, pot],
                            env=dict(os.environ, LC_ALL='C', LANGUAGE=''),
                            capture_output=True, text=True)
    if result.returncode == 0:
        return []
    return [line for line in result.stderr.splitlines() if line.strip()]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source_root, po_file = sys.argv[1], sys.argv[2]
    failed = False

    translated, fuzzy, untranslated = statistics(po_file)
    print(f'{po_file}: {translated} translated, {fuzzy} fuzzy, '
          f'{untranslated} untranslated')
    if fuzzy or untranslated:
        failed = True
        print('  every message must be translated and none fuzzy')

    with tempfile.TemporaryDirectory() as workdir:
        complaints = missing_messages(source_root, po_file, workdir)
    if complaints:
        failed = True
        print('  strings of the sources missing from the .po file:')
        for line in complaints:
            print('  ' + line)

    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
