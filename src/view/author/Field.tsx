import { useEffect, useId, useRef, useState } from 'react';
import type { Bilingual } from '../../domain';
import { useSaveWhileTyping } from './save-while-typing';

/**
 * A labelled text field that keeps what is typed locally and commits it when typing pauses, on
 * leaving the field or the page, or on Enter: one command (one undo step) per pause, not per key.
 */
export function Field({
  label,
  value,
  onCommit,
  multiline = false,
  lang,
  dir = 'auto',
  type = 'text',
  placeholder,
}: {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly multiline?: boolean;
  readonly lang?: string;
  readonly dir?: 'rtl' | 'ltr' | 'auto';
  readonly type?: 'text' | 'url' | 'date';
  readonly placeholder?: string;
}): React.JSX.Element {
  const id = useId();
  const [text, setText] = useState(value);
  // What this field committed last: its value coming back is no reason to replace newer typing.
  const committed = useRef<string | null>(null);
  // The value the field last took from its owner: an effect that runs late (after the first draw, when
  // typing may have begun) brings nothing new unless the value itself changed since.
  const taken = useRef(value);
  useEffect(() => {
    if (value === taken.current) return;
    taken.current = value;
    const own = value === committed.current;
    committed.current = null;
    if (!own) setText(value);
  }, [value]);
  const commit = (): void => {
    if (text === value) return;
    committed.current = text;
    onCommit(text);
  };
  useSaveWhileTyping(text !== value, text, commit);
  const common = {
    id,
    value: text,
    lang,
    dir,
    placeholder,
    onBlur: commit,
  };
  return (
    <div className="author-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setText(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
    </div>
  );
}

/** A text in both languages: an Arabic and an English field, each committing the pair it edits. */
export function BilingualFields({
  value,
  labels,
  onCommit,
  multiline = false,
}: {
  readonly value: Bilingual;
  readonly labels: Bilingual;
  readonly onCommit: (value: Bilingual) => void;
  readonly multiline?: boolean;
}): React.JSX.Element {
  return (
    <>
      {(['ar', 'en'] as const).map((l) => (
        <Field
          key={l}
          label={labels[l]}
          lang={l}
          dir={l === 'ar' ? 'rtl' : 'ltr'}
          multiline={multiline}
          value={value[l]}
          onCommit={(text) => onCommit({ ...value, [l]: text })}
        />
      ))}
    </>
  );
}

/** A labelled choice among fixed values; each change is one command. */
export function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
}): React.JSX.Element {
  const id = useId();
  return (
    <div className="author-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
