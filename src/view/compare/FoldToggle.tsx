import { useT } from '../../i18n';

/**
 * The one-line fold of a part of an event's head at a desk ("Where they diverge", the shared-copy
 * note): "Show" opens it and "Hide" folds it again, named with what it opens for a screen reader.
 */
export function FoldToggle({
  folded,
  what,
  controls,
  onToggle,
}: {
  readonly folded: boolean;
  readonly what: string;
  readonly controls: string;
  readonly onToggle: () => void;
}): React.JSX.Element {
  const { t } = useT();
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
