import { describe, expect, it } from 'vitest';
import { sourceLabel, sourceTitle, sourceTitleAfter } from '../../src/domain';
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
  it('is the lead, then how the article stands to it and that its site is unknown, in English', () => {
    expect(sourceLabel(source('art-001'), 'en')).toBe('Alhurra (republished · site unknown)');
    expect(sourceLabel(source('art-002'), 'en')).toBe('Reuters (quoted in part · site unknown)');
    expect(sourceLabel(source('art-003'), 'en')).toBe('Al Qahera News (quoted in part · site unknown)');
    expect(sourceLabel(source('art-004'), 'en')).toBe('Sputnik (quoted in part · site unknown)');
  });
  it('is worded and separated in Arabic as Arabic is', () => {
    expect(sourceLabel(source('art-001'), 'ar')).toBe('الحرة (إعادة نشر — الموقع غير معروف)');
    expect(sourceLabel(source('art-003'), 'ar')).toBe('القاهرة الإخبارية (نقل جزئي — الموقع غير معروف)');
  });
  it('is the site alone where the article names it', () => {
    const almada = source('art-000');
    expect(sourceLabel(almada, 'en')).toBe(almada.outlet.en);
    expect(sourceLabel(almada, 'ar')).toBe(almada.outlet.ar);
    expect(sourceTitleAfter(sourceTitle(almada), 'ar')).toBe('');
  });
  it('says only that the site is unknown where the article names neither a site nor a report', () => {
    const bare = { ...source('art-001'), restsOn: [] };
    expect(sourceLabel(bare, 'en')).toBe('Alhurra’s report, republished (site unknown)');
    expect(sourceLabel(bare, 'ar')).toBe('إعادة نشر لتقرير الحرة (الموقع غير معروف)');
  });
  it('reads a stated site with a credited report as the site, with nothing after it', () => {
    const stated = { ...source('art-001'), outletBasis: 'stated' as const };
    expect(sourceTitleAfter(sourceTitle(stated), 'en')).toBe('');
    expect(sourceLabel(stated, 'en')).toBe(stated.outlet.en);
  });
});
