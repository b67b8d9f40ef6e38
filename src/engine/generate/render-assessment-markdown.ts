import { levelName, RISK_LEVELS } from '../evaluate/risk-level.js';
import { cell, inline } from '../render/escape.js';
import { LEVEL_BADGE } from '../render/markdown/labels.js';
import { table } from '../render/markdown/table.js';
import { recommendation, type Assessment } from './assess.js';
import { METHOD } from './register-rows.js';
import { TYPE_LABEL } from './vocabulary.js';

/**
 * The assessment as Markdown: the asset inventory, the risk register (the table `check --risks` reads,
 * found by its "Risk register" heading) and the treatment plan, laid out as the seed's worked example.
 */
export function renderAssessmentMarkdown(a: Assessment): string {
  const withLocation = a.assets.some((asset) => asset.location !== undefined);
  const assets = table(
    ['Asset ID', 'Asset', 'Type', 'Owner', 'Classification', 'Impact', ...(withLocation ? ['Location'] : [])],
    a.assets.map((asset) => [
      cell(asset.id),
      cell(asset.name),
      TYPE_LABEL[asset.type],
      cell(asset.owner),
      cell(asset.classification),
      String(asset.impact),
      ...(withLocation ? [cell(asset.location)] : []),
    ]),
    'lllllrl',
  );
  const register = table(
    [
      'Risk ID',
      'Asset',
      'Threat',
      'Vulnerability',
      'L',
      'I',
      'Score',
      'Level',
      'Treatment',
      'Plan',
      'Controls',
      'Owner',
      'Timeline',
      'Identified',
      'Due',
      'Status',
    ],
    a.risks.map((r) => [
      cell(r.id),
      cell(r.asset),
      cell(r.threat),
      cell(r.vulnerability),
      String(r.likelihood),
      String(r.impact),
      String(r.score),
      LEVEL_BADGE[r.level],
      r.treatment ? 'Mitigate' : '',
      cell(r.treatmentPlan),
      r.controls.join(', '),
      cell(r.owner),
      cell(r.timeline),
      r.identified,
      r.due ?? '',
      'Open',
    ]),
    'llllrrrlllllllll',
  );
  const treatment = table(
    ['Risk', 'Treatment', 'Control', 'Timeline'],
    a.risks.map((r) => [
      cell(r.id),
      r.treatment ? 'Mitigate' : 'Accept or monitor',
      cell(r.treatmentPlan),
      cell(r.timeline) || '-',
    ]),
  );
  const counts = RISK_LEVELS.map(
    (level) => `${LEVEL_BADGE[level]}: ${a.risks.filter((r) => r.level === level).length}`,
  ).join(' · ');
  return [
    `# Risk assessment: ${inline(a.scope)}`,
    '',
    `Template: ${a.template.id} (${inline(a.template.description)}) · Assessed: ${a.assessed} · ${a.assets.length} assets · ${a.template.threats.length} threats in the catalog · ${a.risks.length} risks`,
    '',
    inline(METHOD),
    '',
    '## Asset inventory',
    '',
    assets,
    '',
    '## Risk register',
    '',
    counts,
    '',
    register,
    '',
    '## Treatment plan',
    '',
    treatment,
    '',
    '## Recommendations by level',
    '',
    ...RISK_LEVELS.map((level) => `- ${levelName(level)}: ${recommendation(level, a.treatmentDays)}`),
    '',
  ].join('\n');
}
