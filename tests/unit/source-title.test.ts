import { describe, expect, it } from 'vitest';
import { sourceLabel, sourceNameParts, sourceTitle, tabName } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();
const title = (id: string) => {
  const t = sourceTitle(dataset.sources.find((s) => s.id === id)!);
  return [t.lead.en, t.relation, t.siteKnown];
};

describe('sourceTitle', () => {
  it('leads with the report an article names as its origin where it names no site, and invents none', () => {
    expect(title('art-001')).toEqual(['Alhurra', 'republished', false]);
    expect(title('art-002')).toEqual(['Reuters', 'quoted', false]);
    expect(title('art-003')).toEqual(['Al Qahera News', 'quoted', false]);
    // Sputnik is credited in the article's words; AFP, listed first, is only inferred.
    expect(title('art-004')).toEqual(['Sputnik', 'quoted', false]);
  });
  it('leads with the site where the article names it, as the dataset states it', () => {
    const almada = dataset.sources.find((s) => s.id === 'art-000')!;
    expect(sourceTitle(almada)).toEqual({ lead: almada.outlet, relation: null, siteKnown: true });
  });
  it('keeps the description where the article names neither a site nor a report', () => {
    const bare = { ...dataset.sources.find((s) => s.id === 'art-001')!, restsOn: [] };
    expect(sourceTitle(bare)).toEqual({ lead: bare.outlet, relation: null, siteKnown: false });
    const inferredOnly = {
      ...bare,
      restsOn: dataset.sources.find((s) => s.id === 'art-000')!.restsOn ?? [],
    };
    expect(sourceTitle(inferredOnly).lead).toBe(bare.outlet);
  });
});

describe('sourceLabel: the one plain name of a source', () => {
  const source = (id: string) => dataset.sources.find((s) => s.id === id)!;
  it('says an unnamed site relays the report it credits, never the report’s name alone, in English', () => {
    expect(sourceLabel(source('art-001'), 'en')).toBe('Unnamed site republishing Alhurra');
    expect(sourceLabel(source('art-002'), 'en')).toBe('Unnamed site citing Reuters');
    expect(sourceLabel(source('art-003'), 'en')).toBe('Unnamed site citing Al Qahera News');
    expect(sourceLabel(source('art-004'), 'en')).toBe('Unnamed site citing Sputnik');
  });
  it('is worded in Arabic as Arabic is', () => {
    expect(sourceLabel(source('art-001'), 'ar')).toBe('موقع غير مسمّى يعيد نشر الحرة');
    expect(sourceLabel(source('art-002'), 'ar')).toBe('موقع غير مسمّى ينقل عن رويترز');
    expect(sourceLabel(source('art-003'), 'ar')).toBe('موقع غير مسمّى ينقل عن القاهرة الإخبارية');
  });
  it('holds the credited report as its lead, the run a name is scanned for', () => {
    expect(sourceNameParts(source('art-002'), 'en')).toEqual({
      before: 'Unnamed site citing ',
      lead: 'Reuters',
      after: '',
    });
  });
  it('is the site alone where the article names it', () => {
    const almada = source('art-000');
    expect(sourceLabel(almada, 'en')).toBe(almada.outlet.en);
    expect(sourceLabel(almada, 'ar')).toBe(almada.outlet.ar);
    expect(sourceNameParts(almada, 'ar')).toEqual({ before: '', lead: almada.outlet.ar, after: '' });
  });
  it('says only that the site is unnamed where the article names neither a site nor a report', () => {
    const bare = { ...source('art-001'), restsOn: [] };
    expect(sourceLabel(bare, 'en')).toBe('Alhurra’s report, republished (unnamed site)');
    expect(sourceLabel(bare, 'ar')).toBe('إعادة نشر لتقرير الحرة (موقع غير مسمّى)');
  });
  it('reads a stated site with a credited report as the site, with nothing around it', () => {
    const stated = { ...source('art-001'), outletBasis: 'stated' as const };
    expect(sourceLabel(stated, 'en')).toBe(stated.outlet.en);
  });
});

describe('tabName', () => {
  const byId = (id: string) => dataset.sources.find((s) => s.id === id)!;
  it('names a site the article names by its name before the description, in both languages', () => {
    expect(tabName(byId('art-000'), 'en')).toBe('AlMada');
    expect(tabName(byId('art-000'), 'ar')).toBe('المدى');
  });
  it('is the title’s lead otherwise, alike for every tab', () => {
    expect(['art-001', 'art-002', 'art-004'].map((id) => tabName(byId(id), 'en'))).toEqual([
      'Alhurra',
      'Reuters',
      'Sputnik',
    ]);
    // A name with no description after it, or one that starts with a parenthesis, stays whole.
    const plain = { ...byId('art-000'), outlet: { en: 'AlMada', ar: 'المدى' } };
    expect(tabName(plain, 'en')).toBe('AlMada');
    const odd = { ...byId('art-000'), outlet: { en: '(unnamed) site', ar: '(موقع)' } };
    expect(tabName(odd, 'en')).toBe('(unnamed) site');
  });
  it('never cuts the lead of an unnamed site', () => {
    const quoted = {
      ...byId('art-002'),
      restsOn: [{ ...byId('art-002').restsOn![0]!, name: { en: 'Reuters (UK)', ar: 'رويترز (بريطانيا)' } }],
    };
    expect(tabName(quoted, 'en')).toBe('Reuters (UK)');
  });
});

describe('a site known from its address, its text naming none', () => {
  // Al-Shorouk's report of the Afghan earthquake (1 September 2025): the address is the site's, the
  // text never names it, and the outlet was taken from the address.
  const shorouk = {
    ...dataset.sources.find((s) => s.id === 'art-003')!,
    outlet: { en: 'shorouknews.com (Egypt)', ar: 'shorouknews.com (مصر)' },
    outletBasis: 'unknown' as const,
    url: 'https://www.shorouknews.com/news/view.aspx?cdate=01092025&id=3ba9adc1',
    restsOn: [],
  };
  it('is named by its outlet, never "(unnamed site)", in both languages', () => {
    expect(sourceTitle(shorouk)).toEqual({ lead: shorouk.outlet, relation: null, siteKnown: true });
    expect(sourceLabel(shorouk, 'en')).toBe('shorouknews.com (Egypt)');
    expect(sourceLabel(shorouk, 'ar')).toBe('shorouknews.com (مصر)');
  });
  it('leads with the site even where its text credits a report', () => {
    const citing = { ...shorouk, restsOn: dataset.sources.find((s) => s.id === 'art-002')!.restsOn ?? [] };
    expect(sourceLabel(citing, 'en')).toBe('shorouknews.com (Egypt)');
  });
  it('is cut before the description on a tab, as a named site is', () => {
    expect(tabName(shorouk, 'en')).toBe('shorouknews.com');
    expect(tabName({ ...shorouk, outletBasis: 'stated' }, 'en')).toBe('shorouknews.com');
  });
  it('is not known from an address that is not a web address', () => {
    expect(sourceLabel({ ...shorouk, url: 'javascript:alert(1)' }, 'en')).toBe(
      'shorouknews.com (Egypt) (unnamed site)',
    );
    expect(sourceLabel({ ...shorouk, url: null }, 'en')).toBe('shorouknews.com (Egypt) (unnamed site)');
  });
});
