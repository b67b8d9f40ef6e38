import { InputError } from '../errors.js';
import type { SourceFile } from '../load/source.js';
import type { Settings } from '../settings.js';
import { assessRisks, templateAssets, type Assessment } from './assess.js';
import { parseAssets } from './parse-assets.js';
import { TEMPLATES } from './templates/index.js';

/** What the generator needs: a scope name, a template, optionally an asset inventory, and today. */
export interface AssessmentInput {
  scope: string;
  template: string;
  assets?: SourceFile;
  settings: Pick<Settings, 'today' | 'treatmentDays'>;
}

/** The generator end to end: template chosen, inventory read (or the template's default), threats applied. */
export function generateAssessment(input: AssessmentInput): Assessment {
  const template = TEMPLATES.find((t) => t.id === input.template);
  if (!template) {
    throw new InputError(
      `unknown template ${JSON.stringify(input.template)}; valid templates: ${TEMPLATES.map((t) => t.id).join(', ')}`,
    );
  }
  if (input.scope.trim() === '') throw new InputError('--scope is empty; name the system or area assessed');
  const assets = input.assets ? parseAssets(input.assets) : templateAssets(template);
  return assessRisks(input.scope.trim(), template, assets, input.settings);
}
