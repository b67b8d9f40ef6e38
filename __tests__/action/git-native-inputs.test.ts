import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readGitNativeInputs } from '../../src/action/git-native/inputs.js';
import { readAllInputs } from '../../src/action/git-native/wire.js';
import { InputError } from '../../src/engine/errors.js';

const saved = { ...process.env };

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => p.message);
    throw error;
  }
  throw new Error('expected an InputError');
}

beforeEach(() => {
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
});
afterEach(() => {
  process.env = { ...saved };
});

describe('git-native inputs', () => {
  it('defaults to no regression gate, comments always, no badge, issue or history', () => {
    expect(readGitNativeInputs()).toEqual({
      failOnRegression: false,
      commentMode: 'always',
      sarif: undefined,
      badge: undefined,
      badgeThresholds: { green: 90, yellow: 80 },
      badgeBranch: undefined,
      issue: false,
      issuePeriod: 'quarter',
      issueLabel: 'isms-gap-analysis',
      history: undefined,
    });
  });

  it('reads every input', () => {
    setInputs({
      'fail-on-regression': 'true',
      'comment-mode': 'On-Failure',
      sarif: 'out/gate.sarif',
      badge: '.badges',
      'badge-thresholds': '95,85',
      'badge-branch': 'badges/isms',
      issue: 'TRUE',
      'issue-period': 'month',
      'issue-label': 'compliance',
      history: '.isms/history.jsonl',
    });
    expect(readGitNativeInputs()).toEqual({
      failOnRegression: true,
      commentMode: 'on-failure',
      sarif: 'out/gate.sarif',
      badge: '.badges',
      badgeThresholds: { green: 95, yellow: 85 },
      badgeBranch: 'badges/isms',
      issue: true,
      issuePeriod: 'month',
      issueLabel: 'compliance',
      history: '.isms/history.jsonl',
    });
  });

  it('reports every bad value at once, with the gate inputs', () => {
    setInputs({
      threshold: 'lots',
      'fail-on-regression': 'maybe',
      'comment-mode': 'sometimes',
      'badge-thresholds': '80,90',
      'badge-branch': 'bad..name',
      'issue-period': 'week',
    });
    expect(problemsOf(readAllInputs)).toEqual([
      'input `threshold` "lots" is not a number from 0 to 100',
      'input `fail-on-regression` is "maybe"; use true or false',
      'input `comment-mode` "sometimes" is not one of: always, on-failure, off',
      'input `badge-thresholds` "80,90" is not two percentages "green,yellow" with green >= yellow (e.g. 90,80)',
      'input `badge-branch` "bad..name" is not a valid branch name (e.g. badges)',
      'input `issue-period` "week" is not one of: quarter, month',
    ]);
  });
});
