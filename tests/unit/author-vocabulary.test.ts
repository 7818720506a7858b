import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  candidateNames,
  checkDraft,
  complete,
  completions,
  EMPTY_DRAFT,
  glossaryOf,
  newEntityId,
  renderingsToCheck,
  sameWords,
  renderedWords,
  termsIn,
  twinFills,
  wordBefore,
  wordCompletions,
  type Command,
  type Draft,
  type QuoteRef,
} from '../../src/author';

const run = (d: Draft, ...commands: Command[]): Draft => commands.reduce(applyCommand, d);

const TEXT =
  'أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأمريكي ماركو روبيو. ' +
  'وقال المتحدث باسم الكرملين دميتري بيسكوف إن لافروف وروبيو سيتحدثان قريبا.\n' +
  'وكان الرئيس الأمريكي دونالد ترامب قد قال إن القمة مؤجلة.';

const lavrov = {
  kind: 'person',
  side: 'russia',
  name: { ar: 'سيرغي لافروف', en: 'Sergei Lavrov' },
  aliases: ['لافروف', ' لافروف ', ''],
} as const;

const withPeople = (): Draft =>
  run(
    EMPTY_DRAFT,
    { type: 'add-article', text: TEXT },
    { type: 'add-entity', id: 'lavrov', fields: lavrov },
    {
      type: 'add-entity',
      id: 'rubio',
      fields: {
        kind: 'person',
        side: 'us',
        name: { ar: 'ماركو روبيو', en: 'Marco Rubio' },
        aliases: ['روبيو'],
      },
    },
    { type: 'create-event', id: 'call', fields: { start: '2025-10-20', actors: ['lavrov', 'rubio'] } },
    { type: 'add-claim', event: 'call', id: 'c1', text: { ar: 'أ', en: 'A' } },
    { type: 'set-claim', event: 'call', claim: 'c1', by: 'rubio' },
  );

describe('the story’s own vocabulary', () => {
  it('adds an entity with its spellings cleaned, once per id, and refuses unknown kinds or sides', () => {
    const d = withPeople();
    expect(d.entities[0]).toEqual({
      id: 'lavrov',
      kind: 'person',
      side: 'russia',
      name: lavrov.name,
      aliases: ['لافروف'],
    });
    expect(run(d, { type: 'add-entity', id: 'lavrov', fields: lavrov })).toBe(d);
    expect(run(d, { type: 'add-entity', id: 'x', fields: { kind: 'army' as never } })).toBe(d);
    expect(run(d, { type: 'add-entity', id: 'x', fields: { side: 'mars' as never } })).toBe(d);
    expect(run(d, { type: 'add-entity', id: 'Bad Id', fields: {} })).toBe(d);
  });

  it('edits an entity, sets and clears its role, and records nothing when nothing changes', () => {
    const d = withPeople();
    const role = { ar: 'وزير الخارجية الروسي', en: 'Russian foreign minister' };
    const r = run(d, { type: 'set-entity', entity: 'lavrov', fields: { role, side: 'russia' } });
    expect(r.entities[0]!.role).toEqual(role);
    expect(run(r, { type: 'set-entity', entity: 'lavrov', fields: { role } })).toBe(r);
    expect(
      run(r, { type: 'set-entity', entity: 'lavrov', fields: { role: null } }).entities[0],
    ).not.toHaveProperty('role');
    expect(run(d, { type: 'set-entity', entity: 'nobody', fields: { role } })).toBe(d);
  });

  it('merges one entity into another: spellings join, actors and speakers follow, nothing twice', () => {
    const d = run(withPeople(), {
      type: 'add-entity',
      id: 'rubio-2',
      fields: {
        kind: 'person',
        side: 'us',
        name: { ar: 'روبيو', en: 'Rubio' },
        aliases: ['ماركو روبيو', 'روبيّو'],
      },
    });
    const withBoth = run(d, {
      type: 'update-event',
      event: 'call',
      fields: { actors: ['lavrov', 'rubio', 'rubio-2'] },
    });
    const m = run(withBoth, { type: 'merge-entities', from: 'rubio-2', into: 'rubio' });
    expect(m.entities.map((e) => e.id)).toEqual(['lavrov', 'rubio']);
    expect(m.entities[1]!.aliases).toEqual(['روبيو', 'ماركو روبيو', 'روبيّو']);
    expect(m.events[0]!.actors).toEqual(['lavrov', 'rubio']);
    const back = run(withBoth, { type: 'merge-entities', from: 'rubio', into: 'rubio-2' });
    expect(back.events[0]!.claims[0]!.by).toBe('rubio-2');
    expect(run(m, { type: 'merge-entities', from: 'rubio', into: 'rubio' })).toBe(m);
  });

  it('removes an entity and every reference to it', () => {
    const r = run(withPeople(), { type: 'remove-entity', entity: 'rubio' });
    expect(r.entities.map((e) => e.id)).toEqual(['lavrov']);
    expect(r.events[0]!.actors).toEqual(['lavrov']);
    expect(r.events[0]!.claims[0]).not.toHaveProperty('by');
  });

  it('sets the dataset’s title', () => {
    const d = run(EMPTY_DRAFT, {
      type: 'set-title',
      title: { ar: ' لافروف وروبيو ', en: 'Lavrov and Rubio' },
    });
    expect(d.title).toEqual({ ar: 'لافروف وروبيو', en: 'Lavrov and Rubio' });
    expect(run(d, { type: 'set-title', title: d.title })).toBe(d);
  });

  it('gives a new entity an id from its English name', () => {
    const d = withPeople();
    expect(newEntityId(d, { ar: 'دونالد ترامب', en: 'Donald Trump' }, 'person')).toBe('trump');
    expect(newEntityId(d, { ar: 'سيرغي لافروف', en: 'Sergei Lavrov' }, 'person')).toBe('lavrov-1');
    expect(newEntityId(d, { ar: 'الكرملين', en: '' }, 'organisation')).toBe('organisation-1');
    expect(newEntityId(d, { ar: '', en: 'European Union' }, 'organisation')).toBe('european-union');
  });
});

