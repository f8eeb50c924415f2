import { createInterface } from 'node:readline/promises';

/**
 * Questions on a terminal, each with the current value as its default (Enter keeps it). Only for commands a
 * person runs by hand; they ask only when stdin is a terminal and take flags otherwise.
 */
export interface Asker {
  ask(question: string, current?: string): Promise<string>;
  confirm(question: string): Promise<boolean>;
  close(): void;
}

export function terminalAsker(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stderr): Asker {
  const rl = createInterface({ input, output });
  return {
    async ask(question, current) {
      const answer = (await rl.question(current ? `${question} [${current}]: ` : `${question}: `)).trim();
      return answer || current || '';
    },
    async confirm(question) {
      return /^y(es)?$/i.test((await rl.question(`${question} [y/N]: `)).trim());
    },
    close: () => rl.close(),
  };
}
