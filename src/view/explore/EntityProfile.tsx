import { ModalDialog } from '../controls/ModalDialog';
import { sideName, type Entity, type EventHead } from '../../domain';
import { formatEventDate, joinParts, partSeparator, useT } from '../../i18n';
import { DataText } from '../DataText';

export interface EntityProfileProps {
  readonly entity: Entity;
  /** The entity's events, in time order. */
  readonly events: readonly EventHead[];
  readonly onSelectEvent: (id: string) => void;
  readonly onFilter: () => void;
  readonly onClose: () => void;
  /** The name of the entity's side in the dataset on screen (else the bundled story's). */
  readonly sideLabel?: string;
}

/** An actor's names in both languages, every spelling the articles use, and its events. */
export function EntityProfile({
  entity,
  events,
  onSelectEvent,
  onFilter,
  onClose,
  sideLabel,
}: EntityProfileProps): React.JSX.Element {
  const { t, lang, display } = useT();
  // Closing goes through the dialog element, so its own close event reports it.
  const close = (e: React.MouseEvent<HTMLElement>): void => e.currentTarget.closest('dialog')?.close();
  return (
    <ModalDialog
      className="profile"
      titleId="profile-title"
      title={<bdi>{entity.name[lang]}</bdi>}
      subtitle={
        <>
          {joinParts([t(`profile.kind.${entity.kind}`), sideLabel ?? sideName({}, entity.side, lang)], lang)}
        </>
      }
      closeLabel={t('profile.close')}
      onClose={onClose}
      focusKey={entity.id}
    >
      <div className="profile-body">
        <dl className="detail-facts">
          <div>
            <dt>{t('profile.names')}</dt>
            <dd>
              <span lang="ar" dir="rtl">
                {entity.name.ar}
              </span>
              {partSeparator(lang)}
              <span lang="en" dir="ltr">
                {entity.name.en}
              </span>
            </dd>
          </div>
          {entity.role !== undefined && (
            <div>
              <dt>{t('profile.role')}</dt>
              <dd>
                <DataText text={entity.role[lang]} />
              </dd>
            </div>
          )}
          <div>
            <dt id="profile-spellings">{t('profile.spellings')}</dt>
            <dd>
              <ul className="chips spellings" aria-labelledby="profile-spellings">
                {entity.aliases.map((a) => (
                  <li key={a} lang="ar" dir="rtl">
                    {a}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
        <h3 id="profile-events">{t('profile.events', { count: events.length })}</h3>
        <ol className="profile-events" aria-labelledby="profile-events">
          {events.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className={`list-item kind-${e.kind}`}
                onClick={(ev) => {
                  onSelectEvent(e.id);
                  close(ev);
                }}
              >
                <time dateTime={e.start}>{formatEventDate(e.start, e.end, lang, display)}</time>
                <span className="list-title">
                  <DataText text={e.title[lang]} />
                </span>
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="clear-filters"
          onClick={(ev) => {
            onFilter();
            close(ev);
          }}
        >
          {t('profile.filter')}
        </button>
      </div>
    </ModalDialog>
  );
}
