/**
 * What a query would cost to answer, before it runs: the number of values its answer would hold,
 * estimated from the query and the store's list sizes (api/list-sizes.ts). Every field counts 1
 * per time it appears in the answer; a list field multiplies what is under it by its length: a
 * page size (`first`, from the query, a variable or the default), the depth of a traversal, or the
 * store's mean length of that list. So `{ documents { provisions { id } } }` costs about
 * documents × provisions per document × 2, however short the text.
 *
 * The walk costs one visit per field of the query text, not per value of the answer: the cost of a
 * selection is computed once per parent and multiplied, and each fragment is costed once per page
 * size and depth in force, so fragments nested to fan out cannot make the estimate itself slow.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ListSizes } from './list-sizes.ts';

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Readonly<Record<string, unknown>> | null;
  sizes: ListSizes;
}

/** What the fields under a connection or a traversal inherit from it. */
interface Scope {
  /** `first` of the nearest enclosing field that pages (its edges, nodes, hits have that length) */
  page: number | null;
  /** `depth` of the enclosing citation traversal */
  depth: number | null;
}

/** The estimate, an integer (capped at Number.MAX_SAFE_INTEGER). 0 when the document has no such operation. */
export function estimateCost(input: CostInput): number {
  return estimate(input).cost;
}

/**
 * `estimateCost` for a server, which answers the same query texts over and over: yoga's parser cache
 * hands a repeated text the same document, so an estimate that read no variable is kept with its
 * document and given again while the schema, the operation and the store's list sizes are the same.
 */
export function createCostEstimator(): (input: CostInput) => number {
  const known = new WeakMap<DocumentNode, { schema: GraphQLSchema; sizes: ListSizes; operationName: string | null; cost: number }>();
  return (input) => {
    const { schema, sizes, document } = input;
    const operationName = input.operationName ?? null;
    const hit = known.get(document);
    if (hit?.schema === schema && hit.sizes === sizes && hit.operationName === operationName) return hit.cost;
    const { cost, readsVariables } = estimate(input);
    if (!readsVariables) known.set(document, { schema, sizes, operationName, cost });
    return cost;
  };
}

function estimate(input: CostInput): { cost: number; readsVariables: boolean } {
  const operation = pickOperation(input.document, input.operationName ?? null);
  if (!operation) return { cost: 0, readsVariables: false };
  const root = input.schema.getRootType(operation.operation);
  if (!root) return { cost: 0, readsVariables: false };
  const walker = new CostWalker(input);
  const cost = Math.min(
    Number.MAX_SAFE_INTEGER,
    Math.ceil(walker.selectionCost(operation.selectionSet, root, { page: null, depth: null })),
  );
  return { cost, readsVariables: walker.readsVariables };
}

function pickOperation(document: DocumentNode, name: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name === null ? (operations.length === 1 ? operations[0] : undefined) : operations.find((o) => o.name?.value === name);
}

class CostWalker {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly fragmentCosts = new Map<string, number>();
  private readonly variableDefaults = new Map<string, unknown>();
  /** Whether the estimate depends on the request's variables: some page size or depth is given by one */
  readsVariables = false;

  constructor(private readonly input: CostInput) {
    for (const definition of input.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
      if (definition.kind === Kind.OPERATION_DEFINITION) {
        for (const v of definition.variableDefinitions ?? []) {
          if (v.defaultValue) this.variableDefaults.set(v.variable.name.value, valueFromASTUntyped(v.defaultValue));
        }
      }
    }
  }

