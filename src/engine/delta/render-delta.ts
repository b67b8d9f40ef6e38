import { formatProblem } from '../errors.js';
import { cell, inline } from '../render/escape.js';
import { LEVEL_BADGE, STATUS_LABEL } from '../render/markdown/labels.js';
import { pct, table } from '../render/markdown/table.js';
import { isUnchanged, type FigureDelta, type GapChange, type ReportDelta, type RiskView } from './compare.js';

/** `+1.2 pp`, `-3.0 pp`, `±0.0 pp`: the change in percentage points, or `n/a` without a baseline. */
export function change(figure: FigureDelta): string {
  if (figure.before === undefined) return 'n/a';
  const diff = Math.round((figure.after - figure.before) * 10) / 10;
  if (diff > 0) return `▲ +${diff.toFixed(1)} pp`;
  if (diff < 0) return `▼ ${diff.toFixed(1)} pp`;
  return '±0.0 pp';
}

function before(figure: FigureDelta): string {
  return figure.before === undefined ? '_no baseline_' : pct(figure.before);
}

function riskLine(risk: RiskView): string {
  const treatment = risk.treatment ?? '**no treatment**';
  return `\`${cell(risk.id).replace(/`/g, '')}\` ${LEVEL_BADGE[risk.level]} (score ${risk.score}, ${treatment})`;
}

function gapLine(gap: GapChange): string {
  return `\`${cell(gap.id)}\` ${cell(gap.title)} (${STATUS_LABEL[gap.status]})`;
}

function baselineNotes(delta: ReportDelta): string[] {
  const notes: string[] = [];
  const files = (paths: string[]) => paths.map((p) => `\`${inline(p).replace(/`/g, '')}\``).join(', ');
  if (delta.baseline.controls === 'absent') {
    notes.push(`No compliance baseline: ${files(delta.baseline.absent)} did not exist at the base commit.`);
  } else if (delta.baseline.controls === 'invalid') {
    notes.push('No compliance baseline: the controls file was invalid at the base commit.');
  }
  if (delta.baseline.risks === 'absent') {
    notes.push('No risk baseline: the risk register did not exist at the base commit, so every risk is new.');
  } else if (delta.baseline.risks === 'invalid') {
    notes.push('No risk baseline: the risk register was invalid at the base commit.');
  }
  for (const problem of delta.baseline.problems.slice(0, 5)) {
    notes.push(`At the base commit: ${inline(formatProblem(problem))}`);
  }
  if (delta.baseline.problems.length > 5) {
    notes.push(`... and ${delta.baseline.problems.length - 5} more problems at the base commit.`);
  }
  return notes.map((note) => `> ${note}`);
}

/**
 * The delta section that opens a pull request's comment: figures base vs head, then every control,
 * risk and gap that moved. A pure function of the delta.
 */
export function renderDelta(delta: ReportDelta): string {
  const out = ['## What this change does to compliance', ''];
  const notes = baselineNotes(delta);
  if (notes.length > 0) out.push(...notes, '');
  const rows = delta.standards.flatMap((s) => [
    [`**${cell(s.label)}**`, before(s), `**${pct(s.after)}**`, change(s)],
    ...s.domains.map((d) => [cell(d.name), before(d), pct(d.after), change(d)]),
  ]);
  out.push(table(['Compliance', 'Base', 'This change', 'Change'], rows, 'lrrr'));
  if (isUnchanged(delta)) {
    out.push('', 'No control status, risk or gap changed.');
    return out.join('\n');
  }
  const list = (title: string, items: string[]) => {
    if (items.length > 0) out.push('', `**${title} (${items.length})**`, '', ...items.map((i) => `- ${i}`));
  };
  list(
    'Controls whose status changed',
    delta.controls.map(
      (c) => `\`${cell(c.id)}\` ${cell(c.title)}: ${STATUS_LABEL[c.before]} → ${STATUS_LABEL[c.after]}`,
    ),
  );
  list('Risks added', delta.risksAdded.map(riskLine));
  list('Risks removed', delta.risksRemoved.map(riskLine));
  list(
    'Risks changing level',
    delta.risksChanged.map(
      (c) =>
        `\`${cell(c.id).replace(/`/g, '')}\` ${LEVEL_BADGE[c.before.level]} → ${LEVEL_BADGE[c.after.level]} (score ${c.before.score} → ${c.after.score})`,
    ),
  );
  list('Gaps opened', delta.gapsOpened.map(gapLine));
  list('Gaps closed', delta.gapsClosed.map(gapLine));
  return out.join('\n');
}

/** The delta section when the base commit could not be read at all: the comment says so, first. */
export function renderNoBaseline(reason: string): string {
  return [
    '## What this change does to compliance',
    '',
    `> No baseline: the base commit's files could not be read (${inline(reason)}), so this change cannot be compared with it.`,
  ].join('\n');
}
