import { describe, expect, it } from 'vitest';
import {
  briefingEvent,
  indexDataset,
  quoteKey,
  reportingSources,
  resolveBriefing,
  storyBriefing,
  type Briefing,
  type BriefingId,
  type ClaimId,
  type EventId,
  type SourceId,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const index = indexDataset(loadCorpus());
const callId = 'call-2024-06-25' as EventId;
const call = index.events.get(callId)!;
const reporting = reportingSources(index, call);
const src = (id: string): SourceId => id as SourceId;

describe('a briefing item narrows its event', () => {
  it('keeps everything when the item chooses nothing', () => {
    const entry = briefingEvent(call, { event: callId }, reporting);
    expect(entry.event).toEqual(call);
    expect(entry.reporting.map((s) => s.id)).toEqual(['art-001', 'art-002', 'art-003']);
  });

  it('keeps the chosen sources in the chosen order, and only their accounts', () => {
    const entry = briefingEvent(
      call,
      { event: callId, sources: [src('art-003'), src('art-001')] },
      reporting,
    );
    expect(entry.reporting.map((s) => s.id)).toEqual(['art-003', 'art-001']);
    expect(entry.event.accounts.map((a) => a.source).sort()).toEqual(['art-001', 'art-003']);
  });

  it('keeps the chosen quotes, exact slices, in the chosen order', () => {
    const quotes = call.accounts.find((a) => a.source === 'art-001')!.quotes;
    const [a, b] = [quotes[3]!, quotes[1]!];
    const entry = briefingEvent(
      call,
      {
        event: callId,
        sources: [src('art-001')],
        quotes: [b, a].map((q) => ({ source: src('art-001'), start: q.start, end: q.end })),
      },
      reporting,
    );
    expect(entry.event.accounts[0]!.quotes).toEqual([b, a]);
  });

  it('keeps the chosen claims in the chosen order', () => {
    const ids = ['initiator', 'call-held'] as ClaimId[];
    const entry = briefingEvent(call, { event: callId, claims: ids }, reporting);
    expect(entry.event.claims.map((c) => c.id)).toEqual(ids);
  });
});

describe('resolving a briefing', () => {
  it('reports every reference that names nothing, and leaves out a missing event', () => {
    const briefing: Briefing = {
      id: 'b' as BriefingId,
      title: { ar: 'إحاطة', en: 'Briefing' },
      items: [
        { event: 'no-such-event' as EventId },
        {
          event: callId,
          sources: [src('art-000')],
          quotes: [{ source: src('art-001'), start: 1, end: 2 }],
          claims: ['no-such-claim' as ClaimId],
        },
      ],
    };
    const resolved = resolveBriefing(index, briefing);
    expect(resolved.entries.map((e) => e.event.id)).toEqual([callId]);
    expect(resolved.missing).toEqual([
      'item 1: event no-such-event',
      'item 2: source art-000',
      `item 2: quote ${quoteKey({ source: src('art-001'), start: 1, end: 2 })}`,
      'item 2: claim no-such-claim',
    ]);
  });

  it('makes the story briefing from a title and events', () => {
    const b = storyBriefing({ ar: 'ع', en: 't' }, [callId]);
    expect(resolveBriefing(index, b).entries.map((e) => e.event.id)).toEqual([callId]);
    expect(resolveBriefing(index, b).missing).toEqual([]);
  });
});

describe('what a briefing names, checked against the dataset', () => {
  const quotes = call.accounts.find((a) => a.source === 'art-001')!.quotes;
  const ref = (q: { start: number; end: number }) => ({ source: src('art-001'), start: q.start, end: q.end });
  const first = quotes[0]!;
  const last = quotes[quotes.length - 1]!;
  const briefingOf = (item: Briefing['items'][number]): Briefing => ({
    id: 'b' as BriefingId,
    title: { ar: 'إحاطة', en: 'Briefing' },
    items: [item],
  });

  it('reports nothing when every source, quote and claim is the event’s own', () => {
    const resolved = resolveBriefing(
      index,
      briefingOf({
        event: callId,
        sources: [src('art-002'), src('art-001')],
        quotes: [ref(last), ref(first)],
        claims: [call.claims[1]!.id, call.claims[0]!.id],
      }),
    );
    expect(resolved.missing).toEqual([]);
    const entry = resolved.entries[0]!;
    expect(entry.reporting.map((s) => s.id)).toEqual(['art-002', 'art-001']);
    expect(entry.event.accounts.find((a) => a.source === 'art-001')!.quotes).toEqual([last, first]);
    expect(entry.event.claims.map((c) => c.id)).toEqual([call.claims[1]!.id, call.claims[0]!.id]);
  });

  it('orders the chosen quotes as chosen, even against the article’s order', () => {
    const entry = briefingEvent(call, { event: callId, quotes: [ref(last), ref(first)] }, reporting);
    expect(entry.event.accounts.find((a) => a.source === 'art-001')!.quotes).toEqual([last, first]);
  });

  it('reports a quote whose end alone is wrong, and one whose start alone is wrong', () => {
    const resolved = resolveBriefing(
      index,
      briefingOf({
        event: callId,
        quotes: [
          { ...ref(first), end: first.end + 1 },
          { ...ref(first), start: first.start + 1 },
        ],
      }),
    );
    expect(resolved.missing).toEqual([
      `item 1: quote art-001:${first.start}-${first.end + 1}`,
      `item 1: quote art-001:${first.start + 1}-${first.end}`,
    ]);
  });

  it('reports a quote of a source with no account of the event, and names its source', () => {
    const resolved = resolveBriefing(
      index,
      briefingOf({ event: callId, quotes: [{ ...ref(first), source: src('art-000') }] }),
    );
    expect(resolved.missing).toEqual([`item 1: quote art-000:${first.start}-${first.end}`]);
  });

  it('finds a quote in its own source’s account, not in the first account', () => {
    const other = call.accounts.find((a) => a.source === 'art-002')!.quotes[0]!;
    expect(quotes.some((q) => q.start === other.start && q.end === other.end)).toBe(false);
    const resolved = resolveBriefing(
      index,
      briefingOf({ event: callId, quotes: [{ source: src('art-002'), start: other.start, end: other.end }] }),
    );
    expect(resolved.missing).toEqual([]);
  });
});
