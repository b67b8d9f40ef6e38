import { cloud } from './cloud.js';
import { general } from './general.js';
import { healthcare } from './healthcare.js';
import type { Template } from './types.js';

/** Every assessment template, by the name `--template` takes. */
export const TEMPLATES: readonly Template[] = [general, healthcare, cloud];

/** The template ids, for flag validation. */
export const TEMPLATE_IDS = TEMPLATES.map((template) => template.id);
