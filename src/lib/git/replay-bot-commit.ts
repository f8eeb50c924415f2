/**
 * Carrying the bot's commit (snapshot, poll states and results, and the `discussion:` line polls:open adds to
 * a poll file) onto a main branch that moved while the job ran. Pure: the script reads the three versions of
 * each file and applies the answer.
 *
 * The bot's own files are written only by the one scheduled job at a time, so its version stands. A poll
 * file is the members' own: the bot's single edit, one appended line, is made again on main's version, and
 * anything else is a conflict for a person, never a silent overwrite.
 */

export type ReplayedFile =
  /** The file's text on the new commit; null removes it. */
  | { path: string; text: string | null }
  | { path: string; conflict: string };

export interface BotPaths {
  /** Folders (repository-relative, no trailing slash) whose files only the bot writes. */
  botOwned: readonly string[];
  /** The folder of poll definitions. */
  polls: string;
}

const DISCUSSION_LINE = /^discussion: \d+ # created by polls:open$/;

export function replayFile(path: string, before: string | null, ours: string | null, theirs: string | null, paths: BotPaths): ReplayedFile {
  if (paths.botOwned.some((dir) => path.startsWith(`${dir}/`))) return { path, text: ours };
  const isPoll = path.startsWith(`${paths.polls}/`) && !path.slice(paths.polls.length + 1).includes('/') && /\.ya?ml$/.test(path);
  if (!isPoll) return { path, conflict: 'the bot never changes this file, yet its commit does' };
  const added = appendedLines(before, ours);
  if (!added || added.length !== 1 || !DISCUSSION_LINE.test(added[0]!)) {
    return { path, conflict: 'the bot changed this poll file in a way it only ever does by appending its "discussion:" line' };
  }
  const line = added[0]!;
  if (theirs === null) return { path, conflict: `the poll file was removed or renamed on main, but polls:open created its discussion (${line.replace(/ #.*/, '')})` };
  const existing = /^discussion:\s*(\d+)/m.exec(theirs)?.[1];
  const ownNumber = /^discussion: (\d+)/.exec(line)![1];
  if (existing === ownNumber) return { path, text: theirs };
  if (existing !== undefined) {
    return { path, conflict: `main now says "discussion: ${existing}", but polls:open opened the vote in discussion #${ownNumber}` };
  }
  return { path, text: `${theirs}${theirs.endsWith('\n') || theirs === '' ? '' : '\n'}${line}\n` };
}

/** The lines `after` adds at the end of `before`, or null when it changed anything else. */
function appendedLines(before: string | null, after: string | null): string[] | null {
  if (before === null || after === null) return null;
  const base = before.endsWith('\n') || before === '' ? before : `${before}\n`;
  if (!after.startsWith(base)) return null;
  return after.slice(base.length).split('\n').filter((l) => l !== '');
}
