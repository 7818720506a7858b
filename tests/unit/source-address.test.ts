import { describe, expect, it } from 'vitest';
import { missingAddresses, sourceAddress, type Source, type SourceId } from '../../src/domain';
import { miniDataset } from '../fixtures/mini-dataset';

/** The mini dataset's source with the address given, and an id of its own. */
const withUrl = (id: string, url: string | null): Source => ({
  ...miniDataset().sources[0]!,
  id: id as SourceId,
  url,
});

describe("a source's web address", () => {
  it('is the address recorded when it is http or https, in either case', () => {
    expect(sourceAddress({ url: 'https://www.aljazeera.net/news/2024/6/26/x' })).toBe(
      'https://www.aljazeera.net/news/2024/6/26/x',
    );
    expect(sourceAddress({ url: 'http://a5r5br.net/x' })).toBe('http://a5r5br.net/x');
    expect(sourceAddress({ url: 'HTTPS://X.NET/' })).toBe('HTTPS://X.NET/');
  });

  it('is none when none is recorded, or when it is no web address', () => {
    expect(sourceAddress({ url: null })).toBeNull();
    expect(sourceAddress({ url: 'javascript:alert(1)' })).toBeNull();
    expect(sourceAddress({ url: 'ftp://x.net/a' })).toBeNull();
    // The scheme must start the address and end in "//".
    expect(sourceAddress({ url: 'see https://x.net/' })).toBeNull();
    expect(sourceAddress({ url: 'https:x.net' })).toBeNull();
    expect(sourceAddress({ url: 'https:/x.net' })).toBeNull();
  });
});

describe('the sources of an event that have no address', () => {
  const a = withUrl('a', 'https://a.net/1');
  const b = withUrl('b', null);
  const c = withUrl('c', 'mailto:desk@c.net');

  it('are all of them when none has one', () => {
    expect(missingAddresses([b, c])).toEqual({ all: true, without: [b, c] });
  });

  it('are the ones without, in their order, when some have one', () => {
    expect(missingAddresses([b, a, c])).toEqual({ all: false, without: [b, c] });
  });

  it('are none when every source has one, and "all" is not said of no sources', () => {
    expect(missingAddresses([a])).toEqual({ all: false, without: [] });
    expect(missingAddresses([])).toEqual({ all: false, without: [] });
  });
});
