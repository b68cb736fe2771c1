/**
 * tuf-js failures to device codes (D3). Direct failures are classified by class; failures tuf-js wraps in
 * `RuntimeError("Unable to load ... error <inner>")` (snapshot and targets loading) by the inner message, built
 * here exactly as tuf-js 5 builds it. A server that cannot be reached is not a verdict: it stays transient.
 */
import { CryptoError, LengthOrHashMismatchError, UnsignedMetadataError, ValueError } from '@tufjs/models/dist/error';
import { BadVersionError, DownloadHTTPError, DownloadLengthMismatchError, EqualVersionError, ExpiredMetadataError, RuntimeError } from 'tuf-js/dist/error';
import { ClientError } from '../src/client/client-error';
import { classifyTufError } from '../src/agent/tuf-errors';
import { UpdateRejection } from '../src/agent/update-rejection';

const wrappedTargets = (inner: Error) => new RuntimeError(`Unable to load targets error ${inner}`);
const wrappedSnapshot = (inner: Error) => new RuntimeError(`Unable to load snapshot metadata error ${inner}`);

function codeOf(error: unknown): string {
  const classified = classifyTufError(error);
  return classified instanceof UpdateRejection ? classified.code : `transient:${classified.code}`;
}

describe('classifyTufError', () => {
  describe('by class', () => {
    it.each([
      ['an unsigned or badly signed role', new UnsignedMetadataError('timestamp was signed by 0/1 keys'), 'SIGNATURE_INVALID'],
      ['an unusable key', new CryptoError('unsupported key type'), 'SIGNATURE_INVALID'],
      ['an expired timestamp', new ExpiredMetadataError('Final timestamp.json is expired'), 'EXPIRED'],
      ['a timestamp version going back', new BadVersionError('New timestamp version 2 is less than current version 3'), 'ROLLBACK'],
      ['a skipped root version', new BadVersionError('Expected version 2, got 3'), 'ROLLBACK'],
      ['an equal version (a subclass)', new EqualVersionError('New timestamp version 3 is equal to current version 3'), 'ROLLBACK'],
      ['a target with another hash', new LengthOrHashMismatchError('Expected hash abc but got def'), 'HASH_MISMATCH'],
      ['a target shorter than listed', new LengthOrHashMismatchError('Expected length 10 but got 9'), 'LENGTH_MISMATCH'],
      ['a target longer than listed', new DownloadLengthMismatchError('Max length reached'), 'LENGTH_MISMATCH'],
      ['a metadata file that is missing', new DownloadHTTPError('Failed to download', 404), 'DOWNLOAD_FAILED'],
    ])('%s', (_, error, code) => {
      expect(codeOf(error)).toBe(code);
    });
  });

  describe('by the message of a wrapped RuntimeError', () => {
    it.each([
      ['targets below threshold', wrappedTargets(new UnsignedMetadataError('targets was signed by 1/2 keys')), 'SIGNATURE_INVALID'],
      ['one key listed twice', wrappedTargets(new ValueError('multiple signatures found for keyid: ab12')), 'SIGNATURE_INVALID'],
      ['an expired snapshot', wrappedSnapshot(new ExpiredMetadataError('snapshot.json is expired')), 'EXPIRED'],
      ['targets going back', wrappedTargets(new BadVersionError('New version 2 of targets.json is less than current version 3')), 'ROLLBACK'],
      ['targets not the version the snapshot names', wrappedTargets(new BadVersionError('Version 2 of targets does not match snapshot version 3')), 'ROLLBACK'],
      ['a snapshot with another hash', wrappedSnapshot(new LengthOrHashMismatchError('Expected hash abc but got def')), 'HASH_MISMATCH'],
      ['targets of another length', wrappedTargets(new LengthOrHashMismatchError('Expected length 812 but got 790')), 'LENGTH_MISMATCH'],
      ['targets longer than the snapshot says', wrappedTargets(new DownloadLengthMismatchError('Max length reached')), 'LENGTH_MISMATCH'],
    ])('%s', (_, error, code) => {
      expect(error).toBeInstanceOf(RuntimeError);
      expect(codeOf(error)).toBe(code);
    });
  });

  describe('when the server cannot be reached', () => {
    it.each([
      ['a 503 while fetching metadata', new DownloadHTTPError('Failed to download', 503), 'transient:OVERLOADED'],
      ['a 500 while fetching metadata', new DownloadHTTPError('Failed to download', 500), 'transient:SERVER_ERROR'],
      [
        'a refused connection',
        new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }),
        'transient:NETWORK_FAILED',
      ],
      ['a wrapped download failure (its status is lost)', wrappedTargets(new DownloadHTTPError('Failed to download', 503)), 'transient:NETWORK_FAILED'],
    ])('stays transient: %s', (_, error, code) => {
      expect(codeOf(error)).toBe(code);
    });
  });

  it('passes through its own rejections and client errors', () => {
    const rejection = new UpdateRejection('TARGET_NOT_FOUND', 'no such target');
    const overloaded = new ClientError('OVERLOADED', '503');
    expect(classifyTufError(rejection)).toBe(rejection);
    expect(classifyTufError(overloaded)).toBe(overloaded);
  });

  it('reports anything else as INTERNAL, keeping the cause', () => {
    const odd = new RuntimeError('Cannot update timestamp after snapshot');
    const classified = classifyTufError(odd);
    expect(classified).toMatchObject({ code: 'INTERNAL', cause: odd });
    expect(codeOf('not even an error')).toBe('INTERNAL');
  });
});
