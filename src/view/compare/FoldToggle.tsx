import { useT } from '../../i18n';

/**
 * The one-line fold of a part of an event's head at a desk ("Where they diverge", the shared-copy
 * note): "Show" opens it and "Hide" folds it again, named with what it opens for a screen reader.
 * With `named` words (what it opens, "Show who said what"), it is a full-size button saying them,
 * told apart from the plain "Show" of a note beside it.
 */
export function FoldToggle({
  folded,
  what,
  controls,
  onToggle,
  named,
}: {
  readonly folded: boolean;
  readonly what: string;
  readonly controls: string;
  readonly onToggle: () => void;
  readonly named?: { readonly show: string; readonly hide: string };
}): React.JSX.Element {
  const { t } = useT();
  // Named, it says what it opens in full; else a small "Show"/"Hide" whose name says what it folds.
  const action =
    named !== undefined
      ? folded
        ? named.show
        : named.hide
      : t(folded ? 'reading.foldShow' : 'reading.foldHide');
  return (
    <button
      type="button"
      className={named !== undefined ? 'fold-toggle fold-named' : 'link-button fold-toggle'}
      aria-expanded={!folded}
      aria-controls={controls}
      aria-label={named !== undefined ? undefined : t('reading.foldLabel', { action, what })}
      onClick={onToggle}
    >
      {action}
    </button>
  );
}
