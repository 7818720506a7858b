import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyCommand, checkDraft, termUses, unzipText, zipDraft, type Command } from '../../src/author';
import { checkDirectory } from '../../src/cli/check';
import { locate } from '../../src/cli/files';
import { exportTimelineJs, parseDataset } from '../../src/data';
import {
  BUNDLED_KINDS,
  BUNDLED_SIDES,
  kindName,
  kindsOf,
  LANE_COLOURS,
  sideName,
  termIdFor,
  type Dataset,
} from '../../src/domain';
import { laneColourCss } from '../../src/view/lane-colours';
import { miniDataset } from '../fixtures/mini-dataset';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const protest: Command = {
  type: 'add-term',
  vocabulary: 'kinds',
  id: 'protest',
  name: { ar: 'احتجاجات', en: 'Protests' },
  colour: 'teal',
};
const run = (d: Dataset, ...cs: Command[]): Dataset => cs.reduce(applyCommand, d);

describe('a story’s own kinds of event and sides', () => {
  it('adds a kind to the bundled six, in both languages, and an event can take it', () => {
    const d = run(miniDataset(), protest, {
      type: 'update-event',
      event: 'call-2023-03-15',
      fields: { kind: 'protest' },
    });
    expect(kindsOf(d).map((k) => k.id)).toEqual([...BUNDLED_KINDS.map((k) => k.id), 'protest']);
    expect(kindName(d, 'protest', 'ar')).toBe('احتجاجات');
    expect(kindName(d, 'protest', 'en')).toBe('Protests');
    expect(checkDraft(d).problems).toEqual([]);
  });

  it('refuses a kind with a taken or unusable id, no name or a colour off the palette', () => {
    const d = miniDataset();
    for (const bad of [
      { ...protest, id: 'diplomacy' },
      { ...protest, id: 'Protest!' },
      { ...protest, id: 'a.b' },
      { ...protest, name: { ar: ' ', en: '' } },
      { ...protest, colour: '#ff0000' },
    ])
      expect(applyCommand(d, bad as Command)).toBe(d);
  });

  it('renames and recolours a kind; the timeline export names it by its new name', () => {
    const d = run(miniDataset(), {
      type: 'set-term',
      vocabulary: 'kinds',
      id: 'defence-call',
      name: { ar: 'مكالمات', en: 'Calls <b>&</b>' },
      colour: 'orange',
    });
    expect(kindsOf(d).find((k) => k.id === 'defence-call')).toMatchObject({ colour: 'orange' });
    const group = exportTimelineJs(d, 'en').events[0]?.group;
    // No character that could start markup reaches TimelineJS's group.
    expect(group).toBe('Calls b/b');
    expect(exportTimelineJs(d, 'ar').events[0]?.group).toBe('مكالمات');
  });

  it('removes a kind in use by moving its events to another, and never the one it moves them to', () => {
    const d = miniDataset();
    expect(termUses(d, 'kinds', 'defence-call')).toBe(2);
    const gone = applyCommand(d, {
      type: 'remove-term',
      vocabulary: 'kinds',
      id: 'defence-call',
      into: 'history',
    });
    expect(kindsOf(gone).map((k) => k.id)).not.toContain('defence-call');
    expect(gone.events.map((e) => e.kind)).toEqual(['history', 'history']);
    expect(checkDraft(gone).problems).toEqual([]);
    expect(
      applyCommand(d, { type: 'remove-term', vocabulary: 'kinds', id: 'history', into: 'history' }),
    ).toBe(d);
    expect(
      applyCommand(d, { type: 'remove-term', vocabulary: 'kinds', id: 'history', into: 'nowhere' }),
    ).toBe(d);
  });

  it('adds, renames and removes a side; people move with it', () => {
    const d = run(
      miniDataset(),
      {
        type: 'add-term',
        vocabulary: 'sides',
        id: 'israel',
        name: { ar: 'إسرائيل', en: 'Israel' },
        colour: 'pink',
      },
      { type: 'set-entity', entity: 'austin', fields: { side: 'israel' } },
    );
    expect(sideName(d, 'israel', 'ar')).toBe('إسرائيل');
    expect(d.entities[0]?.side).toBe('israel');
    const gone = applyCommand(d, { type: 'remove-term', vocabulary: 'sides', id: 'israel', into: 'us' });
    expect(gone.entities[0]?.side).toBe('us');
    expect(checkDraft(gone).problems).toEqual([]);
  });

  it('the check names an event whose kind, or a person whose side, the dataset does not have', () => {
    const d = run(miniDataset(), protest);
    const broken = {
      ...d,
      events: d.events.map((e, i) => (i === 1 ? { ...e, kind: 'riot' } : e)),
      entities: d.entities.map((e) => ({ ...e, side: 'mars' })),
    };
    const result = parseDataset(broken);
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([
      ['$.events[1].kind', 'dangling-reference'],
      ['$.entities[0].side', 'dangling-reference'],
    ]);
    const twice = { ...d, kinds: [...kindsOf(d), kindsOf(d)[0]!] };
    const r2 = parseDataset(twice);
    expect(r2.ok ? [] : r2.problems.map((p) => p.path)).toEqual(['$.kinds[7].id']);
  });

  it('exports the kinds and sides in dataset.json; data:check reads them and names the file of a problem', () => {
    const d = run(miniDataset(), protest, {
      type: 'update-event',
      event: 'call-2023-03-15',
      fields: { kind: 'protest' },
    });
    const files = unzipText(zipDraft(d));
    const meta = JSON.parse(files.get('dataset.json')!);
    expect(meta.kinds.at(-1)).toEqual({
      id: 'protest',
      name: { ar: 'احتجاجات', en: 'Protests' },
      colour: 'teal',
    });
    expect(meta.sides).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'riwayat-kinds-'));
    dirs.push(dir);
    for (const [path, text] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    expect(checkDirectory(dir).problems).toEqual([]);
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify({ ...meta, kinds: meta.kinds.slice(0, 6) }));
    expect(checkDirectory(dir).problems.map((p) => locate(dir, p.path))).toEqual([
      `${join(dir, 'events.json')} $[1].kind`,
    ]);
    writeFileSync(
      join(dir, 'dataset.json'),
      JSON.stringify({ ...meta, kinds: [{ ...meta.kinds[0], colour: 'gold' }] }),
    );
    expect(checkDirectory(dir).problems.map((p) => locate(dir, p.path))).toEqual([
      `${join(dir, 'dataset.json')} $.kinds[0].colour`,
    ]);
  });

  it('gives a new kind an id from its name, free among the others', () => {
    expect(termIdFor('Protests and strikes', new Set())).toBe('protests-and-strikes');
    expect(termIdFor('Diplomacy', new Set(['diplomacy']))).toBe('diplomacy-2');
    expect(termIdFor('احتجاجات', new Set())).toBe('term');
  });
});

