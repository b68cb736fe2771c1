import type { DeviceErrorCode } from '@app/protocol';

/**
 * An update the device refuses or cannot install (D3, issue 4): the device keeps its state and reports
 * `failed` with `code`, one of @app/protocol's DEVICE_ERROR_CODES. `cause` keeps the original error.
 */
export class UpdateRejection extends Error {
  override readonly name = 'UpdateRejection';

  constructor(
    readonly code: DeviceErrorCode,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
}
