import { act } from '@testing-library/react';
import { useState } from 'react';
import { applyCommand, type Command, type Draft } from '../../src/author';
import type { Lang } from '../../src/domain';
import { Suggestions } from '../../src/view/author/Suggestions';
import { renderIn } from './render';

/**
 * The suggestions of the article `source` over a draft that changes as the workbench changes it: each
 * command sent is applied (and kept in `sent`), so what the list shows next is what the draft holds;
 * the events it opens are kept in `opened`.
 */
export function renderLive(lang: Lang, initial: Draft, source: string) {
  const sent: Command[] = [];
  const opened: string[] = [];
  const drafts: Draft[] = [initial];
  // A change made elsewhere in the workbench (the event form's rename), applied as the workbench would.
  const elsewhere: { apply: (c: Command) => void } = { apply: () => undefined };
  function Live(): React.JSX.Element {
    const [draft, setDraft] = useState(initial);
    elsewhere.apply = (c) =>
      setDraft((d) => {
        const next = applyCommand(d, c);
        drafts.push(next);
        return next;
      });
    const article = draft.sources.find((s) => s.id === source);
    if (article === undefined) throw new Error(`no article ${source}`);
    return (
      <Suggestions
        source={article}
        draft={draft}
        onEvent={(id) => opened.push(id)}
        dispatch={(c) => {
          sent.push(c);
          setDraft((d) => {
            const next = applyCommand(d, c);
            drafts.push(next);
            return next;
          });
        }}
      />
    );
  }
  const view = renderIn(lang, <Live />, { workbench: true });
  const apply = (c: Command): void => act(() => elsewhere.apply(c));
  return { view, sent, opened, apply, latest: (): Draft => drafts.at(-1) ?? initial };
}
