import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { isUniqueViolation } from '../database/storage-errors';
import { Storage, type Tx } from '../database/storage.service';
import { ApiError, notFound } from '../http/api-error';
import { RANDOM, Random } from '../random/random';
import type { AdminPrincipal } from '../http/admin-route';
import { listTokensOf } from './admin-token.repository';
import { AdminTokensService } from './admin-tokens.service';
import { findUser, findUsers, insertUser, listUsers, markUserDisabled, type AdminUser } from './admin-user.repository';
import type { AdminUserDto, CreateUserDto, EnrolledUserDto, MeDto } from './dto/admin-user.dto';

const HOUR_MS = 3_600_000;

/**
 * Admin users (D5): people with roles. An admin creates a user and hands them a one-time enrollment token, with
 * which they make their own tokens; the admin never holds a token that acts as someone else.
 */
@Injectable()
export class AdminUsersService {
  constructor(
    private readonly storage: Storage,
    private readonly audit: AuditService,
    private readonly tokens: AdminTokensService,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RANDOM) private readonly random: Random,
  ) {}

  async create(actor: AdminPrincipal, dto: CreateUserDto): Promise<EnrolledUserDto> {
    const user: AdminUser = {
      id: this.random.uuid(),
      name: dto.name,
      roles: [...new Set(dto.roles)],
      createdBy: actor.userId,
      createdAt: this.clock.now().toISOString(),
      disabledAt: null,
    };
    return this.storage
      .write('user create', async (tx) => {
        await insertUser(tx, user);
        await this.audit.append(tx, { actor: actor.userName, action: 'user.create', target: `user:${user.id}`, after: { name: user.name, roles: user.roles } });
        return { user, enrollmentToken: await this.enroll(tx, actor, user) };
      })
      .catch((err: Error) => {
        if (isUniqueViolation(err)) throw new ApiError(409, 'CONFLICT', `a user named "${dto.name}" exists`);
        throw err;
      });
  }

  /** A fresh enrollment token for a user who lost theirs (or every token); earlier ones keep working until revoked. */
  async reenroll(actor: AdminPrincipal, id: string): Promise<EnrolledUserDto> {
    return this.storage.write('user enroll', async (tx) => {
      const user = await this.enabled(tx, id);
      return { user, enrollmentToken: await this.enroll(tx, actor, user) };
    });
  }

  /** Every token of the user stops working at once; the last enabled admin cannot be disabled (no lock-out). */
  async disable(actor: AdminPrincipal, id: string): Promise<AdminUserDto> {
    return this.storage.write('user disable', async (tx) => {
      const user = await this.existing(tx, id);
      if (user.disabledAt) return user;
      const admins = (await listUsers(tx)).filter((u) => !u.disabledAt && u.roles.includes('admin'));
      if (user.roles.includes('admin') && admins.length <= 1) throw new ApiError(409, 'LAST_ADMIN', 'the last enabled admin cannot be disabled');
      const disabledAt = this.clock.now().toISOString();
      await markUserDisabled(tx, id, disabledAt);
      await this.audit.append(tx, { actor: actor.userName, action: 'user.disable', target: `user:${id}`, before: { disabledAt: null }, after: { disabledAt } });
      return { ...user, disabledAt };
    });
  }

  list(): Promise<AdminUserDto[]> {
    return this.storage.read(listUsers);
  }

  async get(id: string): Promise<AdminUserDto> {
    return this.storage.read((tx) => this.existing(tx, id));
  }

  async me(actor: AdminPrincipal): Promise<MeDto> {
    return this.storage.read(async (tx) => {
      const user = await this.existing(tx, actor.userId);
      const token = (await listTokensOf(tx, actor.userId)).find((t) => t.id === actor.tokenId);
      if (!token) throw notFound(`token ${actor.tokenId}`);
      const { tokenHash: _hash, ...view } = token;
      return { user, token: view };
    });
  }

  /** The user's names by id, for views that show who did something (unknown ids are left out). */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const users = await this.storage.read((tx) => findUsers(tx, wanted));
    return new Map(users.map((u) => [u.id, u.name]));
  }

  private async enroll(tx: Tx, actor: AdminPrincipal, user: AdminUser) {
    const expiresAt = new Date(this.clock.now().getTime() + this.config.adminTokens.enrollmentTtlHours * HOUR_MS).toISOString();
    const secret = this.tokens.newSecret();
    const token = await this.tokens.issue(
      tx,
      { userId: user.id, name: 'enrollment', scope: 'enroll', createdBy: actor.userId, expiresAt },
      secret,
      actor.userName,
    );
    const { tokenHash: _hash, ...view } = token;
    return { token: secret, ...view };
  }

  private async existing(tx: Tx, id: string): Promise<AdminUser> {
    const user = await findUser(tx, id);
    if (!user) throw notFound(`user ${id}`);
    return user;
  }

  private async enabled(tx: Tx, id: string): Promise<AdminUser> {
    const user = await this.existing(tx, id);
    if (user.disabledAt) throw new ApiError(409, 'INVALID_STATE', `user "${user.name}" is disabled`);
    return user;
  }
}
