import { describe, expect, it } from 'vitest';
import { sourceTitle } from '../../src/domain';
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
