import { audiencesOverlap } from './audience-overlap';

describe('audiencesOverlap (D4: one running rollout per stream reaches a device)', () => {
  it('overlaps when a list is absent or empty on either side', () => {
    expect(audiencesOverlap({}, { models: ['mi-4'] })).toBe(true);
    expect(audiencesOverlap({ channels: [] }, { channels: ['beta'] })).toBe(true);
  });

  it('overlaps when every list shares a value and the firmware ranges intersect', () => {
    expect(audiencesOverlap({ models: ['mi-3', 'mi-4'], firmware: '>=5.0.0 <5.9.0' }, { models: ['mi-4'], firmware: '>=5.8.0 <5.10.0' })).toBe(true);
  });

  it('does not overlap when one list is disjoint', () => {
    expect(audiencesOverlap({ channels: ['stable'] }, { channels: ['beta'] })).toBe(false);
    expect(audiencesOverlap({ models: ['mi-3'], regions: ['cn'] }, { models: ['mi-3'], regions: ['in'] })).toBe(false);
  });

  it('does not overlap when the firmware ranges are disjoint', () => {
    expect(audiencesOverlap({ firmware: '>=5.0.0 <5.9.0' }, { firmware: '>=5.9.0' })).toBe(false);
  });

  it('ignores tags: one device may carry both sets', () => {
    expect(audiencesOverlap({ tags: ['lab'] }, { tags: ['field'] })).toBe(true);
  });

  it('counts an unparsable range as overlapping', () => {
    expect(audiencesOverlap({ firmware: 'not a range' }, { firmware: '>=1.0.0' })).toBe(true);
  });
});
