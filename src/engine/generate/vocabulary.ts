/** Asset types the threat catalogs target, and the words users write for them. */
export type AssetType =
  'information' | 'software' | 'hardware' | 'service' | 'network' | 'people' | 'access' | 'medical-device';

const TYPE_WORDS: Readonly<Record<AssetType, readonly string[]>> = {
  information: ['information', 'data', 'info', 'records', 'dataset'],
  software: ['software', 'application', 'app', 'system', 'api'],
  hardware: ['hardware', 'server', 'servers', 'equipment', 'endpoint', 'laptop'],
  service: ['service', 'services', 'cloud service', 'saas', 'supplier', 'vendor', 'third party'],
  network: ['network', 'networking', 'connectivity'],
  people: ['people', 'person', 'staff', 'personnel', 'workforce'],
  access: ['access', 'credentials', 'credential', 'identity', 'accounts', 'account'],
  'medical-device': ['medical device', 'medical devices', 'iomt', 'clinical device'],
};

/** How each asset type reads in a report. */
export const TYPE_LABEL: Record<AssetType, string> = {
  information: 'Information',
  software: 'Software',
  hardware: 'Hardware',
  service: 'Service',
  network: 'Network',
  people: 'People',
  access: 'Access',
  'medical-device': 'Medical device',
};

/**
 * Impact (1-5) of each classification word, from the risk assessment guide's words: what harm a loss
 * of the asset's confidentiality, integrity or availability does. Patient data, classified
 * Confidential in the seed's worked example, carries the top impact.
 */
export const CLASSIFICATION_IMPACT: Readonly<Record<string, number>> = {
  critical: 5,
  restricted: 5,
  confidential: 5,
  high: 4,
  medium: 3,
  internal: 2,
  low: 2,
  public: 1,
};

const norm = (word: string) => word.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');

const typeLookup = new Map<string, AssetType>();
for (const [type, words] of Object.entries(TYPE_WORDS) as [AssetType, readonly string[]][]) {
  for (const word of words) typeLookup.set(word, type);
}

/** The asset type a cell names, or undefined. */
export function parseAssetType(word: string): AssetType | undefined {
  return typeLookup.get(norm(word));
}

/** The accepted asset type words, for error messages. */
export function assetTypeWords(): string {
  return Object.entries(TYPE_WORDS)
    .map(([type, words]) => `${type} (${words.join(', ')})`)
    .join('; ');
}

/** The impact a classification word carries, or undefined for an unknown word. */
export function classificationImpact(word: string): number | undefined {
  return CLASSIFICATION_IMPACT[norm(word)];
}
