import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { Storage, type Tx } from '../database/storage.service';
import { ApiError, notFound } from '../http/api-error';
import { RANDOM, Random } from '../random/random';
import type { AdminPrincipal, TokenScope } from '../http/admin-route';
import { AdminTokenEntity } from './admin-token.entity';
import { countTokens, findToken, findTokenByHash, insertToken, listTokensOf, markTokenRevoked } from './admin-token.repository';
import { findUser, findUserByName, insertUser } from './admin-user.repository';
import type { AdminTokenDto, CreatedAdminTokenDto } from './dto/admin-token.dto';
import type { CreateTokenDto } from './dto/admin-user.dto';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const view = ({ tokenHash: _hash, ...rest }: AdminTokenEntity): AdminTokenDto => rest;

const DAY_MS = 86_400_000;
const BOOTSTRAP_USER = 'admin';

export interface NewToken {
  userId: string;
  name: string;
  scope: TokenScope;
  createdBy: string | null;
  expiresAt: string | null;
}

/**
 * Admin bearer tokens (D5): each belongs to a user, is stored hashed, expires and can be revoked. Only the user
 * makes their own tokens: an admin can create a user (with a one-time enrollment token) but cannot mint a token
 * that acts as another person, so the two-person rule, which compares users, cannot be walked around.
 */
