import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ContentError } from '../errors.ts';

export interface SplitSource {
  /** Parsed frontmatter; `{}` when the file has none. */
  data: Record<string, unknown>;
  body: string;
  /** 1-based line where the body starts, for messages that point into the body. */
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Split an MDX/Markdown file into YAML frontmatter and body. Throws a ContentError naming the line on bad YAML. */
export function splitFrontmatter(source: string, file: string): SplitSource {
  const match = FENCE.exec(source);
  if (!match) return { data: {}, body: source, bodyLine: 1 };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '') ?? {};
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const line = (e.linePos?.[0]?.line ?? 0) + 1;
      throw new ContentError([{ file, field: '', line, message: `the frontmatter is not valid YAML (${e.code}): check quotes and indentation near this line` }]);
    }
    throw e;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError([{ file, field: '', message: 'the frontmatter must be a list of "field: value" lines' }]);
  }
  const consumed = match[0];
  return { data: data as Record<string, unknown>, body: source.slice(consumed.length), bodyLine: consumed.split('\n').length };
}

/** Parse a YAML data file, naming the file and line when it is malformed. */
export function parseYamlFile(source: string, file: string): unknown {
  try {
    return parseYaml(source);
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const line = e.linePos?.[0]?.line;
      throw new ContentError([{ file, field: '', line, message: `not valid YAML (${e.code}): check quotes and indentation near this line` }]);
    }
    throw e;
  }
}
