/**
 * GraphQL enums are UPPER_SNAKE (`IN_FORCE`), the model's values camelCase (`inForce`).
 * Enum resolvers map one onto the other, so resolvers pass model values through unchanged.
 */

/** `{ IN_FORCE: 'inForce', … }` for the given model values. */
export function enumResolver<T extends string>(values: Record<T, true>): Record<string, T> {
  const map: Record<string, T> = {};
  for (const value of Object.keys(values) as T[]) {
    map[value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()] = value;
  }
  return map;
}
