import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft } from '../../author';
import type { SourceWithText, Span } from '../../domain';
import { useT } from '../../i18n';
import { useArticleReading } from './analysis';
import { useGrowing } from './growing';
import { selectionOffsets, toRuns, type Mark } from './highlights';

/**
 * The article as text runs with highlights (dates with their resolved values, entity mentions,
 * passages quoted, out-of-scope parts). React text nodes only: the article is never HTML. A mouse
 * selection, or one made with the keys in the plain-text mode, is reported as offsets of the text.
 */
export function ArticleText({
  source,
  draft,
  onSelection,
}: {
  readonly source: SourceWithText;
  readonly draft: Draft;
  readonly onSelection: (span: Span | null) => void;
}): React.JSX.Element {
  const { t, lang } = useT();
  const root = useRef<HTMLDivElement>(null);
  const [plain, setPlain] = useState(false);
  // Keyed by what the marks read, so that editing the outlet or a date note recomputes nothing.
  const { id, text, published, outOfScope } = source;
  // Dates and mentions of a long article come from a worker a moment later; until then, none.
  const reading = useArticleReading(text, published, draft.entities);
  const marks = useMemo<Mark[]>(() => {
    const dates = (reading?.dates ?? []).map((e): Mark => ({
      start: e.start,
      end: e.end,
      kind: 'date',
      label: e.value === null ? t('author.noDate') : `${e.value} — ${e.note[lang]}`,
    }));
    const quotes = draft.events.flatMap((ev) =>
      ev.accounts
        .filter((a) => a.source === id)
        .flatMap((a) =>
          a.quotes.map((q): Mark => ({
            start: q.start,
            end: q.end,
            kind: 'quote',
            label: ev.title[lang] || ev.id,
          })),
        ),
    );
    const names = new Map(draft.entities.map((e) => [e.id, e.name[lang]]));
    const out = outOfScope.map((o): Mark => ({
      start: o.start,
      end: o.end,
      kind: 'out',
      label: t(`author.outKinds.${o.kind}`),
    }));
    return [
      ...out,
      ...quotes,
      ...(reading?.mentions ?? []).map((m): Mark => ({
        start: m.start,
        end: m.end,
        kind: 'mention',
        label: names.get(m.entity) ?? m.entity,
      })),
      ...dates,
    ];
  }, [id, reading, outOfScope, draft.events, draft.entities, lang, t]);
  const runs = useMemo(() => toRuns(text.length, marks), [text.length, marks]);
  // The runs as elements, made once per set of marks: a long article is not reconciled on every render.
  const elements = useMemo(
    () =>
      runs.map((r) => {
        const kinds = r.marks.map((m) => m.kind);
        const slice = text.slice(r.start, r.end);
        if (kinds.length === 0)
          return (
            <span key={r.start} data-start={r.start} data-end={r.end}>
              {slice}
            </span>
          );
        return (
          <mark
            key={r.start}
            data-start={r.start}
            data-end={r.end}
            className={[...new Set(kinds)].map((k) => `hl-${k}`).join(' ')}
            title={r.marks.map((m) => m.label).join('\n')}
          >
            {slice}
          </mark>
        );
      }),
    [runs, text],
  );
  // A few hundred runs a task; the rest of the text follows unmarked until its runs are in.
  const shown = useGrowing(elements.length, elements);
  const rest = runs[shown]?.start;

  const plainRef = useRef<HTMLTextAreaElement>(null);
  const fromArea = useCallback(
    (area: HTMLTextAreaElement) => {
      const { selectionStart: start, selectionEnd: end } = area;
      onSelection(end > start ? { start, end } : null);
    },
    [onSelection],
  );
  // The native `select` event (React's onSelect is another thing): any selection made in the plain text.
  useEffect(() => {
    const area = plainRef.current;
    if (!plain || area === null) return;
    const onSelect = (): void => fromArea(area);
    area.addEventListener('select', onSelect);
    return () => area.removeEventListener('select', onSelect);
  }, [plain, fromArea]);

  useEffect(() => {
    if (plain) return;
    const onChange = (): void => {
      const el = root.current;
      if (el === null) return;
      const sel = document.getSelection();
      if (sel === null || sel.rangeCount === 0 || !el.contains(sel.getRangeAt(0).commonAncestorContainer))
        return;
      onSelection(selectionOffsets(sel, el));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [plain, onSelection]);

  return (
    <section className="author-text-wrap" aria-label={t('author.text')}>
      <div className="author-text-tools">
        <button type="button" aria-pressed={plain} onClick={() => setPlain((p) => !p)}>
          {t('author.selectWithKeys')}
        </button>
        <span className="author-legend">
          <mark className="hl-date">{t('author.legend.date')}</mark>
          <mark className="hl-mention">{t('author.legend.mention')}</mark>
          <mark className="hl-quote">{t('author.legend.quote')}</mark>
          <mark className="hl-out">{t('author.legend.out')}</mark>
        </span>
      </div>
      {plain ? (
        <textarea
          className="author-text author-text-plain"
          readOnly
          lang="ar"
          dir="rtl"
          aria-label={t('author.text')}
          value={source.text}
          ref={plainRef}
          onKeyUp={(e) => fromArea(e.currentTarget)}
          onMouseUp={(e) => fromArea(e.currentTarget)}
        />
      ) : (
        <div
          ref={root}
          className="author-text"
          lang="ar"
          dir="rtl"
          tabIndex={0}
          aria-label={t('author.text')}
        >
          {rest === undefined ? (
            elements
          ) : (
            <>
              {elements.slice(0, shown)}
              <span data-start={rest} data-end={text.length}>
                {text.slice(rest)}
              </span>
            </>
          )}
        </div>
      )}
    </section>
  );
}
