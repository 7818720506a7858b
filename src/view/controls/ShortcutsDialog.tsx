import { useT } from '../../i18n';
import { ModalDialog } from './ModalDialog';

/** The keys listed, in the order a reader meets them; each row's label and keys are translated. */
const ROWS = [
  'next',
  'previous',
  'close',
  'search',
  'list',
  'timeline',
  'zoom',
  'pan',
  'reading',
  'help',
] as const;

/** "?" on the desk: every key the desk answers to, in a dialog that Escape closes. */
export function ShortcutsDialog({ onClose }: { readonly onClose: () => void }): React.JSX.Element {
  const { t } = useT();
  return (
    <ModalDialog
      className="shortcuts"
      titleId="shortcuts-heading"
      title={t('shortcuts.title')}
      subtitle={t('shortcuts.subtitle')}
      closeLabel={t('shortcuts.close')}
      onClose={onClose}
    >
      <dl className="shortcut-list">
        {ROWS.map((r) => (
          <div key={r}>
            <dt>
              {/* Key names stay in their own direction inside the Arabic text. */}
              <bdi>{t(`shortcuts.keys.${r}`)}</bdi>
            </dt>
            <dd>{t(`shortcuts.does.${r}`)}</dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}
