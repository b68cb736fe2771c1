/**
 * The admin API answers the CLI reads, as the server documents them (OpenAPI at /docs). Declared here rather than
 * imported from the server: the CLI is a client of the wire contract, not of the server's code.
 */
export interface ReleaseSummary {
  id: string;
  manifestId: string;
  stream: string;
  releaseCounter: number;
  firmwareVersion: string;
  targetPath: string;
  state: string;
  baseTargetsVersion: number;
  createdBy: string;
  createdAt: string;
  publishedAt: string | null;
}

/** While a release is proposed: what to sign (D3) and who has signed. */
export interface SigningStatus {
  targetsVersion: number;
  stale: boolean;
  payloadBase64: string;
  signed: Record<string, unknown>;
  threshold: number;
  validKeyIds: string[];
  thresholdMet: boolean;
  /** Base64 of the exact bytes of each target the proposal adds, by target path (servers before it: absent). */
  contents?: Record<string, string>;
}

export interface ReleaseView extends ReleaseSummary {
  manifest: unknown;
  signing?: SigningStatus;
}

/** GET /admin/v1/trust/pending: a targets re-sign after a release signer was rotated out (D7). */
/** GET /admin/v1/trust/pending: a root rotation held until release signers re-sign the current targets (D7). */
export interface PendingTrustAnswer {
  pending: null | {
    rootVersion: number;
    roles: Record<'root' | 'targets' | 'snapshot' | 'timestamp', { keyids: string[]; threshold: number }>;
    signing: { targetsVersion: number; stale: boolean; payloadBase64: string; signed: Record<string, unknown>; threshold: number; validKeyIds: string[] };
  };
}

export interface SignatureUpload {
  keyid: string;
  sig: string;
}