describe('names found in an article', () => {
  it('finds the people named after a title, with the side the title gives and their family name alone', () => {
    const found = candidateNames(TEXT, []).filter((c) => c.kind === 'person');
    expect(found.map((c) => [c.name, c.side])).toEqual([
      ['سيرغي لافروف', 'russia'],
      ['ماركو روبيو', 'us'],
      ['دميتري بيسكوف', 'russia'],
      ['دونالد ترامب', 'us'],
    ]);
    expect(found[0]!.aliases).toEqual(['سيرغي لافروف', 'لافروف']);
    expect(found[0]!.count).toBe(2);
    expect(TEXT.slice(found[1]!.at.start, found[1]!.at.end)).toBe('ماركو روبيو');
  });

  it('leaves out the names the draft already knows', () => {
    const names = candidateNames(TEXT, withPeople().entities)
      .filter((c) => c.kind === 'person')
      .map((c) => c.name);
    expect(names).toEqual(['دميتري بيسكوف', 'دونالد ترامب']);
  });

  it('leaves out the parts out of scope', () => {
    const last = TEXT.lastIndexOf('\n') + 1;
    const names = candidateNames(TEXT, [], [{ start: last, end: TEXT.length }])
      .filter((c) => c.kind === 'person')
      .map((c) => c.name);
    expect(names).not.toContain('دونالد ترامب');
    expect(names).toHaveLength(3);
  });
});

