import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  typeFromAST,
  type VariableDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Compiled execution: each operation is compiled once (graphql-jit) into a function that resolves
 * and serialises it, instead of graphql-js walking the document on every request. About a third of
 * the API's CPU per nested list went to that walk (`npm run bench`, see the README).
 *
 * The compiled executor reports errors in its own shape: with locations but without the document
 * nodes that Yoga rebuilds an error from (so a client would lose where the error is), with
 * messages that cannot be reworded, and a variable that does not fit its type answered as a result
 * rather than as a bad request. Each error is rebuilt here as graphql-js would have made it: its
 * field nodes found along its path, the error the resolver threw as its original error, and
 * 400 when execution never began.
 *
 * graphql-jit cannot compile a variable whose input type contains itself (every filter does, through
 * `and`, `or` and `not`): its variable parser is written out field by field and never ends. Such an
 * operation — every list the admin asks for — runs on graphql-js as before.
 */
export function useCompiledExecution(): Plugin {
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        useGraphQlJit(
          {},
          {
            enableIf: (args) => compilable(args.schema, args.document, args.operationName),
          },
        ) as Plugin,
      );
    },
    onExecute({ args }) {
      if (!compilable(args.schema, args.document, args.operationName)) return;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          const refused = result.data === undefined;
          const document = args.document as DocumentNode;
          const errors = result.errors.map((error) => {
            if (error.nodes?.length && !refused) return error;
            const nodes = error.path
              ? fieldNodesAt(document, args.operationName, error.path)
              : variableNodes(document, error.message);
            const original = error.originalError ?? undefined;
            const extensions = {
              ...(original instanceof GraphQLError ? original.extensions : {}),
              ...error.extensions,
              ...(refused ? { http: { ...(error.extensions?.http as object), status: 400 } } : {}),
            };
            return new GraphQLError(error.message, {
              nodes,
              path: error.path,
              originalError: original,
              extensions,
            });
          });
          setResult({ ...result, errors });
        },
      };
    },
  };
}

const selfContaining = new WeakMap<GraphQLSchema, Map<string, boolean>>();

/** Whether graphql-jit can compile the operation: no variable's input type leads back to itself. */
export function compilable(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): boolean {
  const operation = operationOf(document, operationName);
  if (!operation) return true;
  const memo = selfContaining.get(schema) ?? new Map<string, boolean>();
  selfContaining.set(schema, memo);
  // Depth-first over input fields: a type met again while it is still open contains itself.
  const reachesItself = (type: GraphQLNamedType, open: Set<string>): boolean => {
    if (!isInputObjectType(type)) return false;
    if (open.has(type.name)) return true;
    const cached = memo.get(type.name);
    if (cached !== undefined) return cached;
    open.add(type.name);
    const found = Object.values(type.getFields()).some((field) =>
      reachesItself(getNamedType(field.type), open),
    );
    open.delete(type.name);
    memo.set(type.name, found);
    return found;
  };
  return (operation.variableDefinitions ?? []).every((definition) => {
    const type = typeFromAST(schema, definition.type);
    return !type || !reachesItself(getNamedType(type), new Set());
  });
}

function operationOf(document: DocumentNode, name: string | null | undefined) {
  return document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (name == null || d.name?.value === name),
  );
}

/** The field nodes an error's path names (response keys: alias or name), through fragments. */
export function fieldNodesAt(
  document: DocumentNode,
  operationName: string | null | undefined,
  path: readonly (string | number)[],
): FieldNode[] | undefined {
  const operation = operationOf(document, operationName);
  if (!operation) return undefined;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const fieldsIn = (set: SelectionSetNode, key: string, seen: Set<string>): FieldNode[] =>
    set.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD)
        return (selection.alias ?? selection.name).value === key ? [selection] : [];
      if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsIn(selection.selectionSet, key, seen);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) return [];
      return fieldsIn(fragment.selectionSet, key, new Set([...seen, name]));
    });
  let sets: SelectionSetNode[] = [operation.selectionSet];
  let nodes: FieldNode[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    nodes = sets.flatMap((set) => fieldsIn(set, segment, new Set()));
    sets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  }
  return nodes.length ? nodes : undefined;
}

/** The definition of the variable an error names (`Variable "$a" got invalid value …`). */
function variableNodes(document: DocumentNode, message: string): VariableDefinitionNode[] | undefined {
  const name = /^Variable "\$([^"]+)"/.exec(message)?.[1];
  if (!name) return undefined;
  const found = document.definitions
    .flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? (d.variableDefinitions ?? []) : []))
    .filter((v) => v.variable.name.value === name);
  return found.length ? found : undefined;
}
