import { describe, expect, it } from 'vitest';
import { sourceTitle, type Provenance, type Source } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();
const byId = (id: string): Source => dataset.sources.find((s) => s.id === id)!;
// art-001 credits Alhurra in its own words («الحرة»), as a whole; it names no site.
const alhurra: Provenance = byId('art-001').restsOn![0]!;

describe('sourceTitle at its edges', () => {
  it('leads with the site an article names even when it also credits a report', () => {
    const named = { ...byId('art-000'), restsOn: [alhurra] };
    expect(sourceTitle(named)).toEqual({ lead: named.outlet, relation: null, siteKnown: true });
  });

  it('keeps the description of a source that lists no reports at all', () => {
    const { restsOn: _, ...bare } = byId('art-003');
    expect(sourceTitle(bare)).toEqual({ lead: bare.outlet, relation: null, siteKnown: false });
  });

  it('never leads with the reserved unknown origin, even credited (which validation refuses)', () => {
    const unknown: Provenance = { ...alhurra, origin: 'unknown', name: { ar: 'مجهول', en: 'Unknown' } };
    const s = { ...byId('art-001'), restsOn: [unknown] };
    expect(sourceTitle(s).lead).toBe(s.outlet);
    // With a named report after it, that report leads.
    expect(sourceTitle({ ...s, restsOn: [unknown, alhurra] }).lead).toBe(alhurra.name);
  });
});
