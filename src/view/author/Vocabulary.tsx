import { useId, useState } from 'react';
import {
  missingBundledTerms,
  renameTermCommand,
  termsOf,
  termUses,
  type Command,
  type Draft,
  type Vocabulary as Which,
} from '../../author';
import {
  LANE_COLOUR_NAMES,
  joinParts,
  LANE_COLOURS,
  nextColour,
  termIdFor,
  type LaneColour,
  type VocabularyTerm,
} from '../../domain';
import { useT } from '../../i18n';
import { ConfirmButton } from './ConfirmButton';
import { BilingualFields } from './Field';

const nameOf = (term: VocabularyTerm, lang: 'ar' | 'en'): string =>
  term.name[lang] || term.name[lang === 'ar' ? 'en' : 'ar'] || term.id;

/** A colour of the palette as a choice, its swatch beside it. */
function ColourChoice({
  label,
  value,
  onChange,
}: {
  readonly label: string;
  readonly value: LaneColour;
  readonly onChange: (c: LaneColour) => void;
}): React.JSX.Element {
  const { t } = useT();
  const id = useId();
  return (
    <span className="author-colour">
      <span className="author-swatch" style={{ background: LANE_COLOURS[value] }} aria-hidden="true" />
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as LaneColour)}>
        {LANE_COLOUR_NAMES.map((c) => (
          <option key={c} value={c}>
            {t(`workbench.colours.${c}`)}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * The story's own kinds of event (its lanes) or sides: each renamed in Arabic and English, recoloured
 * from the palette, or removed (its events, or people, move to the first other one; when any do, it
 * asks first), and new ones added. Every change is one undo step.
 */
export function Vocabulary({
  which,
  draft,
  dispatch,
  onRemove,
}: {
  readonly which: Which;
  readonly draft: Draft;
  readonly dispatch: (c: Command) => void;
  readonly onRemove: (c: Command, what: string) => void;
}): React.JSX.Element {
  const { t, lang } = useT();
  const id = useId();
  const terms = termsOf(draft, which);
  const [ar, setAr] = useState('');
  const [en, setEn] = useState('');
  const [colour, setColour] = useState<LaneColour | null>(null);
  const kinds = which === 'kinds';
  const bundled = missingBundledTerms(draft, which);
  const add = (): void => {
    const id = termIdFor(en.trim() || ar.trim(), new Set(terms.map((x) => x.id)));
    dispatch({
      type: 'add-term',
      vocabulary: which,
      id,
      name: { ar: ar.trim(), en: en.trim() },
      colour: colour ?? nextColour(terms),
    });
    setAr('');
    setEn('');
    setColour(null);
  };
  return (
    <details className="author-vocabulary">
      <summary>{t(kinds ? 'workbench.kinds' : 'workbench.sides', { count: terms.length })}</summary>
      <p className="author-hint">{t(kinds ? 'workbench.kindsHint' : 'workbench.sidesHint')}</p>
      {bundled.length > 0 && (
        <p className="author-hint">
          <button type="button" onClick={() => dispatch({ type: 'import-bundled-terms', vocabulary: which })}>
            {t(kinds ? 'workbench.importKinds' : 'workbench.importSides', { count: bundled.length })}
          </button>{' '}
          <span>
            {joinParts(
              bundled.map((term) => nameOf(term, lang)),
              lang,
            )}
          </span>
        </p>
      )}
      <ul>
        {terms.map((term) => {
          const uses = termUses(draft, which, term.id);
          const into = terms.find((x) => x.id !== term.id);
          const name = nameOf(term, lang);
          return (
            <li key={term.id}>
              <fieldset>
                <legend>
                  <span
                    className="author-swatch"
                    style={{ background: LANE_COLOURS[term.colour] }}
                    aria-hidden="true"
                  />{' '}
                  <bdi>{name}</bdi>{' '}
                  <span className="author-entity-kind">
                    ({t(kinds ? 'workbench.kindUses' : 'workbench.sideUses', { count: uses })})
                  </span>
                </legend>
                <BilingualFields
                  // Each field its own name (the person form has "Name in English" too, trial 16, S3-14).
                  labels={{
                    ar: t('workbench.termNameAr', { name }),
                    en: t('workbench.termNameEn', { name }),
                  }}
                  value={term.name}
                  onCommit={(value) => {
                    const commands = renameTermCommand(draft, which, term.id, value);
                    dispatch(
                      commands.length === 1 && commands[0] ? commands[0] : { type: 'batch', commands },
                    );
                  }}
                />
                <div className="author-entity-actions">
                  <ColourChoice
                    label={t('workbench.colour')}
                    value={term.colour}
                    onChange={(c) =>
                      dispatch({ type: 'set-term', vocabulary: which, id: term.id, colour: c })
                    }
                  />
                  {into !== undefined && (
                    <ConfirmButton
                      label={t('workbench.removeTerm', { name })}
                      ask={
                        uses === 0
                          ? null
                          : t(kinds ? 'workbench.removeKindAsk' : 'workbench.removeSideAsk', {
                              count: uses,
                              name,
                              into: nameOf(into, lang),
                            })
                      }
                      onConfirm={() =>
                        onRemove(
                          { type: 'remove-term', vocabulary: which, id: term.id, into: into.id },
                          t(kinds ? 'workbench.whatKind' : 'workbench.whatSide', { name }),
                        )
                      }
                    />
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <form
        className="author-entity-form"
        aria-label={t(kinds ? 'workbench.addKind' : 'workbench.addSide')}
        onSubmit={(e) => {
          e.preventDefault();
          if (ar.trim() !== '' || en.trim() !== '') add();
        }}
      >
        <label htmlFor={`${id}-ar`}>{t(kinds ? 'workbench.newKindAr' : 'workbench.newSideAr')}</label>
        <input id={`${id}-ar`} lang="ar" dir="rtl" value={ar} onChange={(e) => setAr(e.target.value)} />
        <label htmlFor={`${id}-en`}>{t(kinds ? 'workbench.newKindEn' : 'workbench.newSideEn')}</label>
        <input id={`${id}-en`} lang="en" dir="ltr" value={en} onChange={(e) => setEn(e.target.value)} />
        <ColourChoice
          label={t('workbench.colour')}
          value={colour ?? nextColour(terms)}
          onChange={setColour}
        />
        <div className="author-form-actions">
          <button type="submit" disabled={ar.trim() === '' && en.trim() === ''}>
            {t(kinds ? 'workbench.addKind' : 'workbench.addSide')}
          </button>
        </div>
      </form>
    </details>
  );
}
