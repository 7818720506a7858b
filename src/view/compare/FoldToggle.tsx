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
  if (named !== undefined)
    return (
      <button
        type="button"
        className="fold-toggle fold-named"
        aria-expanded={!folded}
        aria-controls={controls}
        onClick={onToggle}
      >
        {folded ? named.show : named.hide}
      </button>
    );
  const action = t(folded ? 'reading.foldShow' : 'reading.foldHide');
  return (
    <button
      type="button"
      className="link-button fold-toggle"
      aria-expanded={!folded}
      aria-controls={controls}
      aria-label={t('reading.foldLabel', { action, what })}
      onClick={onToggle}
    >
      {action}
    </button>
  );
}
