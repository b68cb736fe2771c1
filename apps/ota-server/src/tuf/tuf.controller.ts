import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../http/api-error';
import { ApiErrors, ApiZodResponse } from '../http/openapi';
import { IMAGE_STORE, type ImageStore } from '../images/image-store';
import { replyWithImage } from './image-target.reply';
import { tufMetadataSchema, tufTargetSchema } from './dto/tuf-file.dto';
import { TufRepositoryService } from './tuf-repository.service';

/**
 * The published repository (D3) as static files from memory: `metadata/N.root.json`, `metadata/timestamp.json`,
 * `metadata/N.snapshot.json`, `metadata/N.targets.json`, `targets/<dir>/<sha256>.<name>`. Lookups are exact
 * map keys, never file system paths, so no name can reach outside the repository. Firmware image targets (D8)
 * are streamed from image storage, found by the hash the published targets list for that exact path.
 */
@ApiTags('tuf')
@Controller('tuf')
export class TufController {
  constructor(
    private readonly tuf: TufRepositoryService,
    @Inject(IMAGE_STORE) private readonly images: ImageStore,
  ) {}

  @Get('metadata/:file')
  @ApiOperation({ summary: 'TUF metadata (consistent snapshots); ETag / If-None-Match supported' })
  @ApiZodResponse(200, tufMetadataSchema, 'the metadata file, byte for byte as signed')
  @ApiResponse({ status: 304, description: 'not modified (If-None-Match named its ETag)' })
  @ApiErrors(400, 404, 414, 503)
  metadata(@Param('file') file: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): void {
    this.serve(`metadata/${file}`, req, reply, file === 'timestamp.json' ? 'no-cache' : 'public, max-age=31536000, immutable');
  }

  @Get('targets/*')
  @ApiOperation({ summary: 'A target file by its consistent-snapshot path `<dir>/<sha256>.<name>`: a manifest, or a firmware image with Range / If-Range' })
  @ApiParam({ name: 'path', description: 'the consistent-snapshot path `<dir>/<sha256>.<name>` (may contain `/`)', schema: { type: 'string' } })
  @ApiZodResponse(200, tufTargetSchema, 'the target file, byte for byte as the targets metadata lists it: a release manifest')
  @ApiResponse({
    status: 206,
    description: 'part of a firmware image (Range; If-Range naming its ETag)',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiResponse({ status: 304, description: 'not modified (If-None-Match named its ETag)' })
  @ApiResponse({ status: 416, description: 'the Range starts past the end of the image', content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiErrors(400, 404, 503)
  target(@Req() req: FastifyRequest, @Res() reply: FastifyReply): void {
    let path: string;
    try {
      path = decodeURIComponent(req.url.split('?')[0].slice('/tuf/'.length));
    } catch {
      throw new ApiError(400, 'VALIDATION_FAILED', 'target path is not valid percent-encoding');
    }
    const image = this.tuf.imageTarget(path);
    if (image) return replyWithImage(this.images, image, req, reply);
    this.serve(path, req, reply, 'public, max-age=31536000, immutable');
  }

  private serve(path: string, req: FastifyRequest, reply: FastifyReply, cacheControl: string): void {
    const file = this.tuf.file(path);
    if (!file) throw new ApiError(404, 'NOT_FOUND', `no TUF file ${path}`);
    void reply.header('etag', file.etag).header('cache-control', cacheControl);
    if (req.headers['if-none-match'] === file.etag) {
      void reply.status(304).send();
      return;
    }
    void reply.header('content-type', 'application/json').send(file.body);
  }
}
