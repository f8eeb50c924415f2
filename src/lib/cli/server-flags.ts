/** The flags `npm run dev` and `npm run preview` pass on to Astro's server. */
export const serverFlags = {
  port: { type: 'string', value: 'port', description: 'listen on this port (default 4321)' },
  host: { type: 'boolean', description: 'listen on every network address, not only localhost (to try it on a phone)' },
} as const;

export function serverArgs(flags: { port?: string; host: boolean }): string[] {
  return [...(flags.port ? ['--port', flags.port] : []), ...(flags.host ? ['--host'] : [])];
}
