import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { ChapterhouseError, ContentError, formatProblem } from '../errors.ts';

/**
 * A content-layer loader for the organization's YAML data files (interface strings, glossaries, chapters,
 * the roster), reading them with the same readers the scripts use, so there is one parser and one schema per
 * file. In `npm run dev` it watches its files and reloads on every change, so an edit shows on the next page
 * load. The collection holds one entry, `all`, whose data is `{ value }` (never empty, so Astro has nothing
 * to warn about for an organization without such files; the digest tells the site when it changed).
 */
export interface DataFilesOptions {
  /** The collection's name, for messages. */
  name: string;
  /** The content folder. */
  root: string;
  /** Does this path (relative to `root`, with forward slashes) belong to the collection? */
  matches: (relative: string) => boolean;
  /** Read everything the collection holds. Throws ContentError on a bad file. */
  read: () => unknown;
}

/** How long a changed file must stay quiet before it is read: well past the watcher's 5 ms merging of events. */
const SETTLE_MS = 100;

export function dataFiles({ name, root, matches, read }: DataFilesOptions): Loader {
  return {
    name: `chapterhouse:${name}`,
    load: async ({ store, watcher, logger, generateDigest }) => {
      const sync = () => {
        let value: unknown;
        try {
          value = read();
        } catch (e) {
          // While editing, a half-typed file must not stop the dev server: say what is wrong and keep the last good data.
          if (!(e instanceof ChapterhouseError) || !watcher) throw e;
          logger.error(e instanceof ContentError ? e.problems.map(formatProblem).join('\n') : e.message);
          return;
        }
        store.set({ id: 'all', data: { value }, digest: generateDigest(JSON.stringify(value) ?? '') });
      };
      sync();
      if (!watcher) return;
      watcher.add(root);
      // Read once the file has been quiet for a moment, never on the first event. Saving a file truncates it and
      // then writes it; the watcher drops a second event that follows the first within a few milliseconds, so
      // reading on the first one can load the empty file and never hear about the write that came after.
      let pending: ReturnType<typeof setTimeout> | undefined;
      const onChange = (changed: string) => {
        const relative = path.relative(root, changed).split(path.sep).join('/');
        if (relative.startsWith('..') || !matches(relative)) return;
        clearTimeout(pending);
        pending = setTimeout(sync, SETTLE_MS);
      };
      watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
    },
  };
}
