import { isCollection, LineCounter, parseDocument } from 'yaml';

/**
 * The line a field lives on in a YAML text, so `members.yml: [41].chapter: …` can become
 * `members.yml:47: [41].chapter: …`. A field that is missing points at the nearest parent that exists
 * (the entry that lacks it), which is where the member has to add it.
 */
export function yamlFieldLine(source: string, field: string): number | undefined {
  return yamlLineFinder(source)(field);
}

/**
 * yamlFieldLine for many fields of one text: the text is parsed once, not once per field (a poll file's
 * title, question and every option's label, for each of a few hundred polls, on every build).
 */
export function yamlLineFinder(source: string): (field: string) => number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  if (doc.errors.length > 0) return () => undefined;
  return (field) => fieldLine(doc, lineCounter, field);
}

function fieldLine(doc: ReturnType<typeof parseDocument>, lineCounter: LineCounter, field: string): number | undefined {
  const path = parseFieldPath(field);
  for (let depth = path.length; depth >= 1; depth--) {
    const part = path.slice(0, depth);
    const node = doc.getIn(part, true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
    // A scalar's key line is still findable through its parent's pair when the value is empty.
    const parent = depth > 1 ? doc.getIn(part.slice(0, -1), true) : doc.contents;
    if (isCollection(parent)) {
      const pair = parent.items.find((item) => {
        const key = (item as { key?: { value?: unknown } | null }).key;
        return key?.value === part[part.length - 1];
      }) as { key?: { range?: [number, number, number] } } | undefined;
      if (pair?.key?.range) return lineCounter.linePos(pair.key.range[0]).line;
    }
  }
  return undefined;
}

/** `authors[0].login` → ['authors', 0, 'login']; `[3].chapter` → [3, 'chapter']. */
export function parseFieldPath(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const match of field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    out.push(match[1] !== undefined ? Number(match[1]) : match[2]!);
  }
  return out;
}
