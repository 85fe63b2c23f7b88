#!/usr/bin/env python3
"""Checks the Flatpak manifest without building it (that needs the network).

Usage: check-flatpak.py MANIFEST APP_ID
"""
import json
import re
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    path, app_id = sys.argv[1], sys.argv[2]
    with open(path, encoding='utf-8') as f:
        manifest = json.load(f)

    problems = []
    if manifest.get('id') != app_id:
        problems.append(f'id is {manifest.get("id")!r}, not {app_id!r}')
    if manifest.get('command') != 'kehoach':
        problems.append('command is not "kehoach"')
    if manifest.get('runtime') != 'org.gnome.Platform' or manifest.get('sdk') != 'org.gnome.Sdk':
        problems.append('runtime and sdk must be the GNOME ones')
    if any(arg.startswith('--filesystem') for arg in manifest.get('finish-args', [])):
        problems.append('finish-args grant file system access; files come through the portal')

    modules = {m.get('name'): m for m in manifest.get('modules', []) if isinstance(m, dict)}
    xlsx = modules.get('libxlsxwriter')
    if xlsx is None:
        problems.append('no libxlsxwriter module')
    else:
        archives = [s for s in xlsx.get('sources', []) if s.get('type') == 'archive']
        if not archives:
            problems.append('libxlsxwriter is not built from a release archive')
        for source in archives:
            if not re.fullmatch(r'[0-9a-f]{64}', source.get('sha256', '')):
                problems.append(f'{source.get("url")}: no valid sha256')
    if 'kehoach' not in modules:
        problems.append('no kehoach module')
    elif list(modules)[-1] != 'kehoach':
        problems.append('kehoach must be the last module')

    for problem in problems:
        print(f'{path}: {problem}')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
