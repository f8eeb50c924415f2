import { Random } from '../../test/fake-github/random.ts';
import type { OrgShape } from './shape.ts';

/** Chapters and the roster of a synthetic organization: who can write posts, comment and vote. */

export interface SyntheticChapter { id: string; name: string; city: string; country: string; founded: string }
export interface SyntheticMember { github: string; chapter: string; since: string; until?: string; role: 'member' | 'maintainer' }

const CITIES: readonly [string, string, string][] = [
  ['lisbon', 'Lisbon', 'PT'], ['porto', 'Porto', 'PT'], ['valencia', 'Valencia', 'ES'], ['cadiz', 'Cádiz', 'ES'],
  ['bristol', 'Bristol', 'GB'], ['aberdeen', 'Aberdeen', 'GB'], ['osaka', 'Osaka', 'JP'], ['yokohama', 'Yokohama', 'JP'],
  ['dunedin', 'Dunedin', 'NZ'], ['wellington', 'Wellington', 'NZ'], ['valparaiso', 'Valparaíso', 'CL'], ['mombasa', 'Mombasa', 'KE'],
  ['durban', 'Durban', 'ZA'], ['halifax', 'Halifax', 'CA'], ['brest', 'Brest', 'FR'], ['gdansk', 'Gdańsk', 'PL'],
  ['genoa', 'Genoa', 'IT'], ['piraeus', 'Piraeus', 'GR'], ['izmir', 'İzmir', 'TR'], ['chennai', 'Chennai', 'IN'],
  ['manila', 'Manila', 'PH'], ['recife', 'Recife', 'BR'], ['santos', 'Santos', 'BR'], ['hobart', 'Hobart', 'AU'],
];

const FIRST = ['ana', 'bo', 'chen', 'dara', 'eli', 'fatima', 'goro', 'hana', 'ines', 'jon', 'kemal', 'lea', 'mika', 'nuno', 'oda', 'pia', 'quinn', 'rosa', 'sami', 'tomas', 'uma', 'vera', 'wen', 'yusuf', 'zoe'];
const LAST = ['silva', 'tanaka', 'garcia', 'okafor', 'smith', 'nakamura', 'costa', 'ruiz', 'mwangi', 'kowalski', 'rossi', 'novak', 'santos', 'sato', 'dubois', 'khan'];

export const DAY = 86_400_000;
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** GitHub's timestamps: whole seconds, UTC. */
export const isoSecond = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The organization's founding day: everything in it happens between this and `now`. */
export const FOUNDED = Date.parse('2019-01-01T00:00:00Z');

export function syntheticChapters(shape: OrgShape): SyntheticChapter[] {
  const rnd = new Random(shape.seed + 1);
  return Array.from({ length: shape.chapters }, (_, i) => {
    const [id, city, country] = CITIES[i % CITIES.length]!;
    const round = Math.floor(i / CITIES.length);
    const suffix = round === 0 ? '' : `-${round + 1}`;
    return {
      id: `${id}${suffix}`,
      name: round === 0 ? city : `${city} ${round + 1}`,
      city,
      country,
      founded: isoDay(FOUNDED + rnd.int(0, 900) * DAY),
    };
  });
}

export function syntheticRoster(shape: OrgShape, chapters: readonly SyntheticChapter[]): SyntheticMember[] {
  const rnd = new Random(shape.seed + 2);
  const now = Date.parse(shape.now);
  const span = Math.max(1, Math.floor((now - FOUNDED) / DAY) - 30);
  const maintainers = Math.max(2, Math.round(shape.members * 0.005));
  return Array.from({ length: shape.members }, (_, i) => {
    const joined = FOUNDED + rnd.int(0, span) * DAY;
    const since = i < maintainers ? FOUNDED : joined;
    const member: SyntheticMember = {
      // The index keeps logins unique; the names keep them looking like people.
      github: `${rnd.pick(FIRST)}-${rnd.pick(LAST)}-${i + 1}`,
      chapter: rnd.pick(chapters).id,
      since: isoDay(since),
      role: i < maintainers ? 'maintainer' : 'member',
    };
    const left = since + rnd.int(90, 900) * DAY;
    if (i >= maintainers && rnd.next() < 0.08 && left < now - DAY) member.until = isoDay(left);
    return member;
  });
}

/** Members on the roster for the whole of [opens, closes], by calendar day, as the poll rules count them. */
export function eligibleAt(roster: readonly SyntheticMember[], opens: string, closes: string): SyntheticMember[] {
  const opensDay = opens.slice(0, 10);
  const closesDay = closes.slice(0, 10);
  return roster.filter((m) => m.since <= opensDay && (m.until === undefined || m.until >= closesDay));
}

/**
 * A member on the roster at a moment (who writes a post or a comment then): drawn at random, redrawn when
 * not on the roster that day. Maintainers are on it from the start and never leave, so they end the search.
 */
export function pickActive(rnd: Random, roster: readonly SyntheticMember[], at: number): SyntheticMember {
  const day = isoDay(at);
  for (let tries = 0; tries < 30; tries++) {
    const m = rnd.pick(roster);
    if (m.since <= day && (m.until === undefined || m.until >= day)) return m;
  }
  return roster.find((m) => m.role === 'maintainer') ?? roster[0]!;
}
