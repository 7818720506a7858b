import { useMemo } from 'react';
import {
  eventChoices,
  resolveBriefing,
  type Briefing,
  type BriefingCommand,
  type BriefingGap,
  type DatasetIndex,
  type TimelineEvent,
} from '../../domain';
import { useT } from '../../i18n';
import { ModalDialog } from '../controls/ModalDialog';
import { DataText } from '../DataText';
import { planSlides, type SlideBox } from '../present/slides';
import { BilingualField } from './BilingualField';
import { BriefingItemEditor } from './BriefingItemEditor';

/** A briefing the builder offers: one saved on this device, or one of the dataset's own. */
export interface OfferedBriefing {
  readonly briefing: Briefing;
  readonly mine: boolean;
  /** The dataset has a briefing of this id (the device's copy then stands in for it). */
  readonly inDataset: boolean;
}

export interface BriefingPanelProps {
  readonly index: DatasetIndex;
  readonly offered: readonly OfferedBriefing[];
  readonly current: OfferedBriefing | null;
  readonly selected: TimelineEvent | null;
  readonly gaps: readonly BriefingGap[];
  /** False when this browser keeps no site data. */
  readonly saved: boolean;
  readonly status: string;
  readonly onCommand: (c: BriefingCommand) => void;
  readonly onOpen: (id: string) => void;
  readonly onNew: () => void;
  readonly onDelete: () => void;
  readonly onPresent: () => void;
  readonly onDownload: () => void;
  readonly onClose: () => void;
}

/** A slide body at 1920×1080 (as measured for the presentation): what the slide count is estimated on. */
const PROJECTOR: SlideBox = { width: 1843, height: 545, fontPx: 29.16 };

/**
 * The briefing builder: which briefing, its title slide, its events in order (each with its choices
 * and notes), how many slides that makes, what is still to write, and Present and Download.
 */
