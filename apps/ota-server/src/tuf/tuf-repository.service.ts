import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import {
  adoptRepository,
  currentRoot,
  describeRepository,
  imageTargetFiles,
  parseRoot,
  parseSnapshot,
  parseTargets,
  parseTimestamp,
  publishTargets,
  repositoryFiles,
  resignSnapshot,
  resignTimestamp,
  type OnlineSigners,
  type RepositoryState,
  type TargetsProposal,
} from '@app/manifest';
import type { Root } from '@tufjs/models';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { Storage, type Tx } from '../database/storage.service';
import { ApiError } from '../http/api-error';
import { describeMissingOnlineKeys, onlineSignersFor } from '../keys/key-provider';
import { KeyDirectoryError, TRUST_ANCHORS, TrustAnchors } from '../keys/trust-anchors';
import { developmentKeysWarning } from '../keys/development-keys';
import { hasRoot, insertMetadata, latestVersions, loadPublishedMetadata, type TufRole } from './tuf-metadata.repository';
import { TufExpiryService, type Freshness } from './tuf-expiry.service';
import { findTargets, insertTarget } from './tuf-target.repository';

/** A key directory that cannot serve the current root stops start-up (D7). */
const atStart = (message: string) => new KeyDirectoryError(`KEYS_DIR: ${message}`);

export interface ServedFile {
  body: Buffer;
  etag: string;
}

/**
 * The published TUF repository (D3): persisted in the database, held in memory as the exact bytes served,
 * replaced as a whole after each publish or re-sign. Nothing is signed on a device request (D6).
 */
@Injectable()
export class TufRepositoryService implements OnModuleInit {
  private readonly logger = new Logger('tuf');
  private current!: RepositoryState;
  private files = new Map<string, ServedFile>();
  private images = new Map<string, { sha256: string; length: number }>();

