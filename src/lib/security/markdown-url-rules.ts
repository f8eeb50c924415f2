import type { Definition, Image, Link, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { refusedUrlMessage, shownUrl } from './url-messages.ts';
import { judgeUrl } from './url-policy.ts';

/**
 * Addresses written in Markdown itself: links `[x](…)`, autolinks `<…>`, images `![x](…)` and reference
 * definitions `[x]: …`. The Markdown parser has already decoded entities (`&#106;avascript:` arrives as
 * `javascript:`), so the address judged here is the one the built page will carry.
 *
 * Images get one more rule. Astro reads an image written as a path (`![x](photo.jpg)`) from the disk at
 * build time, so one that is missing or not a picture stops the build: the check says so first.
 */

/** How a path written next to a page resolves on disk. The check supplies it; pure tests may leave it out. */
export type LocalFileStatus = 'file' | 'missing' | 'outside' | 'not-a-file';
export type LocalFiles = (path: string) => LocalFileStatus;

export interface UrlFinding {
  line: number | undefined;
  message: string;
}

/** Picture formats Astro's image pipeline reads. */
const IMAGE_EXTENSIONS = /\.(?:avif|gif|jpe?g|png|svg|tiff?|webp)$/i;

/**
 * Astro's test for a local image (remark-collect-images): after decodeURI, anything that is not an absolute
 * URL and not site-absolute (`/…`) is a file next to the page.
 */
export function localImagePath(url: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURI(url);
  } catch {
    return null; // refused as unreadable before it gets here
  }
  if (URL.canParse(decoded) || decoded.startsWith('/') || decoded === '') return null;
  return decoded.replace(/[?#].*$/, '');
}

/**
 * The address as the page will carry it. Markdown's HTML step percent-encodes characters outside the URL
 * alphabet (micromark's normalizeUri); of those, only brackets change whether an address parses: an
 * IPv6 host written `[::1]` reaches the page as `%5B::1%5D` and stops being a link.
 */
const asWritten = (url: string) => url.replace(/[[\]]/g, (c) => encodeURIComponent(c));

export function markdownUrlFindings(tree: Root, files?: LocalFiles): UrlFinding[] {
  const findings: UrlFinding[] = [];
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const describe = (node: Link | Image | Definition) =>
    node.type === 'link' ? 'the link' : node.type === 'image' ? 'the image address' : `the link definition [${node.label ?? node.identifier}]`;

  visit(tree, (node: Nodes) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const line = node.position?.start.line;
    const verdict = judgeUrl(asWritten(node.url));
    if (!verdict.ok) {
      findings.push({ line, message: refusedUrlMessage(describe(node), node.url, verdict) });
      return;
    }
    if (node.type === 'image' && files) {
      const problem = localImageProblem(node.url, files);
      if (problem) findings.push({ line, message: problem });
    }
  });
  // An image written by reference (![x][photo]) reads its address from the definition.
  if (files) {
    visit(tree, 'imageReference', (node) => {
      const definition = definitions.get(node.identifier);
      if (!definition || !judgeUrl(definition.url).ok) return;
      const problem = localImageProblem(definition.url, files);
      if (problem) findings.push({ line: node.position?.start.line, message: problem });
    });
  }
  return findings;
}

function localImageProblem(url: string, files: LocalFiles): string | undefined {
  const local = localImagePath(url);
  if (local === null) return undefined;
  const shown = `"${shownUrl(url)}"`;
  if (!IMAGE_EXTENSIONS.test(local)) {
    return `the image ${shown} is not a picture file the site can show: use a .jpg, .png, .webp, .gif, .avif or .svg file, or an https:// address`;
  }
  switch (files(local)) {
    case 'file':
      return undefined;
    case 'missing':
      return `the image ${shown} does not exist next to this page: add the picture file to the same folder (or fix the name), or use an https:// address`;
    case 'outside':
      return `the image ${shown} points outside the content folder: put the picture next to the page and write its name, like ![description](picture.jpg)`;
    case 'not-a-file':
      return `the image ${shown} is not a plain file (a folder or a link to another file): put the picture itself next to the page`;
  }
}
