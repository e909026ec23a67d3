/**
 * How the server executes a query it has parsed and validated (yoga caches both per query
 * string). graphql-js's executor walks the document and checks every field's type on every
 * request; graphql-jit compiles a document once into a function specialised to the schema,
 * which the benchmark showed to be most of the API's cost above the framework's floor.
 *
 * A document is compiled from its second execution on: compiling costs more than executing
 * once, so a stream of one-off queries (a client inlining its arguments, or an attacker)
 * is not charged for it, while every repeated query runs compiled. Documents are the ones
 * yoga's parser cache hands out, so the counts and compiled queries live as long as they do.
 */
import type { OnExecuteHookResult } from '@envelop/core';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { getOperationAST, getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type Source } from 'graphql';
import { isAsyncIterable } from 'graphql-yoga';

/** Executions of a document before it is compiled */
const RUNS_BEFORE_COMPILING = 1;

type EnvelopPlugin = ReturnType<typeof useGraphQlJit>;

/** The execution plugins, to come before any plugin that wraps execution (api/timeout.ts). */
export function executionPlugins(): EnvelopPlugin[] {
  const runs = new WeakMap<DocumentNode, number>();
  const repeated = ({ document }: { document: DocumentNode }): boolean => {
    const count = runs.get(document) ?? 0;
    if (count >= RUNS_BEFORE_COMPILING) return true;
    runs.set(document, count + 1);
    return false;
  };
  return [useGraphQLJsVariables(), useGraphQlJit({}, { enableIf: repeated }), useSourceLocatedErrors()];
}

/**
 * graphql-jit coerces variables with code of its own, whose errors drop the scalar's message and
 * name the argument instead of the variable (`Variable "$from" got invalid value …; Expected type
 * Date`): a compiled query would answer a bad variable differently from its first run. Variables
 * are checked here by graphql-js first, so a bad one gets graphql-js's answer on every run.
 */
function useGraphQLJsVariables(): EnvelopPlugin {
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation?.variableDefinitions?.length) return;
      const coerced = getVariableValues(args.schema, operation.variableDefinitions, args.variableValues ?? {}, { maxErrors: 50 });
      if (coerced.errors) setResultAndStopExecution({ errors: coerced.errors });
    },
  };
}

/**
 * graphql-jit's errors carry `locations` (line and column) but not the source positions of
 * graphql-js errors, and yoga rebuilds each error of a response from its nodes, source and
 * positions: a compiled query's errors would lose their locations. This gives them positions
 * in the document's source, so an error answer is the same compiled or not.
 */
function useSourceLocatedErrors(): EnvelopPlugin {
  // One hook object for every request, not one made per request: the hook reads the document from its arguments.
  const locateErrors: OnExecuteHookResult<unknown> = {
    onExecuteDone: ({ args, result, setResult }) => {
      const source = args.document.loc?.source;
      if (!source || isAsyncIterable(result) || !result.errors?.some((e) => !e.positions && e.locations)) return;
      setResult({ ...result, errors: result.errors.map((e) => located(e, source)) } as ExecutionResult);
    },
  };
  return { onExecute: () => locateErrors };
}

function located(error: GraphQLError, source: Source): GraphQLError {
  if (error.positions || !error.locations) return error;
  const positions = error.locations.map(({ line, column }) => offsetOf(source.body, line, column));
  return new GraphQLError(error.message, {
    source,
    positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/** The offset of a 1-based line and column, with graphql-js's line terminators. */
function offsetOf(body: string, line: number, column: number): number {
  const terminator = /\r\n|[\n\r]/g;
  let lineStart = 0;
  for (let l = 1; l < line && terminator.exec(body); l++) lineStart = terminator.lastIndex;
  return lineStart + column - 1;
}
