import { parseDays, parseRiskAppetite, parseTreatmentDays } from '../engine/risk-settings-values.js';
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

type RiskFlagValues = {
  'treatment-days'?: string;
  'risk-appetite'?: string;
  'allow-accept-critical'?: boolean;
  'acceptance-notice-days'?: string;
};

/** The risk settings the flags give; flags not given leave the engine's defaults. */
export function riskSettings(values: RiskFlagValues): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (values['treatment-days'] !== undefined) {
    out.treatmentDays = parseTreatmentDays(values['treatment-days'], '--treatment-days');
  }
  if (values['risk-appetite'] !== undefined) {
    out.riskAppetite = parseRiskAppetite(values['risk-appetite'], '--risk-appetite');
  }
  if (values['allow-accept-critical'] === true) out.allowAcceptCritical = true;
  if (values['acceptance-notice-days'] !== undefined) {
    out.acceptanceNoticeDays = parseDays(values['acceptance-notice-days'], '--acceptance-notice-days');
  }
  return out;
}