describe('the palette and the colours on the page', () => {
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const f = (c: number): number => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  it('stands every colour at least 3:1 against white, all distinct', () => {
    const hexes = Object.values(LANE_COLOURS);
    for (const h of hexes) expect(1.05 / (luminance(h) + 0.05), h).toBeGreaterThanOrEqual(3);
    expect(new Set(hexes).size).toBe(hexes.length);
  });

  it('writes rules only from ids and palette colours, never from other text', () => {
    const css = laneColourCss([
      { id: 'protest', name: { ar: '}</style><script>', en: 'x' }, colour: 'teal' },
      { id: 'bad}id', name: { ar: 'a', en: 'b' }, colour: 'red' },
      { id: 'worse', name: { ar: 'a', en: 'b' }, colour: 'url(evil)' as never },
    ]);
    expect(css).toBe(
      `:root { --lane-protest: ${LANE_COLOURS.teal}; }\n.kind-protest { --lane: var(--lane-protest); }\n`,
    );
    expect(laneColourCss([])).toBe('');
  });

  it('names the bundled sides as the interface does (the kinds are named only in vocabulary.ts)', () => {
    for (const lang of ['ar', 'en'] as const) {
      const strings = JSON.parse(readFileSync(`src/i18n/locales/${lang}.json`, 'utf8'));
      expect(strings.lanes).toBeUndefined();
      for (const s of BUNDLED_SIDES) expect(s.name[lang], s.id).toBe(strings.sides[s.id]);
    }
  });
});
