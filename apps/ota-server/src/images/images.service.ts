import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { FirmwareImage } from '@app/manifest';
import { AuditService } from '../audit/audit.service';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { Storage } from '../database/storage.service';
import { ApiError } from '../http/api-error';
import type { AdminPrincipal } from '../http/admin-route';
import type { ImageDto } from './dto/image.dto';
import { IMAGE_STORE, ImageTooLargeError, type ImageStore, type StoredImage } from './image-store';

/**
 * Firmware images (D8): bytes uploaded once, named by their SHA-256; a release's manifest lists them by path,
 * length and hash, and publishing lists each as a TUF target, so devices verify an image as they verify a manifest.
 */
@Injectable()
export class ImagesService {
  constructor(
    @Inject(IMAGE_STORE) private readonly store: ImageStore,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly storage: Storage,
    private readonly audit: AuditService,
  ) {}

  /** Streams the body to the store; `created` is false when these bytes were already stored (idempotent). */
  async upload(actor: AdminPrincipal, body: Readable, declaredLength: number | undefined): Promise<{ image: ImageDto; created: boolean }> {
    const maxBytes = this.config.images.maxBytes;
    // Refused before a byte is read when the client says up front that it is too large.
    if (declaredLength !== undefined && declaredLength > maxBytes) throw tooLarge(maxBytes);
    const stored = await this.store.put(body, maxBytes).catch((err: Error) => {
      throw err instanceof ImageTooLargeError ? tooLarge(maxBytes) : err;
    });
    const { created, ...image } = stored;
    if (created) {
      await this.storage.write('image upload', (tx) =>
        this.audit.append(tx, { actor: actor.userName, action: 'image.upload', target: `image:${stored.sha256}`, after: { length: stored.length } }),
      );
    }
    return { image: imageView(image), created };
  }

  async list(): Promise<ImageDto[]> {
    return (await this.store.list()).map(imageView);
  }

  /** D8: every image a release names must be stored with exactly that length and hash before the release exists. */
  async assertUploaded(images: readonly FirmwareImage[]): Promise<void> {
    for (const [i, image] of images.entries()) {
      const stored = await this.store.stat(image.sha256);
      if (stored?.length === image.length) continue;
      const found = stored ? `an image of ${stored.length} bytes has that hash` : 'no image with that hash is uploaded';
      throw new ApiError(400, 'IMAGE_NOT_UPLOADED', `images[${i}] (${image.path}) names sha256 ${image.sha256} of ${image.length} bytes, but ${found}`, [
        { path: `manifest.images.${i}`, message: `upload the image first (PUT /admin/v1/images); ${found}` },
      ]);
    }
  }
}

function imageView(image: StoredImage): ImageDto {
  return { sha256: image.sha256, length: image.length, path: `images/${image.sha256}.bin` };
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, 'PAYLOAD_TOO_LARGE', `an image may have at most ${maxBytes} bytes (IMAGE_MAX_BYTES)`);
}
