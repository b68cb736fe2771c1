import { createFactoryCa, generateDeviceKeyPair, issueDeviceCertificate, verifyDeviceChain } from '@app/pki';
import { VerifiedCertificates } from './verified-certificates';

describe('VerifiedCertificates', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const ca = createFactoryCa({ commonName: 'CA', now: new Date('2026-01-01T00:00:00Z'), validDays: 3650 });
  const chains = Array.from({ length: 3 }, () => [
    issueDeviceCertificate({ ca, devicePublicKeyPem: generateDeviceKeyPair().publicKeyPem, now, validDays: 30 }),
  ]);
  const verified = chains.map((c) => verifyDeviceChain(c, [ca.certPem], now));

  it('remembers a verdict for the exact chain, only while the chain is valid', () => {
    const cache = new VerifiedCertificates();
    cache.remember(chains[0], verified[0], Date.parse('2030-01-01T00:00:00Z'));
    expect(cache.get(chains[0], now.getTime())?.deviceId).toBe(verified[0].deviceId);
    expect(cache.get([`${chains[0][0]} `], now.getTime())).toBeUndefined();
    expect(cache.get(chains[1], now.getTime())).toBeUndefined();
    expect(cache.get(chains[0], now.getTime() + 31 * 86_400_000)).toBeUndefined();
    // Certificates are issued valid from an hour before `now` (clock skew); before that, nothing is known.
    expect(cache.get(chains[0], now.getTime() - 2 * 3_600_000)).toBeUndefined();
  });

  it('never keeps a verdict past the trust anchors’ validity', () => {
    const cache = new VerifiedCertificates();
    cache.remember(chains[0], verified[0], now.getTime() + 1000);
    expect(cache.get(chains[0], now.getTime() + 2000)).toBeUndefined();
  });

  it('keeps at most `max` chains, dropping the least recently used', () => {
    const cache = new VerifiedCertificates(2);
    const far = Date.parse('2030-01-01T00:00:00Z');
    cache.remember(chains[0], verified[0], far);
    cache.remember(chains[1], verified[1], far);
    cache.get(chains[0], now.getTime());
    cache.remember(chains[2], verified[2], far);
    expect([0, 1, 2].map((i) => cache.get(chains[i], now.getTime()) !== undefined)).toEqual([true, false, true]);
  });
});
