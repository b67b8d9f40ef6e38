import clauses from '../catalogs/data/iso27001-clauses.js';

/** A kind of ISMS document the config can name, tied to the clause that requires it. */
export interface DocumentKind {
  /** The key under `documents:` in the config. */
  key: string;
  /** The ISO/IEC 27001:2022 clause requiring it. */
  clause: string;
  name: string;
  /** Whether readiness expects it approved (front matter `approved-by` and `approved-on`). */
  approval: boolean;
}

/**
 * The documented information ISO/IEC 27001:2022 requires (the 13 clauses the reference data marks),
 * as config keys. Clause 6.1.3 asks for three things, so it has two keys besides the process: the
 * Statement of Applicability and the risk treatment plan.
 */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  { key: 'scope', clause: '4.3', name: 'ISMS scope', approval: true },
  { key: 'policy', clause: '5.2', name: 'Information security policy', approval: true },
  { key: 'risk-methodology', clause: '6.1.2', name: 'Risk assessment methodology', approval: false },
  { key: 'risk-treatment-plan', clause: '6.1.3', name: 'Risk treatment process and plan', approval: true },
  { key: 'soa', clause: '6.1.3', name: 'Statement of Applicability', approval: true },
  { key: 'objectives', clause: '6.2', name: 'Information security objectives', approval: false },
  { key: 'competence', clause: '7.2', name: 'Evidence of competence', approval: false },
  { key: 'operations', clause: '8.1', name: 'Operational planning and control records', approval: false },
  { key: 'risk-assessment', clause: '8.2', name: 'Risk assessment results', approval: false },
  { key: 'risk-treatment', clause: '8.3', name: 'Risk treatment results', approval: false },
  { key: 'monitoring', clause: '9.1', name: 'Monitoring and measurement results', approval: false },
  { key: 'internal-audit', clause: '9.2.2', name: 'Internal audit programme and reports', approval: false },
  { key: 'management-review', clause: '9.3.3', name: 'Management review results', approval: false },
  {
    key: 'corrective-actions',
    clause: '10.2',
    name: 'Nonconformities and corrective actions',
    approval: false,
  },
];

/** The clauses requiring documented information, from the reference data (13 of them). */
export const DOCUMENTED_CLAUSES: readonly { id: string; title: string; documentedInformation: string }[] =
  clauses.clauses
    .filter((clause) => clause.requires_documented_information)
    .map((clause) => ({
      id: clause.id,
      title: clause.title,
      documentedInformation: clause.documented_information ?? '',
    }));

/** Looks a document kind up by its config key. */
export function documentKind(key: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((kind) => kind.key === key);
}
