import { describe, expect, it } from 'vitest';
import { coverageByOutlet, indexDataset, reportingSources, sourceChain, type Source } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const june = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
const outlets = dataset.outlets ?? [];

describe('a report’s name on screen has one owner, the source’s chain', () => {
  it('the coverage strip names a report as the chain does, even where the outlets’ description spells it otherwise', () => {
    const renamed = outlets.map((o) => ({
      ...o,
      name: { ar: `${o.name.ar} (وصف)`, en: `${o.name.en} (described)` },
    }));
    const reporting = reportingSources(index, june);
    const chainNames = reporting
      .map((s) => sourceChain(s, renamed)[0]?.name.en)
      .filter((n) => n !== undefined);
    const names = coverageByOutlet(june, reporting, renamed).shares.flatMap((s) => s.names.map((n) => n.en));
    expect(names).toEqual(['Alhurra', 'Reuters', 'Al Qahera News']);
    expect(names.every((n) => chainNames.includes(n))).toBe(true);
  });

  it('names a report once per share, however many sources rest on it first', () => {
    const reporting = reportingSources(index, june);
    const first = reporting[1]!;
    const twin: Source = { ...first, id: 'twin' as Source['id'] };
    const event = {
      ...june,
      accounts: [...june.accounts, { ...june.accounts.find((a) => a.source === first.id)!, source: twin.id }],
    };
    const shares = coverageByOutlet(event, [...reporting, twin], outlets).shares;
    const share = shares.find((s) => s.sources === 2)!;
    expect(share.names).toHaveLength(1);
  });
});
