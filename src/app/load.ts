import { parseDatasetJson, type ParseResult } from '../data';

/** Fetches and checks the dataset the page is served with (`dataset.json` beside `index.html`). */
export async function loadBundledDataset(base: string): Promise<ParseResult> {
  const url = new URL('dataset.json', base);
  let text: string;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    text = await response.text();
  } catch (e) {
    return {
      ok: false,
      problems: [
        {
          path: '$',
          code: 'not-json',
          message: `${url.pathname}: ${e instanceof Error ? e.message : String(e)}`,
        },
      ],
    };
  }
  return parseDatasetJson(text);
}
