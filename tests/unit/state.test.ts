import { describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../src/domain';
import { writers } from '../support/source-files';
import {
  createStore,
  deckRoleIn,
  initialLang,
  PLAIN_SCREEN,
  readUrl,
  savedDisplay,
  saveDisplay,
  savedLang,
  saveLang,
  siteStorage,
  viewFromUrl,
  writeUrl,
  type ViewState,
} from '../../src/state';

const BASE: ViewState = {
  lang: 'ar',
  eventId: null,
  sourceId: null,
  claimId: null,
  window: null,
  query: '',
  filters: NO_FILTERS,
  lanes: 'kind',
  entityId: null,
  present: false,
  briefingId: null,
  step: null,
  deckScreen: PLAIN_SCREEN,
  mode: 'view',
  display: { months: 'levantine', digits: 'arab' },
};

describe('the view store', () => {
  it('notifies subscribers of real changes only', () => {
    const store = createStore({ a: 1, b: 'x' });
    const seen = vi.fn();
    const stop = store.subscribe(seen);
    store.set({ a: 1 });
    expect(seen).not.toHaveBeenCalled();
    store.set((s) => ({ a: s.a + 1 }));
    expect(seen).toHaveBeenCalledWith({ a: 2, b: 'x' }, { a: 1, b: 'x' });
    stop();
    store.set({ b: 'y' });
    expect(seen).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ a: 2, b: 'y' });
  });
});

describe('the view in the URL', () => {
  it('reads language, event and window, ignoring what is malformed', () => {
    expect(readUrl('?lang=en&event=call-2024-06-25&from=2024-05-01&to=2024-08-01')).toEqual({
      lang: 'en',
      eventId: 'call-2024-06-25',
      window: { from: Date.UTC(2024, 4, 1), to: Date.UTC(2024, 7, 1) },
    });
    expect(readUrl('?lang=fr&event=<script>&from=2024-08-01&to=2024-05-01')).toEqual({});
    expect(readUrl('?from=2024-02-30&to=x')).toEqual({});
  });

  it('writes a link that reads back to the same view and keeps other parameters', () => {
    const view = {
      ...BASE,
      lang: 'ar' as const,
      eventId: 'x-1',
      sourceId: 'art-002',
      claimId: null,
      window: { from: Date.UTC(2022, 2, 1), to: Date.UTC(2024, 8, 1) },
    };
    const search = writeUrl('?data=other.json&event=old&claim=old', view);
    expect(search).toBe('?data=other.json&event=x-1&lang=ar&source=art-002&from=2022-03-01&to=2024-09-01');
    expect(readUrl(search)).toEqual({ lang: 'ar', eventId: 'x-1', sourceId: 'art-002', window: view.window });
    // Source and claim belong to an event: without one they are dropped.
    expect(writeUrl(search, { ...view, eventId: null, window: null })).toBe('?data=other.json&lang=ar');
    expect(readUrl('?source=art-002&claim=initiator')).toEqual({});
  });

  it('keeps hours in a window shorter than ten days', () => {
    const from = Date.UTC(2024, 5, 25, 6, 30);
    const search = writeUrl('', {
      ...BASE,
      lang: 'en',
      eventId: null,
      sourceId: null,
      claimId: null,
      window: { from, to: from + 2 * 86_400_000 },
    });
    expect(search).toContain('from=2024-06-25T06%3A30');
    expect(readUrl(search).window?.from).toBe(from);
  });
});

describe('search, filters and lanes in the URL', () => {
  it('round-trip, and unknown values are dropped', () => {
    const view: ViewState = {
      ...BASE,
      query: 'شويجو',
      filters: {
        actors: ['shoigu', 'austin'],
        sources: ['art-000'],
        kinds: ['defence-call'],
        dates: ['inferred'],
      },
      lanes: 'side',
      entityId: 'shoigu',
      present: true,
    };
    const search = writeUrl('', view);
    expect(search).toContain('present=1');
    const back = viewFromUrl(readUrl(search));
    expect(back).toMatchObject({
      query: 'شويجو',
      filters: view.filters,
      lanes: 'side',
      entityId: 'shoigu',
      present: true,
    });
    // Any kind id is read (which kinds there are is the dataset's to say); what is no id is dropped.
    expect(readUrl('?kinds=defence-call,<b>,protests&dates=maybe&actors=<x>').filters).toEqual({
      actors: [],
      sources: [],
      kinds: ['defence-call', 'protests'],
      dates: [],
    });
    expect(
      writeUrl(search, {
        ...view,
        query: '',
        filters: NO_FILTERS,
        lanes: 'kind',
        entityId: null,
        present: false,
      }),
    ).toBe('?lang=ar');
  });
});

