/**
 * Key files of signers and root keyholders (D7: made where they are used). Private keys are PKCS#8 PEM with mode
 * 0600; the public key sits beside it as `<file>.pub` (SPKI PEM), the form `signing-keys register` and
 * `root init` take.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { ed25519Signer, generateEd25519KeyPair, tufKeyFromPublicPem, type MetadataSigner } from '@app/manifest';
import type { Key } from '@tufjs/models';
import { CliError } from '../cli-error';
import { readText } from '../client/admin-client';

export interface KeyInfo {
  keyId: string;
  publicKeyPem: string;
  key: Key;
  isPrivate: boolean;
}

/** Writes a new key pair; refuses to overwrite either file (a lost signing key is a root rotation, D7). */
export function writeNewKeyPair(file: string): KeyInfo {
  const pubFile = `${file}.pub`;
  for (const f of [file, pubFile]) {
    if (fs.existsSync(f)) throw new CliError('FILE_EXISTS', `${f} already exists; refusing to overwrite a key (choose another --out)`);
  }
  const pair = generateEd25519KeyPair();
  try {
    // A new key's folder is made private to its owner (an existing one is left as it is).
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
    // `wx`: created here or not at all, even if another process made the file since the check above.
    fs.writeFileSync(file, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
    fs.chmodSync(file, 0o600); // the umask may have taken bits away, never added: make it exact
    fs.writeFileSync(pubFile, pair.publicKeyPem, { mode: 0o644, flag: 'wx' });
  } catch (error) {
    throw new CliError('FILE_UNWRITABLE', `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return { keyId: pair.keyId, publicKeyPem: pair.publicKeyPem, key: pair.publicKey, isPrivate: true };
}

/** The TUF key of a private or public Ed25519 PEM file. */
export function readKeyInfo(file: string): KeyInfo {
  const pem = readText(file, 'key file');
  if (/PRIVATE KEY/.test(pem)) {
    const publicKeyPem = createPublicKey(privateKeyOf(pem, file)).export({ type: 'spki', format: 'pem' }).toString();
    const key = tufKeyFromPublicPem(publicKeyPem);
    return { keyId: key.keyID, publicKeyPem, key, isPrivate: true };
  }
  const key = publicKeyOf(pem, file);
  return { keyId: key.keyID, publicKeyPem: pem, key, isPrivate: false };
}

/** A public key file (root init/rotate take the keyholders' `.pub` files). */
export function readPublicKey(file: string): Key {
  return publicKeyOf(readText(file, 'public key file'), file);
}

/** The signer of a private key file. */
export function readSigner(file: string): MetadataSigner {
  const pem = readText(file, 'private key file');
  if (!/PRIVATE KEY/.test(pem)) throw new CliError('INVALID_KEY', `${file} is not a private key PEM; --key needs the signer's private key`);
  privateKeyOf(pem, file);
  return ed25519Signer(pem);
}

function privateKeyOf(pem: string, file: string) {
  try {
    return createPrivateKey(pem);
  } catch (cause) {
    throw new CliError('INVALID_KEY', `${file}: expected an Ed25519 private key PEM, got unreadable input`, { cause });
  }
}

function publicKeyOf(pem: string, file: string): Key {
  try {
    return tufKeyFromPublicPem(pem);
  } catch (error) {
    throw new CliError('INVALID_KEY', `${file}: ${(error as Error).message}`, { cause: error });
  }
}
