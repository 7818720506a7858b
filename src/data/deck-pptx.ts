/**
 * The deck as a PowerPoint file (.pptx), written with pptxgenjs in the browser or in Node: one text
 * box per planned box, real text in runs that name their font and language, Arabic paragraphs right
 * to left, and the speaker's notes. Loaded only when someone exports (it is a large library).
 *
 * Two things pptxgenjs 4.0.1 writes are put right afterwards, in the zip: a paragraph of several
 * runs repeats its paragraph properties before every run (against the schema; PowerPoint 2016 offers
 * to repair such a file), and notes are one run tagged en-US, left to right, whatever their language.
 */
import PptxGenJS from 'pptxgenjs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { DECK_FONTS, DECK_LANG, SLIDE_HEIGHT, SLIDE_WIDTH, type DeckParagraph } from './deck-layout';
import type { Deck } from './deck';

const INCH = 72;

function runs(paragraphs: readonly DeckParagraph[]): PptxGenJS.TextProps[] {
  return paragraphs.flatMap((p, i) =>
    p.runs.map((r, j) => ({
      text: r.text,
      options: {
        fontFace: DECK_FONTS[r.font],
        fontSize: p.size,
        bold: r.bold === true,
        color: r.color ?? '000000',
        lang: DECK_LANG[r.lang],
        rtlMode: p.dir === 'rtl',
        align: p.dir === 'rtl' ? ('right' as const) : ('left' as const),
        lineSpacing: p.line,
        paraSpaceAfter: p.after,
        breakLine: j === p.runs.length - 1 && i < paragraphs.length - 1,
      },
    })),
  );
}

/** The deck as .pptx bytes. */
export async function writePptx(deck: Deck): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'RIWAYAT_16_9', width: SLIDE_WIDTH / INCH, height: SLIDE_HEIGHT / INCH });
  pptx.layout = 'RIWAYAT_16_9';
  pptx.title = deck.title;
  pptx.company = 'Riwayat';
  pptx.rtlMode = deck.lang === 'ar';
  const ui = deck.lang === 'ar' ? DECK_FONTS.arabic : DECK_FONTS.latin;
  pptx.theme = { headFontFace: ui, bodyFontFace: ui };
  for (const planned of deck.slides) {
    const slide = pptx.addSlide();
    for (const b of planned.boxes)
      slide.addText(runs(b.paragraphs), {
        x: b.x / INCH,
        y: b.y / INCH,
        w: b.w / INCH,
        h: b.h / INCH,
        margin: 0,
        valign: 'top',
        fit: 'none',
        wrap: true,
      });
    if (planned.notes !== '') slide.addNotes(planned.notes);
  }
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return repairPptx(bytes, deck.lang);
}

const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const PARAGRAPH_PROPERTIES = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

/** Keeps only a paragraph's first properties element, where the schema allows it: first. */
export function oneParagraphProperties(xml: string): string {
  return xml.replace(PARAGRAPH, (_, inner: string) => {
    let first = true;
    const kept = inner.replace(PARAGRAPH_PROPERTIES, (pPr: string, at: number) => {
      const keep = first && at === 0;
      first = false;
      return keep ? pPr : '';
    });
    return `<a:p>${kept}</a:p>`;
  });
}

const NOTES_TEXT =
  /<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/;

/** The notes as one paragraph a line, in the deck's language and direction. */
export function notesInLanguage(xml: string, lang: 'ar' | 'en'): string {
  const tag = DECK_LANG[lang];
  const props = lang === 'ar' ? '<a:pPr rtl="1" algn="r"/>' : '<a:pPr algn="l"/>';
  return xml.replace(NOTES_TEXT, (_, text: string) =>
    text
      .split(/\r?\n/)
      .map((line) => `<a:p>${props}<a:r><a:rPr lang="${tag}" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`)
      .join(''),
  );
}

/** Puts right what pptxgenjs writes against the schema or in the wrong language (see above). */
export function repairPptx(bytes: Uint8Array, lang: 'ar' | 'en'): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    if (/^ppt\/slides\/slide\d+\.xml$/.test(name))
      out[name] = strToU8(oneParagraphProperties(strFromU8(data)));
    else if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
      out[name] = strToU8(notesInLanguage(strFromU8(data), lang));
    else out[name] = data;
  }
  // The content types come first, as Office writes them.
  const ordered: Zippable = { '[Content_Types].xml': out['[Content_Types].xml'] ?? new Uint8Array() };
  for (const [name, data] of Object.entries(out)) if (name !== '[Content_Types].xml') ordered[name] = data;
  return zipSync(ordered, { level: 6 });
}