export function BriefingPanel(p: BriefingPanelProps): React.JSX.Element {
  const { t, lang } = useT();
  const b = p.current?.briefing ?? null;
  const resolved = useMemo(() => (b === null ? null : resolveBriefing(p.index, b)), [p.index, b]);
  const slides = useMemo(
    () =>
      resolved === null
        ? 0
        : 1 +
          resolved.entries.reduce((n, e) => n + planSlides(e.event, e.reporting, lang, PROJECTOR).length, 0),
    [resolved, lang],
  );
  const inIt = b !== null && p.selected !== null && b.items.some((i) => i.event === p.selected?.id);
  const langName = (l: 'ar' | 'en'): string => t(l === 'ar' ? 'briefing.inAr' : 'briefing.inEn');
  const titleOf = (id: string): string => p.index.events.get(id)?.title[lang] ?? id;
  const gapText = (g: BriefingGap): string =>
    g.kind === 'items'
      ? t('briefing.gapItems')
      : g.kind === 'item-notes'
        ? t('briefing.gapItemNotes', { title: titleOf(g.event), in: langName(g.lang) })
        : t(
            g.kind === 'title'
              ? 'briefing.gapTitle'
              : g.kind === 'subtitle'
                ? 'briefing.gapSubtitle'
                : 'briefing.gapNotes',
            {
              in: langName(g.lang),
            },
          );
  return (
    <ModalDialog
      className="briefing-dialog"
      titleId="briefing-heading"
      title={t('briefing.heading')}
      subtitle={p.saved ? t('briefing.sub') : t('briefing.notSaved')}
      closeLabel={t('reader.close')}
      onClose={p.onClose}
    >
      <div className="brief-body">
        <div className="brief-pick">
          {p.offered.length > 0 && (
            <label>
              {t('briefing.choose')}{' '}
              <select value={b?.id ?? ''} onChange={(e) => p.onOpen(e.target.value)}>
                {b === null && <option value="">{t('briefing.pick')}</option>}
                {p.offered.map((o) => (
                  <option key={o.briefing.id} value={o.briefing.id}>
                    {o.mine
                      ? o.briefing.title[lang]
                      : t('briefing.fromDataset', { title: o.briefing.title[lang] })}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" onClick={p.onNew}>
            {t('briefing.new')}
          </button>
          {p.current?.mine === true && (
            <button type="button" onClick={p.onDelete}>
              {p.current.inDataset ? t('briefing.revert') : t('briefing.delete')}
            </button>
          )}
        </div>
        {b !== null && (
          <>
            <section className="brief-title-slide" aria-labelledby="brief-title-slide">
              <h3 id="brief-title-slide">{t('briefing.titleSlide')}</h3>
              <div className="brief-title-fields">
                <BilingualField
                  legend={t('briefing.title')}
                  labels={{ ar: t('briefing.titleAr'), en: t('briefing.titleEn') }}
                  value={b.title}
                  onChange={(l, text) => p.onCommand({ kind: 'set-text', field: 'title', lang: l, text })}
                />
                <BilingualField
                  legend={t('briefing.subtitle')}
                  labels={{ ar: t('briefing.subtitleAr'), en: t('briefing.subtitleEn') }}
                  value={b.subtitle}
                  onChange={(l, text) => p.onCommand({ kind: 'set-text', field: 'subtitle', lang: l, text })}
                />
                <BilingualField
                  legend={t('briefing.notes')}
                  labels={{ ar: t('briefing.notesAr'), en: t('briefing.notesEn') }}
                  value={b.notes}
                  multiline
                  onChange={(l, text) => p.onCommand({ kind: 'set-text', field: 'notes', lang: l, text })}
                />
              </div>
            </section>
            <section className="brief-events" aria-labelledby="brief-events">
              <h3 id="brief-events">{t('briefing.events')}</h3>
              {p.selected !== null && !inIt && (
                <button
                  type="button"
                  className="brief-add-selected"
                  onClick={() =>
                    p.selected !== null && p.onCommand({ kind: 'add-event', event: p.selected.id })
                  }
                >
                  {t('briefing.addSelected', { title: p.selected.title[lang] })}
                </button>
              )}
              {b.items.length === 0 ? (
                <p className="brief-none">{t('briefing.none')}</p>
              ) : (
                <>
                  <p className="brief-hint">
                    <bdi dir="ltr">
                      <kbd>Alt+↑</kbd> <kbd>Alt+↓</kbd>
                    </bdi>{' '}
                    {t('briefing.moveHint')}
                  </p>
                  <ol className="brief-items">
                    {b.items.map((item, i) => {
                      const event = p.index.events.get(item.event);
                      return event === undefined ? null : (
                        <BriefingItemEditor
                          key={item.event}
                          index={p.index}
                          item={item}
                          event={event}
                          all={eventChoices(p.index, event)}
                          position={i}
                          count={b.items.length}
                          onCommand={p.onCommand}
                        />
                      );
                    })}
                  </ol>
                </>
              )}
              {resolved !== null && resolved.missing.length > 0 && (
                <p className="brief-missing">
                  {t('briefing.missing', { what: resolved.missing.join('; ') })}
                </p>
              )}
            </section>
          </>
        )}
      </div>
      <footer className="brief-foot">
        {b !== null && <p className="brief-count">{t('briefing.slides', { count: slides })}</p>}
        {p.gaps.length > 0 && (
          <div className="brief-gaps">
            <p>{t('briefing.gaps')}</p>
            <ul>
              {p.gaps.map((g) => (
                <li key={JSON.stringify(g)}>
                  <DataText text={gapText(g)} />
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="brief-actions">
          <button
            type="button"
            className="primary"
            disabled={b === null || b.items.length === 0}
            onClick={p.onPresent}
          >
            {t('briefing.present')}
          </button>
          <button type="button" onClick={p.onDownload}>
            {t('briefing.download')}
          </button>
        </div>
        <p className="brief-status" role="status">
          {p.status}
        </p>
      </footer>
    </ModalDialog>
  );
}
