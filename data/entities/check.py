#!/usr/bin/env python3
"""Validate the tarikh entity lexicons (data/entities/*.tsv).

Usage:
    python3 data/entities/check.py [DIR] [--lexicon FILE ...] [--strict]

DIR defaults to the folder of this script. Each --lexicon FILE is a user
lexicon in the same format as one of the built-in files; its kind is taken
from its header line, and its rows are checked together with the built-in
ones (ids must stay unique, references must resolve).

Exit status: 0 if there are no errors (warnings are printed but do not fail,
unless --strict), 1 if there are errors, 2 on usage errors.
Only the Python 3 standard library is used.
"""
import os
import re
import sys

SCHEMAS = {
    'countries.tsv': ['id', 'iso3', 'name_en', 'name_ar', 'aliases_ar', 'adjectives_ar', 'capital_id', 'status'],
    'organizations.tsv': ['id', 'name_en', 'name_ar', 'aliases_ar', 'country', 'parent_id', 'kind'],
    'people.tsv': ['id', 'name_en', 'name_ar', 'aliases_ar', 'country', 'gender'],
    'roles.tsv': ['person_id', 'role_en', 'role_ar', 'entity_id', 'from', 'to'],
    'places.tsv': ['id', 'name_en', 'name_ar', 'aliases_ar', 'country', 'kind', 'capital_of', 'stands_for'],
    'titles.tsv': ['title_ar', 'role_en', 'kind'],
    'name_parts.tsv': ['name_ar', 'name_en', 'kind'],
    'bodies.tsv': ['body_ar', 'construct_ar', 'gender', 'slug', 'name_en', 'kind'],
    'cameo.tsv': ['match', 'code'],
}
ENUMS = {
    ('countries.tsv', 'status'): {'un-member', 'un-observer', 'partially-recognised', 'disputed', 'historical'},
    ('organizations.tsv', 'kind'): {'intl', 'gov', 'party', 'media', 'military', 'other'},
    ('people.tsv', 'gender'): {'m', 'f', ''},
    ('places.tsv', 'kind'): {'city', 'region', 'venue'},
    ('titles.tsv', 'kind'): {'person_title', 'org_head'},
    ('name_parts.tsv', 'kind'): {'given', 'part', 'particle'},
    ('bodies.tsv', 'gender'): {'m', 'f'},
    ('bodies.tsv', 'kind'): {'gov', 'military'},
}
REQUIRED = {  # columns that must not be empty
    'countries.tsv': {'id', 'iso3', 'name_en', 'name_ar', 'status'},
    'organizations.tsv': {'id', 'name_en', 'name_ar', 'kind'},
    'people.tsv': {'id', 'name_en', 'name_ar'},
    'roles.tsv': {'person_id', 'role_en', 'role_ar', 'entity_id'},
    'places.tsv': {'id', 'name_en', 'name_ar', 'kind'},
    'titles.tsv': {'title_ar', 'role_en', 'kind'},
    'name_parts.tsv': {'name_ar', 'name_en', 'kind'},
    'bodies.tsv': {'body_ar', 'gender', 'slug', 'name_en', 'kind'},
    'cameo.tsv': {'match', 'code'},
}
ARABIC_COLS = {'name_ar', 'aliases_ar', 'adjectives_ar', 'role_ar', 'title_ar', 'body_ar', 'construct_ar'}
LIST_COLS = ARABIC_COLS | {'stands_for'}
ID_RE = re.compile(r'^[a-z0-9]+(?:-[a-z0-9]+)*$')
ISO3_RE = re.compile(r'^[A-Z]{3}$')
DATE_RE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')
ARABIC_LETTER = re.compile('[\u0621-\u064a]')
# Arabic letters, Arabic diacritics, spaces, hyphen/dash, parentheses, digits, '+' and
# the few Latin letters of brand names (e.g. "RT عربي").
ALLOWED_CHARS = re.compile('^[\u0600-\u06ff\u0750-\u077f 0-9A-Za-z\\-\u2013()+.\'/]+$')

errors, warnings = [], []


def err(where, msg):
    errors.append(f'{where}: {msg}')


def warn(where, msg):
    warnings.append(f'{where}: {msg}')


def normalise(s):
    """The folding a matcher is expected to apply before lookup (see README):
    drop diacritics and tatweel, unify alef/hamza seats, alef maqsura, ta marbuta."""
    s = re.sub('[\u064b-\u0652\u0670\u0640]', '', s)
    s = re.sub('[\u0622\u0623\u0625\u0671]', '\u0627', s)
    s = s.replace('\u0649', '\u064a').replace('\u0629', '\u0647')
    s = s.replace('\u06a4', '\u0641')  # veh -> feh
    s = s.replace('\u2013', '-').replace(' - ', '-')
    return s


