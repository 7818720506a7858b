import { describe, expect, it } from 'vitest';
import { readableAddress } from '../../src/domain';

// Trial 5 (S3-3): the preview printed a5r5br.net's address as seven lines of «%D8%A7…».
describe('an address as a reader reads it', () => {
  it('decodes percent-encoded Arabic letters', () => {
    const word = 'انقطاع-الكهرباء';
    expect(readableAddress(`https://a5r5br.net/${encodeURIComponent(word)}/`)).toBe(
      `https://a5r5br.net/${word}/`,
    );
  });

  it('keeps encoded what would change the address, and a malformed escape as it is', () => {
    expect(readableAddress('https://x.net/a%2Fb%20c?q=%26')).toBe('https://x.net/a%2Fb%20c?q=%26');
    expect(readableAddress('https://x.net/%D8')).toBe('https://x.net/%D8');
  });
});
