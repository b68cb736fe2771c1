import { ManifestError, canonicalBytes, ed25519Signer, generateEd25519KeyPair, nonCanonicalFields, tufKeyFromPublicPem, tufKeyId } from '@app/manifest';
import { canonicalize } from '@tufjs/canonical-json';
import { createHash, createPublicKey, generateKeyPairSync, verify, type KeyObject } from 'node:crypto';

const pair = generateEd25519KeyPair();
const publicPem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ManifestError) return error.code;
    throw error;
  }
  return undefined;
}

describe('Ed25519 keys in TUF form (D3)', () => {
  it('uses the raw 32-byte public key in hex: the SPKI DER minus its 12-byte prefix', () => {
    const der = createPublicKey(pair.publicKeyPem).export({ type: 'spki', format: 'der' });
    expect(pair.publicKey.keyVal).toEqual({ public: der.subarray(12).toString('hex') });
    expect(pair.publicKey.keyVal.public).toMatch(/^[0-9a-f]{64}$/);
    expect(pair.publicKey).toMatchObject({ keyType: 'ed25519', scheme: 'ed25519' });
  });

  it('derives the keyid as SHA-256 of the canonical JSON of {keytype, scheme, keyval}', () => {
    const fields = { keytype: 'ed25519', scheme: 'ed25519', keyval: pair.publicKey.keyVal };
    const expected = createHash('sha256').update(canonicalize(fields)).digest('hex');
    expect(pair.keyId).toBe(expected);
    expect(pair.publicKey.keyID).toBe(expected);
    expect(tufKeyId(fields)).toBe(expected);
  });

  it('reads the same key back from its public PEM', () => {
    expect(tufKeyFromPublicPem(pair.publicKeyPem).toJSON()).toEqual(pair.publicKey.toJSON());
    expect(tufKeyFromPublicPem(pair.publicKeyPem).keyID).toBe(pair.keyId);
  });

  describe('when the PEM is not an Ed25519 public key', () => {
    it.each([
      ['a private key', pair.privateKeyPem],
      ['an RSA key', publicPem(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey)],
      ['an EC key', publicPem(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey)],
      ['garbage', '-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n'],
    ])('rejects %s with INVALID_KEY', (_case, pem) => {
      expect(codeOf(() => tufKeyFromPublicPem(pem))).toBe('INVALID_KEY');
    });
  });

  it('signs with the keyid of its key, over the given bytes, verifiably by node:crypto', async () => {
    const signer = ed25519Signer(pair.privateKeyPem);
    expect(signer.keyId).toBe(pair.keyId);
    const payload = Buffer.from('{"_type":"targets"}');
    const signature = await signer.sign(payload);
    expect(signature.keyID).toBe(pair.keyId);
    expect(verify(null, payload, pair.publicKeyPem, Buffer.from(signature.sig, 'hex'))).toBe(true);
  });

  it('rejects an unreadable private key with INVALID_KEY', () => {
    expect(codeOf(() => ed25519Signer('not a key'))).toBe('INVALID_KEY');
  });
});

describe('canonical JSON safety', () => {
  it('produces the bytes @tufjs/canonical-json does for safe content (sorted keys, no spaces)', () => {
    const value = { b: [1, 'x', null, true], a: { 'z"': 'q\\' } };
    expect(canonicalBytes(value, 'test').toString()).toBe(canonicalize(value));
    expect(canonicalBytes(value, 'test').toString()).toBe('{"a":{"z\\"":"q\\\\"},"b":[1,"x",null,true]}');
  });

  describe('when content cannot be represented faithfully', () => {
    it.each([
      ['a float', { ratio: 0.5 }, 'ratio', /expected an integer .* got 0.5/],
      ['NaN', { n: NaN }, 'n', /expected a finite integer, got NaN/],
      ['Infinity', { list: [1, -Infinity] }, 'list.1', /got -Infinity/],
      ['an unsafe integer', { big: 2 ** 60 }, 'big', /within \+\/-\(2\^53-1\)/],
      ['a newline in a string', { reason: 'a\nb' }, 'reason', /control characters, found U\+000A at index 1/],
      ['a control character in a key', { 'k\u0000': 1 }, 'k\u0000', /found U\+0000/],
      ['a lone surrogate', { s: 'x\ud800' }, 's', /found U\+D800/],
      ['undefined', { u: undefined }, 'u', /expected a JSON value, got undefined/],
      ['a Date', { d: new Date(0) }, 'd', /expected a JSON value, got object/],
    ])('reports %s at its path', (_case, value, path, message) => {
      const errors = nonCanonicalFields(value);
      expect(errors).toEqual([{ path, message: expect.stringMatching(message) }]);
      expect(codeOf(() => canonicalBytes(value, 'test'))).toBe('NOT_CANONICALIZABLE');
    });
  });

  it('reports every offending field at once', () => {
    const errors = nonCanonicalFields({ a: [0.1, 2, 0.3], b: 'ok', c: { d: '\t' } });
    expect(errors.map((e) => e.path)).toEqual(['a.0', 'a.2', 'c.d']);
  });
});
