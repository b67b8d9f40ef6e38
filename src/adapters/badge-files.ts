import { posix } from 'node:path';
import { badgeStem, renderShieldsEndpoint, type BadgeSpec } from '../engine/badge/badge-spec.js';

/** A badge file to write: its path (inside the badge folder) and its text. */
export interface BadgeFile {
  path: string;
  text: string;
}

/**
 * The SVG and the shields.io endpoint JSON for each badge, named for the standard. badge-maker is
 * imported only here and only when a badge is made, so a plain gate run never loads it.
 */
export async function makeBadgeFiles(specs: readonly BadgeSpec[], dir: string): Promise<BadgeFile[]> {
  const { makeBadge } = await import('badge-maker');
  return specs.flatMap((spec) => [
    {
      path: posix.join(dir, `${badgeStem(spec)}.svg`),
      text: `${makeBadge({ label: spec.label, message: spec.message, color: spec.color })}\n`,
    },
    { path: posix.join(dir, `${badgeStem(spec)}.json`), text: renderShieldsEndpoint(spec) },
  ]);
}
