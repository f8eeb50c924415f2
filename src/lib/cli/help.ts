import type { CommandSpec, FlagSpec } from './command.ts';

/** `npm run new -- <kind> <slug> [options]`: the line a usage error ends with. */
export function usageLine(spec: CommandSpec): string {
  const positionals = (spec.positionals ?? []).map((p) => (p.required ? `<${p.name}>` : `[${p.name}${p.variadic ? '…' : ''}]`));
  const parts = [...positionals, ...(Object.keys(spec.flags).length ? ['[options]'] : [])];
  return parts.length ? `${spec.name} -- ${parts.join(' ')}` : spec.name;
}

const flagLabel = (name: string, flag: Pick<FlagSpec, 'type' | 'value' | 'short'>) =>
  `${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.type === 'string' ? ` <${flag.value ?? 'value'}>` : ''}`;

/** Break prose at spaces so no line is longer than `width`; every line after the first starts with `indent`. */
export function wrap(text: string, width = 100, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const limit = lines.length ? width - indent.length : width;
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

/** The whole help: what it does, usage, arguments, flags, what it writes, environment, examples. */
export function formatHelp(spec: CommandSpec): string {
  const rows = (entries: [string, string][]) => {
    const width = Math.max(...entries.map(([label]) => label.length));
    return entries.map(([label, text]) => `  ${label.padEnd(width)}  ${text}`);
  };
  const flags: [string, string][] = [
    ...Object.entries(spec.flags).map(([name, flag]): [string, string] => [flagLabel(name, flag), `${flag.description}${flag.multiple ? ' (may be repeated)' : ''}`]),
    ['-h, --help', 'print this help and exit, doing nothing else'],
  ];
  const lines = [wrap(`${spec.name}: ${spec.summary}`), '', `Usage: ${usageLine(spec)}`];
  if (spec.positionals?.length) lines.push('', 'Arguments:', ...rows(spec.positionals.map((p) => [p.name, p.description])));
  lines.push('', 'Options:', ...rows(flags));
  lines.push('', wrap(`Writes to GitHub or pushes: ${spec.writes ?? 'never.'}`));
  if (spec.env && Object.keys(spec.env).length) lines.push('', 'Environment:', ...rows(Object.entries(spec.env)));
  lines.push('', spec.examples.length === 1 ? 'Example:' : 'Examples:', ...spec.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}
