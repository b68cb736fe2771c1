import { ManifestError } from '@app/manifest';
import { PkiError } from '@app/pki';
import { RolloutError } from '@app/rollout';
import { ApiError } from './api-error';
import { apiErrorOf, mapLibErrors } from './lib-errors';

describe('lib errors over HTTP', () => {
  it('tells a device its certificate or its nonce signature is invalid, the failed check leading the message', () => {
    expect(apiErrorOf(new PkiError('CERT_EXPIRED', 'expired on 2026-01-01'))).toMatchObject({
      status: 401,
      code: 'CERTIFICATE_INVALID',
      message: 'CERT_EXPIRED: expired on 2026-01-01',
    });
    expect(apiErrorOf(new PkiError('CERT_UNTRUSTED_ISSUER', 'not the factory CA'))).toMatchObject({ status: 401, code: 'CERTIFICATE_INVALID' });
    expect(apiErrorOf(new PkiError('NONCE_SIGNATURE_INVALID', 'bad signature'))).toMatchObject({ status: 401, code: 'SIGNATURE_INVALID' });
  });

  it('maps manifest codes by the table, with every bad field, and a broken repository to 500', () => {
    const invalid = apiErrorOf(new ManifestError('MANIFEST_INVALID', 'bad', { errors: [{ path: 'appliesTo', message: 'required' }] }));
    expect(invalid).toMatchObject({ status: 400, code: 'MANIFEST_INVALID', errors: [{ path: 'appliesTo', message: 'required' }] });
    expect(apiErrorOf(new ManifestError('STALE_PROPOSAL', 'old'))).toMatchObject({ status: 409, code: 'STALE_PROPOSAL', errors: undefined });
    expect(apiErrorOf(new ManifestError('REPOSITORY_INVALID', 'torn'))).toMatchObject({ status: 500, code: 'INTERNAL' });
    expect(apiErrorOf(new ManifestError('ROOT_VERSION_INVALID', 'v3 after v1'))).toMatchObject({ status: 409, code: 'ROOT_VERSION_INVALID' });
    expect(apiErrorOf(new ManifestError('PREVIOUS_ROOT_THRESHOLD_NOT_MET', 'unsigned'))).toMatchObject({
      status: 400,
      code: 'PREVIOUS_ROOT_THRESHOLD_NOT_MET',
    });
  });

  it('refuses a rollout plan as invalid input, and lets anything else through unchanged', async () => {
    expect(apiErrorOf(new RolloutError('INVALID_PLAN', 'no stages'))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    const other = new Error('disk on fire');
    expect(apiErrorOf(other)).toBeUndefined();
    await expect(mapLibErrors(() => Promise.reject(other))).rejects.toBe(other);
    await expect(mapLibErrors(() => Promise.reject(new PkiError('CERT_IS_CA', 'a CA')))).rejects.toBeInstanceOf(ApiError);
  });
});
