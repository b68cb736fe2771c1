import { Inject, Injectable } from '@nestjs/common';
import { tufKeyFromPublicPem } from '@app/manifest';
import { AuditService } from '../audit/audit.service';
import { AdminUsersService } from '../auth/admin-users.service';
import { CLOCK, Clock } from '../clock/clock';
import { Storage } from '../database/storage.service';
import { ApiError, notFound } from '../http/api-error';
import { mapLibErrors } from '../http/lib-errors';
import type { AdminPrincipal } from '../http/admin-route';
import type { RegisterSigningKeyDto, SigningKeyDto } from './dto/signing-key.dto';
import { SigningKeyEntity } from './signing-key.entity';
import { findSigningKey, insertSigningKey, listSigningKeys, markSigningKeyRevoked } from './signing-key.repository';

/** Who signed with which key: what a release shows (D5). `userId` null: the server's own dev key. */
export interface SignerOf {
  keyid: string;
  userId: string | null;
}

/**
 * D5 accountable signers: each release signing key is registered to one user (public key only), and a
 * signature over a proposal counts only when the key's owner uploads it: the signature proves possession of
 * the key, the token proves the person. One person contributes one signature per proposal, whatever they hold.
 */
@Injectable()
export class SigningKeysService {
  constructor(
    private readonly storage: Storage,
    private readonly audit: AuditService,
    private readonly users: AdminUsersService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(actor: AdminPrincipal, userId: string, dto: RegisterSigningKeyDto): Promise<SigningKeyDto> {
    const key = await mapLibErrors(() => tufKeyFromPublicPem(dto.publicKeyPem));
    const user = await this.users.get(userId);
    if (user.disabledAt) throw new ApiError(409, 'INVALID_STATE', `user "${user.name}" is disabled`);
    const entity: SigningKeyEntity = {
      keyid: key.keyID,
      userId,
      publicKeyPem: dto.publicKeyPem.trim() + '\n',
      registeredBy: actor.userId,
      registeredAt: this.clock.now().toISOString(),
      revokedAt: null,
    };
    await this.storage.write('signing key register', async (tx) => {
      const existing = await findSigningKey(tx, key.keyID);
      if (existing)
        throw new ApiError(
          409,
          'KEY_ALREADY_REGISTERED',
          `key ${key.keyID} is already registered${existing.userId === userId ? ' to this user' : ' to another user'}`,
        );
      await insertSigningKey(tx, entity);
      await this.audit.append(tx, { actor: actor.userName, action: 'signing-key.register', target: `signing-key:${key.keyID}`, after: { user: user.name } });
    });
    return { ...entity, userName: user.name };
  }

  async list(): Promise<SigningKeyDto[]> {
    const keys = await this.storage.read(listSigningKeys);
    const names = await this.users.namesOf(keys.map((k) => k.userId));
    return keys.map((k) => ({ ...k, userName: names.get(k.userId) ?? k.userId }));
  }

  /** A revoked key's signatures stop counting for new proposals; what it signed before stays published. */
  async revoke(actor: AdminPrincipal, keyid: string): Promise<SigningKeyDto> {
    const revoked = await this.storage.write('signing key revoke', async (tx) => {
      const key = await findSigningKey(tx, keyid);
      if (!key) throw notFound(`signing key ${keyid}`);
      if (key.revokedAt) return key;
      const revokedAt = this.clock.now().toISOString();
      await markSigningKeyRevoked(tx, keyid, revokedAt);
      await this.audit.append(tx, { actor: actor.userName, action: 'signing-key.revoke', target: `signing-key:${keyid}`, after: { revokedAt } });
      return { ...key, revokedAt };
    });
    return { ...revoked, userName: (await this.users.namesOf([revoked.userId])).get(revoked.userId) ?? revoked.userId };
  }

  /**
   * Refuses a signature upload unless `actor` owns `keyid` and has not already signed this proposal with
   * another key (`signers`: who signed it so far).
   */
  async assertMaySign(actor: AdminPrincipal, keyid: string, signers: readonly SignerOf[]): Promise<void> {
    const key = await this.storage.read((tx) => findSigningKey(tx, keyid));
    if (!key || key.revokedAt) {
      throw new ApiError(
        403,
        'SIGNING_KEY_NOT_REGISTERED',
        `key ${keyid} is not registered to any user${key ? ' any more (revoked)' : ''}; an admin registers it: POST /admin/v1/users/:id/signing-keys`,
      );
    }
    if (key.userId !== actor.userId) throw new ApiError(403, 'NOT_KEY_OWNER', `key ${keyid} belongs to another user; only its owner may sign with it`);
    const other = signers.find((s) => s.userId === actor.userId && s.keyid !== keyid);
    if (other)
      throw new ApiError(409, 'ALREADY_SIGNED', `you already signed this proposal with key ${other.keyid}; a second signature must come from another person`);
  }

  /** Display names for signers: users by name, the server's dev keys as such. */
  async describe(signers: readonly SignerOf[]): Promise<Map<string, string>> {
    return this.users.namesOf(signers.flatMap((s) => (s.userId ? [s.userId] : [])));
  }
}
