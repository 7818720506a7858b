// Apart from the schema, so that the page can know them without loading the checker.
/** Size limits: generous for real corpora, small enough that a hostile file cannot stall the page. */
export const LIMITS = {
  fileBytes: 200 * 1024 * 1024,
  articleChars: 1_000_000,
  textChars: 20_000,
  shortChars: 500,
  sources: 10_000,
  entities: 50_000,
  events: 200_000,
  perEvent: 500,
  briefings: 1_000,
  aliases: 100,
  /** Nesting: a dataset needs seven levels, a TimelineJS3 timeline fewer. */
  depth: 32,
} as const;
