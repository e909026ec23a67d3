/**
 * The `order` arguments of lists the stores answer in one order: amendment lists (`Act.amendments`,
 * `Provision.amendments`: the port's order, oldest first, or newest first) and lists of dated things
 * (`documents`, `acts`: by id, or by date either way).
 */
import type { Amendment } from '../model/index.ts';
import { compareAmendments } from '../graph/port.ts';
import type { ApiContext } from './context.ts';

export interface AmendmentOrderArgs {
  order: 'OLDEST_FIRST' | 'NEWEST_FIRST';
}

/** An oldest-first list as the `order` argument asks, newest first in the port's own rule (unknown dates last). */
export async function orderedAmendments(list: Amendment[], { order }: AmendmentOrderArgs, { loaders }: ApiContext): Promise<Amendment[]> {
  if (order !== 'NEWEST_FIRST') return list;
  const acts = await loaders.act.loadMany([...new Set(list.map((a) => a.actId))]);
  const dates = new Map(acts.flatMap((act) => (act && !(act instanceof Error) ? [[act.id, act.date] as const] : [])));
  return [...list].sort(compareAmendments((a) => dates.get(a.actId) ?? null, true));
}

export type DatedOrder = 'BY_ID' | 'OLDEST_FIRST' | 'NEWEST_FIRST';

/** A list held by id, in `order`: by date either way, undated last, ties by id (the list's own order: sort is stable). */
export function byDate<T extends { date: string | null }>(list: T[], order: DatedOrder): T[] {
  if (order === 'BY_ID') return list;
  const sign = order === 'NEWEST_FIRST' ? -1 : 1;
  return [...list].sort((x, y) => {
    if (x.date === y.date) return 0;
    if (x.date === null) return 1;
    if (y.date === null) return -1;
    return sign * (x.date < y.date ? -1 : 1);
  });
}
