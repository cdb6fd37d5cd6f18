#!/usr/bin/env python3
"""Checks blind gold JSON files: format, spans found at their occurrence, speakers linked."""
import json, sys, os, re
KINDS_Q = {'direct', 'indirect', 'partial'}
KINDS_F = {'', 'count', 'percent', 'money', 'date', 'duration', 'measure'}
def occurrences(text, s):
    n, i = 0, text.find(s)
    while i >= 0:
        n += 1
        i = text.find(s, i + 1)
    return n
def check(path):
    errs = []
    try:
        g = json.load(open(path, encoding='utf-8'))
    except Exception as e:
        return [f'not valid JSON: {e}']
    for k in ('id', 'lang', 'text', 'quotes', 'speakers', 'figures'):
        if k not in g: errs.append(f'missing key {k}')
    if errs: return errs
    if g['lang'] not in ('ar', 'en'): errs.append('lang must be ar or en')
    if os.path.basename(path) != g['id'] + '.json': errs.append('file name must be <id>.json')
    if not re.fullmatch(r'[a-z0-9-]+', g['id']): errs.append('id: lowercase ascii and dashes only')
    text = g['text']
    if '\r' in text: errs.append('text holds \\r: use \\n only')
    def span(kind, i, s):
        t = s.get('text')
        if not isinstance(t, str) or not t: errs.append(f'{kind}[{i}]: empty text'); return
        nth = s.get('nth', 0) or 0
        c = occurrences(text, t)
        if c == 0: errs.append(f'{kind}[{i}]: text not found in article: {t[:60]!r}')
        elif nth >= c: errs.append(f'{kind}[{i}]: nth {nth} but the text occurs {c} time(s): {t[:60]!r}')
        elif c > 1 and 'nth' not in s: errs.append(f'{kind}[{i}]: the text occurs {c} times; say which with nth: {t[:60]!r}')
        if t != t.strip(): errs.append(f'{kind}[{i}]: span starts or ends with white space: {t[:60]!r}')
    names = set()
    for i, s in enumerate(g['speakers']):
        span('speakers', i, s)
        if not s.get('name'): errs.append(f'speakers[{i}]: missing name')
        names.add(s.get('name'))
    for i, q in enumerate(g['quotes']):
        span('quotes', i, q)
        if q.get('kind') not in KINDS_Q: errs.append(f'quotes[{i}]: kind must be direct/indirect/partial')
        sp = q.get('speaker', 'MISSING')
        if sp == 'MISSING': errs.append(f'quotes[{i}]: missing speaker (use null when none)')
        elif sp is not None and sp not in names: errs.append(f'quotes[{i}]: speaker {sp!r} is not the name of any speaker mention')
    for i, f in enumerate(g['figures']):
        span('figures', i, f)
        if f.get('kind') not in KINDS_F: errs.append(f'figures[{i}]: kind must be one of {sorted(KINDS_F)}')
        v = f.get('value', 'MISSING')
        ok = v is None or isinstance(v, (int, float)) or isinstance(v, str) or (isinstance(v, list) and len(v) == 2 and all(isinstance(x, (int, float)) for x in v))
        if v == 'MISSING' or not ok: errs.append(f'figures[{i}]: value must be a number, [low, high], an ISO date string or null')
    for i, x in enumerate(g.get('excluded', []) or []):
        span('excluded', i, x)
    return errs
def main():
    if len(sys.argv) < 2: print('usage: check.py FOLDER'); sys.exit(2)
    d = sys.argv[1]; bad = 0; n = 0
    for name in sorted(os.listdir(d)):
        if not name.endswith('.json'): continue
        n += 1
        errs = check(os.path.join(d, name))
        for e in errs: print(f'{name}: {e}')
        bad += bool(errs)
    print(f'{n} file(s), {bad} with errors')
    sys.exit(1 if bad or n == 0 else 0)
main()
