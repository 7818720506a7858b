/**
 * The PowerPoint file of a small hand-made deck, read back from its XML: where each box sits, how runs
 * group into paragraphs, each run's weight and colour, the presentation's direction and theme fonts;
 * and the repairs after pptxgenjs on hand-made parts (which files they touch, line ends in notes,
 * properties not at a paragraph's start, the content types first).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/data/deck';
import { notesInLanguage, oneParagraphProperties, repairPptx, writePptx } from '../../src/data/deck-pptx';
import type { DeckParagraph } from '../../src/data/deck-layout';

const first: DeckParagraph = {
  role: 'body',
  dir: 'rtl',
  size: 20,
  line: 32,
  after: 4,
  runs: [
    { text: 'أول', lang: 'ar', font: 'arabic', bold: true },
    { text: 'second', lang: 'en', font: 'latin', color: 'AA0000' },
  ],
};
const second: DeckParagraph = {
  role: 'body',
  dir: 'ltr',
  size: 20,
  line: 26,
  after: 0,
  runs: [{ text: 'third', lang: 'en', font: 'latin' }],
};
const deck = (lang: 'ar' | 'en'): Deck => ({
  lang,
  title: 'A deck',
  slides: [
    { kind: 'title', notes: '', boxes: [{ x: 72, y: 36, w: 144, h: 72, paragraphs: [first, second] }] },
    { kind: 'quotes', notes: 'line 1\nline 2', boxes: [] },
  ],
});

const open = async (lang: 'ar' | 'en'): Promise<Record<string, string>> => {
  const files = unzipSync(await writePptx(deck(lang)));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
};
const paragraphs = (xml: string): string[] => xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [];
const texts = (xml: string): string[] => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? '');

describe('the PowerPoint file of a deck', { timeout: 20_000 }, () => {
  it('places each box in inches as planned in points, anchored at the top, wrapping, without insets', async () => {
    const slide = (await open('ar'))['ppt/slides/slide1.xml'] ?? '';
    expect(slide).toContain('<a:off x="914400" y="457200"/><a:ext cx="1828800" cy="914400"/>');
    expect(slide).toMatch(/<a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" [^>]*anchor="t">/);
  });

  it('breaks the runs into the planned paragraphs, and no more', async () => {
    const slide = (await open('ar'))['ppt/slides/slide1.xml'] ?? '';
    expect(paragraphs(slide).map(texts)).toEqual([['أول', 'second'], ['third']]);
  });

  it('keeps paragraphs alike in every property apart, with no empty one after the last', async () => {
    const alike: Deck = {
      lang: 'en',
      title: 'A deck',
      slides: [
        {
          kind: 'title',
          notes: '',
          boxes: [
            {
              x: 0,
              y: 0,
              w: 100,
              h: 100,
              paragraphs: [
                { ...second, runs: [second.runs[0]!, { ...second.runs[0]!, text: 'fourth' }] },
                second,
                { ...second, runs: [{ ...second.runs[0]!, text: 'fifth' }] },
              ],
            },
          ],
        },
      ],
    };
    const slide = strFromU8(unzipSync(await writePptx(alike))['ppt/slides/slide1.xml'] ?? new Uint8Array());
    expect(paragraphs(slide).map(texts)).toEqual([['third', 'fourth'], ['third'], ['fifth']]);
  });

  it('sets each paragraph’s direction and each run’s weight and colour, black unless given', async () => {
    const slide = (await open('ar'))['ppt/slides/slide1.xml'] ?? '';
    const [rtl, ltr] = paragraphs(slide);
    expect(rtl).toContain('<a:pPr rtl="1"  algn="r"');
    expect(ltr).toContain('<a:pPr algn="l"');
    expect(ltr).not.toContain('rtl="1"');
    const runs = slide.match(/<a:rPr [^>]*>[\s\S]*?<\/a:rPr>/g) ?? [];
    expect(runs.map((r) => [/ b="1"/.test(r), /<a:srgbClr val="(\w+)"\/>/.exec(r)?.[1]])).toEqual([
      [true, '000000'],
      [false, 'AA0000'],
      [false, '000000'],
    ]);
  });

  it('reads right to left in Arabic with the Arabic interface face, left to right in English with Arial', async () => {
    const ar = await open('ar');
    const en = await open('en');
    expect(ar['ppt/presentation.xml']).toContain('rtl="1"');
    expect(en['ppt/presentation.xml']).not.toContain('rtl="1"');
    const faces = (theme: string | undefined): string[] =>
      [...(theme ?? '').matchAll(/<a:(major|minor)Font><a:latin typeface="([^"]+)"/g)].map((m) => m[2] ?? '');
    expect(faces(ar['ppt/theme/theme1.xml'])).toEqual(['Noto Sans Arabic', 'Noto Sans Arabic']);
    expect(faces(en['ppt/theme/theme1.xml'])).toEqual(['Arial', 'Arial']);
    expect(ar['docProps/app.xml']).toContain('<Company>Riwayat</Company>');
  });

  it('writes a slide’s notes a line a paragraph, and leaves a slide without notes an empty line', async () => {
    const files = await open('en');
    const body = (name: string): string =>
      (files[name] ?? '').match(/<p:ph type="body" idx="1"\/>[\s\S]*?<\/p:txBody>/)?.[0] ?? '';
    expect(paragraphs(body('ppt/notesSlides/notesSlide2.xml')).map(texts)).toEqual([['line 1'], ['line 2']]);
    expect(paragraphs(body('ppt/notesSlides/notesSlide1.xml')).map(texts)).toEqual([['']]);
  });
});

describe('oneParagraphProperties', () => {
  it('keeps the properties a paragraph starts with and drops the others', () => {
    expect(
      oneParagraphProperties('<a:p><a:pPr algn="r"/><a:r>x</a:r><a:pPr algn="r"></a:pPr><a:r>y</a:r></a:p>'),
    ).toBe('<a:p><a:pPr algn="r"/><a:r>x</a:r><a:r>y</a:r></a:p>');
  });

  it('drops properties that come after a run, even the first ones', () => {
    expect(oneParagraphProperties('<a:p><a:r>x</a:r><a:pPr algn="r"/></a:p><a:p><a:pPr/></a:p>')).toBe(
      '<a:p><a:r>x</a:r></a:p><a:p><a:pPr/></a:p>',
    );
  });
});

describe('notesInLanguage', () => {
  const notes = (text: string): string =>
    `<x><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>${text}</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p></x>`;

  it('makes each line, whether it ends in LF or CRLF, a paragraph in English left to right', () => {
    expect(notesInLanguage(notes('one\r\ntwo\nthree'), 'en')).toBe(
      '<x>' +
        ['one', 'two', 'three']
          .map((l) => `<a:p><a:pPr algn="l"/><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>${l}</a:t></a:r></a:p>`)
          .join('') +
        '</x>',
    );
  });

  it('sets Arabic notes right to left, tagged ar-SY', () => {
    expect(notesInLanguage(notes('سطر'), 'ar')).toBe(
      '<x><a:p><a:pPr rtl="1" algn="r"/><a:r><a:rPr lang="ar-SY" dirty="0"/><a:t>سطر</a:t></a:r></a:p></x>',
    );
  });
});

describe('repairPptx', () => {
  const twice = '<a:p><a:pPr/><a:r>x</a:r><a:pPr/><a:r>y</a:r></a:p>';
  const note =
    '<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>n</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p>';
  const zip = (files: Record<string, string>): Uint8Array =>
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  const repaired = (files: Record<string, string>, lang: 'ar' | 'en' = 'en'): [string, string][] =>
    Object.entries(unzipSync(repairPptx(zip(files), lang))).map(([k, v]) => [k, strFromU8(v)]);

  it('repairs slides and notes by their exact names, and leaves every other part as it was', () => {
    const out = Object.fromEntries(
      repaired({
        'ppt/slides/slide12.xml': twice,
        'ppt/slides/slide1.xml.bak': twice,
        'copy/ppt/slides/slide1.xml': twice,
        'ppt/notesSlides/notesSlide12.xml': note,
        'ppt/notesSlides/notesSlide1.xml.bak': note,
        'copy/ppt/notesSlides/notesSlide1.xml': note,
        'ppt/notesSlides/_rels/notesSlide1.xml.rels': note,
        '[Content_Types].xml': '<Types/>',
      }),
    );
    expect(out['ppt/slides/slide12.xml']).toBe('<a:p><a:pPr/><a:r>x</a:r><a:r>y</a:r></a:p>');
    expect(out['ppt/notesSlides/notesSlide12.xml']).toBe(
      '<a:p><a:pPr algn="l"/><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>n</a:t></a:r></a:p>',
    );
    for (const name of ['ppt/slides/slide1.xml.bak', 'copy/ppt/slides/slide1.xml'])
      expect(out[name]).toBe(twice);
    for (const name of [
      'ppt/notesSlides/notesSlide1.xml.bak',
      'copy/ppt/notesSlides/notesSlide1.xml',
      'ppt/notesSlides/_rels/notesSlide1.xml.rels',
    ])
      expect(out[name]).toBe(note);
  });

  it('puts the content types first, as they were, and drops folder entries', () => {
    const input = zipSync({
      'ppt/': new Uint8Array(),
      'ppt/a.xml': strToU8('<a/>'),
      '[Content_Types].xml': strToU8('<Types/>'),
    });
    expect(Object.keys(unzipSync(input))).toContain('ppt/');
    expect(Object.entries(unzipSync(repairPptx(input, 'ar'))).map(([k, v]) => [k, strFromU8(v)])).toEqual([
      ['[Content_Types].xml', '<Types/>'],
      ['ppt/a.xml', '<a/>'],
    ]);
  });
});
