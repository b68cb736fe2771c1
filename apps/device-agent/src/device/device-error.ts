/** Every way an emulated device's own files refuse to be made or read. The agent never reports these codes. */
export type DeviceErrorCode =
  /** `manufacture` into a directory that already holds a device. */
  | 'DEVICE_EXISTS'
  /** `open` on a directory that holds no (finished) device. */
  | 'DEVICE_MISSING'
  /** A device file that does not parse or validate. */
  | 'DEVICE_CORRUPT'
  /** A profile, hardware identity or factory-defaults table that cannot be manufactured. */
  | 'INVALID_INPUT';

export class DeviceError extends Error {
  override readonly name = 'DeviceError';

  constructor(
    readonly code: DeviceErrorCode,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
}
