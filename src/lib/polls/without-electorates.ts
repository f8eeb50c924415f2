import type { PollState } from '../../schemas/index.ts';

/**
 * Poll states as the site keeps them: without the frozen electorate. The electorate (every member's login
 * and chapter when the poll opened) is what the content check and the tally read; no page shows it, and at
 * 300 polls of 5,000 members it is about 70 MB of objects that a build would otherwise hold to its end and
 * digest into every poll page's cache key. Asking a state for it afterwards is a mistake in the code, and
 * says so, rather than quietly finding nobody.
 */
export function withoutElectorates(states: readonly PollState[]): PollState[] {
  return states.map((state) => {
    const { electorate: _, ...frozen } = state.frozen;
    // The getter names the poll by its id alone: a closure over the state would keep the electorate alive.
    const id = state.id;
    Object.defineProperty(frozen, 'electorate', {
      enumerable: false,
      get() {
        throw new Error(`the site does not keep poll ${id}'s electorate (src/lib/polls/without-electorates.ts): read the state file with readPollStates where it is needed`);
      },
    });
    return { ...state, frozen } as PollState;
  });
}
