import { quote, type Problem } from '../errors.js';
import type { RiskEntry } from '../model.js';
import { parseRiskState, riskStateWords } from './risk-status.js';
import { integerIn, isoDate, isProblem, text } from './values.js';

/** The treatment-tracking fields of one register row, as the row's field reader returns them. */
export type TreatmentFields =
  | 'identified'
  | 'status'
  | 'residual_likelihood'
  | 'residual_impact'
  | 'residual_score'
  | 'accepted_by'
  | 'accepted_on'
  | 'acceptance_expires'
  | 'review_date';

type Tracking = Pick<
  RiskEntry,
  | 'identified'
  | 'state'
  | 'residualLikelihood'
  | 'residualImpact'
  | 'acceptedBy'
  | 'acceptedOn'
  | 'acceptanceExpires'
  | 'reviewDate'
>;

/**
 * Validates the fields that make a register a tracked record: ISO dates (an error naming the field),
 * the status word, residual likelihood and impact as a pair of whole numbers 1-5 (a stated residual
 * score must equal their product), and an acceptance that cannot expire before it was given.
 */
export function parseTracking(
  field: (name: TreatmentFields) => unknown,
  id: string,
  at: { file: string; line: number },
  problems: Problem[],
): Tracking {
  const add = (message: string) => problems.push({ ...at, message });
  const date = (name: TreatmentFields): string | undefined => {
    const value = isoDate(field(name), `${name} of ${id}`);
    if (isProblem(value)) {
      add(value.message);
      return undefined;
    }
    return value;
  };
  const rawStatus = text(field('status'));
  const state = rawStatus === undefined ? undefined : parseRiskState(rawStatus);
  if (rawStatus !== undefined && state === undefined) {
    add(`unknown status ${quote(rawStatus)} for ${id}; accepted: ${riskStateWords()}`);
  }
  const residual = parseResidual(field, id, add);
  const tracking: Tracking = {
    identified: date('identified'),
    state,
    ...residual,
    acceptedBy: text(field('accepted_by')),
    acceptedOn: date('accepted_on'),
    acceptanceExpires: date('acceptance_expires'),
    reviewDate: date('review_date'),
  };
  if (tracking.acceptedOn && tracking.acceptanceExpires && tracking.acceptanceExpires < tracking.acceptedOn) {
    add(
      `acceptance_expires of ${id} (${tracking.acceptanceExpires}) is before accepted_on (${tracking.acceptedOn})`,
    );
  }
  return tracking;
}

function parseResidual(
  field: (name: TreatmentFields) => unknown,
  id: string,
  add: (message: string) => void,
): Pick<RiskEntry, 'residualLikelihood' | 'residualImpact'> {
  const rawL = text(field('residual_likelihood'));
  const rawI = text(field('residual_impact'));
  const rawScore = text(field('residual_score'));
  if (rawL === undefined && rawI === undefined) {
    if (rawScore !== undefined) {
      add(
        `residual_score of ${id} is given without residual_likelihood and residual_impact; state both (the score is their product)`,
      );
    }
    return {};
  }
  if (rawL === undefined || rawI === undefined) {
    add(`${id} states residual_${rawL === undefined ? 'impact' : 'likelihood'} alone; give both or neither`);
    return {};
  }
  const likelihood = integerIn(rawL, `residual_likelihood of ${id}`, 1, 5);
  const impact = integerIn(rawI, `residual_impact of ${id}`, 1, 5);
  if (isProblem(likelihood)) add(likelihood.message);
  if (isProblem(impact)) add(impact.message);
  if (isProblem(likelihood) || isProblem(impact)) return {};
  if (rawScore !== undefined && Number(rawScore) !== likelihood * impact) {
    add(
      `residual_score of ${id} is ${quote(rawScore)} but residual likelihood x impact is ${likelihood} x ${impact} = ${likelihood * impact}`,
    );
  }
  return { residualLikelihood: likelihood, residualImpact: impact };
}
