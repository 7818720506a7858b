import { describe, expect, it } from 'vitest';
import { endsSentence } from '../../src/view/panels/sentence-clamp';

describe('endsSentence: whether a clamp cut there would draw "…" after a full stop', () => {
  const ar = 'وقدّم الجانبان روايات متباينة كثيرًا. قال المتحدث باسم البنتاغون';
  it('is true where the shown text ends a sentence, Arabic or Latin, past the space after it', () => {
    expect(endsSentence(ar, ar.indexOf('قال'))).toBe(true);
    expect(endsSentence(ar, ar.indexOf(' قال'))).toBe(true);
    expect(endsSentence('Who called? Ryder said', 'Who called? '.length)).toBe(true);
    expect(endsSentence('من بادر؟ قال', 'من بادر؟ '.length)).toBe(true);
    expect(endsSentence('He said «no». Then', 'He said «no». '.length)).toBe(true);
  });
  it('is false mid-sentence, after a comma or an Arabic comma, and with nothing shown', () => {
    expect(endsSentence(ar, ar.indexOf('كثيرًا'))).toBe(false);
    expect(endsSentence('بادر إلى الاتصال، وقال', 'بادر إلى الاتصال، '.length)).toBe(false);
    expect(endsSentence('one, two', 5)).toBe(false);
    expect(endsSentence('Text.', 0)).toBe(false);
  });
});
