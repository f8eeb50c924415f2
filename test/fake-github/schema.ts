import { buildClientSchema, type GraphQLSchema } from 'graphql';
import { schema as published } from '@octokit/graphql-schema';

let cached: GraphQLSchema | undefined;

/**
 * GitHub's public GraphQL schema, as published by @octokit/graphql-schema. Built from the introspection JSON
 * (the same source as the package's own `validate()`): the package's SDL file repeats some field definitions,
 * which graphql-js rightly refuses to build.
 */
export function githubSchema(): GraphQLSchema {
  cached ??= buildClientSchema(published.json as Parameters<typeof buildClientSchema>[0]);
  return cached;
}
