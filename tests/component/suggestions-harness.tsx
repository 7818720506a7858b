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
  function Live(): React.JSX.Element {
    const [draft, setDraft] = useState(initial);
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
  return { view, sent, opened, latest: (): Draft => drafts.at(-1) ?? initial };
}
