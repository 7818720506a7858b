import { useId, useState } from 'react';
import { useT } from '../../i18n';

export interface DivergeFoldProps {
  /** How many claims the accounts part ways on: the cue's count. */
  readonly diverging: number;
  /** What opens under the cue: the coverage, the shared copy and the claim-by-claim summary. */
  readonly children: React.ReactNode;
}

/**
 * A phone's "Where they diverge": one line under the event's card ("Where they diverge · 12 claims"),
 * a tap from the first screen, so that the first source's words are on it too. Open, it shows how many
 * origins the sources come down to, the shared copy and the claims where they part ways.
 */
export function DivergeFold({ diverging, children }: DivergeFoldProps): React.JSX.Element {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const body = useId();
  return (
    <section className="diverge-fold" aria-labelledby="diverge-heading">
      <h3 id="diverge-heading" className="diverge-cue">
        <button type="button" aria-expanded={open} aria-controls={body} onClick={() => setOpen(!open)}>
          <span className="diverge-cue-label">{t('reading.divergeHeading')}</span>
          <span className="diverge-cue-count">{t('reading.divergeCue', { count: diverging })}</span>
        </button>
      </h3>
      <div id={body} className="diverge-fold-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