describe('the glossary of renderings', () => {
  const d = withPeople();
  const glossary = glossaryOf(d);

  it('renders every spelling of an entity by its English name, and finds those a quote uses', () => {
    expect(glossary.find((g) => g.ar === 'لافروف')?.en).toBe('Sergei Lavrov');
    expect(termsIn('وقال لافروف إن روبيو وافق', glossary).map((g) => g.en)).toEqual([
      'Sergei Lavrov',
      'Marco Rubio',
    ]);
    // With a one-letter proclitic, not inside another word.
    expect(termsIn('ولافروف', glossary).map((g) => g.en)).toEqual(['Sergei Lavrov']);
    expect(termsIn('لافروفية', glossary)).toEqual([]);
  });

  it('offers the terms that begin like the word being typed, and completes it', () => {
    const text = 'Foreign Minister Lav';
    const { from, typed } = wordBefore(text, text.length);
    expect(typed).toBe('Lav');
    expect(completions(typed, glossary).map((g) => g.en)).toEqual(['Sergei Lavrov']);
    expect(completions('l', glossary)).toEqual([]);
    expect(complete(text, from, text.length, 'Sergei Lavrov')).toEqual({
      text: 'Foreign Minister Sergei Lavrov',
      caret: 30,
    });
  });

  it('offers the rendering of the same words quoted from another article, and lists drafts and blanks', () => {
    const other = 'وقال المتحدث باسم الكرملين دميتري بيسكوف إن لافروف وروبيو سيتحدثان قريبا.';
    let x = run(d, { type: 'add-article', text: `مقدمة.\n${other}` });
    const at = (source: string, draft: Draft): QuoteRef => {
      const text = draft.sources.find((s) => s.id === source)!.text;
      const start = text.indexOf(other);
      return { event: 'call', source, start, end: start + other.length };
    };
    x = run(
      x,
      { type: 'attach-quote', ...at('art-000', x) },
      { type: 'attach-quote', ...at('art-001', x) },
      { type: 'set-quote-english', quote: at('art-000', x), en: 'Peskov said they would speak soon.' },
    );
    expect(sameWords(x, at('art-001', x), other).map((s) => [s.quote.source, s.en, s.score])).toEqual([
      ['art-000', 'Peskov said they would speak soon.', 1],
    ]);
    expect(sameWords(x, at('art-001', x), 'نص آخر تماما لا يشبهه')).toEqual([]);
    const marked = run(x, { type: 'mark-rendering', quote: at('art-000', x), draft: true });
    expect(renderingsToCheck(marked).drafts.map((q) => q.ref.source)).toEqual(['art-000']);
    expect(renderingsToCheck(marked).empty.map((q) => q.ref.source)).toEqual(['art-001']);
    // A draft rendering is not offered for reuse, and the check lists it.
    expect(sameWords(marked, at('art-001', x), other)).toEqual([]);
    expect(checkDraft(marked).warnings.map((w) => w.code)).toContain('draft-rendering');
  });

  it('offers the longer words the checked renderings use to finish a word, keeping the case typed', () => {
    const text = d.sources[0]!.text;
    const ref = (end: number): QuoteRef => ({ event: 'call', source: 'art-000', start: 0, end });
    const x = run(
      d,
      { type: 'create-event', id: 'call', fields: { start: '2025-10-20' } },
      { type: 'attach-quote', event: 'call', source: 'art-000', start: 0, end: text.indexOf('.') + 1 },
      {
        type: 'set-quote-english',
        quote: ref(text.indexOf('.') + 1),
        en: 'Russian Foreign Minister Sergei Lavrov phoned his American counterpart; the Russians said so.',
      },
    );
    const words = renderedWords(x);
    // Six letters or more, the most used first: "Russian" once, "Russians" once, in the order seen.
    expect(words.slice(0, 4)).toEqual(['Russian', 'Foreign', 'Minister', 'Sergei']);
    expect(words).not.toContain('his');
    expect(wordCompletions('cou', words)).toEqual(['counterpart']);
    expect(wordCompletions('Cou', words)).toEqual(['Counterpart']);
    expect(wordCompletions('co', words)).toEqual([]);
    // A word typed in full is left alone, even when a longer one begins like it.
    expect(wordCompletions('russian', words)).toEqual([]);
    expect(wordCompletions('Russ', words)).toEqual(['Russian', 'Russians']);
    // A draft's words are not offered: a guess is not yet the translator's vocabulary.
    const drafted = run(x, { type: 'mark-rendering', quote: ref(text.indexOf('.') + 1), draft: true });
    expect(renderedWords(drafted)).toEqual([]);
  });

  it('fills every empty rendering that shared wire copy already has, in one step, each a draft to check', () => {
    const other = 'وقال المتحدث باسم الكرملين دميتري بيسكوف إن لافروف وروبيو سيتحدثان قريبا.';
    let x = run(d, { type: 'add-article', text: `مقدمة.\n${other}` });
    x = run(x, { type: 'add-article', text: `${other}\nخاتمة.` });
    const at = (source: string): QuoteRef => {
      const text = x.sources.find((s) => s.id === source)!.text;
      const start = text.indexOf(other);
      return { event: 'call', source, start, end: start + other.length };
    };
    x = run(
      x,
      { type: 'create-event', id: 'call', fields: { start: '2025-10-20' } },
      { type: 'attach-quote', ...at('art-000') },
      { type: 'attach-quote', ...at('art-001') },
      { type: 'attach-quote', ...at('art-002') },
      { type: 'set-quote-english', quote: at('art-000'), en: 'Peskov said they would speak soon.' },
    );
    const fills = twinFills(x)!;
    expect(fills.count).toBe(2);
    // Only this event's, when asked for one event; none for another.
    expect(twinFills(x, 'call')?.count).toBe(2);
    expect(twinFills(x, 'another')).toBeNull();
    const filled = applyCommand(x, fills.command);
    const en = (source: string): string | undefined =>
      filled.events[0]!.accounts.find((a) => a.source === source)?.quotes[0]?.en;
    expect([en('art-001'), en('art-002')]).toEqual([
      'Peskov said they would speak soon.',
      'Peskov said they would speak soon.',
    ]);
    expect(renderingsToCheck(filled).drafts.map((q) => q.ref.source)).toEqual(['art-001', 'art-002']);
    expect(renderingsToCheck(filled).empty).toEqual([]);
    // Nothing left to fill; and a rendering that is itself a draft is never copied.
    expect(twinFills(filled)).toBeNull();
    const guessed = run(x, { type: 'mark-rendering', quote: at('art-000'), draft: true });
    expect(twinFills(guessed)).toBeNull();
  });
});

describe('the workbench’s check', () => {
  it('warns, as data:check does, of copy two articles share that no declared report explains', () => {
    const shared =
      'وقالت وزارة الخارجية الروسية في بيان إن الوزيرين ناقشا العلاقات الثنائية والوضع الدولي وأكدا أهمية مواصلة الحوار بين البلدين.';
    const d = run(
      EMPTY_DRAFT,
      { type: 'add-article', text: `خبر أول.\n${shared}` },
      { type: 'add-article', text: `${shared}\nخبر آخر لا علاقة له.` },
    );
    expect(checkDraft(d).warnings.map((w) => w.code)).toContain('undeclared-shared-copy');
    expect(checkDraft(d).problems.map((p) => p.code)).not.toContain('undeclared-shared-copy');
  });

  it('counts every kind of problem at once: an empty field does not hide an unaccounted date', () => {
    const d = run(EMPTY_DRAFT, { type: 'add-article', text: 'قال الوزير يوم الاثنين إن المحادثة جرت.' });
    const codes = new Set(checkDraft(d).problems.map((p) => p.code));
    expect(codes.has('empty')).toBe(true);
    expect(codes.has('uncovered-date')).toBe(true);
  });
});
