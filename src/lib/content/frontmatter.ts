import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ContentError } from '../errors.ts';

/**
 * The one frontmatter parser: Astro's own (`parseFrontmatter`, which @astrojs/mdx and Astro's content
 * layer call on every page), so no file can mean one thing to the content check, the translation report
 * or the history pages and another to the build. Where two parsers split the same bytes differently an
 * attacker lives in the gap: a page whose frontmatter "closes" with `----` once hid an `export` from the
 * check that the build then ran.
 */

export interface SplitSource {
  /** Parsed frontmatter; `{}` when the file has none. */
  data: Record<string, unknown>;
  /** The frontmatter as written between the fences; '' when there is none. */
  raw: string;
  /**
   * The body exactly as the build compiles it: Astro blanks the frontmatter out with spaces, so lines and
   * columns still match the file. Whatever Astro leaves here is Markdown or MDX, fences included.
   */
  body: string;
  /** 1-based line of the file that holds the opening fence (the first frontmatter field is the next one). */
  fenceLine: number;
  /** 1-based line where the body starts, for messages that point into the body. */
  bodyLine: number;
}

/** Astro's split: data, the raw frontmatter and the body as MDX compiles it. Throws as Astro does. */
function astroSplit(source: string) {
  return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
}

const lineAt = (source: string, index: number) => source.slice(0, Math.max(0, index)).split('\n').length;

/** Where Astro found the opening fence: the first `---`/`+++` after an optional BOM or leading blank lines. */
function fenceIndex(source: string, raw: string): number {
  const at = source.indexOf(raw);
  return at < 3 ? 0 : at - 3;
}

const isFieldMap = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && [Object.prototype, null].includes(Object.getPrototypeOf(data));

/** Split a Markdown/MDX file into frontmatter and body. Throws a ContentError naming the line on bad YAML or TOML. */
export function splitFrontmatter(source: string, file: string): SplitSource {
  let parsed: ReturnType<typeof astroSplit>;
  try {
    parsed = astroSplit(source);
  } catch (e) {
    throw new ContentError([{ file, field: '', line: errorLine(source, e), message: `the frontmatter is not valid ${/^\uFEFF?\s*\+\+\+/.test(source) ? 'TOML' : 'YAML'} (${errorReason(e)}): check quotes and indentation near this line` }]);
  }
  if (parsed.rawFrontmatter === '') return { data: {}, raw: '', body: parsed.content, fenceLine: 1, bodyLine: 1 };
  const fence = fenceIndex(source, parsed.rawFrontmatter);
  const fenceLine = lineAt(source, fence);
  const data: unknown = parsed.frontmatter;
  if (!isFieldMap(data)) {
    throw new ContentError([{ file, field: '', line: fenceLine, message: 'the frontmatter must be a list of "field: value" lines' }]);
  }
  // The raw text starts on the opening fence's own line and ends just before the closing fence.
  const bodyLine = fenceLine + parsed.rawFrontmatter.split('\n').length;
  return { data, raw: parsed.rawFrontmatter, body: parsed.content, fenceLine, bodyLine };
}

/**
 * The same split for text that may not parse (an old revision, a proposal still being fixed): the raw
 * frontmatter and the body Astro would compile, and the data only when it parses.
 */
export function splitFrontmatterLeniently(source: string): { raw: string; body: string; data: Record<string, unknown> | null } {
  try {
    const parsed = astroSplit(source);
    return { raw: parsed.rawFrontmatter, body: parsed.content, data: isFieldMap(parsed.frontmatter) ? parsed.frontmatter : null };
  } catch {
    // Astro stops at the parse error; its split is the fence match, blanked the way it blanks a good one.
    const raw = extractFrontmatter(source) ?? '';
    const fence = source.slice(fenceIndex(source, raw), fenceIndex(source, raw) + 3);
    const blank = `   ${raw.replace(/[^\r\n]/g, ' ')}   `;
    return { raw, body: raw ? source.replace(`${fence}${raw}${fence}`, () => blank) : source, data: null };
  }
}

/**
 * The body of a `.md` page as Astro renders it: Astro trims it, which can change what the first line
 * means (four leading spaces make code). Leading blank lines are kept so lines still match the file.
 */
export function markdownBody(body: string): string {
  const start = body.length - body.trimStart().length;
  return body.slice(0, start).replace(/[^\n]/g, '') + body.slice(start);
}

/** The line (of the whole file) a js-yaml or TOML error points at, when it says. */
function errorLine(source: string, e: unknown): number | undefined {
  const error = e as { mark?: { line?: number }; line?: number; name?: string };
  const match = /^(?:\uFEFF?|\s*\n)(?:---|\+\+\+)/.exec(source);
  const fenceLine = match ? lineAt(source, match[0].length - 3) : 1;
  // js-yaml counts from 0 and TOML from 1, both from the opening fence's line (the raw text starts there).
  if (typeof error.mark?.line === 'number') return fenceLine + error.mark.line;
  if (typeof error.line === 'number') return fenceLine + error.line - 1;
  return undefined;
}

function errorReason(e: unknown): string {
  const error = e as { reason?: string; message?: string };
  return (error.reason ?? error.message ?? String(e)).split('\n')[0]!.replace(/^Invalid TOML document: /, '');
}

export interface FenceProblem {
  line: number;
  message: string;
}

const FENCE_FIX = 'the frontmatter sits between a first line of exactly --- and the next line of exactly ---';

/**
 * Frontmatter fences that Astro accepts but that read differently elsewhere (GitHub's preview, editors,
 * remark): a closing `----` or `--- x`, `+++`, blank lines before the opening fence, or an opening fence
 * that is never closed. The build would guess; the check asks for the one unambiguous form instead.
 */
export function fenceProblems(source: string): FenceProblem[] {
  const lines = source.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !/^(?:---|\+\+\+)/.test(lines[first]!)) return [];
  const opener = lines[first]!;
  // The closing fence is the first later line that starts with --- or +++, as Astro reads it.
  const close = lines.findIndex((l, i) => i > first && (l.startsWith('---') || l.startsWith('+++')));
  if (close < 0) {
    return opener === '---'
      ? [{ line: first + 1, message: `the frontmatter opened on this line is never closed: add a line of exactly --- after its last field (${FENCE_FIX})` }]
      : [];
  }
  const problems: FenceProblem[] = [];
  if (first > 0) problems.push({ line: first + 1, message: `the frontmatter must start on the very first line of the file: remove the blank lines above it (${FENCE_FIX})` });
  if (opener !== '---') problems.push({ line: first + 1, message: `this line opens the frontmatter as "${clip(opener)}": make it exactly --- (${FENCE_FIX})` });
  if (lines[close] !== '---') problems.push({ line: close + 1, message: `this line closes the frontmatter as "${clip(lines[close]!)}": make it exactly --- (${FENCE_FIX})` });
  return problems;
}

/** A fence line as a member can read it in a message: tabs shown, long lines cut. */
const clip = (line: string) => {
  const shown = line.replace(/\t/g, '\\t');
  return shown.length > 20 ? `${shown.slice(0, 19)}…` : shown;
};

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
