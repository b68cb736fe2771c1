import { z } from 'zod';

/** POST /admin/v1/users/:id/signing-keys: the signer's Ed25519 public key (`ota-admin keys generate` writes it). */
export const registerSigningKeySchema = z.strictObject({
  publicKeyPem: z.string().min(1).max(1000).meta({ description: 'an Ed25519 public key PEM (-----BEGIN PUBLIC KEY-----); never the private key' }),
});
export type RegisterSigningKeyDto = z.infer<typeof registerSigningKeySchema>;

export const signingKeySchema = z.object({
  keyid: z.string().meta({ description: 'the TUF keyid, as root metadata lists it' }),
  userId: z.string(),
  userName: z.string(),
  publicKeyPem: z.string(),
  registeredBy: z.string(),
  registeredAt: z.string().meta({ description: 'ISO 8601 time' }),
  revokedAt: z.string().nullable(),
});
export type SigningKeyDto = z.infer<typeof signingKeySchema>;
