import type { StandardResult } from '../evaluate/evaluate-standard.js';
import type { RiskEntry, RiskLevel, Status, Treatment } from '../model.js';
import type { Report } from '../pipeline.js';
import type { Baseline } from './baseline.js';

/** A figure before and after; `before` is undefined when the base had no baseline for it. */
export interface FigureDelta {
  before?: number;
  after: number;
}

/** One standard's overall and per-group figures, base vs head. */
export interface StandardDelta extends FigureDelta {
  standard: string;
  label: string;
  groupKind: string;
  domains: (FigureDelta & { domain: string; name: string })[];
}

/** A control whose status differs between base and head. */
export interface ControlChange {
  standard: string;
  id: string;
  title: string;
  before: Status;
  after: Status;
}

/** A gap that appeared or disappeared. */
export interface GapChange {
  standard: string;
  id: string;
  title: string;
  /** The status on the side where the control is a gap. */
  status: Status;
}

/** A risk as the delta shows it. */
export interface RiskView {
  id: string;
  score: number;
  level: RiskLevel;
  treatment?: Treatment;
  file: string;
  line: number;
}

/** A risk whose level moved between base and head. */
export interface RiskLevelChange {
  id: string;
  before: RiskView;
  after: RiskView;
}

/** Everything a pull request changes about compliance, in the order the comment shows it. */
export interface ReportDelta {
  baseline: Pick<Baseline, 'controls' | 'risks' | 'absent' | 'problems'>;
  standards: StandardDelta[];
  controls: ControlChange[];
  risksAdded: RiskView[];
  risksRemoved: RiskView[];
  risksChanged: RiskLevelChange[];
  gapsOpened: GapChange[];
  gapsClosed: GapChange[];
}

function view(risk: RiskEntry): RiskView {
  return {
    id: risk.id,
    score: risk.score,
    level: risk.level,
    treatment: risk.treatment,
    file: risk.source.file,
    line: risk.source.line,
  };
}

function compareStandard(head: StandardResult, base: StandardResult | undefined): StandardDelta {
  return {
    standard: head.standard,
    label: head.label,
    groupKind: head.groupKind,
    before: base?.percentage,
    after: head.percentage,
    domains: head.domains.map((d) => ({
      domain: d.domain,
      name: d.name,
      before: base?.domains.find((b) => b.domain === d.domain)?.percentage,
      after: d.percentage,
    })),
  };
}

function gapChanges(from: StandardResult, to: StandardResult): GapChange[] {
  const kept = new Set(to.gaps.map((gap) => gap.id));
  return from.gaps
    .filter((gap) => !kept.has(gap.id))
    .map((gap) => ({ standard: from.standard, id: gap.id, title: gap.title, status: gap.status }));
}

/**
 * Compares the head's report with what the base commit said. Lists follow catalog order (controls,
 * gaps) and register order by id (risks), so the same two commits always give the same delta.
 */
export function compareReports(baseline: Baseline, head: Report): ReportDelta {
  const baseStandards = new Map((baseline.standards ?? []).map((s) => [s.standard, s]));
  const controls: ControlChange[] = [];
  const gapsOpened: GapChange[] = [];
  const gapsClosed: GapChange[] = [];
  for (const standard of head.standards) {
    const base = baseStandards.get(standard.standard);
    if (!base) continue;
    const before = new Map(base.controls.map((c) => [c.id, c.status]));
    for (const control of standard.controls) {
      const was = before.get(control.id);
      if (was !== undefined && was !== control.status) {
        controls.push({
          standard: standard.standard,
          id: control.id,
          title: control.title,
          before: was,
          after: control.status,
        });
      }
    }
    for (const item of gapChanges(standard, base)) gapsOpened.push(item);
    for (const item of gapChanges(base, standard)) gapsClosed.push(item);
  }

  const headRisks = head.risks?.items ?? [];
  const byId = (risks: readonly RiskEntry[]) => new Map(risks.map((r) => [r.id.toLowerCase(), r]));
  const sortById = <T extends { id: string }>(items: T[]) =>
    items.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  let risksAdded: RiskView[] = [];
  let risksRemoved: RiskView[] = [];
  const risksChanged: RiskLevelChange[] = [];
  if (baseline.risks === 'absent') {
    risksAdded = headRisks.map(view);
  } else if (baseline.risks === 'compared' && baseline.riskEntries) {
    const before = byId(baseline.riskEntries);
    const after = byId(headRisks);
    risksAdded = headRisks.filter((r) => !before.has(r.id.toLowerCase())).map(view);
    risksRemoved = baseline.riskEntries.filter((r) => !after.has(r.id.toLowerCase())).map(view);
    for (const risk of headRisks) {
      const was = before.get(risk.id.toLowerCase());
      if (was && was.level !== risk.level)
        risksChanged.push({ id: risk.id, before: view(was), after: view(risk) });
    }
  }
  return {
    baseline: {
      controls: baseline.controls,
      risks: baseline.risks,
      absent: baseline.absent,
      problems: baseline.problems,
    },
    standards: head.standards.map((s) => compareStandard(s, baseStandards.get(s.standard))),
    controls,
    risksAdded: sortById(risksAdded),
    risksRemoved: sortById(risksRemoved),
    risksChanged: sortById(risksChanged),
    gapsOpened,
    gapsClosed,
  };
}

/** True when nothing the delta tracks moved (figures, statuses, risks, gaps). */
export function isUnchanged(delta: ReportDelta): boolean {
  return (
    delta.standards.every((s) => s.before === s.after && s.domains.every((d) => d.before === d.after)) &&
    delta.controls.length +
      delta.risksAdded.length +
      delta.risksRemoved.length +
      delta.risksChanged.length +
      delta.gapsOpened.length +
      delta.gapsClosed.length ===
      0
  );
}
