import { FakeGitHubData } from '../../test/fake-github/dataset.ts';
import type { SyntheticOrg } from './synthetic-org.ts';

/**
 * The synthetic organization's discussions in the fake GitHub, added through the dataset's own methods so
 * ids, numbers and `updatedAt` behave as on GitHub.
 */
export function fakeDataFor(org: SyntheticOrg): FakeGitHubData {
  const data = new FakeGitHubData(org.repository, org.shape.now);
  for (const name of org.categories) data.addCategory(name);
  for (const d of org.discussions) {
    const made = data.addDiscussion({ number: d.number, title: d.title, body: d.body, author: d.author, category: d.category, labels: d.labels, createdAt: d.createdAt });
    for (const r of d.reactions) data.addReaction(made.id, r.content, r.user, r.createdAt);
    const ids: string[] = [];
    for (const c of d.comments) {
      const comment = data.addComment(d.number, { author: c.author, body: c.body, createdAt: c.createdAt, replyTo: c.replyTo === undefined ? undefined : ids[c.replyTo] });
      ids.push(comment.id);
      for (const r of c.reactions) data.addReaction(comment.id, r.content, r.user, r.createdAt);
    }
  }
  return data;
}
