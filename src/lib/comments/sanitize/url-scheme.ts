/**
 * The scheme a browser would see in a URL attribute, lowercased, or null for a relative URL.
 * Browsers drop ASCII tab and newline anywhere in a URL and trim C0 controls and spaces at both ends
 * before reading the scheme, so `" jav&#x09;ascript:"` is javascript: to them and must be to us.
 * Values arrive here already entity-decoded by the HTML parser.
 */
export function urlScheme(value: string): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : null;
}
