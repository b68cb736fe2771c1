import { byteRangeOf } from './byte-range';

describe('byteRangeOf', () => {
  it.each([
    ['bytes=0-99', { kind: 'partial', start: 0, end: 99 }],
    ['bytes=10-', { kind: 'partial', start: 10, end: 999 }],
    ['bytes=990-5000', { kind: 'partial', start: 990, end: 999 }],
    ['bytes=-100', { kind: 'partial', start: 900, end: 999 }],
    ['bytes=-5000', { kind: 'partial', start: 0, end: 999 }],
    ['bytes=1000-', { kind: 'unsatisfiable' }],
    ['bytes=1000-1001', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    // Ignored (the whole representation), as RFC 9110 allows: malformed, inverted or several ranges.
    ['bytes=5-2', { kind: 'full' }],
    ['bytes=0-1,5-6', { kind: 'full' }],
    ['items=0-1', { kind: 'full' }],
    ['bytes=-', { kind: 'full' }],
  ])('reads %s of 1000 bytes', (header, expected) => {
    expect(byteRangeOf(header, 1000)).toEqual(expected);
  });

  it('answers the whole representation when there is no Range', () => {
    expect(byteRangeOf(undefined, 1000)).toEqual({ kind: 'full' });
  });
});
