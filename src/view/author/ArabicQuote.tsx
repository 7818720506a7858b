import { useT } from '../../i18n';

/** Words of an article inside interface text: isolated right to left, in the interface's own quote marks. */
export function ArabicQuote({ text }: { readonly text: string }): React.JSX.Element {
  const { lang } = useT();
  const [open, close] = lang === 'ar' ? ['«', '»'] : ['“', '”'];
  return (
    <span className="author-q">
      {open}
      <bdi lang="ar" dir="rtl">
        {text}
      </bdi>
      {close}
    </span>
  );
}
