import { describe, expect, it } from 'vitest';
import { isInferred } from '../../src/domain';

describe('a date shown as derived', () => {
  it('is any date the text does not print', () => {
    expect(isInferred('stated')).toBe(false);
    expect(isInferred('weekday')).toBe(true);
    expect(isInferred('relative')).toBe(true);
    expect(isInferred('context')).toBe(true);
  });
});
