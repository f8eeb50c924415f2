import type { UrlVerdict } from './url-policy.ts';

/** The allowed forms, as a member would write them. */
const ALLOWED = 'use an address starting with https://, http://, mailto:, / or #, or a path to another page';

/** An address as it can be shown in a one-line message: controls made visible, long ones cut. */
export function shownUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = url.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return visible.length > 40 ? `${visible.slice(0, 39)}…` : visible;
}

/**
 * Why an address is refused and what to write instead. `what` names where it was found, such as
 * `the link` or `the address in href on <a>`.
 */
export function refusedUrlMessage(what: string, url: string, verdict: Exclude<UrlVerdict, { ok: true }>): string {
  if (verdict.reason === 'scheme') {
    return `${what} starts with "${verdict.scheme}:" ("${shownUrl(url)}"), which could run code or disguise where it leads: ${ALLOWED}`;
  }
  return `${what} ("${shownUrl(url)}") is not a web address a browser can follow: check it for a typo, such as a space, a missing ] or a stray %`;
}
