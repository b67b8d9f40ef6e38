import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The committed bundle, run exactly as the runner runs `runs.main`. */
export const BUNDLE = resolve('dist/index.js');

/** What a run of the bundle left behind. */
export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The step's outputs, parsed from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  /** The job summary file's contents. */
  summary: string;
  /** RUNNER_TEMP of this run. */
  temp: string;
}

/** How to run the action: its inputs by name (`github-token`, ...) and the runner's variables. */
export interface RunOptions {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** The workflow event's payload, written to GITHUB_EVENT_PATH. */
  event?: { name: string; payload: unknown };
  cwd?: string;
}

/**
 * The `name<<delimiter` blocks the toolkit writes to GITHUB_OUTPUT, parsed back into values, so a test
 * reads outputs as the runner would.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!header) continue;
    const end = lines.indexOf(header[2]!, i + 1);
    outputs[header[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

/**
 * Spawns `node dist/index.js` with `INPUT_*` variables named as the runner names them (upper case,
 * dashes kept) and a clean environment, so nothing from the machine running the tests leaks in.
 * Asynchronous on purpose: a loopback server in this process must keep answering while it runs.
 */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run package\` first`);
  const temp = mkdtempSync(join(tmpdir(), 'isms-gate-action-'));
  const files = {
    summary: join(temp, 'summary.md'),
    output: join(temp, 'output.txt'),
    event: join(temp, 'event.json'),
  };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  writeFileSync(files.event, JSON.stringify(options.event?.payload ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_WORKSPACE: options.cwd ?? process.cwd(),
    RUNNER_TEMP: temp,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [BUNDLE], { cwd: options.cwd ?? process.cwd(), env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    temp,
  };
}
