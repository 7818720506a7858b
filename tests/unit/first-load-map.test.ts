import { describe, expect, it } from 'vitest';
import { codeBySource, decodeSegment, moduleName } from '../../scripts/first-load-map';

describe('the first load broken down by module', () => {
  it('reads Base64 VLQ segments, signs and continuations included', () => {
    expect(decodeSegment('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeSegment('CDgB')).toEqual([1, -1, 16]);
    expect(decodeSegment('2H')).toEqual([123]);
    expect(() => decodeSegment('A!')).toThrow(/Base64/);
  });

  it('gives each stretch of code to the source its segment names, the rest to no source', () => {
    // Line 1: columns 0–3 from a.ts, 4–8 from b.ts; line 2: column 0 from a.ts, 2 on unmapped.
    const code = 'aaaabbbbb\ncc;;\nglue';
    const map = { sources: ['../../src/a.ts', '../../src/b.ts'], mappings: 'AAAA,ICAA;ADAA,E' };
    const parts = codeBySource(code, map);
    expect(parts.get('../../src/a.ts')).toBe('aaaa\ncc');
    expect(parts.get('../../src/b.ts')).toBe('bbbbb');
    expect(parts.get(null)).toBe(';;\nglue');
  });

  it('names modules by path, or by package and folder', () => {
    expect(moduleName('../../node_modules/@scope/pkg/dist/x.js', true)).toBe('@scope/pkg');
    expect(moduleName('../../node_modules/react-dom/cjs/a.js', false)).toBe(
      'node_modules/react-dom/cjs/a.js',
    );
    expect(moduleName('../../src/domain/search.ts', true)).toBe('src/domain');
    expect(moduleName(null, false, 'assets/i18n-AbCd1234.js')).toBe('(no map: i18n)');
  });
});
