import type { SourceFile } from '../../src/engine/load/source.js';
import { runGate, type Report } from '../../src/engine/pipeline.js';
import type { Settings } from '../../src/engine/settings.js';

/** A user's file held in memory. */
export function file(path: string, text: string): SourceFile {
  return { path, bytes: Buffer.from(text, 'utf8') };
}

/** Settings with the CLI's defaults, `today` fixed. */
export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    standards: ['iso27001'],
    threshold: 80,
    domains: [],
    today: '2026-01-15',
    rules: {},
    ...overrides,
  };
}

/** Runs the gate on one in-memory controls file. */
export function gate(controls: SourceFile, overrides: Partial<Settings> = {}): Report {
  return runGate({ settings: settings(overrides), controls: [controls] });
}

/** A CSV controls file from `id,status` pairs (and optional extra columns). */
export function csv(header: string, rows: readonly string[]): SourceFile {
  return file('controls.csv', [header, ...rows].join('\n') + '\n');
}
