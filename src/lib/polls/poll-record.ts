import { loginKey, type Account, type Member, type PollEntry, type PollResult, type PollState } from '../../schemas/index.ts';
import type { ContentProblem } from '../errors.ts';
import { accountIndex, accountOf, scopedMembers } from './electorate.ts';
import type { CountryOf } from './scope.ts';

/**
 * Checks across a poll's files and the roster, for the content check. Pure.
 */

export interface RecordFiles {
  polls: readonly PollEntry[];
  states: readonly PollState[];
  results: readonly PollResult[];
  stateFile: (id: string) => string;
  resultFile: (id: string) => string;
}

/**
 * A discussion holds one poll's ballot boxes; a result needs the frozen state it was counted under; and a
 * poll that closed without ever having been opened was never voted on (a note).
 */
export function pollRecordProblems(files: RecordFiles, now: Date): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const states = new Map(files.states.map((s) => [s.id, s]));
  const byDiscussion = new Map<number, PollEntry>();
  for (const poll of [...files.polls].sort((a, b) => a.id.localeCompare(b.id))) {
    const state = states.get(poll.id);
    const number = state?.frozen.rules.discussion ?? poll.data.discussion;
    if (number !== undefined && number !== null) {
      const other = byDiscussion.get(number);
      if (other) {
        problems.push({ file: poll.file, field: 'discussion', message: `discussion #${number} already holds the poll "${other.id}" (${other.file}); each poll needs its own discussion: remove this line and polls:open creates one` });
      } else byDiscussion.set(number, poll);
    }
    if (!state && Date.parse(poll.data.closes) <= now.getTime()) {
      // A note, not a failure: such a poll can decide nothing (its gate fails, it has no result), and one
      // stale poll file must not stop the site from being published.
      problems.push({
        file: poll.file, field: 'closes', level: 'note',
        message: `this poll closed on ${new Date(poll.data.closes).toISOString()} without ever being opened by "npm run polls:open", so nobody voted in it and it is never counted: give it a window in the future, or delete the file`,
      });
    }
  }
  for (const result of files.results) {
    if (!states.has(result.id)) {
      problems.push({ file: files.resultFile(result.id), field: '', message: `there is no frozen state (${files.stateFile(result.id)}) for this result, so it was not counted by the tally: delete the result, or restore the state from git history` });
    }
  }
  return problems;
}

/**
 * Roster edits after a poll opened change nothing for that poll: its electorate was frozen, each member with the
 * chapter they had. Say so to the member who makes one while the poll is open.
 */
export function electorateNotes(roster: readonly Member[], rosterFile: string, states: readonly PollState[], now: Date, countryOf: CountryOf = new Map()): ContentProblem[] {
  const notes: ContentProblem[] = [];
  const index = new Map<string, number>();
  roster.forEach((m, i) => {
    if (!index.has(loginKey(m.github))) index.set(loginKey(m.github), i);
  });
  const open = states.filter((s) => Date.parse(s.frozen.rules.opens) <= now.getTime() && now.getTime() < Date.parse(s.frozen.rules.closes));
  for (const state of open) {
    const name = `"${state.id}"`;
    const opened = state.openedAt.slice(0, 10);
    const frozen = new Set(state.frozen.electorate.map((e) => loginKey(e.login)));
    const eligible = scopedMembers(roster, state.frozen.rules, countryOf);
    const chapterAtOpening = new Map(state.frozen.electorate.map((e) => [loginKey(e.login), e.chapter]));
    for (const m of eligible) {
      if (frozen.has(loginKey(m.github))) {
        const was = chapterAtOpening.get(loginKey(m.github));
        if (was !== m.chapter && state.frozen.rules.threshold === 'double-majority') {
          notes.push({
            file: rosterFile, field: `[${index.get(loginKey(m.github))}].chapter`, level: 'note',
            message: `${m.github} was in chapter ${was} when poll ${name} opened (${opened}), so their vote counts for ${was} in it: chapters are frozen when voting opens`,
          });
        }
        continue;
      }
      const joined = state.frozen.rules.scope
        ? `joined the roster, or moved into the chapter${state.frozen.rules.scope.chapter ? '' : 's'} poll ${name} is for, after it opened (${opened})`
        : `joined the roster after poll ${name} opened (${opened})`;
      notes.push({
        file: rosterFile, field: `[${index.get(loginKey(m.github))}].github`, level: 'note',
        message: `${m.github} ${joined}: their vote will not count in it, because who may vote is frozen when voting opens`,
      });
    }
    const stillEligible = new Set(eligible.map((m) => loginKey(m.github)));
    for (const e of state.frozen.electorate) {
      if (stillEligible.has(loginKey(e.login))) continue;
      const i = index.get(loginKey(e.login));
      notes.push({
        file: rosterFile, field: i === undefined ? '' : `[${i}].github`, level: 'note',
        message: `${e.login} was eligible when poll ${name} opened (${opened}), so their vote still counts in it: who may vote is frozen when voting opens`,
      });
    }
  }
  return notes;
}

/**
 * A suggestion period's verdicts must add up: the options added are exactly the suggestions judged `added`, each
 * with at least the support the poll asked for, from members of its electorate. The witness on GitHub vouches
 * that polls:open wrote the verdicts; this catches a state written by hand before anyone counts under it.
 */
export function suggestionRecordProblems(state: PollState, file: string): ContentProblem[] {
  const s = state.frozen.suggestions;
  if (!s) return [];
  const problems: ContentProblem[] = [];
  const say = (field: string, message: string) => problems.push({ file, field, message: `${message}; this is not what polls:open writes: restore the file from git history (git log -p -- ${file})` });
  const voters = new Set(state.frozen.electorate.filter((e) => e.id !== null).map((e) => loginKey(e.login)));
  const options = new Set(state.frozen.rules.options);
  s.entries.forEach((e, i) => {
    const at = `frozen.suggestions.entries[${i}]`;
    const strangers = e.supporters.filter((login) => !voters.has(loginKey(login)));
    if (strangers.length) say(`${at}.supporters`, `${strangers.join(', ')} cannot vote in this poll, so cannot support a suggestion in it`);
    const added = e.status === 'added';
    if (added !== (e.key !== null)) say(`${at}.key`, added ? 'an added suggestion needs the option key it was added as' : `a suggestion that was not added has no option key (it has "${e.key}")`);
    if (added && e.supporters.length < s.support) say(`${at}.status`, `was added with ${e.supporters.length} supporter(s), but the poll asked for ${s.support}`);
    if (e.status === 'below-threshold' && e.supporters.length >= s.support) say(`${at}.status`, `has ${e.supporters.length} supporter(s), enough to be added (${s.support}), but was not`);
    if (added && e.key !== null && !options.has(e.key)) say(`${at}.key`, `option "${e.key}" is not among the frozen options`);
  });
  return problems;
}

/** Roster members whose GitHub account cannot be confirmed: their votes will not count in polls that open. */
export function accountNotes(roster: readonly Member[], rosterFile: string, accounts: readonly Account[] | undefined): ContentProblem[] {
  // Before the first sync that resolves accounts there is nothing to say about any one member.
  if (!accounts?.length) return [];
  const index = accountIndex(accounts);
  const notes: ContentProblem[] = [];
  roster.forEach((m, i) => {
    if (m.until) return;
    const status = accountOf(m, index);
    if (!status.ok && status.reason !== 'unresolved') notes.push({ file: rosterFile, field: `[${i}].github`, level: 'note', message: status.message });
  });
  return notes;
}
