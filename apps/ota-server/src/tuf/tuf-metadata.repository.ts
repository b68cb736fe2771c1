import type { Tx } from '../database/storage.service';
import { TufMetadataEntity } from './tuf-metadata.entity';

export type TufRole = TufMetadataEntity['role'];

export function hasRoot(tx: Tx): Promise<boolean> {
  return tx.getRepository(TufMetadataEntity).existsBy({ role: 'root' });
}

/**
 * The newest timestamp and root versions (two indexed reads): has anything been published, re-signed or rotated
 * since? A rotation that changes no online key stores only a root.
 */
export async function latestVersions(tx: Tx): Promise<{ timestamp?: number; root?: number }> {
  const latest = async (role: TufRole) =>
    (await tx.getRepository(TufMetadataEntity).findOne({ where: { role }, order: { version: 'DESC' }, select: { version: true } }))?.version;
  return { timestamp: await latest('timestamp'), root: await latest('root') };
}

/** Fails on the primary key (role, version) when another instance published that version first. */
export async function insertMetadata(tx: Tx, rows: TufMetadataEntity[]): Promise<void> {
  await tx.getRepository(TufMetadataEntity).insert(rows);
}

export interface PublishedMetadata {
  /** Every root, oldest first (D3: clients walk the chain). */
  roots: TufMetadataEntity[];
  targets: TufMetadataEntity;
  snapshot: TufMetadataEntity;
  timestamp: TufMetadataEntity;
  /** The versions before the newest, still served to clients mid-update. */
  prevTargets?: TufMetadataEntity;
  prevSnapshot?: TufMetadataEntity;
}

/** What the repository serves now: all roots and the newest (and previous) targets, snapshot and timestamp. */
export async function loadPublishedMetadata(tx: Tx): Promise<PublishedMetadata> {
  const repo = tx.getRepository(TufMetadataEntity);
  const roots = await repo.find({ where: { role: 'root' }, order: { version: 'ASC' } });
  const latest = async (role: TufRole, skip = 0) => (await repo.find({ where: { role }, order: { version: 'DESC' }, skip, take: 1 }))[0];
  return {
    roots,
    targets: await latest('targets'),
    snapshot: await latest('snapshot'),
    timestamp: await latest('timestamp'),
    prevTargets: await latest('targets', 1),
    prevSnapshot: await latest('snapshot', 1),
  };
}
