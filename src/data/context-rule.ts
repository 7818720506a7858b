/**
 * The rule of a span's stored context (`prefix`/`suffix`, the W3C TextQuoteSelector's context kept
 * beside the offsets): where present, each must be exactly the article's text just before and just
 * after the span. It is an error, not a warning: a stale context is a false statement about the
 * article, and it would steer `npm run data:anchor` to the wrong occurrence after the next change of
 * the text; `npm run data:anchor` rewrites it.
 */
import type { Span } from '../domain';
import { at, type Problem } from './problems';

type Push = (path: string, code: Problem['code'], message: string) => void;

export interface WithContext extends Span {
  readonly prefix?: string;
  readonly suffix?: string;
}

/** Reports a `prefix` or `suffix` of `s` that is not the article's text beside the span. */
export function checkContext(text: string, s: WithContext, path: string, push: Push): void {
  if (s.prefix !== undefined) {
    const before = text.slice(Math.max(0, s.start - s.prefix.length), s.start);
    if (before !== s.prefix)
      push(
        at(path, 'prefix'),
        'context-mismatch',
        `is not the article's text before ${s.start}, which reads ${JSON.stringify(before.slice(-40))}; run npm run data:anchor`,
      );
  }
  if (s.suffix !== undefined) {
    const after = text.slice(s.end, s.end + s.suffix.length);
    if (after !== s.suffix)
      push(
        at(path, 'suffix'),
        'context-mismatch',
        `is not the article's text after ${s.end}, which reads ${JSON.stringify(after.slice(0, 40))}; run npm run data:anchor`,
      );
  }
}
