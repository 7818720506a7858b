import { describe, expect, it } from 'vitest';
import { createAddress } from '../../src/app/address';
import { overlayOpened } from '../../src/view/overlay-entry';
import {
  divergeFolded,
  PARAMS,
  readAddress,
  readParam,
  writeParams,
  type AddressValues,
  type ParamName,
} from '../../src/state';

/** A value of every parameter other than its default, as the app writes them. */
const SAMPLE: AddressValues = {
  lang: 'en',
  event: 'call-2024-06-25',
  source: 'art-002',
  claim: 'initiator',
  q: 'دعوة  call',
  actors: ['hamas', 'un.sc'],
  sources: ['aljazeera'],
  kinds: ['defence-call'],
  dates: ['stated', 'inferred'],
  lanes: 'side',
  entity: 'hamas',
  from: { ms: Date.UTC(2024, 4, 1), time: false },
  to: { ms: Date.UTC(2024, 4, 3, 12, 30), time: true },
  present: 'presenter',
  briefing: 'june-2024',
  step: 3,
  data: 'https://example.org/a b.json?x=1&y=2#frag',
  author: true,
  diverge: 'folded',
};

/** What each parameter reads as when the address leaves it out. */
const DEFAULTS = readAddress('');

/** Values a hand-edited or hostile link may carry. */
const HOSTILE = [
  '',
  ' ',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"; drop table',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '\u202e1',
  'A'.repeat(5000),
  '0',
  '-1',
  '1e3',
  '0x10',
  '2.5',
  'NaN',
  'Infinity',
  '9'.repeat(400),
  '2024-02-30',
  '2024-13-01',
  '2024-06-25T25:61',
  'presenter ',
  'SIDE',
  'ar,en',
  ',,,',
  '١',
  'true',
];

