import { plainPollQuery } from './poll.route';

describe('plainPollQuery (what the fast lane takes)', () => {
  it('takes no query and a plain firmware version', () => {
    expect(plainPollQuery('/device/v1/update')).toBe('');
    expect(plainPollQuery('/device/v1/update?firmwareVersion=5.9.0')).toBe('5.9.0');
    expect(plainPollQuery('/device/v1/update?firmwareVersion=14.0.1-rc.2')).toBe('14.0.1-rc.2');
  });

  it('leaves everything else to the Fastify route', () => {
    for (const url of [
      undefined,
      '/device/v1/update?',
      '/device/v1/updates',
      '/device/v1/update/',
      '/device/v1/update?firmwareVersion=',
      '/device/v1/update?firmwareVersion=5.9',
      '/device/v1/update?firmwareVersion=5%2E9%2E0',
      '/device/v1/update?firmwareVersion=5.9.0+build',
      '/device/v1/update?firmwareVersion=5.9.0&imei=1',
      '/device/v1/update?imei=1&firmwareVersion=5.9.0',
      `/device/v1/update?firmwareVersion=1.0.0-${'a'.repeat(70)}`,
    ]) {
      expect(plainPollQuery(url)).toBeUndefined();
    }
  });
});