describe('the briefing in the URL', () => {
  it('round-trips with present=1, and a malformed id is dropped', () => {
    const search = writeUrl('?data=x.json', { ...BASE, present: true, briefingId: 'calls-2022-2024' });
    expect(search).toBe('?data=x.json&lang=ar&present=1&briefing=calls-2022-2024');
    expect(readUrl(search)).toEqual({ lang: 'ar', present: true, briefingId: 'calls-2022-2024' });
    expect(viewFromUrl(readUrl(search)).briefingId).toBe('calls-2022-2024');
    expect(viewFromUrl(readUrl('?briefing=<b>')).briefingId).toBeNull();
    expect(writeUrl(search, { ...BASE, briefingId: null })).toBe('?data=x.json&lang=ar');
  });
});

describe('display preferences', () => {
  it('default to both month names and Arabic-Indic digits, and are remembered', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    expect(savedDisplay(storage)).toEqual({ months: 'both', digits: 'arab' });
    saveDisplay({ months: 'levantine', digits: 'latn' }, storage);
    expect(savedDisplay(storage)).toEqual({ months: 'levantine', digits: 'latn' });
    map.set('riwayat.display', '{"months":"klingon"');
    expect(savedDisplay(storage)).toEqual({ months: 'both', digits: 'arab' }); // Until the reader chooses, the months the browser's region suggests; a choice outranks them.
    map.clear();
    expect(savedDisplay(storage, 'egyptian')).toEqual({ months: 'egyptian', digits: 'arab' });
    saveDisplay({ months: 'levantine', digits: 'arab' }, storage);
    expect(savedDisplay(storage, 'egyptian')).toEqual({ months: 'levantine', digits: 'arab' });
  });
});

describe('choosing the language', () => {
  it('takes the URL, then the saved choice, then the browser, else Arabic', () => {
    expect(initialLang('en', 'ar', 'ar')).toBe('en');
    expect(initialLang(undefined, 'en', 'ar')).toBe('en');
    expect(initialLang(undefined, null, 'en')).toBe('en');
    expect(initialLang(undefined, null, null)).toBe('ar');
  });

  it('remembers the choice, and survives storage that throws', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    saveLang('en', storage);
    expect(savedLang(storage)).toBe('en');
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(savedLang(broken)).toBeNull();
    expect(() => saveLang('ar', broken)).not.toThrow();
  });
});

describe('site storage', () => {
  const blocked = (): void => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  };
  const restore = (): void => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  };

  it('reads and writes through to localStorage when there is one', () => {
    const map = new Map<string, string>();
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      value: { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => map.set(k, v) },
    });
    try {
      expect(siteStorage.setItem('riwayat.lang', 'en')).toBe(true);
      expect(savedLang()).toBe('en');
    } finally {
      restore();
    }
  });

  it('survives storage that is blocked (reading it throws), missing or full', () => {
    blocked();
    try {
      expect(siteStorage.getItem('riwayat.lang')).toBeNull();
      expect(siteStorage.setItem('riwayat.lang', 'en')).toBe(false);
      expect(savedLang()).toBeNull();
      expect(savedDisplay()).toEqual({ months: 'both', digits: 'arab' });
      expect(() => saveLang('en')).not.toThrow();
    } finally {
      restore();
    }
    expect(siteStorage.getItem('x')).toBeNull();
    expect(siteStorage.setItem('x', 'y')).toBe(false);
  });
});

describe('which window of a presentation this is', () => {
  it('is the presenter’s own with `present=presenter`, else the audience’s', () => {
    expect(deckRoleIn('?present=presenter')).toBe('presenter');
    expect(deckRoleIn('?present=1')).toBe('audience');
    expect(deckRoleIn('')).toBe('audience');
  });

  it('stays the presenter’s while it presents, and leaves the address with the presentation', () => {
    const presenting = { ...BASE, present: true };
    expect(writeUrl('?present=presenter', presenting)).toContain('present=presenter');
    expect(writeUrl('?present=1', presenting)).toContain('present=1');
    expect(writeUrl('?present=presenter', BASE)).not.toContain('present');
  });

  it('is read from the address in one place', () => {
    const reads = /\bpresent\s*===\s*'presenter'|'present'\)\s*===\s*'presenter'/u;
    expect(writers(reads, ['src/state/url.ts'])).toEqual([]);
  });
});

describe('the presentation’s step in the address', () => {
  it('is read and written by the view’s codec alone (state/url.ts), never by a module of its own', () => {
    const own = /(?:update|link)\(\{[^}]*\bstep:|\.read\(\)\.step\b|readParam\([^,]+,\s*'step'\)/u;
    expect(writers(own, [])).toEqual([]);
  });
});
