/**
 * The API's expected failures, typed by `extensions.code` so clients can tell them apart.
 * Anything else thrown in a resolver stays masked by yoga ("Unexpected error.").
 */
import { GraphQLError } from 'graphql';

/** An id that names nothing, where the field cannot answer null. */
export function notFound(argument: string, id: string, what: string): GraphQLError {
  return new GraphQLError(`${what} not found: ${id} (argument "${argument}")`, {
    extensions: { code: 'NOT_FOUND', argument, id },
  });
}

/** An argument outside what the field accepts. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

/** An integer argument within 1..max, or a BAD_USER_INPUT error naming it. */
export function checkRange(argument: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw badInput(argument, `must be from 1 to ${max}, got ${value}`);
  }
  return value;
}

/** A provision or document asked for on a date when it had no text (not yet inserted, removed, before the versions held). */
export function notInForce(argument: string, id: string, reason: string): GraphQLError {
  return new GraphQLError(`no text of ${id} in force (argument "${argument}"): ${reason}`, {
    extensions: { code: 'NOT_IN_FORCE', argument, id },
  });
}
