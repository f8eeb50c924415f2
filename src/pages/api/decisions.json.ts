import { defaultLanguage, languages } from '../../i18n/index.ts';
import { sitePolls } from '../../lib/polls/site-polls.ts';
import { decisions } from '../../lib/polls/views.ts';

/** Every closed poll and its outcome, for other tools: the same records as the decisions log. */
export function GET() {
  const body = { decisions: decisions(sitePolls(), languages.map((l) => l.code), defaultLanguage) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
