/**
 * Writes behind a bearer token: every mutation (whatever its fields) needs `Authorization:
 * Bearer <ZANGRAPH_ADMIN_TOKEN>`; queries stay public. Checking the operation type here, not
 * in each resolver, means a mutation added later cannot forget the check.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { getOperationAST, GraphQLError } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** A fixed-length digest, so the comparison takes the same time whatever the length of what was sent. */
function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Whether the request carries the token, compared in constant time. */
function hasBearerToken(request: Request, expected: Buffer): boolean {
  const sent = BEARER.exec(request.headers.get('authorization') ?? '')?.[1];
  // Compare even when nothing was sent, so a missing header costs what a wrong one does.
  return timingSafeEqual(digest(sent ?? ''), expected) && sent !== undefined;
}

function unauthenticated(): GraphQLError {
  return new GraphQLError('Writes need the admin token: send "Authorization: Bearer <token>"', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="zangraph"' } } },
  });
}

function writesDisabled(): GraphQLError {
  return new GraphQLError('Writes are disabled: the server was started without ZANGRAPH_ADMIN_TOKEN', {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}

/** The plugin; `token` null disables every mutation. */
export function useAdminToken(token: string | null): Plugin {
  const expected = token === null ? null : digest(token);
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      const { request } = args.contextValue as YogaInitialContext;
      if (expected === null) setResultAndStopExecution({ errors: [writesDisabled()] });
      else if (!hasBearerToken(request, expected)) setResultAndStopExecution({ errors: [unauthenticated()] });
    },
  };
}