  constructor(
    private readonly storage: Storage,
    @Inject(TRUST_ANCHORS) private readonly trust: TrustAnchors,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly expiry: TufExpiryService,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!(await this.storage.read(hasRoot))) await this.initialise();
    await this.reload();
    // D7: fail start-up naming the key, rather than serve metadata the server cannot re-sign before it expires.
    this.signersFor(currentRoot(this.current).signed, atStart);
    const warning = developmentKeysWarning(this.current, this.trust.keys);
    if (warning) this.logger.warn(warning);
    await this.refreshTimestampIfDue();
  }

  state(): RepositoryState {
    return this.current;
  }

  file(path: string): ServedFile | undefined {
    return this.files.get(path);
  }

  /** A published firmware image target (D8) at this `targets/...` path: its bytes are in image storage. */
  imageTarget(path: string): { sha256: string; length: number } | undefined {
    return this.images.get(path);
  }

  /** Health (D6, D7): every role's time left, warnings, and whether installs are withheld. */
  freshness(): Freshness {
    return this.expiry.freshness();
  }

  /**
   * Publishes a signed proposal inside the caller's transaction: targets, snapshot and timestamp rows are
   * inserted together, so a concurrent publish of the same version fails on the primary key and rolls back.
   * Call `adopt` with the result after the transaction commits.
   */
  async publish(tx: Tx, proposal: TargetsProposal): Promise<RepositoryState> {
    const next = await publishTargets(this.current, proposal, this.onlineSigners(this.current), { now: this.clock.now() });
    await this.store(tx, next, ['targets', 'snapshot', 'timestamp']);
    const createdAt = this.clock.now().toISOString();
    for (const [path, content] of Object.entries(proposal.contents)) {
      const bytes = Buffer.from(content, 'utf8');
      await insertTarget(tx, { path, content, length: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), createdAt });
    }
    return next;
  }

  adopt(state: RepositoryState): void {
    this.current = state;
    const files = new Map<string, ServedFile>();
    for (const [path, body] of repositoryFiles(state)) files.set(path, { body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` });
    this.files = files;
    this.images = imageTargetFiles(state);
    this.expiry.track(describeRepository(state));
  }

  /** D3: re-sign timestamp (and snapshot) before they expire. Callers hold the tick lease. */
  async refreshTimestampIfDue(): Promise<void> {
    await this.syncFromDatabase();
    const f = this.freshness();
    const margin = this.config.rollout.timestampRefreshBeforeSeconds;
    const now = this.clock.now();
    let next: RepositoryState | undefined;
    let roles: ('snapshot' | 'timestamp')[] = [];
    if (f.snapshot.expiresInSeconds < margin) {
      next = await resignSnapshot(this.current, this.onlineSigners(this.current), { now });
      roles = ['snapshot', 'timestamp'];
    } else if (f.timestamp.expiresInSeconds < margin) {
      next = await resignTimestamp(this.current, this.onlineSigners(this.current).timestamp, { now });
      roles = ['timestamp'];
    }
    if (!next) return;
    const signed = next;
    try {
      await this.storage.write('tuf re-sign', (tx) => this.store(tx, signed, roles));
      this.adopt(signed);
      this.logger.log({ roles, timestamp: parseTimestamp(signed.timestamp).signed.version }, 'online metadata re-signed');
    } catch (err) {
      // Another instance re-signed first; take its version.
      this.logger.warn({ err: (err as Error).message }, 're-sign lost a race; reloading');
      await this.reload();
    }
  }

  /**
   * Picks up what another instance published, re-signed or rotated (a new root, D7): two indexed reads when
   * nothing changed. The online signers follow the current root, so they switch with it.
   */
  async syncFromDatabase(): Promise<void> {
    const latest = await this.storage.read(latestVersions);
    const timestamp = parseTimestamp(this.current.timestamp).signed.version;
    if (latest.timestamp === undefined) return;
    if (latest.timestamp !== timestamp || latest.root !== this.current.roots.length) await this.reload();
  }

  /**
   * The online signers `state`'s current root names (D7), from the key provider. Throws 409
   * ONLINE_KEY_UNAVAILABLE naming the keyids it lacks.
   */
  onlineSigners(state: RepositoryState): OnlineSigners {
    return this.signersFor(currentRoot(state).signed, (message) => new ApiError(409, 'ONLINE_KEY_UNAVAILABLE', message));
  }

  private signersFor(root: Root, refuse: (message: string) => Error): OnlineSigners {
    const found = onlineSignersFor(root, this.trust.keys);
    if ('missing' in found) throw refuse(describeMissingOnlineKeys(root.version, found.missing, this.trust.keys));
    return found.signers;
  }

  /** First start: adopt the ceremony's root and targets (verified: root chain, targets threshold) and sign v1. */
  private async initialise(): Promise<void> {
    const state = await adoptRepository({
      roots: [this.trust.initialRoot],
      targets: this.trust.initialTargets,
      signers: this.signersFor(parseRoot(this.trust.initialRoot).signed, atStart),
      now: this.clock.now(),
    });
    try {
      await this.storage.write('tuf init', (tx) => this.store(tx, state, ['root', 'targets', 'snapshot', 'timestamp']));
      this.logger.log({ root: 1 }, 'TUF repository initialised from the key directory');
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'another instance initialised the repository first');
    }
  }

  /**
   * Inserts the newest metadata of `roles` from `state` inside the caller's transaction (a concurrent insert of
   * the same version fails on the primary key). Call `adopt` with `state` after the transaction commits.
   */
  async store(tx: Tx, state: RepositoryState, roles: TufRole[]): Promise<void> {
    const createdAt = this.clock.now().toISOString();
    const rows = roles.map((role) => {
      const json = role === 'root' ? state.roots[state.roots.length - 1] : state[role];
      const signed =
        role === 'root'
          ? parseRoot(json).signed
          : role === 'targets'
            ? parseTargets(json).signed
            : role === 'snapshot'
              ? parseSnapshot(json).signed
              : parseTimestamp(json).signed;
      return { role, version: signed.version, json, expiresAt: signed.expires, createdAt };
    });
    await insertMetadata(tx, rows);
  }

  private async reload(): Promise<void> {
    const loaded = await this.storage.read(async (tx) => {
      const metadata = await loadPublishedMetadata(tx);
      const contents = await findTargets(tx, Object.keys(parseTargets(metadata.targets.json).signed.targets));
      return { ...metadata, contents };
    });
    const { roots, targets, snapshot, timestamp, prevTargets, prevSnapshot, contents } = loaded;
    this.adopt({
      roots: roots.map((r) => r.json),
      targets: targets.json,
      snapshot: snapshot.json,
      timestamp: timestamp.json,
      ...(prevTargets && prevSnapshot ? { previous: { targets: prevTargets.json, snapshot: prevSnapshot.json } } : {}),
      targetContents: Object.fromEntries(contents.map((c) => [c.path, c.content])),
    });
  }
}
