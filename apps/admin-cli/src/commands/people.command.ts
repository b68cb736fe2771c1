/** People (D5): users with roles, their tokens, and the release signing keys registered to them. */
import { Command } from 'commander';
import { usageError } from '../cli-error';
import { println, type CliIo } from '../cli-io';
import { adminClient, type ConnectionOptions } from '../client/admin-client';
import { readPublicKey } from '../keys/key-files';
import { readText } from '../client/admin-client';
import { printJson, printTable } from '../output/print';

type Opts = ConnectionOptions & { json?: boolean };
interface User {
  id: string;
  name: string;
  roles: string[];
  createdAt: string;
}
interface Token {
  id: string;
  name: string;
  userId?: string;
  expiresAt?: string | null;
  revokedAt?: string | null;
  createdAt?: string;
}
interface SigningKey {
  keyid: string;
  userId: string;
  userName: string;
  registeredAt: string;
  revokedAt: string | null;
}

const ROLES = ['viewer', 'release-engineer', 'approver', 'admin'];
const list = (value: string, previous: string[] = []) => [...previous, value];

export function peopleCommands(io: CliIo): Command[] {
  const opts = (cmd: Command) => cmd.optsWithGlobals<Opts>();
  const client = (cmd: Command) => adminClient(opts(cmd), io);
  const show = <T>(cmd: Command, value: T, table: (v: T) => void) => (opts(cmd).json ? printJson(io, value) : table(value));
  const users = new Command('users').description('admin users and their roles');
  users
    .command('list')
    .description('every user')
    .option('--json', 'print JSON')
    .action(async (_o: unknown, cmd: Command) => show(cmd, await client(cmd).get<User[]>('/admin/v1/users'), (us) => usersTable(io, us)));
  users
    .command('create')
    .description('create a user; prints a one-time enrollment token for them')
    .argument('<name>', 'the person')
    .requiredOption('--role <role...>', `one or more of ${ROLES.join(', ')}`, list)
    .option('--json', 'print JSON')
    .action(async (name: string, o: { role: string[] }, cmd: Command) => {
      const bad = o.role.filter((r) => !ROLES.includes(r));
      if (bad.length) throw usageError(`--role: expected ${ROLES.join(', ')}, got ${bad.join(', ')}`);
      const created = await client(cmd).post<{ user: User; enrollmentToken: { token: string; expiresAt: string } }>('/admin/v1/users', { name, roles: o.role });
      show(cmd, created, (c) => {
        usersTable(io, [c.user]);
        println(io, `enrollment token (shown once; hand it to ${c.user.name} privately, expires ${c.enrollmentToken.expiresAt}):`);
        println(io, c.enrollmentToken.token);
      });
    });

  const whoami = new Command('whoami')
    .description('the user and token this CLI is using')
    .option('--json', 'print JSON')
    .action(async (_o: unknown, cmd: Command) =>
      show(cmd, await client(cmd).get<{ user: User; token: Token }>('/admin/v1/me'), (me) => {
        usersTable(io, [me.user]);
        tokensTable(io, [me.token]);
      }),
    );

  const tokens = new Command('tokens').description('your API tokens');
  tokens
    .command('create')
    .description('create a token for yourself; prints its secret once')
    .requiredOption('--name <name>', 'what the token is for, e.g. "laptop"')
    .option('--expires-days <days>', 'lifetime in days (server default when absent)')
    .option('--json', 'print JSON')
    .action(async (o: { name: string; expiresDays?: string }, cmd: Command) => {
      if (o.expiresDays !== undefined && !/^[1-9]\d*$/.test(o.expiresDays))
        throw usageError(`--expires-days: expected a whole number of days, got "${o.expiresDays}"`);
      const body = { name: o.name, ...(o.expiresDays ? { expiresInDays: Number(o.expiresDays) } : {}) };
      const created = await client(cmd).post<Token & { token: string }>('/admin/v1/me/tokens', body);
      show(cmd, created, (t) => {
        tokensTable(io, [t]);
        println(io, 'secret (shown once; store it now, e.g. as OTA_TOKEN):');
        println(io, t.token);
      });
    });
  tokens
    .command('list')
    .description("a user's tokens (default: yours), never their secrets")
    .option('--user <id>', 'user id (admin)')
    .option('--json', 'print JSON')
    .action(async (o: { user?: string }, cmd: Command) => {
      const userId = o.user ?? (await client(cmd).get<{ user: User }>('/admin/v1/me')).user.id;
      show(cmd, await client(cmd).get<Token[]>(`/admin/v1/users/${encodeURIComponent(userId)}/tokens`), (ts) => tokensTable(io, ts));
    });
  tokens
    .command('revoke')
    .description('revoke a token; it stops working at once')
    .argument('<id>', 'token id')
    .option('--json', 'print JSON')
    .action(async (id: string, _o: unknown, cmd: Command) =>
      show(cmd, await client(cmd).post<Token>(`/admin/v1/tokens/${encodeURIComponent(id)}/revoke`, {}), (t) => tokensTable(io, [t])),
    );

  const keys = new Command('signing-keys').description('release signing keys registered to users (D5: a signature counts only from its owner)');
  keys
    .command('register')
    .description("register a user's public signing key")
    .requiredOption('--user <id>', 'the key owner')
    .requiredOption('--key <pub>', 'their public key file (keys generate wrote it as <file>.pub)')
    .option('--json', 'print JSON')
    .action(async (o: { user: string; key: string }, cmd: Command) => {
      readPublicKey(o.key); // refuses a private key here, before it could travel
      const body = { publicKeyPem: readText(o.key, 'public key file') };
      const registered = await client(cmd).post<SigningKey>(`/admin/v1/users/${encodeURIComponent(o.user)}/signing-keys`, body);
      show(cmd, registered, (k) => keysTable(io, [k]));
    });
  keys
    .command('revoke')
    .description('revoke a key registration (a lost laptop): its signatures stop counting; rotate it out of root too')
    .argument('<keyid>', 'the TUF keyid (keys show prints it)')
    .option('--json', 'print JSON')
    .action(async (keyid: string, _o: unknown, cmd: Command) =>
      show(cmd, await client(cmd).post<SigningKey>(`/admin/v1/signing-keys/${encodeURIComponent(keyid)}/revoke`, {}), (k) => keysTable(io, [k])),
    );
  keys
    .command('list')
    .description('every registered signing key and its owner')
    .option('--json', 'print JSON')
    .action(async (_o: unknown, cmd: Command) => show(cmd, await client(cmd).get<SigningKey[]>('/admin/v1/signing-keys'), (ks) => keysTable(io, ks)));
  return [users, whoami, tokens, keys];
}

function usersTable(io: CliIo, users: User[]): void {
  printTable(
    io,
    ['id', 'name', 'roles', 'created'],
    users.map((u) => [u.id, u.name, u.roles.join(', '), u.createdAt]),
  );
}

function tokensTable(io: CliIo, tokens: Token[]): void {
  printTable(
    io,
    ['id', 'name', 'expires', 'revoked'],
    tokens.map((t) => [t.id, t.name, t.expiresAt ?? 'never', t.revokedAt ?? '']),
  );
}

function keysTable(io: CliIo, keys: SigningKey[]): void {
  printTable(
    io,
    ['keyid', 'user', 'user id', 'registered', 'revoked'],
    keys.map((k) => [k.keyid, k.userName, k.userId, k.registeredAt, k.revokedAt ?? '']),
  );
}
