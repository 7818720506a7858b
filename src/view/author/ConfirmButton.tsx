import { useState } from 'react';
import { useT } from '../../i18n';

/**
 * A removal that asks first when it takes much with it (`ask` given): the button turns into the
 * question with "Remove" and "Keep". Without `ask` it acts at once; either way it can be undone.
 */
export function ConfirmButton({
  label,
  name,
  ask,
  onConfirm,
}: {
  readonly label: string;
  /** The button's accessible name when the label alone does not say what it removes. */
  readonly name?: string;
  readonly ask: string | null;
  readonly onConfirm: () => void;
}): React.JSX.Element {
  const { t } = useT();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" aria-label={name} onClick={() => (ask === null ? onConfirm() : setAsking(true))}>
        {label}
      </button>
    );
  return (
    <span className="author-ask" role="group" aria-label={name ?? label}>
      <span role="alert">{ask}</span>{' '}
      <button
        type="button"
        // The question takes focus's place: the first answer is the safe one.
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('workbench.remove')}
      </button>{' '}
      <button type="button" autoFocus onClick={() => setAsking(false)}>
        {t('workbench.keep')}
      </button>
    </span>
  );
}
