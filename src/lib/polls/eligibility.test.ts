import { describe, expect, it } from 'vitest';
import type { Member } from '../../schemas/index.ts';
import { eligibleMembers, isEligible, trustedAuthors } from './eligibility.ts';

const member = (github: string, since: string, until?: string, role: Member['role'] = 'member'): Member => ({
  github, chapter: 'lisbon', since: new Date(since), ...(until ? { until: new Date(until) } : {}), role,
});

const OPENS = '2026-09-01T09:00:00Z';
const CLOSES = '2026-09-15T09:00:00Z';

describe('isEligible', () => {
  it('includes a member who joined on the day the poll opens', () => {
    expect(isEligible(member('a', '2026-09-01'), OPENS, CLOSES)).toBe(true);
  });

  it('excludes a member who joined after the poll opened', () => {
    expect(isEligible(member('a', '2026-09-02'), OPENS, CLOSES)).toBe(false);
  });

  it('keeps a member whose last day is the closing day, and drops one who left before it', () => {
    expect(isEligible(member('a', '2020-01-01', '2026-09-15'), OPENS, CLOSES)).toBe(true);
    expect(isEligible(member('a', '2020-01-01', '2026-09-14'), OPENS, CLOSES)).toBe(false);
  });

  it('compares calendar days in UTC, whatever zone the poll was written in', () => {
    // 2026-09-01T01:00+02:00 is still 31 August in UTC: a member joining on 1 September is too late.
    expect(isEligible(member('a', '2026-09-01'), '2026-09-01T01:00:00+02:00', CLOSES)).toBe(false);
  });
});

describe('eligibleMembers', () => {
  it('lists each member once, ignoring case, sorted', () => {
    const roster = [member('Zoe', '2020-01-01'), member('adA', '2020-01-01'), member('ada', '2020-01-01'), member('late', '2026-10-01')];
    expect(eligibleMembers(roster, OPENS, CLOSES).map((m) => m.github)).toEqual(['adA', 'Zoe']);
  });
});

describe('trustedAuthors', () => {
  it('trusts the bot under either spelling and maintainers, not members', () => {
    const trusted = trustedAuthors([member('Mara', '2020-01-01', undefined, 'maintainer'), member('bob', '2020-01-01')], 'github-actions[bot]');
    expect([...trusted].sort()).toEqual(['github-actions', 'mara']);
  });
});
