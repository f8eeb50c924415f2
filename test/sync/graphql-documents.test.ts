import fs from 'node:fs';
import { validate } from '@octokit/graphql-schema';
import { describe, expect, it } from 'vitest';

/** Every GraphQL document in the project, wherever a module keeps it. */
const documents = (fs.globSync('src/**/*.graphql') as string[]).sort();

describe('GraphQL documents', () => {
  it('finds the sync operations (the glob is not silently empty)', () => {
    expect(documents).toContain('src/lib/github/operations/sync-changes.graphql');
  });

  it.each(documents)('%s validates against GitHub\'s schema', (file) => {
    const errors = validate(fs.readFileSync(file, 'utf8'));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('holds exactly one operation per file', () => {
    for (const file of documents) {
      const operations = fs.readFileSync(file, 'utf8').match(/^\s*(query|mutation|subscription)\b/gm) ?? [];
      expect(operations, file).toHaveLength(1);
    }
  });
});
