import { useId, useState } from 'react';
import type { EntityFields } from '../../author';
import { ENTITY_KINDS, FALLBACK_SIDE, type EntityKind, type Side, type VocabularyTerm } from '../../domain';
import { useT } from '../../i18n';

export interface EntityDraft {
  readonly kind: EntityKind;
  readonly side: Side;
  readonly name: { readonly ar: string; readonly en: string };
  readonly aliases: readonly string[];
  readonly role?: { readonly ar: string; readonly en: string };
}

/** A person, organisation, country or place as a form: saved as one change (one undo step). */
export function EntityForm({
  initial,
  onSave,
  onCancel,
  sides,
}: {
  readonly initial: EntityDraft;
  /** The draft's sides, in order: the choice offered. */
  readonly sides: readonly VocabularyTerm[];
  readonly onSave: (fields: EntityFields) => void;
  readonly onCancel: () => void;
}): React.JSX.Element {
  const { t, lang } = useT();
  const id = useId();
  const [kind, setKind] = useState(initial.kind);
  // A side the draft does not have (a nationality found in the text) starts as its fallback side.
  const [side, setSide] = useState(
    sides.some((s) => s.id === initial.side)
      ? initial.side
      : ((sides.find((s) => s.id === FALLBACK_SIDE) ?? sides.at(-1))?.id ?? initial.side),
  );
  const [ar, setAr] = useState(initial.name.ar);
  const [en, setEn] = useState(initial.name.en);
  const [aliases, setAliases] = useState(initial.aliases.join('\n'));
  const [roleAr, setRoleAr] = useState(initial.role?.ar ?? '');
  const [roleEn, setRoleEn] = useState(initial.role?.en ?? '');
  const save = (): void => {
    const role =
      roleAr.trim() === '' && roleEn.trim() === '' ? null : { ar: roleAr.trim(), en: roleEn.trim() };
    onSave({
      kind,
      side,
      name: { ar: ar.trim(), en: en.trim() },
      // Only the spellings listed: the name itself need not be in an article (a full name, a
      // formal one), and listing it for it would be a problem that outlives a rename.
      aliases: aliases.split('\n'),
      role,
    });
  };
  return (
    <form
      className="author-entity-form"
      aria-label={t('workbench.entityForm')}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={`${id}-ar`}>{t('workbench.nameAr')}</label>
      <input
        id={`${id}-ar`}
        lang="ar"
        dir="rtl"
        value={ar}
        onChange={(e) => setAr(e.target.value)}
        autoFocus
      />
      <label htmlFor={`${id}-en`}>{t('workbench.nameEn')}</label>
      <input id={`${id}-en`} lang="en" dir="ltr" value={en} onChange={(e) => setEn(e.target.value)} />
      <label htmlFor={`${id}-kind`}>{t('workbench.entityKind')}</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as EntityKind)}>
        {ENTITY_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`profile.kind.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-side`}>{t('workbench.side')}</label>
      <select id={`${id}-side`} value={side} onChange={(e) => setSide(e.target.value as Side)}>
        {sides.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name[lang] || s.name[lang === 'ar' ? 'en' : 'ar']}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-aliases`}>{t('workbench.aliases')}</label>
      <textarea
        id={`${id}-aliases`}
        lang="ar"
        dir="rtl"
        rows={3}
        value={aliases}
        onChange={(e) => setAliases(e.target.value)}
      />
      <label htmlFor={`${id}-rar`}>{t('workbench.roleAr')}</label>
      <input
        id={`${id}-rar`}
        lang="ar"
        dir="rtl"
        value={roleAr}
        onChange={(e) => setRoleAr(e.target.value)}
      />
      <label htmlFor={`${id}-ren`}>{t('workbench.roleEn')}</label>
      <input
        id={`${id}-ren`}
        lang="en"
        dir="ltr"
        value={roleEn}
        onChange={(e) => setRoleEn(e.target.value)}
      />
      <div className="author-form-actions">
        <button type="submit" disabled={ar.trim() === '' && en.trim() === ''}>
          {t('workbench.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('workbench.cancel')}
        </button>
      </div>
    </form>
  );
}
