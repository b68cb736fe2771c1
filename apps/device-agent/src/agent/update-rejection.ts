import { CodedError, type DeviceErrorCode } from '@app/protocol';

/**
 * An update the device refuses or cannot install (D3): the device keeps its state and reports
 * `failed` with `code`, one of @app/protocol's DEVICE_ERROR_CODES. `cause` keeps the original error.
 */
export class UpdateRejection extends CodedError<DeviceErrorCode> {
  override readonly name = 'UpdateRejection';
}
