/** Mutations of a text's lines, as a damaged extraction or a careless paste would make them: for the totality fuzz tests. */
import fc from 'fast-check';

export type Mutation = { op: 'drop' | 'duplicate' | 'swap'; at: number; to: number } | { op: 'truncate'; at: number; to: number };

export const mutation = fc.record({
  op: fc.constantFrom('drop', 'duplicate', 'swap', 'truncate'),
  at: fc.nat(),
  to: fc.nat(),
}) as fc.Arbitrary<Mutation>;

export function mutate(lines: string[], m: Mutation): string[] {
  if (lines.length === 0) return lines;
  const at = m.at % lines.length;
  const to = m.to % lines.length;
  const out = [...lines];
  switch (m.op) {
    case 'drop':
      out.splice(at, 1);
      break;
    case 'duplicate':
      out.splice(to, 0, out[at] ?? '');
      break;
    case 'swap':
      [out[at], out[to]] = [out[to] ?? '', out[at] ?? ''];
      break;
    case 'truncate':
      // cut a line in the middle, as a damaged extraction would
      out[at] = (out[at] ?? '').slice(0, to % Math.max(1, (out[at] ?? '').length));
      break;
  }
  return out;
}
