/** The domain model's public surface: the types, the AKN eId rules and every id builder and parser. */
export type * from './types.ts';
export * from './akn.ts';
export * from './ids.ts';
export * from './terms.ts';
