// Generated from the server's OpenAPI document by `npm run console:api-types`: do not edit.

export interface paths {
  '/admin/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List audit entries in order, after a sequence number, filtered by actor, action, target and time */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every matching audit entry as NDJSON (one entry per line) or CSV (RFC 4180, summary as JSON), streamed */
    get: operations['AuditController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute the hash chain; names the first entry that does not match */
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List devices (fingerprint, model, firmware, channel, region; nothing else is known) */
    get: operations['DevicesAdminController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/devices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One device with its rollout history */
    get: operations['DevicesAdminController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/devices/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A device's status transitions with time, rollout, code and the agent's short message */
    get: operations['DevicesAdminController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/devices/{id}/tags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add and remove a device's admin-assigned tags (D8); the device may not have registered yet */
    post: operations['DeviceTagsController_tag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/devices/tags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add and remove admin-assigned tags on many devices at once (D8) */
    post: operations['DeviceTagsController_bulk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List device groups */
    get: operations['GroupsController_list'];
    put?: never;
    /** Create a static device group (D8); ids of devices not registered yet may be listed */
    post: operations['GroupsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/groups/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A device group with one page of its device ids */
    get: operations['GroupsController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/groups/{name}/devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add device ids to a group (ids already listed are kept once) */
    post: operations['GroupsController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/groups/{name}/devices/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove device ids from a group (ids not listed are ignored) */
    post: operations['GroupsController_remove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/images': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The uploaded firmware images */
    get: operations['ImagesAdminController_list'];
    /** Upload a firmware image (the raw bytes, streamed); stored by its SHA-256 (D8) */
    put: operations['ImagesAdminController_upload'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who this token belongs to, and the token itself */
    get: operations['AdminTokensController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/me/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make a token of your own (an enrollment token makes one, then stops working); its secret is shown only in this answer */
    post: operations['AdminTokensController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/releases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List releases, newest first */
    get: operations['ReleasesAdminController_list'];
    put?: never;
    /** Create a release from a manifest; the server proposes the next targets metadata for signing */
    post: operations['ReleasesAdminController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/releases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A release with its manifest and, while proposed, what to sign and who has signed */
    get: operations['ReleasesAdminController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/releases/{id}/repropose': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rebuild a stale proposal on the currently published targets (signatures start over) */
    post: operations['ReleasesAdminController_repropose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/releases/{id}/signatures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a release signer signature over the proposal; publishes at the targets threshold */
    post: operations['ReleasesAdminController_sign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/rollouts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List rollouts, newest first */
    get: operations['RolloutsAdminController_list'];
    put?: never;
    /** Create a draft rollout of a published release (audience, stages, health policy) */
    post: operations['RolloutsAdminController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/rollouts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A rollout with per-stage counts by device status, failure rate with its interval, and outcomes per key */
    get: operations['RolloutsAdminController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/rollouts/{id}/{action}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** start | pause | resume | halt | cancel | advance (release-engineer) or approve (approver, not the creator); resuming a halted rollout is an approver's, with a reason */
    post: operations['RolloutsAdminController_act'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/rollouts/{id}/clone': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new draft with the plan of this rollout (release, audience, stages, policy; new salt), e.g. after a halt */
    post: operations['RolloutsAdminController_clone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/rollouts/{id}/devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A rollout's devices in device id order, by status and code, one page after the cursor */
    get: operations['RolloutFleetController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/rollouts/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A rollout's counts by status over time (sampled by the engine tick and at every transition) */
    get: operations['RolloutFleetController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/rollouts/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A plan's audience size and expected devices per stage, from the registered devices; nothing is created */
    post: operations['RolloutFleetController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/signing-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Release signing keys and who holds each */
    get: operations['SigningKeysController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/signing-keys/{keyid}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a key registration (a lost laptop): its signatures stop counting; rotate it out of root too */
    post: operations['SigningKeysController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/tokens/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a token (your own, or anyone's for an admin); it stops working at once */
    post: operations['AdminTokensController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/trust': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current root version, each role’s keyids, threshold and expiry, and any pending rotation */
    get: operations['TrustAdminController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/trust/pending': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The pending rotation with the targets re-sign payload to sign, or null */
    get: operations['TrustAdminController_pending'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/trust/pending/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Drop the pending root (it was never served) */
    post: operations['TrustAdminController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/trust/pending/repropose': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rebuild a stale re-sign proposal on the currently published targets (signatures start over) */
    post: operations['TrustAdminController_repropose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/trust/pending/signatures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a release signer signature over the re-sign payload; publishes the rotation at the new targets threshold */
    post: operations['TrustAdminController_sign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/trust/root': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit root N+1 signed offline (D7). Published at once, with snapshot and timestamp re-signed when it names new online keys; held as pending when it changes the targets keys, until the current targets are re-signed */
    post: operations['TrustAdminController_pushRoot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List users */
    get: operations['AdminUsersController_list'];
    put?: never;
    /** Create a user; the answer holds their one-time enrollment token, with which they make their own token */
    post: operations['AdminUsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A user */
    get: operations['AdminUsersController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable a user: every token of theirs stops working at once */
    post: operations['AdminUsersController_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/users/{id}/enrollment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new enrollment token for a user who lost their tokens */
    post: operations['AdminUsersController_reenroll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/users/{id}/signing-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a release signer's public key to them: only they may sign with it */
    post: operations['SigningKeysController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/users/{id}/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A user's tokens (never their secrets): your own, or anyone's for an admin */
    get: operations['AdminTokensController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List webhook subscriptions (without their secrets) */
    get: operations['WebhooksAdminController_list'];
    put?: never;
    /** Subscribe a URL to events; deliveries are signed per Standard Webhooks with the secret shown once */
    post: operations['WebhooksAdminController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A subscription's delivery log: each event, its attempts, last status or error, next attempt */
    get: operations['WebhooksAdminController_deliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/webhooks/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable a subscription: nothing more is sent to it, pending deliveries are given up */
    post: operations['WebhooksAdminController_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/device/v1/nonce': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A single-use nonce to sign for a session */
    get: operations['DeviceSessionController_nonce'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/device/v1/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prove possession of the device key (certificate chain + signed nonce) for a short-lived token */
    post: operations['DeviceSessionController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/device/v1/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report progress in a rollout: bound to its offer, idempotent, in order, for this device only; answered once committed
     * @description The report names the TUF target path of the manifest and, from `installing` on, the SHA-256 the device verified; the server accepts it only for the rollout that ships that release (D4). A 2xx means the report is committed (D6); a 503 means nothing was stored.
     */
    post: operations['reportStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/device/v1/update': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Poll for an update: none, install (a release and its TUF target path) or cancel; honour pollAfterSeconds
     * @description An install (and a cancel) names the rollout, the release it ships and the manifest's TUF target. The signed targets metadata lists the same release id in the target's `custom.releaseId`: a device refuses an answer where they differ (OFFER_MISMATCH), and reports the target path and the SHA-256 it verified with every status (D4).
     */
    get: operations['pollForUpdate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Database reachable and writable, TUF metadata of every role unexpired; 503 when not (the same checks as /health/ready); `tuf.warnings` and `tuf.installs` as there (D7) */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers (nothing else is checked; restart it only when this fails) */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: database reachable and writable, TUF metadata of every role unexpired, not shedding load, not shutting down; 503 when not. Ready but `degraded` while a TUF role is in its warning period or installs are withheld (`tuf.warnings`, `tuf.installs`, D7) */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics */
    get: operations['MetricsController_scrape'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tuf/metadata/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TUF metadata (consistent snapshots); ETag / If-None-Match supported */
    get: operations['TufController_metadata'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tuf/targets/{path}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A target file by its consistent-snapshot path `<dir>/<sha256>.<name>`: a manifest, or a firmware image with Range / If-Range */
    get: operations['TufController_target'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuditController_list: {
    parameters: {
      query?: {
        /** @description e.g. `rollout.halt` */
        action?: string;
        /** @description the user name (or `system`) */
        actor?: string;
        /** @description entries with seq > after */
        after?: number;
        /** @description ISO 8601 time, inclusive */
        from?: string;
        limit?: number;
        /** @description e.g. `rollout:<id>` */
        target?: string;
        /** @description ISO 8601 time, exclusive */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description up to `limit` matching entries with seq > `after`, in order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description e.g. `rollout.start`, `release.sign`, `token.revoke` */
            action: string;
            /** @description admin token id, or `system` for the rollout engine */
            actor: string;
            /** @description ISO 8601 time */
            at: string;
            /** @description SHA-256 over the entry and prevHash */
            hash: string;
            prevHash: string;
            seq: number;
            /** @description what changed; null where there is no before or after */
            summary: {
              after: unknown;
              before: unknown;
            };
            /** @description e.g. `rollout:<id>` */
            target: string;
          }[];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  AuditController_export: {
    parameters: {
      query?: {
        /** @description e.g. `rollout.halt` */
        action?: string;
        /** @description the user name (or `system`) */
        actor?: string;
        /** @description entries with seq > after */
        after?: number;
        /** @description default ndjson */
        format?: 'ndjson' | 'csv';
        /** @description ISO 8601 time, inclusive */
        from?: string;
        /** @description e.g. `rollout:<id>` */
        target?: string;
        /** @description ISO 8601 time, exclusive */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description NDJSON, or CSV with format=csv (text/csv) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson; charset=utf-8': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description whether the chain holds; where it breaks when not */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the first entry whose hash or link does not match, when ok is false */
            brokenAt?: number;
            /** @description entries checked and found good */
            entries: number;
            ok: boolean;
            reason?: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  DevicesAdminController_list: {
    parameters: {
      query?: {
        channel?: string;
        firmwareVersion?: string;
        /** @description 1..1000, default 100 */
        limit?: number;
        model?: string;
        offset?: number;
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the matching devices by id, one page, and how many match in all */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              channel: string;
              firmwareVersion: string;
              /** @description ISO 8601 time */
              firstSeen: string;
              /** @description SHA-256 of the device's public key */
              id: string;
              /** @description ISO 8601 time */
              lastSeen: string;
              model: string;
              region: string;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  DevicesAdminController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the device and its rollouts, oldest offer first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            channel: string;
            firmwareVersion: string;
            /** @description ISO 8601 time */
            firstSeen: string;
            /** @description SHA-256 of the device's public key */
            id: string;
            /** @description ISO 8601 time */
            lastSeen: string;
            model: string;
            region: string;
            rollouts: {
              /** @enum {string|null} */
              code:
                | 'SIGNATURE_INVALID'
                | 'EXPIRED'
                | 'ROLLBACK'
                | 'NOT_APPLICABLE'
                | 'HASH_MISMATCH'
                | 'LENGTH_MISMATCH'
                | 'TARGET_NOT_FOUND'
                | 'MANIFEST_INVALID'
                | 'MIGRATION_FAILED'
                | 'BOOT_FAILED'
                | 'DOWNLOAD_FAILED'
                | 'CANCELLED'
                | 'OFFER_MISMATCH'
                | 'INTERNAL'
                | null;
              offeredAt: string;
              /** Format: uuid */
              rolloutId: string;
              /** @description the stage at which the device was offered the release */
              stageIndex: number;
              /** @enum {string} */
              status: 'offered' | 'downloading' | 'installing' | 'succeeded' | 'failed' | 'rolled-back' | 'cancelled' | 'timed-out';
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  DevicesAdminController_events: {
    parameters: {
      query?: {
        /** @description the previous page's nextCursor */
        cursor?: string;
        /** @description 1..200, default 50 */
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the transitions kept (the last 50 or so), oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description oldest first; a device keeps its last 50 or so transitions */
            items: {
              /** @description ISO 8601 time */
              at: string;
              code: string | null;
              /** @description the agent's short fixed text (at most 200 characters, never an identifier) */
              message: string | null;
              /** Format: uuid */
              rolloutId: string;
              /** @enum {string} */
              status: 'offered' | 'downloading' | 'installing' | 'succeeded' | 'failed' | 'rolled-back' | 'cancelled' | 'timed-out';
            }[];
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  DeviceTagsController_tag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          add?: string[];
          /** @default [] */
          remove?: string[];
        };
      };
    };
    responses: {
      /** @description the device's tags after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            deviceId: string;
            registered: boolean;
            /** @description the device's tags after the change */
            tags: string[];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  DeviceTagsController_bulk: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          add?: string[];
          deviceIds: string[];
          /** @default [] */
          remove?: string[];
        };
      };
    };
    responses: {
      /** @description how many devices were changed and how many of them are registered */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            devices: number;
            /** @description of them registered */
            registered: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  GroupsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description every group by name */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            groups: {
              createdAt: string;
              createdBy: string;
              name: string;
              /** @description listed ids whose device has registered (a device may register later) */
              registered: number;
              /** @description device ids listed */
              size: number;
            }[];
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  GroupsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          deviceIds?: string[];
          name: string;
        };
      };
    };
    responses: {
      /** @description the group, with how many of its ids are registered devices */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            createdBy: string;
            name: string;
            /** @description listed ids whose device has registered (a device may register later) */
            registered: number;
            /** @description device ids listed */
            size: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  GroupsController_show: {
    parameters: {
      query?: {
        /** @description 1..1000, default 100 */
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the group and a page of its ids */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            createdBy: string;
            /** @description one page of the listed ids, in id order */
            deviceIds: string[];
            limit: number;
            name: string;
            offset: number;
            /** @description listed ids whose device has registered (a device may register later) */
            registered: number;
            /** @description device ids listed */
            size: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  GroupsController_add: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          deviceIds: string[];
        };
      };
    };
    responses: {
      /** @description the group after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            createdBy: string;
            name: string;
            /** @description listed ids whose device has registered (a device may register later) */
            registered: number;
            /** @description device ids listed */
            size: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  GroupsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          deviceIds: string[];
        };
      };
    };
    responses: {
      /** @description the group after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            createdBy: string;
            name: string;
            /** @description listed ids whose device has registered (a device may register later) */
            registered: number;
            /** @description device ids listed */
            size: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  ImagesAdminController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description every stored image */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            length: number;
            path: string;
            sha256: string;
          }[];
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  ImagesAdminController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description the same bytes were already stored */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            length: number;
            path: string;
            sha256: string;
          };
        };
      };
      /** @description the image was stored */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            length: number;
            path: string;
            sha256: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description error */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  AdminTokensController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the user and the token presented */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            token: {
              /** @description ISO 8601 time */
              createdAt: string;
              /** @description the user who made it (the owner, or the admin who enrolled them); null at bootstrap */
              createdBy: string | null;
              /** @description ISO 8601 time; null only for the token configured as ADMIN_TOKEN */
              expiresAt: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              /** @description ISO 8601 time; null while the token works */
              revokedAt: string | null;
              /**
               * @description `enroll`: a new user's one-time token that can only make their own first token
               * @enum {string}
               */
              scope: 'full' | 'enroll';
              /** @description the user the token belongs to */
              userId: string;
            };
            user: {
              /** @description ISO 8601 time */
              createdAt: string;
              /** @description the admin who created the user; null for the bootstrap admin */
              createdBy: string | null;
              /** @description ISO 8601 time; a disabled user's tokens stop working */
              disabledAt: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              roles: ('viewer' | 'release-engineer' | 'approver' | 'admin')[];
            };
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  AdminTokensController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description default and maximum: ADMIN_TOKEN_TTL_DAYS (90) */
          expiresInDays?: number;
          name: string;
        };
      };
    };
    responses: {
      /** @description the token, with its secret (shown this once) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description ISO 8601 time */
            createdAt: string;
            /** @description the user who made it (the owner, or the admin who enrolled them); null at bootstrap */
            createdBy: string | null;
            /** @description ISO 8601 time; null only for the token configured as ADMIN_TOKEN */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description ISO 8601 time; null while the token works */
            revokedAt: string | null;
            /**
             * @description `enroll`: a new user's one-time token that can only make their own first token
             * @enum {string}
             */
            scope: 'full' | 'enroll';
            /** @description the bearer secret; store it now */
            token: string;
            /** @description the user the token belongs to */
            userId: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  ReleasesAdminController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the latest 500 releases, without their manifests */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the targets version the proposal was built on */
            baseTargetsVersion: number;
            /** @description ISO 8601 time */
            createdAt: string;
            createdBy: string;
            firmwareVersion: string;
            /** Format: uuid */
            id: string;
            manifestId: string;
            publishedAt: string | null;
            releaseCounter: number;
            /** @enum {string} */
            state: 'proposed' | 'published' | 'withdrawn';
            stream: string;
            /** @description the TUF target path of the manifest */
            targetPath: string;
          }[];
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  ReleasesAdminController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          manifest: unknown;
        };
      };
    };
    responses: {
      /** @description the release, proposed (or published when the server alone meets the targets threshold) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the targets version the proposal was built on */
            baseTargetsVersion: number;
            /** @description ISO 8601 time */
            createdAt: string;
            createdBy: string;
            firmwareVersion: string;
            /** Format: uuid */
            id: string;
            manifest: {
              appliesTo: {
                channels: string[];
                firmware: string;
                models: string[];
                regions: string[];
                tags?: string[];
              };
              firmware: {
                version: string;
              };
              id: string;
              images?: {
                length: number;
                path: string;
                sha256: string;
              }[];
              migrations: (
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'setFactoryDefault';
                    value: boolean | number | string | null;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'setIfNotUserChosen';
                    value: boolean | number | string | null;
                  }
                | {
                    expected: boolean | number | string | null;
                    key: string;
                    /** @enum {string} */
                    op: 'setIfEquals';
                    value: boolean | number | string | null;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'setIfAbsent';
                    value: boolean | number | string | null;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'force';
                    reason: string;
                    value: boolean | number | string | null;
                  }
                | {
                    from: string;
                    /** @enum {string} */
                    op: 'rename';
                    to: string;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'remove';
                  }
                | {
                    migrationId: string;
                    /** @enum {string} */
                    op: 'revert';
                  }
              )[];
              releaseCounter: number;
              /** @enum {string} */
              schema: 'ota-manifest/1';
              stream: string;
            };
            manifestId: string;
            publishedAt: string | null;
            releaseCounter: number;
            signatures: {
              keyid: string;
              /** @description ISO 8601 time */
              signedAt: string;
              /** @description null: the server's own development key (DEV_TARGETS_SIGNING) */
              userId: string | null;
              userName: string;
            }[];
            /** @description present while the release is proposed */
            signing?: {
              /** @description the exact bytes (base64) of each target this proposal adds, by target path: what the signer checks against `signed` */
              contents: {
                [key: string]: string;
              };
              /** @description the canonical bytes to sign (Ed25519), base64 */
              payloadBase64: string;
              /** @description the proposed targets metadata (`signed` part), for reading before signing */
              signed: {
                [key: string]: unknown;
              };
              /** @description another release was published since: repropose before signing */
              stale: boolean;
              targetsVersion: number;
              threshold: number;
              thresholdMet: boolean;
              /** @description distinct targets keys with a valid signature so far */
              validKeyIds: string[];
            };
            /** @enum {string} */
            state: 'proposed' | 'published' | 'withdrawn';
            stream: string;
            /** @description the TUF target path of the manifest */
            targetPath: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  ReleasesAdminController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the release */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the targets version the proposal was built on */
            baseTargetsVersion: number;
            /** @description ISO 8601 time */
            createdAt: string;
            createdBy: string;
            firmwareVersion: string;
            /** Format: uuid */
            id: string;
            manifest: {
              appliesTo: {
                channels: string[];
                firmware: string;
                models: string[];
                regions: string[];
                tags?: string[];
              };
              firmware: {
                version: string;
              };
              id: string;
              images?: {
                length: number;
                path: string;
                sha256: string;
              }[];
              migrations: (
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'setFactoryDefault';
                    value: boolean | number | string | null;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'setIfNotUserChosen';
                    value: boolean | number | string | null;
                  }
                | {
                    expected: boolean | number | string | null;
                    key: string;
                    /** @enum {string} */
                    op: 'setIfEquals';
                    value: boolean | number | string | null;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'setIfAbsent';
                    value: boolean | number | string | null;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'force';
                    reason: string;
                    value: boolean | number | string | null;
                  }
                | {
                    from: string;
                    /** @enum {string} */
                    op: 'rename';
                    to: string;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'remove';
                  }
                | {
                    migrationId: string;
                    /** @enum {string} */
                    op: 'revert';
                  }
              )[];
              releaseCounter: number;
              /** @enum {string} */
              schema: 'ota-manifest/1';
              stream: string;
            };
            manifestId: string;
            publishedAt: string | null;
            releaseCounter: number;
            signatures: {
              keyid: string;
              /** @description ISO 8601 time */
              signedAt: string;
              /** @description null: the server's own development key (DEV_TARGETS_SIGNING) */
              userId: string | null;
              userName: string;
            }[];
            /** @description present while the release is proposed */
            signing?: {
              /** @description the exact bytes (base64) of each target this proposal adds, by target path: what the signer checks against `signed` */
              contents: {
                [key: string]: string;
              };
              /** @description the canonical bytes to sign (Ed25519), base64 */
              payloadBase64: string;
              /** @description the proposed targets metadata (`signed` part), for reading before signing */
              signed: {
                [key: string]: unknown;
              };
              /** @description another release was published since: repropose before signing */
              stale: boolean;
              targetsVersion: number;
              threshold: number;
              thresholdMet: boolean;
              /** @description distinct targets keys with a valid signature so far */
              validKeyIds: string[];
            };
            /** @enum {string} */
            state: 'proposed' | 'published' | 'withdrawn';
            stream: string;
            /** @description the TUF target path of the manifest */
            targetPath: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  ReleasesAdminController_repropose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the release with a fresh proposal to sign */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the targets version the proposal was built on */
            baseTargetsVersion: number;
            /** @description ISO 8601 time */
            createdAt: string;
            createdBy: string;
            firmwareVersion: string;
            /** Format: uuid */
            id: string;
            manifest: {
              appliesTo: {
                channels: string[];
                firmware: string;
                models: string[];
                regions: string[];
                tags?: string[];
              };
              firmware: {
                version: string;
              };
              id: string;
              images?: {
                length: number;
                path: string;
                sha256: string;
              }[];
              migrations: (
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'setFactoryDefault';
                    value: boolean | number | string | null;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'setIfNotUserChosen';
                    value: boolean | number | string | null;
                  }
                | {
                    expected: boolean | number | string | null;
                    key: string;
                    /** @enum {string} */
                    op: 'setIfEquals';
                    value: boolean | number | string | null;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'setIfAbsent';
                    value: boolean | number | string | null;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'force';
                    reason: string;
                    value: boolean | number | string | null;
                  }
                | {
                    from: string;
                    /** @enum {string} */
                    op: 'rename';
                    to: string;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'remove';
                  }
                | {
                    migrationId: string;
                    /** @enum {string} */
                    op: 'revert';
                  }
              )[];
              releaseCounter: number;
              /** @enum {string} */
              schema: 'ota-manifest/1';
              stream: string;
            };
            manifestId: string;
            publishedAt: string | null;
            releaseCounter: number;
            signatures: {
              keyid: string;
              /** @description ISO 8601 time */
              signedAt: string;
              /** @description null: the server's own development key (DEV_TARGETS_SIGNING) */
              userId: string | null;
              userName: string;
            }[];
            /** @description present while the release is proposed */
            signing?: {
              /** @description the exact bytes (base64) of each target this proposal adds, by target path: what the signer checks against `signed` */
              contents: {
                [key: string]: string;
              };
              /** @description the canonical bytes to sign (Ed25519), base64 */
              payloadBase64: string;
              /** @description the proposed targets metadata (`signed` part), for reading before signing */
              signed: {
                [key: string]: unknown;
              };
              /** @description another release was published since: repropose before signing */
              stale: boolean;
              targetsVersion: number;
              threshold: number;
              thresholdMet: boolean;
              /** @description distinct targets keys with a valid signature so far */
              validKeyIds: string[];
            };
            /** @enum {string} */
            state: 'proposed' | 'published' | 'withdrawn';
            stream: string;
            /** @description the TUF target path of the manifest */
            targetPath: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  ReleasesAdminController_sign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          keyid: string;
          sig: string;
        };
      };
    };
    responses: {
      /** @description the release with the signature counted; published once the threshold is met */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the targets version the proposal was built on */
            baseTargetsVersion: number;
            /** @description ISO 8601 time */
            createdAt: string;
            createdBy: string;
            firmwareVersion: string;
            /** Format: uuid */
            id: string;
            manifest: {
              appliesTo: {
                channels: string[];
                firmware: string;
                models: string[];
                regions: string[];
                tags?: string[];
              };
              firmware: {
                version: string;
              };
              id: string;
              images?: {
                length: number;
                path: string;
                sha256: string;
              }[];
              migrations: (
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'setFactoryDefault';
                    value: boolean | number | string | null;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'setIfNotUserChosen';
                    value: boolean | number | string | null;
                  }
                | {
                    expected: boolean | number | string | null;
                    key: string;
                    /** @enum {string} */
                    op: 'setIfEquals';
                    value: boolean | number | string | null;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'setIfAbsent';
                    value: boolean | number | string | null;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'force';
                    reason: string;
                    value: boolean | number | string | null;
                  }
                | {
                    from: string;
                    /** @enum {string} */
                    op: 'rename';
                    to: string;
                  }
                | {
                    key: string;
                    /** @enum {string} */
                    op: 'remove';
                  }
                | {
                    migrationId: string;
                    /** @enum {string} */
                    op: 'revert';
                  }
              )[];
              releaseCounter: number;
              /** @enum {string} */
              schema: 'ota-manifest/1';
              stream: string;
            };
            manifestId: string;
            publishedAt: string | null;
            releaseCounter: number;
            signatures: {
              keyid: string;
              /** @description ISO 8601 time */
              signedAt: string;
              /** @description null: the server's own development key (DEV_TARGETS_SIGNING) */
              userId: string | null;
              userName: string;
            }[];
            /** @description present while the release is proposed */
            signing?: {
              /** @description the exact bytes (base64) of each target this proposal adds, by target path: what the signer checks against `signed` */
              contents: {
                [key: string]: string;
              };
              /** @description the canonical bytes to sign (Ed25519), base64 */
              payloadBase64: string;
              /** @description the proposed targets metadata (`signed` part), for reading before signing */
              signed: {
                [key: string]: unknown;
              };
              /** @description another release was published since: repropose before signing */
              stale: boolean;
              targetsVersion: number;
              threshold: number;
              thresholdMet: boolean;
              /** @description distinct targets keys with a valid signature so far */
              validKeyIds: string[];
            };
            /** @enum {string} */
            state: 'proposed' | 'published' | 'withdrawn';
            stream: string;
            /** @description the TUF target path of the manifest */
            targetPath: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  RolloutsAdminController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the latest 500 rollouts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description devices by status over all stages */
            counts: {
              cancelled: number;
              downloading: number;
              failed: number;
              installing: number;
              offered: number;
              rolledBack: number;
              succeeded: number;
              timedOut: number;
            };
            /** @description ISO 8601 time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            releaseId: string;
            stageIndex: number;
            /** @enum {string} */
            state: 'draft' | 'running' | 'paused' | 'completed' | 'halted' | 'cancelled';
            /** @description the engine's current decision reason (why it holds), or why it paused, halted or ended */
            stateReason: string | null;
          }[];
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  RolloutsAdminController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description every criterion optional, combined with AND; an absent or empty list means any */
          audience?: {
            channels?: string[];
            /** @description a semver range the installed firmware satisfies, e.g. ">=14.0.0 <15.0.0" */
            firmware?: string;
            /** @description the device is listed in one of these groups (POST /admin/v1/groups) */
            groups?: string[];
            models?: string[];
            regions?: string[];
            /** @description the device carries all of these admin-assigned tags (POST /admin/v1/devices/{id}/tags) */
            tags?: string[];
          } | null;
          name?: string;
          policy: {
            /** @description a cohort too small for minSamples may advance once all its devices reported */
            allowSmallCohort?: boolean;
            /** @description two-sided confidence of the failure rate's Wilson interval (0.95 is usual) */
            confidence: number;
            /** @description an offered, downloading or installing device that does not move for this long becomes timed-out (default one day) */
            inProgressTimeoutSeconds?: number;
            /** @description highest acceptable failure rate (0.05 = 5 %) */
            maxFailureRate: number;
            /** @description terminal reports a stage needs before it may advance */
            minSamples: number;
            /** @description whether a timed-out device counts as a failure (default false) */
            timedOutCountsAsFailure?: boolean;
          };
          /** Format: uuid */
          releaseId: string;
          /** @description stages in order; percents strictly increase (D4) */
          stages: {
            /** @description share of the audience offered, at most 4 decimals (one bucket is 0.0001 %); strictly above the previous stage */
            percent: number;
            /** @description minimum time in this stage before it may advance */
            soakSeconds: number;
            /** @description D8: when this stage may install, per region; absent or empty = any time */
            windows?: {
              /** @description days the window opens on (local to timeZone) */
              days: ('sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat')[];
              /** @description local opening time HH:MM */
              from: string;
              /** @description device regions this window governs; absent = every region no other window names */
              regions?: string[];
              /** @description IANA time zone, e.g. Asia/Shanghai */
              timeZone: string;
              /** @description local closing time HH:MM; at or before `from` = closes the next day (22:00-04:00) */
              to: string;
            }[];
          }[];
          /**
           * Format: date-time
           * @description D8: ISO 8601 time the rollout may start; `start` before it keeps the draft scheduled and the engine starts it then
           */
          startAt?: string;
          /**
           * Format: uuid
           * @description D4: an overlapping running or paused rollout of the same stream that this one replaces; it is cancelled when this one starts
           */
          supersedes?: string;
        };
      };
    };
    responses: {
      /** @description the rollout, in draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvedBy: string | null;
            /** @description ISO 8601 time the counts were read */
            asOf: string;
            /** @description every criterion optional, combined with AND; an absent or empty list means any */
            audience: {
              channels?: string[];
              /** @description a semver range the installed firmware satisfies, e.g. ">=14.0.0 <15.0.0" */
              firmware?: string;
              /** @description the device is listed in one of these groups (POST /admin/v1/groups) */
              groups?: string[];
              models?: string[];
              regions?: string[];
              /** @description the device carries all of these admin-assigned tags (POST /admin/v1/devices/{id}/tags) */
              tags?: string[];
            };
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description settings outcomes reported: key -> migration op -> result -> devices */
            outcomes: {
              [key: string]: {
                [key: string]: {
                  [key: string]: number;
                };
              };
            };
            policy: {
              /** @description a cohort too small for minSamples may advance once all its devices reported */
              allowSmallCohort?: boolean;
              /** @description two-sided confidence of the failure rate's Wilson interval (0.95 is usual) */
              confidence: number;
              /** @description an offered, downloading or installing device that does not move for this long becomes timed-out (default one day) */
              inProgressTimeoutSeconds?: number;
              /** @description highest acceptable failure rate (0.05 = 5 %) */
              maxFailureRate: number;
              /** @description terminal reports a stage needs before it may advance */
              minSamples: number;
              /** @description whether a timed-out device counts as a failure (default false) */
              timedOutCountsAsFailure?: boolean;
            };
            /** @description the release shipped; its TUF target path */
            release: {
              /** Format: uuid */
              id: string;
              manifestId: string;
              releaseCounter: number;
              stream: string;
              target: string;
            } | null;
            requiresApproval: boolean;
            revision: number;
            stageIndex: number;
            stages: {
              counts: {
                cancelled: number;
                downloading: number;
                failed: number;
                installing: number;
                offered: number;
                rolledBack: number;
                succeeded: number;
                timedOut: number;
              };
              /** @description registered audience devices this stage's cohort adds (null before the first census) */
              expectedDevices: number | null;
              health: {
                confidence: number;
                failureRate: number;
                failures: number;
                interval: {
                  lower: number;
                  upper: number;
                };
                maxFailureRate: number;
                samples: number;
              };
              index: number;
              /** @description share of the audience offered, at most 4 decimals (one bucket is 0.0001 %); strictly above the previous stage */
              percent: number;
              /** @description minimum time in this stage before it may advance */
              soakSeconds: number;
              /** @description D8: when this stage may install, per region; absent or empty = any time */
              windows?: {
                /** @description days the window opens on (local to timeZone) */
                days: ('sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat')[];
                /** @description local opening time HH:MM */
                from: string;
                /** @description device regions this window governs; absent = every region no other window names */
                regions?: string[];
                /** @description IANA time zone, e.g. Asia/Shanghai */
                timeZone: string;
                /** @description local closing time HH:MM; at or before `from` = closes the next day (22:00-04:00) */
                to: string;
              }[];
            }[];
            stageStartedAt: string | null;
            /** @description D8: ISO 8601 time the rollout may start; null = when started */
            startAt: string | null;
            /** @description D8: when start was asked before startAt (scheduled: the engine starts it at startAt) */
            startRequestedAt: string | null;
            /** @enum {string} */
            state: 'draft' | 'running' | 'paused' | 'completed' | 'halted' | 'cancelled';
            /** @description why it holds, paused or halted */
            stateReason: string | null;
            totals: {
              cancelled: number;
              downloading: number;
              failed: number;
              health: {
                confidence: number;
                failureRate: number;
                failures: number;
                interval: {
                  lower: number;
                  upper: number;
                };
                maxFailureRate: number;
                samples: number;
              };
              installing: number;
              offered: number;
              rolledBack: number;
              succeeded: number;
              timedOut: number;
            };
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  RolloutsAdminController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the rollout */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvedBy: string | null;
            /** @description ISO 8601 time the counts were read */
            asOf: string;
            /** @description every criterion optional, combined with AND; an absent or empty list means any */
            audience: {
              channels?: string[];
              /** @description a semver range the installed firmware satisfies, e.g. ">=14.0.0 <15.0.0" */
              firmware?: string;
              /** @description the device is listed in one of these groups (POST /admin/v1/groups) */
              groups?: string[];
              models?: string[];
              regions?: string[];
              /** @description the device carries all of these admin-assigned tags (POST /admin/v1/devices/{id}/tags) */
              tags?: string[];
            };
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description settings outcomes reported: key -> migration op -> result -> devices */
            outcomes: {
              [key: string]: {
                [key: string]: {
                  [key: string]: number;
                };
              };
            };
            policy: {
              /** @description a cohort too small for minSamples may advance once all its devices reported */
              allowSmallCohort?: boolean;
              /** @description two-sided confidence of the failure rate's Wilson interval (0.95 is usual) */
              confidence: number;
              /** @description an offered, downloading or installing device that does not move for this long becomes timed-out (default one day) */
              inProgressTimeoutSeconds?: number;
              /** @description highest acceptable failure rate (0.05 = 5 %) */
              maxFailureRate: number;
              /** @description terminal reports a stage needs before it may advance */
              minSamples: number;
              /** @description whether a timed-out device counts as a failure (default false) */
              timedOutCountsAsFailure?: boolean;
            };
            /** @description the release shipped; its TUF target path */
            release: {
              /** Format: uuid */
              id: string;
              manifestId: string;
              releaseCounter: number;
              stream: string;
              target: string;
            } | null;
            requiresApproval: boolean;
            revision: number;
            stageIndex: number;
            stages: {
              counts: {
                cancelled: number;
                downloading: number;
                failed: number;
                installing: number;
                offered: number;
                rolledBack: number;
                succeeded: number;
                timedOut: number;
              };
              /** @description registered audience devices this stage's cohort adds (null before the first census) */
              expectedDevices: number | null;
              health: {
                confidence: number;
                failureRate: number;
                failures: number;
                interval: {
                  lower: number;
                  upper: number;
                };
                maxFailureRate: number;
                samples: number;
              };
              index: number;
              /** @description share of the audience offered, at most 4 decimals (one bucket is 0.0001 %); strictly above the previous stage */
              percent: number;
              /** @description minimum time in this stage before it may advance */
              soakSeconds: number;
              /** @description D8: when this stage may install, per region; absent or empty = any time */
              windows?: {
                /** @description days the window opens on (local to timeZone) */
                days: ('sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat')[];
                /** @description local opening time HH:MM */
                from: string;
                /** @description device regions this window governs; absent = every region no other window names */
                regions?: string[];
                /** @description IANA time zone, e.g. Asia/Shanghai */
                timeZone: string;
                /** @description local closing time HH:MM; at or before `from` = closes the next day (22:00-04:00) */
                to: string;
              }[];
            }[];
            stageStartedAt: string | null;
            /** @description D8: ISO 8601 time the rollout may start; null = when started */
            startAt: string | null;
            /** @description D8: when start was asked before startAt (scheduled: the engine starts it at startAt) */
            startRequestedAt: string | null;
            /** @enum {string} */
            state: 'draft' | 'running' | 'paused' | 'completed' | 'halted' | 'cancelled';
            /** @description why it holds, paused or halted */
            stateReason: string | null;
            totals: {
              cancelled: number;
              downloading: number;
              failed: number;
              health: {
                confidence: number;
                failureRate: number;
                failures: number;
                interval: {
                  lower: number;
                  upper: number;
                };
                maxFailureRate: number;
                samples: number;
              };
              installing: number;
              offered: number;
              rolledBack: number;
              succeeded: number;
              timedOut: number;
            };
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  RolloutsAdminController_act: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        action: 'start' | 'pause' | 'resume' | 'halt' | 'cancel' | 'advance' | 'approve';
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description start: start even when the audience matches no registered device yet (its devices register later); otherwise 409 AUDIENCE_EMPTY */
          allowEmptyAudience?: boolean;
          /** @description required to resume a halted rollout (approver); recorded and audited */
          reason?: string;
        };
      };
    };
    responses: {
      /** @description the rollout after the action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvedBy: string | null;
            /** @description ISO 8601 time the counts were read */
            asOf: string;
            /** @description every criterion optional, combined with AND; an absent or empty list means any */
            audience: {
              channels?: string[];
              /** @description a semver range the installed firmware satisfies, e.g. ">=14.0.0 <15.0.0" */
              firmware?: string;
              /** @description the device is listed in one of these groups (POST /admin/v1/groups) */
              groups?: string[];
              models?: string[];
              regions?: string[];
              /** @description the device carries all of these admin-assigned tags (POST /admin/v1/devices/{id}/tags) */
              tags?: string[];
            };
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description settings outcomes reported: key -> migration op -> result -> devices */
            outcomes: {
              [key: string]: {
                [key: string]: {
                  [key: string]: number;
                };
              };
            };
            policy: {
              /** @description a cohort too small for minSamples may advance once all its devices reported */
              allowSmallCohort?: boolean;
              /** @description two-sided confidence of the failure rate's Wilson interval (0.95 is usual) */
              confidence: number;
              /** @description an offered, downloading or installing device that does not move for this long becomes timed-out (default one day) */
              inProgressTimeoutSeconds?: number;
              /** @description highest acceptable failure rate (0.05 = 5 %) */
              maxFailureRate: number;
              /** @description terminal reports a stage needs before it may advance */
              minSamples: number;
              /** @description whether a timed-out device counts as a failure (default false) */
              timedOutCountsAsFailure?: boolean;
            };
            /** @description the release shipped; its TUF target path */
            release: {
              /** Format: uuid */
              id: string;
              manifestId: string;
              releaseCounter: number;
              stream: string;
              target: string;
            } | null;
            requiresApproval: boolean;
            revision: number;
            stageIndex: number;
            stages: {
              counts: {
                cancelled: number;
                downloading: number;
                failed: number;
                installing: number;
                offered: number;
                rolledBack: number;
                succeeded: number;
                timedOut: number;
              };
              /** @description registered audience devices this stage's cohort adds (null before the first census) */
              expectedDevices: number | null;
              health: {
                confidence: number;
                failureRate: number;
                failures: number;
                interval: {
                  lower: number;
                  upper: number;
                };
                maxFailureRate: number;
                samples: number;
              };
              index: number;
              /** @description share of the audience offered, at most 4 decimals (one bucket is 0.0001 %); strictly above the previous stage */
              percent: number;
              /** @description minimum time in this stage before it may advance */
              soakSeconds: number;
              /** @description D8: when this stage may install, per region; absent or empty = any time */
              windows?: {
                /** @description days the window opens on (local to timeZone) */
                days: ('sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat')[];
                /** @description local opening time HH:MM */
                from: string;
                /** @description device regions this window governs; absent = every region no other window names */
                regions?: string[];
                /** @description IANA time zone, e.g. Asia/Shanghai */
                timeZone: string;
                /** @description local closing time HH:MM; at or before `from` = closes the next day (22:00-04:00) */
                to: string;
              }[];
            }[];
            stageStartedAt: string | null;
            /** @description D8: ISO 8601 time the rollout may start; null = when started */
            startAt: string | null;
            /** @description D8: when start was asked before startAt (scheduled: the engine starts it at startAt) */
            startRequestedAt: string | null;
            /** @enum {string} */
            state: 'draft' | 'running' | 'paused' | 'completed' | 'halted' | 'cancelled';
            /** @description why it holds, paused or halted */
            stateReason: string | null;
            totals: {
              cancelled: number;
              downloading: number;
              failed: number;
              health: {
                confidence: number;
                failureRate: number;
                failures: number;
                interval: {
                  lower: number;
                  upper: number;
                };
                maxFailureRate: number;
                samples: number;
              };
              installing: number;
              offered: number;
              rolledBack: number;
              succeeded: number;
              timedOut: number;
            };
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  RolloutsAdminController_clone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** Format: uuid */
          supersedes?: string;
        };
      };
    };
    responses: {
      /** @description the new rollout, in draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvedBy: string | null;
            /** @description ISO 8601 time the counts were read */
            asOf: string;
            /** @description every criterion optional, combined with AND; an absent or empty list means any */
            audience: {
              channels?: string[];
              /** @description a semver range the installed firmware satisfies, e.g. ">=14.0.0 <15.0.0" */
              firmware?: string;
              /** @description the device is listed in one of these groups (POST /admin/v1/groups) */
              groups?: string[];
              models?: string[];
              regions?: string[];
              /** @description the device carries all of these admin-assigned tags (POST /admin/v1/devices/{id}/tags) */
              tags?: string[];
            };
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description settings outcomes reported: key -> migration op -> result -> devices */
            outcomes: {
              [key: string]: {
                [key: string]: {
                  [key: string]: number;
                };
              };
            };
            policy: {
              /** @description a cohort too small for minSamples may advance once all its devices reported */
              allowSmallCohort?: boolean;
              /** @description two-sided confidence of the failure rate's Wilson interval (0.95 is usual) */
              confidence: number;
              /** @description an offered, downloading or installing device that does not move for this long becomes timed-out (default one day) */
              inProgressTimeoutSeconds?: number;
              /** @description highest acceptable failure rate (0.05 = 5 %) */
              maxFailureRate: number;
              /** @description terminal reports a stage needs before it may advance */
              minSamples: number;
              /** @description whether a timed-out device counts as a failure (default false) */
              timedOutCountsAsFailure?: boolean;
            };
            /** @description the release shipped; its TUF target path */
            release: {
              /** Format: uuid */
              id: string;
              manifestId: string;
              releaseCounter: number;
              stream: string;
              target: string;
            } | null;
            requiresApproval: boolean;
            revision: number;
            stageIndex: number;
            stages: {
              counts: {
                cancelled: number;
                downloading: number;
                failed: number;
                installing: number;
                offered: number;
                rolledBack: number;
                succeeded: number;
                timedOut: number;
              };
              /** @description registered audience devices this stage's cohort adds (null before the first census) */
              expectedDevices: number | null;
              health: {
                confidence: number;
                failureRate: number;
                failures: number;
                interval: {
                  lower: number;
                  upper: number;
                };
                maxFailureRate: number;
                samples: number;
              };
              index: number;
              /** @description share of the audience offered, at most 4 decimals (one bucket is 0.0001 %); strictly above the previous stage */
              percent: number;
              /** @description minimum time in this stage before it may advance */
              soakSeconds: number;
              /** @description D8: when this stage may install, per region; absent or empty = any time */
              windows?: {
                /** @description days the window opens on (local to timeZone) */
                days: ('sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat')[];
                /** @description local opening time HH:MM */
                from: string;
                /** @description device regions this window governs; absent = every region no other window names */
                regions?: string[];
                /** @description IANA time zone, e.g. Asia/Shanghai */
                timeZone: string;
                /** @description local closing time HH:MM; at or before `from` = closes the next day (22:00-04:00) */
                to: string;
              }[];
            }[];
            stageStartedAt: string | null;
            /** @description D8: ISO 8601 time the rollout may start; null = when started */
            startAt: string | null;
            /** @description D8: when start was asked before startAt (scheduled: the engine starts it at startAt) */
            startRequestedAt: string | null;
            /** @enum {string} */
            state: 'draft' | 'running' | 'paused' | 'completed' | 'halted' | 'cancelled';
            /** @description why it holds, paused or halted */
            stateReason: string | null;
            totals: {
              cancelled: number;
              downloading: number;
              failed: number;
              health: {
                confidence: number;
                failureRate: number;
                failures: number;
                interval: {
                  lower: number;
                  upper: number;
                };
                maxFailureRate: number;
                samples: number;
              };
              installing: number;
              offered: number;
              rolledBack: number;
              succeeded: number;
              timedOut: number;
            };
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  RolloutFleetController_list: {
    parameters: {
      query?: {
        code?:
          | 'SIGNATURE_INVALID'
          | 'EXPIRED'
          | 'ROLLBACK'
          | 'NOT_APPLICABLE'
          | 'HASH_MISMATCH'
          | 'LENGTH_MISMATCH'
          | 'TARGET_NOT_FOUND'
          | 'MANIFEST_INVALID'
          | 'MIGRATION_FAILED'
          | 'BOOT_FAILED'
          | 'DOWNLOAD_FAILED'
          | 'CANCELLED'
          | 'OFFER_MISMATCH'
          | 'INTERNAL';
        /** @description the previous page's nextCursor */
        cursor?: string;
        /** @description 1..500, default 100 */
        limit?: number;
        /** @description repeat or comma-separate for several */
        status?: ('offered' | 'downloading' | 'installing' | 'succeeded' | 'failed' | 'rolled-back' | 'cancelled' | 'timed-out')[];
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description one page of devices with their status, code and message */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @description the device error code of a failure, e.g. BOOT_FAILED */
              code: string | null;
              deviceId: string;
              /** @description the agent's short fixed text with its last report (never an identifier) */
              message: string | null;
              /** @description the stage at which the device was offered the release */
              stageIndex?: number;
              /** @enum {string} */
              status: 'offered' | 'downloading' | 'installing' | 'succeeded' | 'failed' | 'rolled-back' | 'cancelled' | 'timed-out';
              /** @description ISO 8601 time */
              updatedAt: string;
            }[];
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  RolloutFleetController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the points, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description a point per engine tick that changed something and per transition; the last 1000 */
            points: {
              /** @description ISO 8601 time */
              at: string;
              /** @description devices by status over all stages */
              counts: {
                cancelled: number;
                downloading: number;
                failed: number;
                installing: number;
                offered: number;
                rolledBack: number;
                succeeded: number;
                timedOut: number;
              };
              stageIndex: number;
              /** @description the rollout state at that time */
              state: string;
            }[];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  RolloutFleetController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description every criterion optional, combined with AND; an absent or empty list means any */
          audience?: {
            channels?: string[];
            /** @description a semver range the installed firmware satisfies, e.g. ">=14.0.0 <15.0.0" */
            firmware?: string;
            /** @description the device is listed in one of these groups (POST /admin/v1/groups) */
            groups?: string[];
            models?: string[];
            regions?: string[];
            /** @description the device carries all of these admin-assigned tags (POST /admin/v1/devices/{id}/tags) */
            tags?: string[];
          } | null;
          name?: string;
          policy: {
            /** @description a cohort too small for minSamples may advance once all its devices reported */
            allowSmallCohort?: boolean;
            /** @description two-sided confidence of the failure rate's Wilson interval (0.95 is usual) */
            confidence: number;
            /** @description an offered, downloading or installing device that does not move for this long becomes timed-out (default one day) */
            inProgressTimeoutSeconds?: number;
            /** @description highest acceptable failure rate (0.05 = 5 %) */
            maxFailureRate: number;
            /** @description terminal reports a stage needs before it may advance */
            minSamples: number;
            /** @description whether a timed-out device counts as a failure (default false) */
            timedOutCountsAsFailure?: boolean;
          };
          /** Format: uuid */
          releaseId: string;
          /** @description stages in order; percents strictly increase (D4) */
          stages: {
            /** @description share of the audience offered, at most 4 decimals (one bucket is 0.0001 %); strictly above the previous stage */
            percent: number;
            /** @description minimum time in this stage before it may advance */
            soakSeconds: number;
            /** @description D8: when this stage may install, per region; absent or empty = any time */
            windows?: {
              /** @description days the window opens on (local to timeZone) */
              days: ('sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat')[];
              /** @description local opening time HH:MM */
              from: string;
              /** @description device regions this window governs; absent = every region no other window names */
              regions?: string[];
              /** @description IANA time zone, e.g. Asia/Shanghai */
              timeZone: string;
              /** @description local closing time HH:MM; at or before `from` = closes the next day (22:00-04:00) */
              to: string;
            }[];
          }[];
          /**
           * Format: date-time
           * @description D8: ISO 8601 time the rollout may start; `start` before it keeps the draft scheduled and the engine starts it then
           */
          startAt?: string;
          /**
           * Format: uuid
           * @description D4: an overlapping running or paused rollout of the same stream that this one replaces; it is cancelled when this one starts
           */
          supersedes?: string;
        };
      };
    };
    responses: {
      /** @description the reach of the plan, with warnings (an audience matching no device, an empty stage) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description registered devices in the audience */
            audienceSize: number;
            stages: {
              /** @description registered audience devices this stage's cohort adds (with a fresh salt: the rollout's own salt splits slightly differently) */
              expectedDevices: number;
              percent: number;
            }[];
            warnings: string[];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  SigningKeysController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description every registered key, oldest first, revoked ones included */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the TUF keyid, as root metadata lists it */
            keyid: string;
            publicKeyPem: string;
            /** @description ISO 8601 time */
            registeredAt: string;
            registeredBy: string;
            revokedAt: string | null;
            userId: string;
            userName: string;
          }[];
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  SigningKeysController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        keyid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the key, revoked */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the TUF keyid, as root metadata lists it */
            keyid: string;
            publicKeyPem: string;
            /** @description ISO 8601 time */
            registeredAt: string;
            registeredBy: string;
            revokedAt: string | null;
            userId: string;
            userName: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  AdminTokensController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the token, revoked (revoking twice answers the same) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description ISO 8601 time */
            createdAt: string;
            /** @description the user who made it (the owner, or the admin who enrolled them); null at bootstrap */
            createdBy: string | null;
            /** @description ISO 8601 time; null only for the token configured as ADMIN_TOKEN */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description ISO 8601 time; null while the token works */
            revokedAt: string | null;
            /**
             * @description `enroll`: a new user's one-time token that can only make their own first token
             * @enum {string}
             */
            scope: 'full' | 'enroll';
            /** @description the user the token belongs to */
            userId: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  TrustAdminController_show: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description what devices are asked to trust now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            pending: {
              createdAt: string;
              createdBy: string;
              /** @description the key sets and thresholds of the pending root */
              roles: {
                root: {
                  keyids: string[];
                  threshold: number;
                };
                snapshot: {
                  keyids: string[];
                  threshold: number;
                };
                targets: {
                  keyids: string[];
                  threshold: number;
                };
                timestamp: {
                  keyids: string[];
                  threshold: number;
                };
              };
              rootVersion: number;
              signing: {
                /** @description the canonical bytes to sign (Ed25519), base64 */
                payloadBase64: string;
                /** @description the targets metadata (`signed` part) to re-sign, for reading first */
                signed: {
                  [key: string]: unknown;
                };
                /** @description a release was published since: POST .../pending/repropose before signing */
                stale: boolean;
                targetsVersion: number;
                /** @description the pending root's targets threshold */
                threshold: number;
                thresholdMet: boolean;
                validKeyIds: string[];
              };
              /** @description who uploaded each counted signature */
              uploads: {
                keyid: string;
                uploadedAt: string;
                uploadedBy: string;
                uploadedByName: string;
              }[];
            } | null;
            roles: {
              root: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              snapshot: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              targets: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              timestamp: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
            };
            rootVersion: number;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  TrustAdminController_pending: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the pending rotation, `null` when none */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            pending: {
              createdAt: string;
              createdBy: string;
              /** @description the key sets and thresholds of the pending root */
              roles: {
                root: {
                  keyids: string[];
                  threshold: number;
                };
                snapshot: {
                  keyids: string[];
                  threshold: number;
                };
                targets: {
                  keyids: string[];
                  threshold: number;
                };
                timestamp: {
                  keyids: string[];
                  threshold: number;
                };
              };
              rootVersion: number;
              signing: {
                /** @description the canonical bytes to sign (Ed25519), base64 */
                payloadBase64: string;
                /** @description the targets metadata (`signed` part) to re-sign, for reading first */
                signed: {
                  [key: string]: unknown;
                };
                /** @description a release was published since: POST .../pending/repropose before signing */
                stale: boolean;
                targetsVersion: number;
                /** @description the pending root's targets threshold */
                threshold: number;
                thresholdMet: boolean;
                validKeyIds: string[];
              };
              /** @description who uploaded each counted signature */
              uploads: {
                keyid: string;
                uploadedAt: string;
                uploadedBy: string;
                uploadedByName: string;
              }[];
            } | null;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  TrustAdminController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the trust state without a pending rotation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            pending: {
              createdAt: string;
              createdBy: string;
              /** @description the key sets and thresholds of the pending root */
              roles: {
                root: {
                  keyids: string[];
                  threshold: number;
                };
                snapshot: {
                  keyids: string[];
                  threshold: number;
                };
                targets: {
                  keyids: string[];
                  threshold: number;
                };
                timestamp: {
                  keyids: string[];
                  threshold: number;
                };
              };
              rootVersion: number;
              signing: {
                /** @description the canonical bytes to sign (Ed25519), base64 */
                payloadBase64: string;
                /** @description the targets metadata (`signed` part) to re-sign, for reading first */
                signed: {
                  [key: string]: unknown;
                };
                /** @description a release was published since: POST .../pending/repropose before signing */
                stale: boolean;
                targetsVersion: number;
                /** @description the pending root's targets threshold */
                threshold: number;
                thresholdMet: boolean;
                validKeyIds: string[];
              };
              /** @description who uploaded each counted signature */
              uploads: {
                keyid: string;
                uploadedAt: string;
                uploadedBy: string;
                uploadedByName: string;
              }[];
            } | null;
            roles: {
              root: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              snapshot: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              targets: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              timestamp: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
            };
            rootVersion: number;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  TrustAdminController_repropose: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the trust state with a fresh proposal to sign */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            pending: {
              createdAt: string;
              createdBy: string;
              /** @description the key sets and thresholds of the pending root */
              roles: {
                root: {
                  keyids: string[];
                  threshold: number;
                };
                snapshot: {
                  keyids: string[];
                  threshold: number;
                };
                targets: {
                  keyids: string[];
                  threshold: number;
                };
                timestamp: {
                  keyids: string[];
                  threshold: number;
                };
              };
              rootVersion: number;
              signing: {
                /** @description the canonical bytes to sign (Ed25519), base64 */
                payloadBase64: string;
                /** @description the targets metadata (`signed` part) to re-sign, for reading first */
                signed: {
                  [key: string]: unknown;
                };
                /** @description a release was published since: POST .../pending/repropose before signing */
                stale: boolean;
                targetsVersion: number;
                /** @description the pending root's targets threshold */
                threshold: number;
                thresholdMet: boolean;
                validKeyIds: string[];
              };
              /** @description who uploaded each counted signature */
              uploads: {
                keyid: string;
                uploadedAt: string;
                uploadedBy: string;
                uploadedByName: string;
              }[];
            } | null;
            roles: {
              root: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              snapshot: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              targets: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              timestamp: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
            };
            rootVersion: number;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  TrustAdminController_sign: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          keyid: string;
          sig: string;
        };
      };
    };
    responses: {
      /** @description the trust state: still pending, or root N+1 published */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            pending: {
              createdAt: string;
              createdBy: string;
              /** @description the key sets and thresholds of the pending root */
              roles: {
                root: {
                  keyids: string[];
                  threshold: number;
                };
                snapshot: {
                  keyids: string[];
                  threshold: number;
                };
                targets: {
                  keyids: string[];
                  threshold: number;
                };
                timestamp: {
                  keyids: string[];
                  threshold: number;
                };
              };
              rootVersion: number;
              signing: {
                /** @description the canonical bytes to sign (Ed25519), base64 */
                payloadBase64: string;
                /** @description the targets metadata (`signed` part) to re-sign, for reading first */
                signed: {
                  [key: string]: unknown;
                };
                /** @description a release was published since: POST .../pending/repropose before signing */
                stale: boolean;
                targetsVersion: number;
                /** @description the pending root's targets threshold */
                threshold: number;
                thresholdMet: boolean;
                validKeyIds: string[];
              };
              /** @description who uploaded each counted signature */
              uploads: {
                keyid: string;
                uploadedAt: string;
                uploadedBy: string;
                uploadedByName: string;
              }[];
            } | null;
            roles: {
              root: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              snapshot: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              targets: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              timestamp: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
            };
            rootVersion: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  TrustAdminController_pushRoot: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          signatures: {
            keyid: string;
            sig: string;
          }[];
          /** @description the root role (`_type: root`, version N+1, keys, roles, expires) */
          signed: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description the trust state after the submission: rootVersion N+1, or `pending` naming it */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            pending: {
              createdAt: string;
              createdBy: string;
              /** @description the key sets and thresholds of the pending root */
              roles: {
                root: {
                  keyids: string[];
                  threshold: number;
                };
                snapshot: {
                  keyids: string[];
                  threshold: number;
                };
                targets: {
                  keyids: string[];
                  threshold: number;
                };
                timestamp: {
                  keyids: string[];
                  threshold: number;
                };
              };
              rootVersion: number;
              signing: {
                /** @description the canonical bytes to sign (Ed25519), base64 */
                payloadBase64: string;
                /** @description the targets metadata (`signed` part) to re-sign, for reading first */
                signed: {
                  [key: string]: unknown;
                };
                /** @description a release was published since: POST .../pending/repropose before signing */
                stale: boolean;
                targetsVersion: number;
                /** @description the pending root's targets threshold */
                threshold: number;
                thresholdMet: boolean;
                validKeyIds: string[];
              };
              /** @description who uploaded each counted signature */
              uploads: {
                keyid: string;
                uploadedAt: string;
                uploadedBy: string;
                uploadedByName: string;
              }[];
            } | null;
            roles: {
              root: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              snapshot: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              targets: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
              timestamp: {
                /** @description when this role's published metadata expires (ISO 8601) */
                expires: string;
                keyids: string[];
                threshold: number;
                /** @description the version of this role's published metadata */
                version: number;
              };
            };
            rootVersion: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  AdminUsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description every user, oldest first, disabled ones included */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description ISO 8601 time */
            createdAt: string;
            /** @description the admin who created the user; null for the bootstrap admin */
            createdBy: string | null;
            /** @description ISO 8601 time; a disabled user's tokens stop working */
            disabledAt: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            roles: ('viewer' | 'release-engineer' | 'approver' | 'admin')[];
          }[];
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  AdminUsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          roles: ('viewer' | 'release-engineer' | 'approver' | 'admin')[];
        };
      };
    };
    responses: {
      /** @description the user and their enrollment token (shown this once) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description hand it to the user; it makes one token of their own, then stops working */
            enrollmentToken: {
              /** @description ISO 8601 time */
              createdAt: string;
              /** @description the user who made it (the owner, or the admin who enrolled them); null at bootstrap */
              createdBy: string | null;
              /** @description ISO 8601 time; null only for the token configured as ADMIN_TOKEN */
              expiresAt: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              /** @description ISO 8601 time; null while the token works */
              revokedAt: string | null;
              /**
               * @description `enroll`: a new user's one-time token that can only make their own first token
               * @enum {string}
               */
              scope: 'full' | 'enroll';
              /** @description the bearer secret; store it now */
              token: string;
              /** @description the user the token belongs to */
              userId: string;
            };
            user: {
              /** @description ISO 8601 time */
              createdAt: string;
              /** @description the admin who created the user; null for the bootstrap admin */
              createdBy: string | null;
              /** @description ISO 8601 time; a disabled user's tokens stop working */
              disabledAt: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              roles: ('viewer' | 'release-engineer' | 'approver' | 'admin')[];
            };
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  AdminUsersController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description ISO 8601 time */
            createdAt: string;
            /** @description the admin who created the user; null for the bootstrap admin */
            createdBy: string | null;
            /** @description ISO 8601 time; a disabled user's tokens stop working */
            disabledAt: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            roles: ('viewer' | 'release-engineer' | 'approver' | 'admin')[];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  AdminUsersController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the user, disabled (disabling twice answers the same) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description ISO 8601 time */
            createdAt: string;
            /** @description the admin who created the user; null for the bootstrap admin */
            createdBy: string | null;
            /** @description ISO 8601 time; a disabled user's tokens stop working */
            disabledAt: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            roles: ('viewer' | 'release-engineer' | 'approver' | 'admin')[];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  AdminUsersController_reenroll: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the user and a new enrollment token (shown this once) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description hand it to the user; it makes one token of their own, then stops working */
            enrollmentToken: {
              /** @description ISO 8601 time */
              createdAt: string;
              /** @description the user who made it (the owner, or the admin who enrolled them); null at bootstrap */
              createdBy: string | null;
              /** @description ISO 8601 time; null only for the token configured as ADMIN_TOKEN */
              expiresAt: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              /** @description ISO 8601 time; null while the token works */
              revokedAt: string | null;
              /**
               * @description `enroll`: a new user's one-time token that can only make their own first token
               * @enum {string}
               */
              scope: 'full' | 'enroll';
              /** @description the bearer secret; store it now */
              token: string;
              /** @description the user the token belongs to */
              userId: string;
            };
            user: {
              /** @description ISO 8601 time */
              createdAt: string;
              /** @description the admin who created the user; null for the bootstrap admin */
              createdBy: string | null;
              /** @description ISO 8601 time; a disabled user's tokens stop working */
              disabledAt: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              roles: ('viewer' | 'release-engineer' | 'approver' | 'admin')[];
            };
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  SigningKeysController_register: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description an Ed25519 public key PEM (-----BEGIN PUBLIC KEY-----); never the private key */
          publicKeyPem: string;
        };
      };
    };
    responses: {
      /** @description the key, registered */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the TUF keyid, as root metadata lists it */
            keyid: string;
            publicKeyPem: string;
            /** @description ISO 8601 time */
            registeredAt: string;
            registeredBy: string;
            revokedAt: string | null;
            userId: string;
            userName: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  AdminTokensController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description every token of the user, oldest first, revoked and expired ones included */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description ISO 8601 time */
            createdAt: string;
            /** @description the user who made it (the owner, or the admin who enrolled them); null at bootstrap */
            createdBy: string | null;
            /** @description ISO 8601 time; null only for the token configured as ADMIN_TOKEN */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description ISO 8601 time; null while the token works */
            revokedAt: string | null;
            /**
             * @description `enroll`: a new user's one-time token that can only make their own first token
             * @enum {string}
             */
            scope: 'full' | 'enroll';
            /** @description the user the token belongs to */
            userId: string;
          }[];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  WebhooksAdminController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description every subscription, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description ISO 8601 time */
            createdAt: string;
            createdBy: string;
            disabledAt: string | null;
            enabled: boolean;
            events: (
              | 'rollout.started'
              | 'rollout.stage_advanced'
              | 'rollout.approval_needed'
              | 'rollout.paused'
              | 'rollout.resumed'
              | 'rollout.halted'
              | 'rollout.cancelled'
              | 'rollout.completed'
              | 'tuf.expiry_warning'
            )[];
            /** Format: uuid */
            id: string;
            url: string;
          }[];
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  WebhooksAdminController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          events: (
            | 'rollout.started'
            | 'rollout.stage_advanced'
            | 'rollout.approval_needed'
            | 'rollout.paused'
            | 'rollout.resumed'
            | 'rollout.halted'
            | 'rollout.cancelled'
            | 'rollout.completed'
            | 'tuf.expiry_warning'
          )[];
          /**
           * Format: uri
           * @description http(s) URL that receives a signed POST per event
           */
          url: string;
        };
      };
    };
    responses: {
      /** @description the subscription and its signing secret */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Standard Webhooks signing secret (whsec_ + base64 key); shown this once */
            secret: string;
            subscription: {
              /** @description ISO 8601 time */
              createdAt: string;
              createdBy: string;
              disabledAt: string | null;
              enabled: boolean;
              events: (
                | 'rollout.started'
                | 'rollout.stage_advanced'
                | 'rollout.approval_needed'
                | 'rollout.paused'
                | 'rollout.resumed'
                | 'rollout.halted'
                | 'rollout.cancelled'
                | 'rollout.completed'
                | 'tuf.expiry_warning'
              )[];
              /** Format: uuid */
              id: string;
              url: string;
            };
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  WebhooksAdminController_deliveries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the latest 500 deliveries, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attempts: number;
            createdAt: string;
            deliveredAt: string | null;
            /** @description the webhook-id header: the same on every attempt */
            eventId: string;
            /** @enum {string} */
            eventType:
              | 'rollout.started'
              | 'rollout.stage_advanced'
              | 'rollout.approval_needed'
              | 'rollout.paused'
              | 'rollout.resumed'
              | 'rollout.halted'
              | 'rollout.cancelled'
              | 'rollout.completed'
              | 'tuf.expiry_warning';
            /** @description set after WEBHOOK_MAX_ATTEMPTS failures, or when the subscription was disabled */
            gaveUpAt: string | null;
            lastError: string | null;
            /** @description the receiver's last HTTP status; null when none (no answer) */
            lastStatusCode: number | null;
            /** @description ISO 8601; null once delivered or given up */
            nextAttemptAt: string | null;
          }[];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  WebhooksAdminController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the subscription, disabled */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description ISO 8601 time */
            createdAt: string;
            createdBy: string;
            disabledAt: string | null;
            enabled: boolean;
            events: (
              | 'rollout.started'
              | 'rollout.stage_advanced'
              | 'rollout.approval_needed'
              | 'rollout.paused'
              | 'rollout.resumed'
              | 'rollout.halted'
              | 'rollout.cancelled'
              | 'rollout.completed'
              | 'tuf.expiry_warning'
            )[];
            /** Format: uuid */
            id: string;
            url: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  DeviceSessionController_nonce: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a nonce and when it expires */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            expiresAt: string;
            nonce: string;
          };
        };
      };
      /** @description REQUEST_TIMEOUT: the request did not arrive within HEADERS_TIMEOUT_MS / REQUEST_TIMEOUT_MS (answered before any route runs) */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the request headers are too large (answered before any route runs) */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  DeviceSessionController_open: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          certificateChain: string[];
          channel: string;
          firmwareVersion: string;
          model: string;
          nonce: string;
          region: string;
          signature: string;
        };
      };
    };
    responses: {
      /** @description the session token, when it expires, and the device id the server knows this device by (D5) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            deviceId: string;
            expiresAt: string;
            token: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  reportStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          code?:
            | 'SIGNATURE_INVALID'
            | 'EXPIRED'
            | 'ROLLBACK'
            | 'NOT_APPLICABLE'
            | 'HASH_MISMATCH'
            | 'LENGTH_MISMATCH'
            | 'TARGET_NOT_FOUND'
            | 'MANIFEST_INVALID'
            | 'MIGRATION_FAILED'
            | 'BOOT_FAILED'
            | 'DOWNLOAD_FAILED'
            | 'CANCELLED'
            | 'OFFER_MISMATCH'
            | 'INTERNAL';
          /** @description a short fixed text from the agent's own code for people (why it failed); never an identifier (D5) */
          message?: string;
          outcomes?: {
            key: string;
            /** @enum {string} */
            op: 'setFactoryDefault' | 'setIfNotUserChosen' | 'setIfEquals' | 'setIfAbsent' | 'force' | 'rename' | 'remove' | 'revert';
            reason?: string;
            /** @enum {string} */
            result: 'applied' | 'skipped:user-choice' | 'skipped:condition' | 'noop';
          }[];
          /** Format: uuid */
          rolloutId: string;
          /** @enum {string} */
          status: 'downloading' | 'installing' | 'succeeded' | 'failed' | 'rolled-back' | 'cancelled';
          target: {
            path: string;
            sha256?: string;
          };
        };
      };
    };
    responses: {
      /** @description stored (or stored before: duplicate) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accepted: boolean;
            /** @description the same report had been stored before (idempotent replay) */
            duplicate: boolean;
          };
        };
      };
      /** @description VALIDATION_FAILED (every bad field in `errors`), MALFORMED_JSON, BODY_TOO_DEEP, DUPLICATE_KEY */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED: missing, invalid or expired session token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            message: string;
          };
        };
      };
      /** @description NOT_FOUND: no such rollout, or never offered to this device */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            message: string;
          };
        };
      };
      /** @description REQUEST_TIMEOUT: the body did not arrive within DEVICE_BODY_TIMEOUT_MS */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            message: string;
          };
        };
      };
      /** @description OUT_OF_ORDER (a status cannot follow the stored one), REPORT_MISMATCH (another target than the rollout ships) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            message: string;
          };
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            message: string;
          };
        };
      };
      /** @description OVERLOADED or STORAGE_UNAVAILABLE: nothing was stored; retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            message: string;
          };
        };
      };
    };
  };
  pollForUpdate: {
    parameters: {
      query?: {
        /** @description the firmware running now, when it changed since the session opened */
        firmwareVersion?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description what to do */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            action: 'none' | 'install' | 'cancel';
            pollAfterSeconds: number;
            /** @description with install and cancel: the release the rollout ships, as the signed target's custom.releaseId names it */
            releaseId?: string;
            rolloutId?: string;
            target?: {
              path: string;
              releaseCounter: number;
              stream: string;
            };
          };
        };
      };
      /** @description VALIDATION_FAILED: an unknown or malformed query parameter */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            message: string;
          };
        };
      };
      /** @description UNAUTHENTICATED: missing, invalid or expired session token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            message: string;
          };
        };
      };
      /** @description OVERLOADED: retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            message: string;
          };
        };
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description healthy */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            database: {
              /** @description why it is not reachable */
              error?: string;
              /** @description since when writes fail (ISO 8601), while they do */
              failingSince?: string;
              lastError?: string;
              /** @description reachable and takes writes */
              ok: boolean;
              reachable: boolean;
            };
            /** @enum {string} */
            status: 'ok' | 'degraded';
            /** @description TARGETS_BASE_URL: the mirror or CDN serving target files (D8; untrusted, TUF verifies them); absent: this server /tuf/targets */
            targetsBaseUrl?: string;
            tuf: {
              installs: {
                reason?: string;
                /** @description installs are answered `none` because devices would refuse the metadata */
                withheld: boolean;
              };
              /** @description every role (root, targets, snapshot, timestamp) unexpired */
              ok: boolean;
              root: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              snapshot: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              targets: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              timestamp: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              warnings: {
                /** @description who has to act, and how */
                action: string;
                expires: string;
                expiresInSeconds: number;
                /** @enum {string} */
                role: 'root' | 'targets' | 'snapshot' | 'timestamp';
                /** @enum {string} */
                state: 'warning' | 'expired';
              }[];
            };
          };
        };
      };
      /** @description REQUEST_TIMEOUT: the request did not arrive within HEADERS_TIMEOUT_MS / REQUEST_TIMEOUT_MS (answered before any route runs) */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the request headers are too large (answered before any route runs) */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description degraded: the database or the TUF metadata is not ok */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            database: {
              /** @description why it is not reachable */
              error?: string;
              /** @description since when writes fail (ISO 8601), while they do */
              failingSince?: string;
              lastError?: string;
              /** @description reachable and takes writes */
              ok: boolean;
              reachable: boolean;
            };
            /** @enum {string} */
            status: 'ok' | 'degraded';
            /** @description TARGETS_BASE_URL: the mirror or CDN serving target files (D8; untrusted, TUF verifies them); absent: this server /tuf/targets */
            targetsBaseUrl?: string;
            tuf: {
              installs: {
                reason?: string;
                /** @description installs are answered `none` because devices would refuse the metadata */
                withheld: boolean;
              };
              /** @description every role (root, targets, snapshot, timestamp) unexpired */
              ok: boolean;
              root: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              snapshot: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              targets: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              timestamp: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              warnings: {
                /** @description who has to act, and how */
                action: string;
                expires: string;
                expiresInSeconds: number;
                /** @enum {string} */
                role: 'root' | 'targets' | 'snapshot' | 'timestamp';
                /** @enum {string} */
                state: 'warning' | 'expired';
              }[];
            };
          };
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description alive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      /** @description REQUEST_TIMEOUT: the request did not arrive within HEADERS_TIMEOUT_MS / REQUEST_TIMEOUT_MS (answered before any route runs) */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the request headers are too large (answered before any route runs) */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ready */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            database: {
              /** @description why it is not reachable */
              error?: string;
              /** @description since when writes fail (ISO 8601), while they do */
              failingSince?: string;
              lastError?: string;
              /** @description reachable and takes writes */
              ok: boolean;
              reachable: boolean;
            };
            /** @description ready, but a TUF role is in its warning period or installs are withheld (D7) */
            degraded: boolean;
            ready: boolean;
            serving: {
              detail?: string;
              ok: boolean;
              /** @enum {string} */
              reason?: 'draining' | 'shedding';
            };
            /** @enum {string} */
            status: 'ready' | 'not-ready';
            tuf: {
              installs: {
                reason?: string;
                /** @description installs are answered `none` because devices would refuse the metadata */
                withheld: boolean;
              };
              /** @description every role (root, targets, snapshot, timestamp) unexpired */
              ok: boolean;
              root: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              snapshot: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              targets: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              timestamp: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              warnings: {
                /** @description who has to act, and how */
                action: string;
                expires: string;
                expiresInSeconds: number;
                /** @enum {string} */
                role: 'root' | 'targets' | 'snapshot' | 'timestamp';
                /** @enum {string} */
                state: 'warning' | 'expired';
              }[];
            };
          };
        };
      };
      /** @description REQUEST_TIMEOUT: the request did not arrive within HEADERS_TIMEOUT_MS / REQUEST_TIMEOUT_MS (answered before any route runs) */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the request headers are too large (answered before any route runs) */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description not ready: the failing check says why */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            database: {
              /** @description why it is not reachable */
              error?: string;
              /** @description since when writes fail (ISO 8601), while they do */
              failingSince?: string;
              lastError?: string;
              /** @description reachable and takes writes */
              ok: boolean;
              reachable: boolean;
            };
            /** @description ready, but a TUF role is in its warning period or installs are withheld (D7) */
            degraded: boolean;
            ready: boolean;
            serving: {
              detail?: string;
              ok: boolean;
              /** @enum {string} */
              reason?: 'draining' | 'shedding';
            };
            /** @enum {string} */
            status: 'ready' | 'not-ready';
            tuf: {
              installs: {
                reason?: string;
                /** @description installs are answered `none` because devices would refuse the metadata */
                withheld: boolean;
              };
              /** @description every role (root, targets, snapshot, timestamp) unexpired */
              ok: boolean;
              root: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              snapshot: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              targets: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              timestamp: {
                /** @description ISO 8601 time */
                expires: string;
                /** @description computed when asked; negative once expired */
                expiresInSeconds: number;
                /** @enum {string} */
                state: 'ok' | 'warning' | 'expired';
                version: number;
                /** @description how long before expiry a warning is raised (D7) */
                warnBeforeSeconds: number;
              };
              warnings: {
                /** @description who has to act, and how */
                action: string;
                expires: string;
                expiresInSeconds: number;
                /** @enum {string} */
                role: 'root' | 'targets' | 'snapshot' | 'timestamp';
                /** @enum {string} */
                state: 'warning' | 'expired';
              }[];
            };
          };
        };
      };
    };
  };
  MetricsController_scrape: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the Prometheus text exposition format */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain; version=0.0.4; charset=utf-8': string;
        };
      };
      /** @description REQUEST_TIMEOUT: the request did not arrive within HEADERS_TIMEOUT_MS / REQUEST_TIMEOUT_MS (answered before any route runs) */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the request headers are too large (answered before any route runs) */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  TufController_metadata: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the metadata file, byte for byte as signed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            signatures: {
              keyid: string;
              sig: string;
            }[];
            signed: {
              /** @enum {string} */
              _type: 'root' | 'timestamp' | 'snapshot' | 'targets';
              expires: string;
              spec_version: string;
              version: number;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description not modified (If-None-Match named its ETag) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description error */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
  TufController_target: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the consistent-snapshot path `<dir>/<sha256>.<name>` (may contain `/`) */
        path: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the target file, byte for byte as the targets metadata lists it: a release manifest */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appliesTo: {
              channels: string[];
              firmware: string;
              models: string[];
              regions: string[];
              tags?: string[];
            };
            firmware: {
              version: string;
            };
            id: string;
            images?: {
              length: number;
              path: string;
              sha256: string;
            }[];
            migrations: (
              | {
                  key: string;
                  /** @enum {string} */
                  op: 'setFactoryDefault';
                  value: boolean | number | string | null;
                }
              | {
                  key: string;
                  /** @enum {string} */
                  op: 'setIfNotUserChosen';
                  value: boolean | number | string | null;
                }
              | {
                  expected: boolean | number | string | null;
                  key: string;
                  /** @enum {string} */
                  op: 'setIfEquals';
                  value: boolean | number | string | null;
                }
              | {
                  key: string;
                  /** @enum {string} */
                  op: 'setIfAbsent';
                  value: boolean | number | string | null;
                }
              | {
                  key: string;
                  /** @enum {string} */
                  op: 'force';
                  reason: string;
                  value: boolean | number | string | null;
                }
              | {
                  from: string;
                  /** @enum {string} */
                  op: 'rename';
                  to: string;
                }
              | {
                  key: string;
                  /** @enum {string} */
                  op: 'remove';
                }
              | {
                  migrationId: string;
                  /** @enum {string} */
                  op: 'revert';
                }
            )[];
            releaseCounter: number;
            /** @enum {string} */
            schema: 'ota-manifest/1';
            stream: string;
          };
        };
      };
      /** @description part of a firmware image (Range; If-Range naming its ETag) */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description not modified (If-None-Match named its ETag) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, BODY_TOO_DEEP (JSON nested more than 64 levels), DUPLICATE_KEY (a key twice in one object); a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
      /** @description the Range starts past the end of the image */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            code:
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'PAYLOAD_TOO_LARGE'
              | 'UNSUPPORTED_MEDIA_TYPE'
              | 'UNAUTHENTICATED'
              | 'TOKEN_REVOKED'
              | 'TOKEN_EXPIRED'
              | 'USER_DISABLED'
              | 'ENROLLMENT_ONLY'
              | 'LAST_ADMIN'
              | 'FORBIDDEN'
              | 'NOT_FOUND'
              | 'CONFLICT'
              | 'STALE_PROPOSAL'
              | 'INVALID_STATE'
              | 'APPROVAL_REQUIRED'
              | 'AUDIENCE_EMPTY'
              | 'ROLLOUT_OVERLAP'
              | 'SELF_APPROVAL'
              | 'SIGNATURE_INVALID'
              | 'UNKNOWN_SIGNING_KEY'
              | 'SIGNING_KEY_NOT_REGISTERED'
              | 'NOT_KEY_OWNER'
              | 'ALREADY_SIGNED'
              | 'KEY_ALREADY_REGISTERED'
              | 'MANIFEST_INVALID'
              | 'IMAGE_NOT_UPLOADED'
              | 'NONCE_INVALID'
              | 'CERTIFICATE_INVALID'
              | 'OUT_OF_ORDER'
              | 'REPORT_MISMATCH'
              | 'BODY_TOO_DEEP'
              | 'DUPLICATE_KEY'
              | 'REQUEST_TIMEOUT'
              | 'ROOT_INVALID'
              | 'ROOT_VERSION_INVALID'
              | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_THRESHOLD_NOT_MET'
              | 'ROOT_EXPIRED'
              | 'ONLINE_KEY_UNAVAILABLE'
              | 'OVERLOADED'
              | 'STORAGE_UNAVAILABLE'
              | 'INTERNAL';
            errors?: {
              message?: string;
              path?: string;
            }[];
            message: string;
          };
        };
      };
    };
  };
}
