import { riskSettings, type RiskSettingValues } from '../engine/risk-settings-values.js';
import type { Settings } from '../engine/settings.js';

/** The flags that steer the risk treatment rules, shared by every command that runs the gate. */
export const RISK_OPTIONS = {
  'treatment-days': { type: 'string' },
  'risk-appetite': { type: 'string' },
  'allow-accept-critical': { type: 'boolean' },
  'acceptance-notice-days': { type: 'string' },
} as const;

/** Help lines for RISK_OPTIONS. */
export const RISK_HELP = `  --treatment-days LIST  days to a treatment plan by level (default critical=7,high=30,medium=90)
  --risk-appetite N      highest residual score tolerated without a recorded acceptance (1-25)
  --allow-accept-critical  allow accepting a Critical risk
  --acceptance-notice-days N  list acceptances expiring within N days (default 30)
`;

/** The risk settings the flags give; flags not given leave the engine's defaults. */
export function riskFlagSettings(values: RiskSettingValues): Partial<Settings> {
  return riskSettings(values, (name) => `--${name}`);
}
