import type { Element, ElementContent, Root } from 'hast';
import { urlScheme } from '../../security/url-policy.ts';
import { walkElements } from './walk.ts';

/**
 * Loading a comment's images would make every reader's browser call GitHub (or, through camo, any
 * server an author picked): a third-party request the reader never agreed to. So images and videos
 * become links to themselves, labelled with their alt text, unless their host is one the site chose
 * to load. Emoji images become their `:shortcode:` text. Runs before the sanitizer, which then checks
 * the links it made like any other.
 */
export type MediaKind = 'image' | 'video';

export interface MediaLinksOptions {
  /** Hosts whose images may load, e.g. `['github.githubassets.com']`. Empty by default. */
  keepImagesFrom?: string[];
  /** The link text for a media element; `alt` may be empty. */
  label?: (kind: MediaKind, alt: string) => string;
}

const defaultLabel = (kind: MediaKind, alt: string) => (alt ? `${kind}: ${alt}` : kind);

export default function rehypeMediaLinks(options: MediaLinksOptions = {}) {
  const keep = new Set((options.keepImagesFrom ?? []).map((h) => h.toLowerCase()));
  const label = options.label ?? defaultLabel;

  const image = (node: Element, insideLink: boolean): ElementContent[] | undefined => {
    const src = stringProperty(node, 'src');
    const alt = stringProperty(node, 'alt')?.trim() ?? '';
    if (isEmoji(node, src)) return [{ type: 'text', value: alt || stringProperty(node, 'title') || '' }];
    if (src && keep.has(hostOf(src) ?? '')) return undefined;
    return replacement(src, label('image', alt), insideLink);
  };

  return (tree: Root) => {
    walkElements(tree, (node, { insideLink }) => {
      if (node.tagName === 'img') return image(node, insideLink);
      if (node.tagName === 'video' || node.tagName === 'audio') {
        const src = stringProperty(node, 'src') ?? firstSourceSrc(node);
        return replacement(src, label('video', stringProperty(node, 'title') ?? ''), insideLink);
      }
      if (node.tagName === 'picture') {
        // <picture> lists alternative sources for one image: only its <img> matters.
        const img = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'img');
        return img ? (image(img, insideLink) ?? [img]) : [];
      }
      return undefined;
    });
  };
}

function replacement(src: string | undefined, text: string, insideLink: boolean): ElementContent[] {
  const textNode: ElementContent = { type: 'text', value: `[${text}]` };
  // Inside a link (GitHub wraps uploads in a link to the full file) the label alone is enough.
  if (insideLink || !src || !['http', 'https'].includes(urlScheme(src) ?? '')) return [textNode];
  return [{ type: 'element', tagName: 'a', properties: { href: src }, children: [textNode] }];
}

function isEmoji(node: Element, src: string | undefined): boolean {
  const className = node.properties.className;
  const classes = Array.isArray(className) ? className.map(String) : [];
  return classes.includes('emoji') || (src !== undefined && /\/images\/icons\/emoji\//.test(src));
}

function stringProperty(node: Element, key: string): string | undefined {
  const value = node.properties[key];
  return typeof value === 'string' ? value : undefined;
}

function firstSourceSrc(node: Element): string | undefined {
  for (const child of node.children) {
    if (child.type === 'element' && child.tagName === 'source') return stringProperty(child, 'src');
  }
  return undefined;
}

function hostOf(src: string): string | null {
  try {
    return new URL(src).host.toLowerCase();
  } catch {
    return null;
  }
}
