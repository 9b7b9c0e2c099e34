/**
 * Maps every error to `{ code, message, details }`. Validation failures become 400 naming the field;
 * AppErrors keep their status; anything unexpected becomes a 500 with a generic message and a request
 * id to quote — never a stack trace, and nothing from the request body in the log.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '../../../contracts/errors.ts';
import { AppError } from '../errors.ts';

interface FieldIssue {
  field: string;
  message: string;
}

function statusToCode(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 429) return 'too_many_requests';
  return 'bad_request';
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const body: ErrorBody = { code: error.code, message: error.message };
      if (error.details !== undefined) body.details = error.details;
      return reply.status(error.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const issues: FieldIssue[] = error.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return { field: path ? `${where}.${path}` : where, message: v.message ?? 'invalid' };
      });
      const message = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
      return reply
        .status(400)
        .send({ code: 'validation_failed', message, details: { issues } } satisfies ErrorBody);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply
        .status(status)
        .send({ code: statusToCode(status), message: error.message } satisfies ErrorBody);
    }
    request.log.error({
      err: { type: error.name, code: error.code, message: error.message, stack: error.stack },
    });
    return reply.status(500).send({
      code: 'internal',
      message: `Something went wrong on our side. Quote request id ${request.id} to support.`,
    } satisfies ErrorBody);
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send({ code: 'not_found', message: `No such route: ${request.method} ${request.url.split('?')[0]}` });
  });
}
