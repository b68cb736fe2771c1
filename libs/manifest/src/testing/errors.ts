import { ManifestError } from '../errors';

/** The ManifestError `run` throws or rejects with (any other outcome fails the test). */
export async function manifestErrorOf(run: () => unknown): Promise<ManifestError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ManifestError) return error;
    throw error;
  }
  throw new Error('expected a ManifestError, but nothing was thrown');
}
