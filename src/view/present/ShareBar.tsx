import { useT } from '../../i18n';
import { canShareSheet, shareSheet, useLinkStatus } from '../share';

export interface ShareBarProps {
  readonly presenting: boolean;
  /** Present the story; not offered (undefined) where the events on screen are only a part (a corpus). */
  readonly onPresent: (() => void) | undefined;
  readonly onExit: () => void;
  /** Print a handout; not offered (undefined) for a part, as Present. */
  readonly onPrint: (() => void) | undefined;
  readonly onSaveImage: () => Promise<void>;
  /**
   * A phone's menu: Share (or Copy link) first, and the desk's tools (Present, the handout, the image,
   * and `more`, the briefing builder) behind "More".
   */
  readonly fold?: boolean;
  readonly more?: React.ReactNode;
}

/** Present, copy the link to this exact view, print a handout, save the timeline as an image. */
export function ShareBar({
  presenting,
  onPresent,
  onExit,
  onPrint,
  onSaveImage,
  fold = false,
  more,
}: ShareBarProps): React.JSX.Element {
  const { t } = useT();
  // A confirmation is a toast: it goes after a few seconds (a rendering in progress stays).
  const { status, setStatus, copy } = useLinkStatus((s) => s === 'share.rendering');
  const present = presenting ? (
    <button type="button" onClick={onExit}>
      {t('present.exit')}
    </button>
  ) : (
    onPresent !== undefined && (
      <button type="button" onClick={onPresent}>
        {t('present.enter')}
      </button>
    )
  );
  // A touch screen with a share sheet offers it (the link and the event's title); else the copy.
  const share = canShareSheet() ? (
    <button type="button" onClick={() => void shareSheet().then((ok) => (ok ? undefined : copy()))}>
      {t('share.system')}
    </button>
  ) : (
    <button type="button" onClick={() => void copy()}>
      {t('share.copy')}
    </button>
  );
  const tools = (
    <>
      {/* While presenting, the handout leads with the briefing on screen: one for the room. */}
      {onPrint !== undefined && (
        <button type="button" onClick={onPrint}>
          {t('share.print')}
        </button>
      )}
      {!presenting && (
        <>
          <button
            type="button"
            onClick={() => {
              setStatus('share.rendering');
              onSaveImage().then(
                () => setStatus('share.saved'),
                () => setStatus('share.failed'),
              );
            }}
          >
            {t('share.image')}
          </button>
        </>
      )}
    </>
  );
  return (
    <div className="share-bar" role="group" aria-label={t('share.label')}>
      {fold ? (
        <>
          {share}
          <details className="share-more">
            <summary>{t('share.more')}</summary>
            <div className="share-more-body">
              {present}
              {tools}
              {more}
            </div>
          </details>
        </>
      ) : (
        <>
          {present}
          {share}
          {tools}
        </>
      )}
      <span className="share-status" role="status">
        {status}
      </span>
    </div>
  );
}
