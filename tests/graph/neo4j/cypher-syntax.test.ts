import { lintCypherQuery, type SyntaxDiagnostic } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import * as cypher from '../../../graph/neo4j/cypher.ts';

/** Every statement graph/neo4j/cypher.ts exports, by constant name (SCHEMA's entries numbered, variants by key). */
const statements: [string, string][] = Object.entries(cypher).flatMap(([name, value]): [string, string][] => {
  if (typeof value === 'string') return [[name, value]];
  if (name === 'SCHEMA') return (value as readonly string[]).map((text, i) => [`SCHEMA[${i}]`, text]);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).map(([key, text]): [string, string] => [`${name}.${key}`, String(text)]);
  }
  return [];
});

/** Lint against our own labels and types (an unknown one is a warning), declaring the parameters the text uses. */
function diagnostics(text: string): SyntaxDiagnostic[] {
  const parameters = Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map((m) => [m[1], null]));
  return lintCypherQuery(text, {
    labels: [...cypher.NODE_LABELS],
    relationshipTypes: [...cypher.RELATIONSHIP_TYPES],
    parameters,
  }).diagnostics;
}

describe('graph/neo4j/cypher.ts', () => {
  it('exports the statements the adapter sends, schema included', () => {
    expect(statements.length).toBeGreaterThan(40);
    expect(statements.filter(([name]) => name.startsWith('SCHEMA[')).length).toBe(cypher.NODE_LABELS.length + 17);
  });

  it.each(statements)('%s parses as Cypher 5 without errors or warnings', (_name, text) => {
    expect(diagnostics(text).map((d) => d.message)).toEqual([]);
  });

  it('the linter rejects a misspelt keyword, an undefined variable and an unknown label', () => {
    expect(diagnostics('MATCH (n:Provision) RETRN n')).not.toEqual([]);
    expect(diagnostics('MATCH (n:Provision) RETURN m').map((d) => d.message)).toContain('Variable `m` not defined');
    expect(diagnostics('MATCH (n:Provison) RETURN n')).not.toEqual([]);
  });

  it('passes every value as a parameter: no statement quotes a literal other than the sort sentinels and a kind', () => {
    const literals = statements.flatMap(([, text]) => [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]));
    // '\uFFFF' and '' put unknown dates last going up and going down.
    expect(new Set(literals)).toEqual(new Set(['\\uFFFF', '', 'other']));
  });

  it('checks every amendment filter in every search variant, whichever filter it starts from', () => {
    const filters = [
      '$documentId',
      '$actId',
      '$action',
      '$targetId',
      '$effectiveFromFrom',
      '$effectiveFromTo',
      '$actDateFrom',
      '$actDateTo',
    ];
    for (const text of [...Object.values(cypher.FIND_AMENDMENTS), ...Object.values(cypher.TALLY_AMENDMENTS)]) {
      for (const filter of filters) expect(text).toContain(`${filter} IS NULL OR`);
    }
  });
});
