/**
 * The interface's words in each language as the app has them once the workbench is open: the first
 * view's (`locales/<lang>.json`) with the workbench's (`locales/workbench.<lang>.json`) merged in.
 */
import arFirst from '../../src/i18n/locales/ar.json' with { type: 'json' };
import enFirst from '../../src/i18n/locales/en.json' with { type: 'json' };
import arWorkbench from '../../src/i18n/locales/workbench.ar.json' with { type: 'json' };
import enWorkbench from '../../src/i18n/locales/workbench.en.json' with { type: 'json' };

type Words<A, B> = Omit<A, 'author'> &
  Omit<B, 'author'> & { author: A[keyof A & 'author'] & B[keyof B & 'author'] };

function merge<A extends { author: object }, B extends { author: object }>(a: A, b: B): Words<A, B> {
  return { ...a, ...b, author: { ...a.author, ...b.author } } as Words<A, B>;
}

export const en = merge(enFirst, enWorkbench);
export const ar = merge(arFirst, arWorkbench);
