/**
 * Topical domains: the short subject names security teams type (`access-control`, `cryptography`),
 * each an explicit set of ISO/IEC 27001:2022 Annex A control ids.
 *
 * The sets follow the control categories of the 2013 edition, which is where these subject names
 * come from (A.9 Access control, A.10 Cryptography, ...): each set holds the 2022 successors of that
 * category's controls (ISO/IEC 27002:2022 Annex B), plus the controls new in 2022 on the same subject.
 * Where a name is also an ISO 27002 operational capability (`governance`, `asset-management`,
 * `physical-security`), the set is exactly the controls carrying that capability, so one name never
 * means two things. Tests pin every set.
 */
export interface TopicalDomain {
  name: string;
  /** What the domain covers and where its controls come from. */
  basis: string;
  controls: readonly string[];
}

/** The topical domains, in the order the documentation lists them. */
export const TOPICAL_DOMAINS: readonly TopicalDomain[] = [
  {
    name: 'access-control',
    basis: '2013 A.9 Access control, with segregation of duties (A.6.1.2)',
    controls: ['5.3', '5.15', '5.16', '5.17', '5.18', '8.2', '8.3', '8.4', '8.5', '8.18'],
  },
  {
    name: 'cryptography',
    basis: '2013 A.10 Cryptography',
    controls: ['8.24'],
  },
  {
    name: 'network-security',
    basis: '2013 A.13.1 Network security management, with 8.23 Web filtering (new in 2022)',
    controls: ['8.20', '8.21', '8.22', '8.23'],
  },
  {
    name: 'supplier-security',
    basis:
      '2013 A.15 Supplier relationships and A.14.2.7 Outsourced development, with 5.23 cloud services (new in 2022)',
    controls: ['5.19', '5.20', '5.21', '5.22', '5.23', '8.30'],
  },
  {
    name: 'incident-management',
    basis: '2013 A.16 Information security incident management',
    controls: ['5.24', '5.25', '5.26', '5.27', '5.28', '6.8'],
  },
  {
    name: 'business-continuity',
    basis:
      '2013 A.17 Business continuity and A.12.3 Backup, with 5.30 ICT readiness for business continuity (new in 2022)',
    controls: ['5.29', '5.30', '8.13', '8.14'],
  },
  {
    name: 'physical-security',
    basis: 'ISO 27002 operational capability physical_security (2013 A.11 and the controls touching it)',
    controls: [
      '5.37',
      '6.7',
      '7.1',
      '7.2',
      '7.3',
      '7.4',
      '7.5',
      '7.6',
      '7.7',
      '7.8',
      '7.9',
      '7.10',
      '7.11',
      '7.12',
      '7.13',
      '7.14',
    ],
  },
  {
    name: 'hr-security',
    basis: '2013 A.7 Human resource security, with A.13.2.4 Confidentiality agreements',
    controls: ['5.4', '6.1', '6.2', '6.3', '6.4', '6.5', '6.6'],
  },
  {
    name: 'asset-management',
    basis: 'ISO 27002 operational capability asset_management (2013 A.8 and the controls touching it)',
    controls: [
      '5.9',
      '5.10',
      '5.11',
      '5.14',
      '5.33',
      '5.37',
      '6.5',
      '6.7',
      '7.3',
      '7.8',
      '7.9',
      '7.10',
      '7.13',
      '7.14',
      '8.1',
      '8.14',
    ],
  },
  {
    name: 'secure-development',
    basis: '2013 A.14 System acquisition, development and maintenance, with 8.28 Secure coding (new in 2022)',
    controls: ['5.8', '8.4', '8.25', '8.26', '8.27', '8.28', '8.29', '8.30', '8.31', '8.32', '8.33'],
  },
  {
    name: 'logging-and-monitoring',
    basis: '2013 A.12.4 Logging and monitoring, with 8.16 Monitoring activities (new in 2022)',
    controls: ['8.15', '8.16', '8.17'],
  },
  {
    name: 'vulnerability-management',
    basis:
      '2013 A.12.6 Technical vulnerability management and A.12.2 Malware, with 5.7 Threat intelligence and 8.9 Configuration management (new in 2022)',
    controls: ['5.7', '8.7', '8.8', '8.9', '8.19'],
  },
  {
    name: 'privacy',
    basis:
      '2013 A.18.1.4 Privacy and protection of PII, with 8.10 Information deletion, 8.11 Data masking and 8.12 Data leakage prevention (new in 2022)',
    controls: ['5.34', '8.10', '8.11', '8.12'],
  },
  {
    name: 'governance',
    basis: 'ISO 27002 operational capability governance (2013 A.5, A.6.1 and A.7.2.1)',
    controls: ['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.8', '5.24'],
  },
];