  /** Values one parent's answer to this selection holds. */
  selectionCost(selectionSet: SelectionSetNode, parent: GraphQLNamedType, scope: Scope): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) cost += this.fieldCost(selection, parent, scope);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (this.input.schema.getType(selection.typeCondition.name.value) ?? parent) : parent;
        cost += this.selectionCost(selection.selectionSet, type, scope);
      } else cost += this.fragmentCost(selection.name.value, scope);
    }
    return cost;
  }

  private fragmentCost(name: string, scope: Scope): number {
    const key = `${name}|${scope.page}|${scope.depth}`;
    const known = this.fragmentCosts.get(key);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    const type = fragment && this.input.schema.getType(fragment.typeCondition.name.value);
    // validation has refused unknown fragments and cycles before any estimate is asked for
    const cost = fragment && type ? this.selectionCost(fragment.selectionSet, type, scope) : 0;
    this.fragmentCosts.set(key, cost);
    return cost;
  }

  private fieldCost(node: FieldNode, parent: GraphQLNamedType, scope: Scope): number {
    if (node.name.value === '__typename' || !isObjectType(parent)) return 1;
    const field = parent.getFields()[node.name.value];
    if (!field) return 1;
    const inner: Scope = {
      page: this.intArgument(node, field, 'first') ?? scope.page,
      depth: this.intArgument(node, field, 'depth') ?? scope.depth,
    };
    const length = isListType(getNullableType(field.type)) ? this.listLength(parent.name, field, node, scope) : 1;
    const type = getNamedType(field.type);
    const below = node.selectionSet && isCompositeType(type) ? this.selectionCost(node.selectionSet, type, inner) : 0;
    return length * (1 + below);
  }

  /** The length the list field is expected to have, from its arguments, its scope or the store. */
  private listLength(typeName: string, field: GraphQLField<unknown, unknown>, node: FieldNode, scope: Scope): number {
    const { sizes, schema } = this.input;
    if (typeName.startsWith('__')) return introspectionLength(schema, `${typeName}.${field.name}`);
    const first = this.intArgument(node, field, 'first');
    if (first !== null) return first;
    const key = `${typeName}.${field.name}`;
    if (key === 'Query.citationPath') return (this.intArgument(node, field, 'maxDepth') ?? 1) + 1;
    if (typeName === 'CitationGraph') {
      const at = Math.min(sizes.traversalNodes.length, Math.max(1, scope.depth ?? 1)) - 1;
      return (field.name === 'edges' ? sizes.traversalEdges[at] : sizes.traversalNodes[at]) ?? 1;
    }
    const measured = sizes.fields[key];
    if (measured !== undefined) return measured;
    if (scope.page !== null) return scope.page;
    throw new Error(`api/cost.ts: no length is known for the list ${key}; add it to api/list-sizes.ts`);
  }

  /** An integer argument's value: written, from a variable, the variable's default, or the field's default; null if none. */
  private intArgument(node: FieldNode, field: GraphQLField<unknown, unknown>, name: string): number | null {
    const definition = field.args.find((a) => a.name === name);
    if (!definition) return null;
    const argument = node.arguments?.find((a) => a.name.value === name);
    let value: unknown = definition.defaultValue;
    if (argument?.value.kind === Kind.INT) value = Number(argument.value.value);
    else if (argument?.value.kind === Kind.VARIABLE) {
      this.readsVariables = true;
      const variable = argument.value.name.value;
      value = this.input.variables?.[variable] ?? this.variableDefaults.get(variable) ?? definition.defaultValue;
    }
    // a value execution would refuse (not a positive integer) is costed as the default; it never runs
    return typeof value === 'number' && Number.isInteger(value) && value > 0
      ? value
      : typeof definition.defaultValue === 'number'
        ? definition.defaultValue
        : null;
  }
}

const introspectionLengths = new WeakMap<GraphQLSchema, { types: number; perType: number }>();

/** Introspection lists: `__Schema.types` has every type; any other (fields, args, enum values…) the mean fields of a type. */
function introspectionLength(schema: GraphQLSchema, key: string): number {
  let lengths = introspectionLengths.get(schema);
  if (!lengths) {
    const types = Object.values(schema.getTypeMap());
    const fields = types.reduce((sum, t) => sum + ('getFields' in t ? Object.keys(t.getFields()).length : 0), 0);
    lengths = { types: types.length, perType: Math.max(1, Math.ceil(fields / types.length)) };
    introspectionLengths.set(schema, lengths);
  }
  return key === '__Schema.types' ? lengths.types : lengths.perType;
}

/** The list fields of the schema (introspection aside) whose length the estimate cannot tell: empty when every one is covered. */
export function listsWithoutLength(schema: GraphQLSchema, sizes: ListSizes): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const known =
        field.args.some((a) => a.name === 'first') || key === 'Query.citationPath' || type.name === 'CitationGraph' || key in sizes.fields;
      if (isListType(getNullableType(field.type)) && !known && !pagedBy(schema, type.name)) missing.push(key);
    }
  }
  return missing;
}

/** Whether some field with a `first` argument returns this type (its lists have that page's length). */
function pagedBy(schema: GraphQLSchema, typeName: string): boolean {
  return Object.values(schema.getTypeMap()).some(
    (t) =>
      isObjectType(t) &&
      Object.values(t.getFields()).some((f) => getNamedType(f.type).name === typeName && f.args.some((a) => a.name === 'first')),
  );
}