describe('the address codecs', () => {
  it('read back every value they write', () => {
    for (const name of Object.keys(PARAMS) as ParamName[]) {
      const search = writeParams('', { [name]: SAMPLE[name] });
      expect(search, name).not.toBe('');
      expect(readParam(search, name), name).toEqual(SAMPLE[name]);
    }
    expect(readAddress(writeParams('', SAMPLE))).toEqual(SAMPLE);
  });

  it('leave a parameter out when it holds its default, and read an absent one as that default', () => {
    expect(writeParams('', DEFAULTS)).toBe('');
    expect(writeParams(writeParams('', SAMPLE), DEFAULTS)).toBe('');
    expect(DEFAULTS).toEqual({
      lang: null,
      event: null,
      source: null,
      claim: null,
      q: '',
      actors: [],
      sources: [],
      kinds: [],
      dates: [],
      lanes: 'kind',
      entity: null,
      from: null,
      to: null,
      present: null,
      briefing: null,
      step: null,
      data: null,
      author: false,
      diverge: null,
    });
  });

  it('never throw on hostile values, and what they read writes back as what it reads', () => {
    for (const name of Object.keys(PARAMS) as ParamName[]) {
      for (const raw of HOSTILE) {
        const search = `?${new URLSearchParams({ [name]: raw })}`;
        const value = readParam(search, name);
        expect(readParam(writeParams('', { [name]: value }), name), `${name}=${raw}`).toEqual(value);
      }
    }
  });

  it('turn malformed values into the default', () => {
    const read = (name: ParamName, raw: string): unknown =>
      readParam(`?${new URLSearchParams({ [name]: raw })}`, name);
    for (const raw of ['<b>', 'Call-1', '-x', 'a'.repeat(101), ' a', 'a/b'])
      for (const name of ['event', 'source', 'claim', 'entity', 'briefing'] as const)
        expect(read(name, raw), `${name}=${raw}`).toBeNull();
    expect(read('lang', 'fr')).toBeNull();
    expect(read('lang', 'AR')).toBeNull();
    for (const raw of ['0', '-1', '1e3', '0x10', '2.5', ' 3', '', '9999999', 'NaN'])
      expect(read('step', raw), raw).toBeNull();
    expect(read('step', '12')).toBe(12);
    for (const raw of [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-06-25T25:61',
      '20240625',
      '2024-06-25T10:00Z',
    ])
      expect(read('from', raw), raw).toBeNull();
    expect(read('to', '2024-02-29T23:59')).toEqual({ ms: Date.UTC(2024, 1, 29, 23, 59), time: true });
    // Which kinds there are is the dataset's to say: any kind id is read, anything else dropped.
    expect(read('kinds', 'defence-call,protests,<x>,a.b')).toEqual(['defence-call', 'protests']);
    expect(read('actors', '<x>,hamas,,')).toEqual(['hamas']);
    expect(read('dates', 'maybe')).toEqual([]);
    expect(read('present', 'yes')).toBeNull();
    expect(read('present', '1')).toBe('audience');
    expect(read('author', 'true')).toBe(false);
    expect(read('diverge', 'open')).toBeNull();
    expect(read('diverge', '1')).toBe('open');
    expect(read('diverge', '0')).toBe('folded');
    expect(read('q', 'x'.repeat(300))).toHaveLength(200);
    expect(read('q', '   ')).toBe('');
    expect(read('data', '')).toBeNull();
    // An address is kept as typed: opening it is checked where it is loaded.
    expect(read('data', 'javascript:alert(1)')).toBe('javascript:alert(1)');
  });

  it('keep parameters that are not theirs, and their place', () => {
    const search = '?utm=x&lang=ar&zz=%3Cb%3E&event=old';
    const next = writeParams(search, { event: 'new-1', step: 2, author: false });
    expect(next).toBe('?utm=x&lang=ar&zz=%3Cb%3E&event=new-1&step=2');
    expect(new URLSearchParams(next).get('zz')).toBe('<b>');
    expect(writeParams(search, {})).toBe(search);
    expect(writeParams('?event=a&event=b', { event: 'c' })).toBe('?event=c');
  });

  it('write a window edge with its time only when the window is short', () => {
    const day = { ms: Date.UTC(2024, 5, 25, 14, 45), time: false };
    expect(writeParams('', { from: day })).toBe('?from=2024-06-25');
    expect(writeParams('', { from: { ...day, time: true } })).toBe('?from=2024-06-25T14%3A45');
  });
});

/** Something open over the view: closed by Back unless it is behind a covering view (`inert`). */
interface FakeOverlay {
  close(): void;
  readonly inert?: boolean;
}

/**
 * A window with just what the address uses: a history stack whose moves fire `popstate` (at once, where
 * a browser fires it a moment later), recording what is written.
 */
function fakeWindow(search: string) {
  const entries: { url: string; state: unknown; kind: 'push' | 'replace' }[] = [];
  const listeners = new Set<() => void>();
  const loc = { pathname: '/app/', search, hash: '#h' };
  const stack: { search: string; state: unknown }[] = [{ search, state: { kept: true } }];
  let index = 0;
  const history = {
    state: { kept: true } as unknown,
    pushState(state: unknown, _: string, url: string) {
      entries.push({ url, state, kind: 'push' });
      stack.splice(index + 1, stack.length, { search: new URL(url, 'https://x').search, state });
      index += 1;
      show();
    },
    replaceState(state: unknown, _: string, url: string) {
      entries.push({ url, state, kind: 'replace' });
      stack[index] = { search: new URL(url, 'https://x').search, state };
      show();
    },
    go(delta: number) {
      const to = Math.min(stack.length - 1, Math.max(0, index + delta));
      if (to === index) return;
      index = to;
      show();
      for (const l of [...listeners]) l();
    },
    back() {
      history.go(-1);
    },
  };
  function show(): void {
    const e = stack[index]!;
    loc.search = e.search;
    history.state = e.state;
  }
  // What is open over the view: a Back closes the last of these, one at a time. A dialog, and the
  // phone's Menu (a toggle that Back closes).
  const open: FakeOverlay[] = [];
  const menu: FakeOverlay[] = [];
  const element = (o: FakeOverlay) => ({
    close: () => o.close(),
    click: () => o.close(),
    closest: (sel: string) => (sel === '[inert]' && o.inert === true ? {} : null),
  });
  const document = {
    querySelectorAll: (sel: string) =>
      sel === 'dialog[open]'
        ? open.map(element)
        : sel === '[data-back-closes][aria-expanded="true"]'
          ? menu.map(element)
          : [],
    querySelector: () => null,
  };
  const win = {
    location: loc,
    history,
    document,
    addEventListener: (type: string, l: () => void) => type === 'popstate' && listeners.add(l),
    removeEventListener: (type: string, l: () => void) => type === 'popstate' && listeners.delete(l),
  };
  return { win: win as never as Window, entries, listeners, go: history.go, open, menu };
}

