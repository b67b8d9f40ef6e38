import type { AssetType } from '../vocabulary.js';

/** One threat of a template's catalog. */
export interface Threat {
  name: string;
  /** Asset types the threat applies to; it is applied to every asset of these types. */
  appliesTo: readonly AssetType[];
  /** Likelihood 1-5 for an organisation with typical exposure. */
  likelihood: number;
  /** The most harm the threat can do (1-5); the risk's impact is the lower of this and the asset's. */
  maxImpact?: number;
  /** Typical vulnerabilities the threat exploits; the first is the register's `vulnerability`. */
  vulnerabilities: readonly string[];
  /** ISO/IEC 27001:2022 Annex A controls that treat it. */
  controls: readonly string[];
  /** The recommended treatment action, as the register's treatment plan. */
  treatment: string;
  /** Days to treat when the threat calls for faster action than its level's deadline. */
  timelineDays?: number;
}

/** An asset as a template's default inventory lists it. */
export interface TemplateAsset {
  id: string;
  name: string;
  type: AssetType;
  owner: string;
  classification: string;
  location?: string;
}

/** An assessment template: a default asset inventory and a threat catalog. */
export interface Template {
  id: 'general' | 'healthcare' | 'cloud';
  description: string;
  assets: readonly TemplateAsset[];
  threats: readonly Threat[];
}
