import type { Snapshot } from '../../schemas/snapshot.ts';
import { stableStringify } from './stable-json.ts';

/**
 * The files of a snapshot, path (relative to content/github/) → text. Pure, so the layout is decided in one
 * place and the writer only copies bytes.
 */
export function snapshotFiles(snapshot: Snapshot): Map<string, string> {
  const files = new Map<string, string>();
  files.set('state.json', stableStringify(snapshot.state));
  // Written only once there is something in it, so a repository that never resolved an account keeps no empty file.
  if (snapshot.accounts?.length) files.set('accounts.json', stableStringify(snapshot.accounts));
  for (const d of snapshot.discussions) files.set(`discussions/${d.number}.json`, stableStringify(d));
  for (const p of snapshot.pullRequests) files.set(`pull-requests/${p.number}.json`, stableStringify(p));
  return files;
}