@Injectable()
export class AdminTokensService {
  constructor(
    private readonly storage: Storage,
    private readonly audit: AuditService,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RANDOM) private readonly random: Random,
  ) {}

  /** Resolves a presented token to its person; revoked, expired and disabled are told apart so the answer says so. */
  async authenticate(secret: string): Promise<AdminPrincipal> {
    const found = await this.storage.read(async (tx) => {
      const token = await findTokenByHash(tx, hashToken(secret));
      return token ? { token, user: await findUser(tx, token.userId) } : undefined;
    });
    if (!found?.user) throw new ApiError(401, 'UNAUTHENTICATED', 'unknown admin token');
    const { token, user } = found;
    if (token.revokedAt) throw new ApiError(401, 'TOKEN_REVOKED', `token "${token.name}" was revoked at ${token.revokedAt}`);
    if (token.expiresAt && token.expiresAt <= this.clock.now().toISOString()) {
      throw new ApiError(401, 'TOKEN_EXPIRED', `token "${token.name}" expired at ${token.expiresAt}; make a new one`);
    }
    if (user.disabledAt) throw new ApiError(401, 'USER_DISABLED', `user "${user.name}" was disabled at ${user.disabledAt}`);
    return { userId: user.id, userName: user.name, roles: user.roles, tokenId: token.id, tokenScope: token.scope };
  }

  /**
   * Makes sure the bootstrap admin can log in: the configured ADMIN_TOKEN (no expiry: the environment rotates
   * it), or on a first start a generated token, handed to `keep` inside the transaction before it commits: a
   * token that exists was kept (a start that fails afterwards, on a port in use say, does not lose it), and one
   * that could not be kept does not exist.
   */
  async ensureBootstrapToken(configured?: string, keep?: (secret: string) => void): Promise<string | undefined> {
    if (configured) {
      if (await this.storage.read((tx) => findTokenByHash(tx, hashToken(configured)))) return undefined;
      await this.bootstrap('bootstrap (ADMIN_TOKEN)', configured, null);
      return undefined;
    }
    if ((await this.storage.read(countTokens)) > 0) return undefined;
    const secret = this.newSecret();
    await this.bootstrap('bootstrap', secret, this.expiresIn(this.config.adminTokens.ttlDays), keep);
    return secret;
  }

  /** A token of the caller's own. Made with an enrollment token, it spends it: enrollment works once. */
  async createOwn(actor: AdminPrincipal, dto: CreateTokenDto): Promise<CreatedAdminTokenDto> {
    const days = Math.min(dto.expiresInDays ?? this.config.adminTokens.ttlDays, this.config.adminTokens.ttlDays);
    const secret = this.newSecret();
    const entity = await this.storage.write('token create', async (tx) => {
      if (actor.tokenScope === 'enroll') {
        const enrollment = await findToken(tx, actor.tokenId);
        if (!enrollment || enrollment.revokedAt) throw new ApiError(401, 'TOKEN_REVOKED', 'this enrollment token was already used');
        await markTokenRevoked(tx, actor.tokenId, this.clock.now().toISOString());
      }
      const token = { userId: actor.userId, name: dto.name, scope: 'full' as const, createdBy: actor.userId, expiresAt: this.expiresIn(days) };
      return this.issue(tx, token, secret, actor.userName);
    });
    return { token: secret, ...view(entity) };
  }

  /** Inside the caller's transaction: a new token (secret hashed) and its audit entry. */
  async issue(tx: Tx, token: NewToken, secret: string, actorName: string): Promise<AdminTokenEntity> {
    const entity: AdminTokenEntity = {
      id: this.random.uuid(),
      ...token,
      tokenHash: hashToken(secret),
      createdAt: this.clock.now().toISOString(),
      revokedAt: null,
    };
    await insertToken(tx, entity);
    const after = { userId: token.userId, name: token.name, scope: token.scope, expiresAt: token.expiresAt };
    await this.audit.append(tx, { actor: actorName, action: 'token.create', target: `token:${entity.id}`, after });
    return entity;
  }

  /** A user's tokens: an admin sees anyone's, others only their own. */
  async listOf(actor: AdminPrincipal, userId: string): Promise<AdminTokenDto[]> {
    if (actor.userId !== userId && !actor.roles.includes('admin')) throw new ApiError(403, 'FORBIDDEN', "only an admin may list another user's tokens");
    const tokens = await this.storage.read(async (tx) => ((await findUser(tx, userId)) ? listTokensOf(tx, userId) : undefined));
    if (!tokens) throw notFound(`user ${userId}`);
    return tokens.map(view);
  }

  /** Stops a token at once: its owner or an admin may. */
  async revoke(actor: AdminPrincipal, id: string): Promise<AdminTokenDto> {
    return this.storage.write('token revoke', async (tx) => {
      const token = await findToken(tx, id);
      if (!token) throw notFound(`token ${id}`);
      if (token.userId !== actor.userId && !actor.roles.includes('admin'))
        throw new ApiError(403, 'FORBIDDEN', 'only its owner or an admin may revoke a token');
      if (token.revokedAt) return view(token);
      token.revokedAt = this.clock.now().toISOString();
      await markTokenRevoked(tx, id, token.revokedAt);
      await this.audit.append(tx, {
        actor: actor.userName,
        action: 'token.revoke',
        target: `token:${id}`,
        before: { revokedAt: null },
        after: { revokedAt: token.revokedAt },
      });
      return view(token);
    });
  }

  expiresIn(days: number): string {
    return new Date(this.clock.now().getTime() + days * DAY_MS).toISOString();
  }

  newSecret(): string {
    return `ota_${this.random.base64url(24)}`;
  }

  /** The bootstrap admin user (made once) and a token of theirs. */
  private async bootstrap(name: string, secret: string, expiresAt: string | null, keep?: (secret: string) => void): Promise<void> {
    await this.storage.write('token bootstrap', async (tx) => {
      let user = await findUserByName(tx, BOOTSTRAP_USER);
      if (!user) {
        user = { id: this.random.uuid(), name: BOOTSTRAP_USER, roles: ['admin'], createdBy: null, createdAt: this.clock.now().toISOString(), disabledAt: null };
        await insertUser(tx, user);
        await this.audit.append(tx, { actor: 'system', action: 'user.create', target: `user:${user.id}`, after: { name: user.name, roles: user.roles } });
      }
      await this.issue(tx, { userId: user.id, name, scope: 'full', createdBy: null, expiresAt }, secret, 'system');
      keep?.(secret);
    });
  }
}
