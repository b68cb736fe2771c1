/** Messages between the main thread and the sqlite write worker. */
export interface WorkerStart {
  /** The sqlite database file. */
  file: string;
}

export type WorkerRequest = { type: 'job'; id: number; file: string; job: string; payload: unknown } | { type: 'close' };

export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: { name: string; message: string; code?: string } };
