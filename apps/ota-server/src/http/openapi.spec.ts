import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { openApiSchemaOf, withDeclaredSecurity } from './openapi';

const doc = (paths: Record<string, Record<string, object>>): OpenAPIObject => ({ openapi: '3.0.0', info: { title: 't', version: '1' }, paths });

describe('the OpenAPI document', () => {
  it('marks public routes `security: []` and keeps the scheme of the others', () => {
    const out = withDeclaredSecurity(
      doc({
        '/device/v1/nonce': { get: { responses: {} } },
        '/tuf/metadata/{file}': { get: { responses: {} } },
        '/health/ready': { get: { responses: {} } },
        '/admin/v1/rollouts': { get: { responses: {}, security: [{ admin: [] }] } },
      }),
    );
    expect(out.paths['/device/v1/nonce'].get?.security).toEqual([]);
    expect(out.paths['/tuf/metadata/{file}'].get?.security).toEqual([]);
    expect(out.paths['/health/ready'].get?.security).toEqual([]);
    expect(out.paths['/admin/v1/rollouts'].get?.security).toEqual([{ admin: [] }]);
  });

  it('is not built when a route that is not public names no scheme (it would be documented as open)', () => {
    expect(() => withDeclaredSecurity(doc({ '/admin/v1/tokens': { post: { responses: {} } } }))).toThrow(/\/admin\/v1\/tokens names no security scheme/);
    expect(() => withDeclaredSecurity(doc({ '/device/v1/update': { get: { responses: {} } } }))).toThrow(/not a public route/);
  });

  it('gives request schemas without the JSON Schema dialect key OpenAPI refuses there', () => {
    const schema = openApiSchemaOf(z.object({ name: z.string() }));
    expect(schema).not.toHaveProperty('$schema');
    expect(schema).toMatchObject({ type: 'object', properties: { name: { type: 'string' } } });
  });

  it('writes schemas in the OpenAPI 3.0 dialect the document declares, a nullable enum listing null', () => {
    const schema = openApiSchemaOf(z.object({ rate: z.number().gt(0), code: z.enum(['A', 'B']).nullable() }), 'output');
    expect(schema).toMatchObject({
      properties: { rate: { minimum: 0, exclusiveMinimum: true }, code: { nullable: true, enum: ['A', 'B', null] } },
    });
  });
});