def valid_date(s):
    m = DATE_RE.match(s)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if mo and not 1 <= int(mo) <= 12:
        return False
    if d:
        days = [31, 29 if int(y) % 4 == 0 and (int(y) % 100 or int(y) % 400 == 0) else 28,
                31, 30, 31, 30, 31, 31, 30, 31, 30, 31][int(mo) - 1]
        if not 1 <= int(d) <= days:
            return False
    return True


def read_tsv(path, kind=None):
    """Return a list of (kind, rows) where rows are (lineno, dict).

    With kind given (a built-in file) the file must have exactly that header.
    Without it (a user lexicon) every line equal to one of the known header
    lines starts a section of that kind, so one user file can hold e.g. a
    people section followed by a roles section."""
    try:
        raw = open(path, 'rb').read()
    except OSError as e:
        err(path, f'cannot read: {e}')
        return []
    if raw.startswith(b'\xef\xbb\xbf'):
        err(path, 'has a UTF-8 BOM')
        raw = raw[3:]
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(path, f'invalid UTF-8 at byte {e.start}')
        return []
    if '\r' in text:
        err(path, 'contains CR characters (use LF line ends)')
    fixed = kind is not None
    sections, header, rows = [], None, None
    for n, line in enumerate(text.split('\n'), 1):
        if line == '' or line.startswith('#') or not line.strip():
            continue
        fields = line.split('\t')
        known = [k for k, cols in SCHEMAS.items() if cols == fields]
        if header is None or (not fixed and known):
            if fixed and header is None and fields != SCHEMAS[kind]:
                err(f'{path}:{n}', f'header is {fields}, expected {SCHEMAS[kind]}')
                return []
            if not known:
                err(f'{path}:{n}', 'header matches no known lexicon: ' + ' '.join(fields))
                return []
            header, rows = fields, []
            sections.append((known[0], rows))
            continue
        if len(fields) != len(header):
            err(f'{path}:{n}', f'{len(fields)} fields, expected {len(header)}')
            continue
        rows.append((n, dict(zip(header, fields))))
    if header is None:
        err(path, 'no header line')
    return sections


def check_row(kind, where, r):
    for col, v in r.items():
        if v != v.strip():
            err(where, f'{col}: leading/trailing spaces')
        if '  ' in v:
            err(where, f'{col}: double space')
        if col in REQUIRED[kind] and v == '':
            err(where, f'{col} is empty')
        if (kind, col) in ENUMS and v not in ENUMS[(kind, col)]:
            err(where, f'{col}={v!r} not one of {sorted(ENUMS[(kind, col)])}')
        if col in LIST_COLS and v != '':
            items = v.split('|')
            if any(i == '' for i in items):
                err(where, f'{col}: empty value in list (stray "|")')
            if len(set(items)) != len(items):
                warn(where, f'{col}: repeated value')
            for i in items:
                if i != i.strip():
                    err(where, f'{col}: value {i!r} has surrounding spaces')
                if col in ARABIC_COLS and i:
                    if not ARABIC_LETTER.search(i):
                        err(where, f'{col}: {i!r} has no Arabic letter')
                    elif not ALLOWED_CHARS.match(i):
                        err(where, f'{col}: {i!r} has unexpected characters')
    if 'id' in r and r['id'] and not ID_RE.match(r['id']):
        err(where, f'id {r["id"]!r} is not lowercase ASCII kebab-case')
    if kind in ('people.tsv', 'organizations.tsv', 'places.tsv', 'countries.tsv'):
        if r.get('aliases_ar') and r['name_ar'] in r['aliases_ar'].split('|'):
            warn(where, 'aliases_ar repeats name_ar')


