/** The Date scalar: partial ISO dates (`2026-01-01`, `2021-06`, `2015`), checked on input. */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { DateRange } from '../../graph/port.ts';
import type { Resolvers } from '../context.ts';

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new GraphQLError(`Date must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/**
 * A range with partial ends made whole: a partial `from` is its first day, a partial `to` its last
 * (`2025` … `2025` is 2025-01-01 … 2025-12-31), so the stores compare full dates only.
 */
export function wholeDays(range: DateRange | null | undefined): DateRange | null {
  if (!range) return null;
  return { from: range.from ? firstDay(range.from) : null, to: range.to ? lastDay(range.to) : null };
}

/** A partial date's first day (`2023` → `2023-01-01`); a full date itself. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length > 7) return date;
  const [year, month] = date.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, '0')}`;
}

export const resolvers: Resolvers = {
  Date: new GraphQLScalarType({
    name: 'Date',
    description: 'An ISO 8601 calendar date, possibly partial',
    serialize: (value) => String(value),
    parseValue: parseDate,
    parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
};
