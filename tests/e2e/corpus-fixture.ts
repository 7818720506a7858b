/** The corpus the end-to-end tests open: where it is served, and the events planted in it to find. */
export const CORPUS = 'e2e-corpus/';
/** The same corpus with one byte flipped in the events block that holds `BAD_EVENT`. */
export const BAD_CORPUS = 'e2e-corpus-bad/';
/** What the setup wrote about the flipped byte (a file beside the built app, not served as data). */
export const BAD_NOTE = 'dist/e2e-corpus-bad.json';
export const EVENTS = 100_000;

/** An event with words no synthetic event uses, in its titles and in its one quote. */
export const PROBE = {
  id: 'probe-juniper',
  source: 's-probe',
  start: '2010-03-15',
  title: { en: 'Juniper festival accord ceremony', ar: 'مراسم اتفاقية مهرجان الأرز' },
  quote: 'أعلن المتحدث أن مشروع إعادة الإعمار في الأقاليم الشمالية سيبدأ بعد مهرجان الأرز.',
  quoteEn:
    'The spokesman announced that reconstruction in the northern provinces will begin after the cedar festival.',
} as const;

/** The event whose block is corrupted in `BAD_CORPUS`. */
export const BAD_EVENT = 'e500';

/** A corpus of the bundled story told with kinds and sides of its own (built by corpus-build.ts). */
export const KINDS_CORPUS = 'e2e-corpus-kinds/';
/** Its kinds: the defence ministers' calls are "talks", every other event an "event". */
export const OWN_KINDS = [
  { id: 'talks', name: { ar: 'محادثات', en: 'Talks' }, colour: 'teal' },
  { id: 'event', name: { ar: 'حدث', en: 'Event' }, colour: 'orange' },
] as const;
/** Its sides: Russia is "east", every other side but the fallback "west". */
export const OWN_SIDES = [
  { id: 'west', name: { ar: 'الغرب', en: 'The West' }, colour: 'blue' },
  { id: 'east', name: { ar: 'الشرق', en: 'The East' }, colour: 'red' },
  { id: 'other', name: { ar: 'أطراف أخرى', en: 'Others' }, colour: 'grey' },
] as const;
