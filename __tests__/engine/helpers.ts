import { runGate, type Report } from '../../src/engine/pipeline.js';
import type { Settings } from '../../src/engine/settings.js';
import type { SourceFile } from '../../src/engine/load/source.js';

/** A user's file in memory. */
export function source(path: string, text: string): SourceFile {
  return { path, bytes: new TextEncoder().encode(text) };
}

/** A small controls file covering every status a linked control can have. */
export const CONTROLS = `control_id,status,owner,justification
8.5,implemented,IAM,
8.24,partial,Platform,
8.26,planned,AppSec,
8.28,not implemented,AppSec,
7.1,n/a,Facilities,Fully remote company
`;

/** Settings for a run on 2026-12-04 with the compliance threshold out of the way. */
export function settings(overrides: Partial<Settings> = {}): Settings {
  return { standards: ['iso27001'], threshold: 0, domains: [], today: '2026-12-04', rules: {}, ...overrides };
}

/** Runs the gate on a register (CSV unless the path says otherwise) against CONTROLS. */
export function gate(register: string, overrides: Partial<Settings> = {}, path = 'risks.csv'): Report {
  return runGate({
    settings: settings(overrides),
    controls: [source('controls.csv', CONTROLS)],
    risks: source(path, register),
  });
}

/** Every finding (failure or warning) of one rule, as `message @ line`. */
export function findings(report: Report, rule: string): string[] {
  return [...report.failures, ...report.warnings]
    .filter((f) => f.rule === rule)
    .map((f) => `${f.message} @ ${f.line}`);
}

/** A register with one risk: header and row built from the fields given. */
export function oneRisk(fields: Record<string, string>): string {
  const row = { id: 'R1', likelihood: '3', impact: '5', ...fields };
  const headers = Object.keys(row);
  const quote = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${headers.join(',')}\n${Object.values(row).map(quote).join(',')}\n`;
}
