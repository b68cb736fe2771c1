import { Controller, Get, Put, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { ApiError } from '../http/api-error';
import { AdminRoute, CurrentAdmin, Roles, type AdminPrincipal, type AdminRequest } from '../http/admin-route';
import { ApiErrors, ApiZodResponse } from '../http/openapi';
import { imageSchema, type ImageDto } from './dto/image.dto';
import { ImagesService } from './images.service';

@ApiTags('admin: images')
@AdminRoute()
@Controller('admin/v1/images')
export class ImagesAdminController {
  constructor(private readonly images: ImagesService) {}

  @Put()
  @Roles('release-engineer')
  @ApiOperation({ summary: 'Upload a firmware image (the raw bytes, streamed); stored by its SHA-256 (D8)' })
  @ApiConsumes('application/octet-stream')
  @ApiBody({ required: true, schema: { type: 'string', format: 'binary' } })
  @ApiZodResponse(201, imageSchema, 'the image was stored')
  @ApiZodResponse(200, imageSchema, 'the same bytes were already stored')
  @ApiErrors(400, 413, 415)
  async upload(@CurrentAdmin() admin: AdminPrincipal, @Req() req: AdminRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ImageDto> {
    const declared = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
    // A JSON body passes the JSON parser (and the guard, to answer 401/403 first), but is no image.
    if (!(req.body instanceof Readable)) throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the image as application/octet-stream');
    try {
      const { image, created } = await this.images.upload(admin, req.body, declared);
      void reply.status(created ? 201 : 200);
      return image;
    } catch (err) {
      // The rest of a refused body is not read: the connection cannot carry another request after it.
      void reply.header('connection', 'close');
      throw err;
    }
  }

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'The uploaded firmware images' })
  @ApiZodResponse(200, z.array(imageSchema), 'every stored image')
  list(): Promise<ImageDto[]> {
    return this.images.list();
  }
}
