import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../clock/clock';
import { Storage } from '../database/storage.service';
import { ApiError, notFound } from '../http/api-error';
import { RANDOM, Random } from '../random/random';
import type { AdminPrincipal, AdminRole } from '../http/admin-route';
import { AdminTokenEntity } from './admin-token.entity';
import { countTokens, findToken, findTokenByHash, insertToken, listTokens, markTokenRevoked } from './admin-token.repository';
import type { AdminTokenDto, CreatedAdminTokenDto } from './dto/admin-token.dto';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const view = ({ tokenHash: _hash, ...rest }: AdminTokenEntity): AdminTokenDto => rest;

/** Admin bearer tokens: created by an admin, stored hashed, revocable (D5). */
@Injectable()
export class AdminTokensService {
  constructor(
    private readonly storage: Storage,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RANDOM) private readonly random: Random,
  ) {}

  /** Resolves a presented token; revoked tokens are told apart so the answer can say so. */
  async authenticate(secret: string): Promise<AdminPrincipal> {
    const token = await this.storage.read((tx) => findTokenByHash(tx, hashToken(secret)));
    if (!token) throw new ApiError(401, 'UNAUTHENTICATED', 'unknown admin token');
    if (token.revokedAt) throw new ApiError(401, 'TOKEN_REVOKED', `token "${token.name}" was revoked at ${token.revokedAt}`);
    return { tokenId: token.id, name: token.name, role: token.role };
  }

  /**
   * Makes sure an admin token exists: the configured one, or a generated one returned once for printing.
   * Returns the secret only when it was generated now.
   */
  async ensureBootstrapToken(configured?: string): Promise<string | undefined> {
    if (configured) {
      if (await this.storage.read((tx) => findTokenByHash(tx, hashToken(configured)))) return undefined;
      await this.insert('bootstrap (ADMIN_TOKEN)', 'admin', configured, null);
      return undefined;
    }
    if ((await this.storage.read(countTokens)) > 0) return undefined;
    const secret = this.newSecret();
    await this.insert('bootstrap', 'admin', secret, null);
    return secret;
  }

  async create(actor: AdminPrincipal, name: string, role: AdminRole): Promise<CreatedAdminTokenDto> {
    const secret = this.newSecret();
    const entity = await this.insert(name, role, secret, actor.tokenId);
    return { token: secret, ...view(entity) };
  }

  async list(): Promise<AdminTokenDto[]> {
    return (await this.storage.read(listTokens)).map(view);
  }

  async revoke(actor: AdminPrincipal, id: string): Promise<AdminTokenDto> {
    return this.storage.write('token revoke', async (tx) => {
      const token = await findToken(tx, id);
      if (!token) throw notFound(`token ${id}`);
      if (token.revokedAt) return view(token);
      token.revokedAt = this.clock.now().toISOString();
      await markTokenRevoked(tx, id, token.revokedAt);
      await this.audit.append(tx, {
        actor: actor.tokenId,
        action: 'token.revoke',
        target: `token:${id}`,
        before: { revokedAt: null },
        after: { revokedAt: token.revokedAt },
      });
      return view(token);
    });
  }

  private async insert(name: string, role: AdminRole, secret: string, createdBy: string | null): Promise<AdminTokenEntity> {
    return this.storage.write('token create', async (tx) => {
      const entity: AdminTokenEntity = {
        id: this.random.uuid(),
        name,
        role,
        tokenHash: hashToken(secret),
        createdBy,
        createdAt: this.clock.now().toISOString(),
        revokedAt: null,
      };
      await insertToken(tx, entity);
      await this.audit.append(tx, { actor: createdBy ?? 'system', action: 'token.create', target: `token:${entity.id}`, after: { name, role } });
      return entity;
    });
  }

  private newSecret(): string {
    return `ota_${this.random.base64url(24)}`;
  }
}
