import { AudienceMatcher, type AudienceDevice, type AudienceFilter, matchesAudience } from '@app/rollout';

const aDevice = (overrides: Partial<AudienceDevice> = {}): AudienceDevice => ({
  model: 'mi-4',
  region: 'eu',
  channel: 'stable',
  firmwareVersion: '14.2.0',
  tags: ['beta-tester', 'lab'],
  ...overrides,
});

describe('matchesAudience', () => {
  it('matches everyone with an empty filter or empty lists (empty = any)', () => {
    expect(matchesAudience(aDevice(), {})).toBe(true);
    expect(matchesAudience(aDevice(), { models: [], regions: [], channels: [], tags: [] })).toBe(true);
  });

  it.each<[string, AudienceFilter, boolean]>([
    ['a listed model', { models: ['mi-3', 'mi-4'] }, true],
    ['an unlisted model', { models: ['mi-3'] }, false],
    ['a model differing in case', { models: ['MI-4'] }, false],
    ['a listed region', { regions: ['eu'] }, true],
    ['an unlisted region', { regions: ['cn', 'in'] }, false],
    ['a listed channel', { channels: ['stable', 'beta'] }, true],
    ['an unlisted channel', { channels: ['beta'] }, false],
    ['every criterion met', { models: ['mi-4'], regions: ['eu'], channels: ['stable'], firmware: '^14.0.0', tags: ['lab'] }, true],
    ['all but one criterion met', { models: ['mi-4'], regions: ['eu'], channels: ['beta'], firmware: '^14.0.0' }, false],
  ])('for %s returns %s', (_label, filter, expected) => {
    expect(matchesAudience(aDevice(), filter)).toBe(expected);
  });

  describe('firmware range', () => {
    it.each<[string, string, boolean]>([
      ['14.2.0', '>=14.0.0 <15.0.0', true],
      ['15.0.0', '>=14.0.0 <15.0.0', false],
      ['14.2.0', '14.x', true],
      ['13.9.9', '^14.0.0', false],
      // semver default: a prerelease only satisfies a range naming the same version with a prerelease.
      ['15.0.0-beta.1', '>=14.0.0', false],
      ['15.0.0-beta.2', '>=15.0.0-beta.1', true],
    ])('device %s against %s -> %s', (firmwareVersion, firmware, expected) => {
      expect(matchesAudience(aDevice({ firmwareVersion }), { firmware })).toBe(expected);
    });

    it('does not match a device whose version does not parse', () => {
      expect(matchesAudience(aDevice({ firmwareVersion: 'MIUI-6.2' }), { firmware: '*' })).toBe(false);
      expect(matchesAudience(aDevice({ firmwareVersion: '' }), { firmware: '>=0.0.0' })).toBe(false);
    });

    it('does not look at the version when no range is given', () => {
      expect(matchesAudience(aDevice({ firmwareVersion: 'MIUI-6.2' }), { models: ['mi-4'] })).toBe(true);
    });
  });

  describe('tags', () => {
    it('requires the device to carry every listed tag', () => {
      expect(matchesAudience(aDevice(), { tags: ['lab'] })).toBe(true);
      expect(matchesAudience(aDevice(), { tags: ['lab', 'beta-tester'] })).toBe(true);
      expect(matchesAudience(aDevice(), { tags: ['lab', 'dogfood'] })).toBe(false);
    });

    it('treats a device without tags as having none', () => {
      expect(matchesAudience(aDevice({ tags: undefined }), { tags: ['lab'] })).toBe(false);
      expect(matchesAudience(aDevice({ tags: undefined }), { tags: [] })).toBe(true);
    });
  });
});

describe('AudienceMatcher', () => {
  it('answers as matchesAudience for every profile, first time and remembered', () => {
    const filter = { models: ['mi-4', 'mi-5'], channels: ['stable'], firmware: '>=5.8.0 <6.0.0' };
    const matcher = new AudienceMatcher(filter);
    const profiles = ['mi-3', 'mi-4', 'mi-5'].flatMap((model) =>
      ['stable', 'beta'].flatMap((channel) =>
        ['5.7.9', '5.8.0', '5.9.1-rc.1', '6.0.0', 'junk'].map((firmwareVersion) => ({ model, channel, region: 'sg', firmwareVersion })),
      ),
    );
    for (let round = 0; round < 2; round += 1) for (const p of profiles) expect(matcher.matches(p)).toBe(matchesAudience(p, filter));
    // With the caller's own key, and for tagged devices (never remembered).
    for (const p of profiles) expect(matcher.matches(p, `${p.model}:${p.firmwareVersion}:${p.channel}:${p.region}`)).toBe(matchesAudience(p, filter));
    const tagged = { model: 'mi-4', channel: 'stable', region: 'sg', firmwareVersion: '5.8.0', tags: ['lab'] };
    expect(new AudienceMatcher({ tags: ['lab'] }).matches(tagged)).toBe(true);
    expect(new AudienceMatcher({ tags: ['field'] }).matches(tagged)).toBe(false);
  });

  it('checks tags and groups per device, apart from the remembered profile answer (D8)', () => {
    const device = { model: 'mi-4', channel: 'stable', region: 'sg', firmwareVersion: '5.8.0' };
    const byGroup = new AudienceMatcher({ models: ['mi-4'], groups: ['lab', 'pilot'] });
    expect(byGroup.matches(device, undefined, { groups: ['pilot'] })).toBe(true);
    expect(byGroup.matches(device, undefined, { groups: ['field'] })).toBe(false);
    expect(byGroup.matches(device, undefined, {})).toBe(false);
    expect(byGroup.matches({ ...device, model: 'mi-3' }, undefined, { groups: ['lab'] })).toBe(false);
    const both = new AudienceMatcher({ groups: ['lab'], tags: ['a', 'b'] });
    expect(both.matches(device, undefined, { groups: ['lab'], tags: ['b', 'a'] })).toBe(true);
    expect(both.matches(device, undefined, { groups: ['lab'], tags: ['a'] })).toBe(false);
    expect(matchesAudience({ ...device, groups: ['lab'], tags: ['a', 'b'] }, { groups: ['lab'], tags: ['a'] })).toBe(true);
  });

  it('stays bounded however many profiles it sees', () => {
    const matcher = new AudienceMatcher({ firmware: '>=1.0.0' });
    for (let i = 0; i < 10_000; i += 1) expect(matcher.matches({ model: `m${i}`, channel: 'c', region: 'r', firmwareVersion: '1.0.0' })).toBe(true);
    expect((matcher as unknown as { known: Map<string, boolean> }).known.size).toBeLessThanOrEqual(4096);
  });
});
