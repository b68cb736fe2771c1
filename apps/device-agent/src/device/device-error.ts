import { CodedError } from '@app/protocol';

/** Every way an emulated device's own files refuse to be made or read. The agent never reports these codes. */
export type DeviceFilesErrorCode =
  /** `manufacture` into a directory that already holds a device. */
  | 'DEVICE_EXISTS'
  /** `open` on a directory that holds no (finished) device. */
  | 'DEVICE_MISSING'
  /** A device file that does not parse or validate. */
  | 'DEVICE_CORRUPT'
  /** A profile, hardware identity or factory-defaults table that cannot be manufactured. */
  | 'INVALID_INPUT';

export class DeviceError extends CodedError<DeviceFilesErrorCode> {
  override readonly name = 'DeviceError';
}
