import { isEnumType, isInputObjectType, isIntrospectionType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../api/server.ts';

describe('the GraphQL schema', () => {
  it('describes every type, field, argument and enum value', async () => {
    const schema = await loadSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('keeps the contract surface of issue 3', async () => {
    const schema = await loadSchema();
    const query = schema.getQueryType()?.getFields() ?? {};
    for (const name of ['documents', 'document', 'provision', 'article', 'acts', 'act', 'amendments', 'citationGraph', 'citationPath']) {
      expect(query[name], name).toBeDefined();
    }
    expect(String(query.citationGraph?.type)).toBe('CitationGraph!');
    expect(String(query.citationPath?.type)).toBe('[Provision!]');
    const provision = schema.getType('Provision');
    expect(isObjectType(provision) && Object.keys(provision.getFields())).toEqual(
      expect.arrayContaining([
        'id',
        'eId',
        'type',
        'number',
        'heading',
        'text',
        'status',
        'document',
        'parent',
        'children',
        'ancestors',
        'source',
        'amendments',
        'citations',
        'citedBy',
      ]),
    );
  });
});
