/**
 * The JSON body limit of /graphql: 100 kB for every request, except that a caller who may import
 * (BEHEERDER, OPBOUWWERKER) may send up to 8 MB for an operation that does nothing but
 * `importeer` (5 MB of files in base64 and the JSON around them). The caller is known here because
 * authentication runs before the body is read; an oversized body for anything else is refused
 * with 413 PAYLOAD_TOO_LARGE as before.
 */
import express, { type RequestHandler } from 'express';
import { Kind, parse } from 'graphql';
import { mayImport } from '../../core/actor.js';
import type { Caller } from '../toegang/actor-from-request.js';

export const BODY_LIMIT = 100 * 1024;
export const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;

const lengte = Symbol('body length');
type MetLengte = { [lengte]?: number };

const klein = express.json({ limit: BODY_LIMIT });
const groot = express.json({
  limit: IMPORT_BODY_LIMIT,
  verify: (req, _res, buf) => {
    (req as MetLengte)[lengte] = buf.length;
  },
});

/** Whether the document is mutations that select `importeer` and nothing else. */
export function alleenImport(query: unknown): boolean {
  if (typeof query !== 'string') return false;
  try {
    const doc = parse(query, { maxTokens: 3000 });
    return doc.definitions.every(
      (d) =>
        d.kind === Kind.OPERATION_DEFINITION &&
        d.operation === 'mutation' &&
        d.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value === 'importeer'),
    );
  } catch {
    return false;
  }
}

export function jsonBody(): RequestHandler {
  return (req, res, next) => {
    const caller = res.locals.caller as Caller | undefined;
    if (!caller || !mayImport(caller.actor)) return klein(req, res, next);
    groot(req, res, (error?: unknown) => {
      if (error) return next(error);
      const bytes = (req as MetLengte)[lengte] ?? 0;
      if (bytes > BODY_LIMIT && !alleenImport((req.body as { query?: unknown } | undefined)?.query)) {
        return next(Object.assign(new Error('request entity too large'), { status: 413, limit: BODY_LIMIT }));
      }
      next();
    });
  };
}
