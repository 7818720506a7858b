/**
 * The interface's language has one holder: the view store's `lang`, the reader's choice (in the address,
 * saved on the device, restored by Back and Forward). i18next follows it, here and nowhere else: it
 * speaks the store's language once that language's words are in, and `<html lang dir>` change with the
 * words, never before them (no moment of English laid out right to left). The last language asked for
 * wins (`lastLoad`): words that arrive for a language the reader has since left are not spoken. Words
 * that cannot be loaded put the store back to the language the page speaks.
 */
import type { Lang } from '../domain';
import { applyDocumentLanguage, isLang, withWords, type I18n } from '../i18n';
import { saveLang, type Store, type ViewState } from '../state';
import { lastLoad } from './last-load';

const switches = lastLoad<I18n>();

export interface Follow {
  /** Where `<html lang dir>` are set (the page's document). */
  readonly doc?: Document;
  /** The language saved on the device. */
  readonly save?: (lang: Lang) => void;
  /** `lang`'s words put in `i18n` (loaded when they are not there yet). */
  readonly words?: (i18n: I18n, lang: Lang) => Promise<void>;
}

/** i18next (and the document) following the store's language from now on; returns the way to stop. */
export function followLanguage(
  store: Store<Pick<ViewState, 'lang'>>,
  i18n: I18n,
  { doc = document, save = saveLang, words = withWords }: Follow = {},
): () => void {
  const follow = (lang: Lang): void => {
    save(lang);
    if (i18n.resolvedLanguage === lang) {
      // Back to the language spoken: words still on their way for another are not wanted.
      switches.cancel(i18n);
      applyDocumentLanguage(doc, lang);
      return;
    }
    const turn = switches.begin(i18n);
    words(i18n, lang).then(
      () => {
        if (!turn.current()) return;
        turn.finish();
        void i18n.changeLanguage(lang).then(() => applyDocumentLanguage(doc, lang));
      },
      () => {
        if (!turn.current()) return;
        turn.finish();
        // Its words could not be loaded: the page stays in the language it speaks.
        const spoken = i18n.resolvedLanguage;
        if (isLang(spoken)) store.set({ lang: spoken });
      },
    );
  };
  follow(store.get().lang);
  const stop = store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) follow(state.lang);
  });
  return () => {
    stop();
    switches.cancel(i18n);
  };
}
