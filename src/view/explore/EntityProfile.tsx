import { useEffect, useRef } from 'react';
import type { Entity, TimelineEvent } from '../../domain';
import { formatEventDate, useT } from '../../i18n';

export interface EntityProfileProps {
  readonly entity: Entity;
  /** The entity's events, in time order. */
  readonly events: readonly TimelineEvent[];
  readonly onSelectEvent: (id: string) => void;
  readonly onFilter: () => void;
  readonly onClose: () => void;
}

/** An actor's names in both languages, every spelling the articles use, and its events. */
export function EntityProfile({
  entity,
  events,
  onSelectEvent,
  onFilter,
  onClose,
}: EntityProfileProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const closing = useRef(onClose);
  closing.current = onClose;
  useEffect(() => {
    const d = dialog.current;
    if (d === null) return;
    if (!d.open) d.showModal?.();
    const onDialogClose = (): void => closing.current();
    d.addEventListener('close', onDialogClose);
    return () => d.removeEventListener('close', onDialogClose);
  }, [entity.id]);
  return (
    <dialog ref={dialog} className="profile" aria-labelledby="profile-title" data-entity={entity.id}>
      <header className="reader-head">
        <div>
          <h2 id="profile-title">
            <bdi>{entity.name[lang]}</bdi>
          </h2>
          <p className="reader-sub">
            {t(`profile.kind.${entity.kind}`)} · {t(`sides.${entity.side}`)}
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('profile.close')}
          title={t('profile.close')}
          onClick={() => dialog.current?.close()}
        >
          ×
        </button>
      </header>
      <div className="profile-body">
        <dl className="detail-facts">
          <div>
            <dt>{t('profile.names')}</dt>
            <dd>
              <span lang="ar" dir="rtl">
                {entity.name.ar}
              </span>{' '}
              ·{' '}
              <span lang="en" dir="ltr">
                {entity.name.en}
              </span>
            </dd>
          </div>
          {entity.role !== undefined && (
            <div>
              <dt>{t('profile.role')}</dt>
              <dd>{entity.role[lang]}</dd>
            </div>
          )}
          <div>
            <dt>{t('profile.spellings')}</dt>
            <dd>
              <ul className="chips spellings">
                {entity.aliases.map((a) => (
                  <li key={a} lang="ar" dir="rtl">
                    {a}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
        <h3>{t('profile.events', { count: events.length })}</h3>
        <ol className="profile-events">
          {events.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className={`list-item kind-${e.kind}`}
                onClick={() => {
                  onSelectEvent(e.id);
                  dialog.current?.close();
                }}
              >
                <time dateTime={e.start}>{formatEventDate(e.start, e.end, lang, display)}</time>
                <span className="list-title">{e.title[lang]}</span>
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="clear-filters"
          onClick={() => {
            onFilter();
            dialog.current?.close();
          }}
        >
          {t('profile.filter')}
        </button>
      </div>
    </dialog>
  );
}
