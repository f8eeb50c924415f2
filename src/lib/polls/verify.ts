import { isDeepStrictEqual } from 'node:util';
import { pollResultSchema, type PollResult, type PollState } from '../../schemas/index.ts';
import { digestOf } from './digest.ts';
import { tallyFromInput } from './tally.ts';

/**
 * `tally --verify`: recount a committed result from the data stored beside it. A hand edit to a
 * figure, a voter list or the stored input shows up as a mismatch; nothing here reads GitHub.
 */
export function verifyResult(raw: unknown, file: string, state?: PollState): string[] {
  const parsed = pollResultSchema.safeParse(raw);
  if (!parsed.success) return [`${file}: not a valid result file (${parsed.error.issues[0]?.message ?? 'unknown shape'}); regenerate it with "npm run tally"`];
  const result: PollResult = parsed.data;
  const problems: string[] = [];
  const say = (m: string) => problems.push(`${file}: ${m}`);
  if (digestOf(result.input) !== result.inputDigest) say('inputDigest does not match the stored input: the counted data was edited after the tally');
  if (digestOf(result.rules) !== result.definitionDigest) say('definitionDigest does not match the stored rules: the rules were edited after the tally');
  if (state && state.definitionDigest !== result.definitionDigest) say(`counted under rules ${short(result.definitionDigest)} but the poll was opened with ${short(state.definitionDigest)}`);
  const recount = tallyFromInput(result.rules, result.input, result.phase);
  for (const field of Object.keys(recount) as (keyof typeof recount)[]) {
    if (!isDeepStrictEqual(recount[field], result.tally[field])) {
      say(`tally.${field} is ${JSON.stringify(result.tally[field])} but recounting the stored input gives ${JSON.stringify(recount[field])}`);
    }
  }
  return problems;
}

const short = (digest: string) => digest.slice(0, 15);
