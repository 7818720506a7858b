/**
 * The last net, under everything the page renders: should a throw get past the regions' own nets (the
 * providers, the language), the page says so in both languages and offers to reload, instead of going
 * blank. It needs no words loaded, as it may stand where they failed.
 */
import { Component, type ReactNode } from 'react';

export const PAGE_FAILED = {
  en: 'Riwayat stopped with an error.',
  ar: 'توقّفت «روايات» بسبب خطأ.',
  reload: { en: 'Reload the page', ar: 'أعد تحميل الصفحة' },
} as const;

export class PageNet extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="region-failed" role="alert" data-region="page">
        <p lang="en" dir="ltr">
          {PAGE_FAILED.en}{' '}
          <button type="button" onClick={() => location.reload()}>
            {PAGE_FAILED.reload.en}
          </button>
        </p>
        <p lang="ar" dir="rtl">
          {PAGE_FAILED.ar}{' '}
          <button type="button" onClick={() => location.reload()}>
            {PAGE_FAILED.reload.ar}
          </button>
        </p>
      </div>
    );
  }
}