def main(argv):
    strict = '--strict' in argv
    argv = [a for a in argv if a != '--strict']
    user = []
    while '--lexicon' in argv:
        i = argv.index('--lexicon')
        if i + 1 >= len(argv):
            print('usage: check.py [DIR] [--lexicon FILE ...] [--strict]', file=sys.stderr)
            return 2
        user.append(argv[i + 1])
        del argv[i:i + 2]
    d = argv[0] if argv else os.path.dirname(os.path.abspath(__file__))

    tables = {k: [] for k in SCHEMAS}  # kind -> [(where, row)]
    for name in SCHEMAS:
        path = os.path.join(d, name)
        for kind, rows in read_tsv(path, name):
            for n, r in rows:
                tables[kind].append((f'{name}:{n}', r))
    n_builtin = {k: len(v) for k, v in tables.items()}
    for path in user:
        for kind, rows in read_tsv(path):
            for n, r in rows:
                tables[kind].append((f'{path}:{n}', r))

    for kind, rows in tables.items():
        for where, r in rows:
            check_row(kind, where, r)

    # ids unique across countries, organisations, people and places
    # (a user-lexicon row may replace a built-in row of the same kind and id)
    owner = {}
    for kind in ('countries.tsv', 'organizations.tsv', 'people.tsv', 'places.tsv'):
        merged = {}
        for k, (where, r) in enumerate(tables[kind]):
            i = r['id']
            if i in owner:
                prev_kind, prev_where, prev_user = owner[i]
                if k >= n_builtin[kind] and prev_kind == kind and not prev_user:
                    warn(where, f'id {i!r} replaces the built-in row at {prev_where}')
                    merged[i] = (where, r)
                    owner[i] = (kind, where, True)
                    continue
                err(where, f'id {i!r} already used at {prev_where}')
            else:
                owner[i] = (kind, where, k >= n_builtin[kind])
                merged[i] = (where, r)
        tables[kind] = list(merged.values())

    countries = {r['id']: r for _, r in tables['countries.tsv']}
    by_iso = {}
    for where, r in tables['countries.tsv']:
        if not ISO3_RE.match(r['iso3']):
            err(where, f'iso3 {r["iso3"]!r} is not three capital letters')
        if r['iso3'] in by_iso:
            err(where, f'iso3 {r["iso3"]} already used by {by_iso[r["iso3"]]["id"]}')
        by_iso[r['iso3']] = r
    orgs = {r['id']: r for _, r in tables['organizations.tsv']}
    people = {r['id']: r for _, r in tables['people.tsv']}
    places = {r['id']: r for _, r in tables['places.tsv']}
    actors = set(countries) | set(orgs)

    def iso_ref(where, col, v, allow_empty=True):
        if v == '':
            if not allow_empty:
                err(where, f'{col} is empty')
            return
        if not ISO3_RE.match(v):
            err(where, f'{col} {v!r} is not an ISO 3166 alpha-3 code')
        elif v not in by_iso:
            err(where, f'{col} {v!r} is not the iso3 of any country row')

    for where, r in tables['countries.tsv']:
        cap = r['capital_id']
        if cap == '':
            if r['status'] in ('un-member',):
                warn(where, f'{r["id"]}: no capital_id (allowed where the capital is disputed)')
            continue
        if cap not in places:
            err(where, f'capital_id {cap!r} is not a place id')
            continue
        p = places[cap]
        if r['status'] != 'historical' and p['capital_of'] != r['iso3']:
            err(where, f'capital {cap!r} has capital_of={p["capital_of"]!r}, expected {r["iso3"]}')
        if r['status'] != 'historical' and p['kind'] != 'city':
            err(where, f'capital {cap!r} is not a city')
    for where, r in tables['places.tsv']:
        iso_ref(where, 'country', r['country'])
        iso_ref(where, 'capital_of', r['capital_of'])
        if r['capital_of']:
            c = by_iso.get(r['capital_of'])
            if c and c['capital_id'] != r['id']:
                err(where, f'capital_of={r["capital_of"]} but that country has capital_id={c["capital_id"]!r}')
            if r['capital_of'] != r['country']:
                err(where, 'capital_of differs from country')
        for s in filter(None, r['stands_for'].split('|')):
            if s not in actors:
                err(where, f'stands_for {s!r} is not a country or organisation id')
    for where, r in tables['organizations.tsv']:
        iso_ref(where, 'country', r['country'])
        if r['parent_id']:
            if r['parent_id'] not in orgs:
                err(where, f'parent_id {r["parent_id"]!r} is not an organisation id')
            elif r['parent_id'] == r['id']:
                err(where, 'organisation is its own parent')
    for where, r in tables['people.tsv']:
        iso_ref(where, 'country', r['country'])
    with_roles = set()
    for where, r in tables['roles.tsv']:
        if r['person_id'] not in people:
            err(where, f'person_id {r["person_id"]!r} is not a person id')
        with_roles.add(r['person_id'])
        if r['entity_id'] not in actors:
            err(where, f'entity_id {r["entity_id"]!r} is not a country or organisation id')
        for col in ('from', 'to'):
            if r[col] and not valid_date(r[col]):
                err(where, f'{col} {r[col]!r} is not YYYY, YYYY-MM or YYYY-MM-DD')
        if r['from'] and r['to'] and valid_date(r['from']) and valid_date(r['to']):
            if r['to'][:len(r['from'])] < r['from'][:len(r['to'])]:
                err(where, f'to {r["to"]} is before from {r["from"]}')
        if r['from'] == '':
            warn(where, 'role without a start date')
    for p in people:
        if p not in with_roles:
            warn('people.tsv', f'{p} has no role')

    # same Arabic string (after the usual normalisation) naming several
    # entities: informational, the resolver needs context for these
    names = {}
    for kind in ('countries.tsv', 'organizations.tsv', 'people.tsv', 'places.tsv'):
        for where, r in tables[kind]:
            for s in [r['name_ar']] + [a for a in r['aliases_ar'].split('|') if a]:
                names.setdefault(normalise(s), set()).add(r['id'])
    shared = {s: ids for s, ids in names.items() if len(ids) > 1}
    for s in sorted(shared):
        warn('ambiguous', f'{s!r} names {", ".join(sorted(shared[s]))}')

    for k in SCHEMAS:
        print(f'{k:20} {len(tables[k]):5} rows')
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('ERROR:', e)
    print(f'{len(errors)} error(s), {len(warnings)} warning(s)')
    if errors or (strict and warnings):
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