describe('the address owner', () => {
  it('replaces the entry, or pushes one when asked, keeping the path, the hash and other parameters', () => {
    const f = fakeWindow('?data=x.json&lang=ar');
    const a = createAddress(f.win);
    a.update({ author: true });
    a.update({ event: 'e-1' }, { push: true });
    expect(f.entries).toEqual([
      { url: '/app/?data=x.json&lang=ar&author=1#h', state: { kept: true }, kind: 'replace' },
      { url: '/app/?data=x.json&lang=ar&author=1&event=e-1#h', state: { at: 1 }, kind: 'push' },
    ]);
    expect(a.read()).toMatchObject({ data: 'x.json', lang: 'ar', author: true, event: 'e-1' });
    expect(a.search()).toBe('?data=x.json&lang=ar&author=1&event=e-1');
  });

  it('writes nothing when the address would not change', () => {
    const f = fakeWindow('?lang=ar&step=2');
    const a = createAddress(f.win);
    a.update({ lang: 'ar', step: 2, author: false, data: null });
    expect(f.entries).toEqual([]);
  });

  it('gives a link without visiting it', () => {
    const f = fakeWindow('?lang=en&event=e-1');
    expect(createAddress(f.win).link({ present: 'presenter' })).toBe(
      '/app/?lang=en&event=e-1&present=presenter#h',
    );
    expect(f.entries).toEqual([]);
  });

  it('tells every subscriber of Back and Forward through one listener, and stops listening when none is left', () => {
    const f = fakeWindow('?event=a');
    const a = createAddress(f.win);
    const seen: string[] = [];
    const off1 = a.subscribe(() => seen.push(`1:${a.read().event}`));
    const off2 = a.subscribe(() => seen.push(`2:${a.read().event}`));
    expect(f.listeners.size).toBe(1);
    a.update({ event: 'b' }, { push: true });
    a.update({ event: 'c' }, { push: true });
    f.go(-1);
    off1();
    f.go(-1);
    expect(seen).toEqual(['1:b', '2:b', '2:a']);
    off2();
    expect(f.listeners.size).toBe(0);
  });

  it('on Back closes what is open over the view first, writing its entry again and telling no one', () => {
    const f = fakeWindow('?event=a');
    const a = createAddress(f.win);
    const seen: string[] = [];
    a.subscribe(() => seen.push(a.read().event ?? '-'));
    a.update({ event: 'b' }, { push: true });
    const closed: string[] = [];
    f.open.push({ close: () => closed.push('article') });
    f.go(-1);
    expect(closed).toEqual(['article']);
    expect(seen).toEqual([]);
    expect(f.entries.at(-1)).toMatchObject({ url: '/app/?event=b#h', kind: 'push' });
    expect(a.read().event).toBe('b');
    expect(a.at()).toBe(1);
    // Nothing open any more: the next Back changes the event.
    f.open.length = 0;
    f.go(-1);
    expect(seen).toEqual(['a']);
  });

  it('keeps the ledger: each entry its place, and how the view reached it', () => {
    const f = fakeWindow('?event=a');
    const a = createAddress(f.win);
    a.subscribe(() => {});
    expect([a.at(), a.arrival()]).toEqual([0, 'load']);
    a.update({ event: 'b' }, { push: true });
    a.update({ q: 'x' });
    a.update({ event: 'c' }, { push: true });
    expect([a.at(), a.arrival()]).toEqual([2, 'push']);
    f.go(-2);
    expect([a.at(), a.arrival(), a.read().event]).toEqual([0, 'history', 'a']);
    f.go(1);
    expect([a.at(), a.read().event, a.read().q]).toEqual([1, 'b', 'x']);
    // A reload reads the place from the entry it lands on.
    expect(createAddress(f.win).at()).toBe(1);
  });

  it("a Back that jumps past a dialog's own entry closes it and moves the view too", () => {
    const f = fakeWindow('?event=a');
    const a = createAddress(f.win);
    const seen: string[] = [];
    a.subscribe(() => seen.push(a.read().event ?? '-'));
    a.update({ event: 'b' }, { push: true });
    const closed: string[] = [];
    f.open.push({ close: () => closed.push('profile') });
    overlayOpened();
    expect(a.at()).toBe(2);
    // One Back: the dialog closes, the view stays.
    f.go(-1);
    expect([closed, seen, a.read().event]).toEqual([['profile'], [], 'b']);
    f.open.length = 0;
    f.open.push({ close: () => closed.push('article') });
    overlayOpened();
    // Two entries back at once (the browser's history menu): the dialog closes and the view is told.
    f.go(-2);
    expect(closed).toEqual(['profile', 'article']);
    expect(seen).toEqual(['a']);
    expect(a.at()).toBe(0);
  });

  it('does not spend a Back on what is behind a view covering the page', () => {
    const f = fakeWindow('?event=a');
    const a = createAddress(f.win);
    const seen: string[] = [];
    a.subscribe(() => seen.push(a.read().event ?? '-'));
    a.update({ event: null }, { push: true });
    const closed: string[] = [];
    // The Menu is open, and an event's view now covers the page (the header is inert).
    f.menu.push({ close: () => closed.push('menu'), inert: true });
    a.update({ event: 'b' }, { push: true });
    f.go(-1);
    expect(closed).toEqual([]);
    expect(seen).toEqual(['-']);
    // Seen, it closes first.
    f.menu.length = 0;
    f.menu.push({ close: () => closed.push('menu') });
    f.go(-1);
    expect(closed).toEqual(['menu']);
    expect(seen).toEqual(['-']);
  });
});

describe('"Where they diverge" in a link (UX review 10, S3-1)', () => {
  it('is open for every event at every size unless the link or the reader folds it', () => {
    // Never chosen, no link: open (one rule, not "where the first quotes fit").
    expect(divergeFolded(null, undefined)).toBe(false);
    // The reader's own choice, remembered.
    expect(divergeFolded(null, true)).toBe(true);
    expect(divergeFolded(null, false)).toBe(false);
    // A shared link carries the sender's state over the reader's own choice.
    expect(divergeFolded('open', true)).toBe(false);
    expect(divergeFolded('folded', false)).toBe(true);
    expect(divergeFolded('folded', undefined)).toBe(true);
  });

  it("is one parameter, diverge=1 or diverge=0, next to the view's own", () => {
    expect(writeParams('?lang=en&event=call-2024-06-25', { diverge: 'folded' })).toBe(
      '?lang=en&event=call-2024-06-25&diverge=0',
    );
    expect(writeParams('?event=e-1&diverge=0', { diverge: 'open' })).toBe('?event=e-1&diverge=1');
    expect(readAddress('?event=e-1&diverge=1').diverge).toBe('open');
  });
});
