import { API_ERROR_CODES, DEVICE_ERROR_CODES, DEVICE_ROLLOUT_STATUSES, STATUS_RANK, isDeviceErrorCode } from '@app/protocol';

describe('protocol', () => {
  it('declares every code once', () => {
    expect(new Set(DEVICE_ERROR_CODES).size).toBe(DEVICE_ERROR_CODES.length);
    expect(new Set(API_ERROR_CODES).size).toBe(API_ERROR_CODES.length);
  });

  it('ranks every status, terminal ones last', () => {
    for (const s of DEVICE_ROLLOUT_STATUSES) expect(STATUS_RANK[s]).toBeGreaterThanOrEqual(0);
    expect(STATUS_RANK.offered).toBeLessThan(STATUS_RANK.installing);
  });

  it('recognises device error codes', () => {
    expect(isDeviceErrorCode('ROLLBACK')).toBe(true);
    expect(isDeviceErrorCode('rollback')).toBe(false);
    expect(isDeviceErrorCode(42)).toBe(false);
  });
});
