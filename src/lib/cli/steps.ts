import { spawn } from 'node:child_process';

/**
 * Run tools one after another with the terminal attached, stopping at the first that fails, for the
 * npm scripts that chain tools (build, dev, test…). npm puts node_modules/.bin on the PATH, so tools are
 * named as on a command line. Returns the exit code of the step that failed, or 0.
 */
export interface Step {
  /** Shown before the step starts. */
  label?: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Stops the step's process when aborted (the step then fails). */
  signal?: AbortSignal;
}

export async function runSteps(steps: Step[], log: (message: string) => void): Promise<number> {
  for (const step of steps) {
    if (step.label) log(step.label);
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(step.command, step.args, { stdio: 'inherit', env: step.env ?? process.env, signal: step.signal });
      // Ctrl-C reaches the child through the terminal; wait for it rather than leaving it orphaned.
      const forward = (signal: NodeJS.Signals) => child.kill(signal);
      process.on('SIGINT', forward).on('SIGTERM', forward);
      child.on('error', reject);
      child.on('close', (status, signal) => {
        process.off('SIGINT', forward).off('SIGTERM', forward);
        resolve(status ?? (signal ? 1 : 0));
      });
    });
    if (code !== 0) return code;
  }
  return 0;
}
