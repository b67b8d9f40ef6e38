import type { Crosswalk } from './types.js';

/**
 * Each HIPAA Security Rule entry mapped to the ISO/IEC 27001:2022 Annex A controls whose
 * implementation goes towards meeting it, for a posture estimate from an ISO-numbered controls file.
 *
 * Written for this project from two public bases: NIST SP 800-66 Rev. 2 (the key activities it lists
 * for each standard and specification, and its references to SP 800-53 controls) and the HHS OCR
 * HIPAA Security Rule crosswalk to the NIST Cybersecurity Framework (whose informative references
 * include ISO/IEC 27001). Annex A ids are of the 2022 edition. `full` means the mapped controls,
 * implemented as ISO/IEC 27002 describes them, address the whole HIPAA requirement; `partial` means
 * they address part of it and the rest needs HIPAA-specific work (named in the rationale). It is a
 * mapping for posture, not legal advice, and never evidence of HIPAA compliance by itself.
 */
export const HIPAA_FROM_ISO27001: Crosswalk = {
  from: 'iso27001-2022',
  to: 'hipaa',
  basis:
    'NIST SP 800-66 Rev. 2 key activities and the HHS OCR HIPAA Security Rule to NIST CSF crosswalk (ISO/IEC 27001 informative references), mapped to ISO/IEC 27001:2022 Annex A',
  links: [
    // 164.308 Administrative safeguards
    {
      target: '164.308(a)(1)',
      controls: ['5.1', '5.4', '5.36'],
      strength: 'partial',
      rationale:
        'Policy and management direction; the risk process itself is ISO 27001 clause 6.1, outside Annex A.',
    },
    {
      target: '164.308(a)(1)(ii)(A)',
      controls: ['5.7', '5.9', '5.12', '8.8'],
      strength: 'partial',
      rationale:
        'Asset inventory, classification, threat and vulnerability input; the ePHI risk analysis is clause 6.1.2/8.2 work.',
    },
    {
      target: '164.308(a)(1)(ii)(B)',
      controls: ['5.1', '5.36'],
      strength: 'partial',
      rationale:
        'Risk treatment is clause 6.1.3/8.3; Annex A shows only the resulting policy and its compliance.',
    },
    {
      target: '164.308(a)(1)(ii)(C)',
      controls: ['6.4'],
      strength: 'full',
      rationale: 'Disciplinary process for personnel who violate security policy.',
    },
    {
      target: '164.308(a)(1)(ii)(D)',
      controls: ['8.15', '8.16'],
      strength: 'full',
      rationale: 'Logging and monitoring with regular review of activity records.',
    },
    {
      target: '164.308(a)(2)',
      controls: ['5.2'],
      strength: 'full',
      rationale: 'Information security roles and responsibilities, including the named security official.',
    },
    {
      target: '164.308(a)(3)',
      controls: ['5.15', '5.18', '6.1'],
      strength: 'full',
      rationale: 'Workforce access limited to need, granted and revoked with screening.',
    },
    {
      target: '164.308(a)(3)(ii)(A)',
      controls: ['5.15', '5.18'],
      strength: 'partial',
      rationale:
        'Access authorisation; supervision of workforce members handling ePHI is not an Annex A control.',
    },
    {
      target: '164.308(a)(3)(ii)(B)',
      controls: ['6.1'],
      strength: 'full',
      rationale: 'Screening before and during employment.',
    },
    {
      target: '164.308(a)(3)(ii)(C)',
      controls: ['5.11', '5.18', '6.5'],
      strength: 'full',
      rationale: 'Return of assets, removal of access rights and duties after termination.',
    },
    {
      target: '164.308(a)(4)',
      controls: ['5.15', '5.18', '8.3'],
      strength: 'full',
      rationale: 'Access control policy, access rights and information access restriction.',
    },
    {
      target: '164.308(a)(4)(ii)(A)',
      controls: ['5.3', '8.22'],
      strength: 'partial',
      rationale:
        'Segregation of duties and of networks; isolating clearinghouse functions is a HIPAA-specific arrangement.',
    },
    {
      target: '164.308(a)(4)(ii)(B)',
      controls: ['5.15', '5.18'],
      strength: 'full',
      rationale: 'Access granted through an authorisation process.',
    },
    {
      target: '164.308(a)(4)(ii)(C)',
      controls: ['5.16', '5.18'],
      strength: 'full',
      rationale: 'Identity lifecycle and provisioning, review and modification of access rights.',
    },
    {
      target: '164.308(a)(5)',
      controls: ['6.3'],
      strength: 'full',
      rationale: 'Awareness, education and training programme.',
    },
    {
      target: '164.308(a)(5)(ii)(A)',
      controls: ['6.3'],
      strength: 'full',
      rationale: 'Periodic awareness updates are part of 6.3.',
    },
    {
      target: '164.308(a)(5)(ii)(B)',
      controls: ['8.7'],
      strength: 'full',
      rationale: 'Protection against malware.',
    },
    {
      target: '164.308(a)(5)(ii)(C)',
      controls: ['8.5', '8.15', '8.16'],
      strength: 'full',
      rationale: 'Logging and monitoring of log-in attempts.',
    },
    {
      target: '164.308(a)(5)(ii)(D)',
      controls: ['5.17'],
      strength: 'full',
      rationale: 'Management of authentication information.',
    },
    {
      target: '164.308(a)(6)',
      controls: ['5.24', '5.25', '5.26'],
      strength: 'full',
      rationale: 'Incident management planning, assessment and response.',
    },
    {
      target: '164.308(a)(6)(ii)',
      controls: ['5.24', '5.26', '5.27', '6.8'],
      strength: 'full',
      rationale: 'Reporting, response, mitigation and documented lessons of incidents.',
    },
    {
      target: '164.308(a)(7)',
      controls: ['5.29', '5.30'],
      strength: 'full',
      rationale: 'Security during disruption and ICT readiness for continuity.',
    },
    {
      target: '164.308(a)(7)(ii)(A)',
      controls: ['8.13'],
      strength: 'full',
      rationale: 'Information backup.',
    },
    {
      target: '164.308(a)(7)(ii)(B)',
      controls: ['5.30', '8.14'],
      strength: 'full',
      rationale: 'ICT recovery planning and redundancy.',
    },
    {
      target: '164.308(a)(7)(ii)(C)',
      controls: ['5.29'],
      strength: 'full',
      rationale: 'Maintaining security while operating in a disruption.',
    },
    {
      target: '164.308(a)(7)(ii)(D)',
      controls: ['5.29', '5.30'],
      strength: 'full',
      rationale: 'Continuity plans are tested, reviewed and updated.',
    },
    {
      target: '164.308(a)(7)(ii)(E)',
      controls: ['5.12', '5.30'],
      strength: 'partial',
      rationale:
        'Classification and business impact analysis; ranking applications by criticality to ePHI is HIPAA-specific.',
    },
    {
      target: '164.308(a)(8)',
      controls: ['5.35', '5.36'],
      strength: 'full',
      rationale: 'Independent review and compliance checks of security policies and controls.',
    },
    {
      target: '164.308(b)(1)',
      controls: ['5.19', '5.20'],
      strength: 'partial',
      rationale:
        'Supplier security and agreements; the HIPAA business associate assurances must be named explicitly.',
    },
    {
      target: '164.308(b)(3)',
      controls: ['5.20'],
      strength: 'partial',
      rationale: 'Supplier agreements; the contract must meet 164.314(a).',
    },
    // 164.310 Physical safeguards
    {
      target: '164.310(a)(1)',
      controls: ['7.1', '7.2', '7.3'],
      strength: 'full',
      rationale: 'Perimeters, entry controls and secured facilities.',
    },
    {
      target: '164.310(a)(2)(i)',
      controls: ['5.29', '7.2'],
      strength: 'partial',
      rationale: 'Facility access during an emergency is implied by continuity planning, not stated.',
    },
    {
      target: '164.310(a)(2)(ii)',
      controls: ['7.1', '7.3', '7.5'],
      strength: 'full',
      rationale: 'Protection of facilities and equipment from unauthorised access, tampering and theft.',
    },
    {
      target: '164.310(a)(2)(iii)',
      controls: ['7.2', '7.6'],
      strength: 'full',
      rationale: 'Physical entry controls based on role, visitor control.',
    },
    {
      target: '164.310(a)(2)(iv)',
      controls: ['7.1', '7.13'],
      strength: 'partial',
      rationale:
        'Maintenance records of security-related physical components are not required by Annex A as such.',
    },
    {
      target: '164.310(b)',
      controls: ['5.10', '8.1'],
      strength: 'full',
      rationale: 'Acceptable use and user endpoint device rules.',
    },
    {
      target: '164.310(c)',
      controls: ['7.7', '7.8', '8.1'],
      strength: 'full',
      rationale: 'Equipment siting, clear screen and endpoint protection.',
    },
    {
      target: '164.310(d)(1)',
      controls: ['7.10', '7.14'],
      strength: 'full',
      rationale: 'Storage media handling, secure disposal and re-use.',
    },
    {
      target: '164.310(d)(2)(i)',
      controls: ['7.10', '7.14'],
      strength: 'full',
      rationale: 'Secure disposal of media and equipment.',
    },
    {
      target: '164.310(d)(2)(ii)',
      controls: ['7.14', '8.10'],
      strength: 'full',
      rationale: 'Information deleted before equipment or media is re-used.',
    },
    {
      target: '164.310(d)(2)(iii)',
      controls: ['5.9', '7.10'],
      strength: 'partial',
      rationale:
        'Inventory and media handling; a record of each movement of hardware and media is HIPAA-specific.',
    },
    {
      target: '164.310(d)(2)(iv)',
      controls: ['8.13'],
      strength: 'full',
      rationale: 'Backup copies made before equipment is moved.',
    },
    // 164.312 Technical safeguards
    {
      target: '164.312(a)(1)',
      controls: ['5.15', '8.3'],
      strength: 'full',
      rationale: 'Access control policy and technical access restriction.',
    },
    {
      target: '164.312(a)(2)(i)',
      controls: ['5.16'],
      strength: 'full',
      rationale: 'Unique identities for users.',
    },
    {
      target: '164.312(a)(2)(ii)',
      controls: ['5.29', '8.2'],
      strength: 'partial',
      rationale:
        'Privileged access and continuity; an emergency ("break glass") access procedure to ePHI is HIPAA-specific.',
    },
    {
      target: '164.312(a)(2)(iii)',
      controls: ['7.7', '8.5'],
      strength: 'full',
      rationale: 'Session time-out (ISO/IEC 27002 8.5) and clear screen.',
    },
    {
      target: '164.312(a)(2)(iv)',
      controls: ['8.24'],
      strength: 'full',
      rationale: 'Use of cryptography, including for data at rest.',
    },
    {
      target: '164.312(b)',
      controls: ['8.15', '8.16'],
      strength: 'full',
      rationale: 'Event logging and monitoring of systems holding ePHI.',
    },
    {
      target: '164.312(c)(1)',
      controls: ['8.3', '8.13', '8.24'],
      strength: 'partial',
      rationale:
        'Access restriction, backup and cryptographic integrity; ePHI integrity policies need HIPAA-specific scope.',
    },
    {
      target: '164.312(c)(2)',
      controls: ['8.24'],
      strength: 'partial',
      rationale:
        'Hashes and signatures protect integrity; a mechanism to corroborate ePHI was not altered is HIPAA-specific.',
    },
    {
      target: '164.312(d)',
      controls: ['5.17', '8.5'],
      strength: 'full',
      rationale: 'Authentication information and secure authentication.',
    },
    {
      target: '164.312(e)(1)',
      controls: ['5.14', '8.20', '8.24'],
      strength: 'full',
      rationale: 'Information transfer, network security and encryption in transit.',
    },
    {
      target: '164.312(e)(2)(i)',
      controls: ['8.20', '8.24'],
      strength: 'full',
      rationale: 'Network controls and cryptographic integrity for data in transit.',
    },
    {
      target: '164.312(e)(2)(ii)',
      controls: ['5.14', '8.24'],
      strength: 'full',
      rationale: 'Encryption of information in transfer.',
    },
    // 164.314 Organizational requirements
    {
      target: '164.314(a)(1)',
      controls: ['5.19', '5.20'],
      strength: 'partial',
      rationale: 'Supplier agreements; the business associate contract content is fixed by the regulation.',
    },
    {
      target: '164.314(a)(2)(i)',
      controls: ['5.20'],
      strength: 'partial',
      rationale:
        'Supplier agreements cover security terms; breach and incident reporting to the covered entity must be explicit.',
    },
    {
      target: '164.314(a)(2)(ii)',
      controls: ['5.20', '5.31'],
      strength: 'partial',
      rationale:
        'Agreements and legal requirements; arrangements between government entities are HIPAA-specific.',
    },
    {
      target: '164.314(a)(2)(iii)',
      controls: ['5.21'],
      strength: 'partial',
      rationale:
        'Requirements flowed down the ICT supply chain; the subcontractor contract terms are HIPAA-specific.',
    },
    {
      target: '164.314(b)(1)',
      controls: ['5.31'],
      strength: 'partial',
      rationale: 'Legal and regulatory requirements; plan document terms are HIPAA-specific.',
    },
    {
      target: '164.314(b)(2)(i)',
      controls: ['5.31'],
      strength: 'partial',
      rationale: 'Plan sponsor safeguards are a plan document term.',
    },
    {
      target: '164.314(b)(2)(ii)',
      controls: ['5.3', '8.3'],
      strength: 'partial',
      rationale: 'Segregation and access restriction support the required separation.',
    },
    {
      target: '164.314(b)(2)(iii)',
      controls: ['5.20', '5.31'],
      strength: 'partial',
      rationale: 'Agents bound by agreement; the plan document term is HIPAA-specific.',
    },
    {
      target: '164.314(b)(2)(iv)',
      controls: ['5.24', '5.31'],
      strength: 'partial',
      rationale: 'Incident reporting duties; reporting to the group health plan is HIPAA-specific.',
    },
    // 164.316 Policies, procedures and documentation
    {
      target: '164.316(a)',
      controls: ['5.1', '5.37'],
      strength: 'full',
      rationale: 'Documented policies and operating procedures.',
    },
    {
      target: '164.316(b)(1)',
      controls: ['5.1', '5.33', '5.37'],
      strength: 'full',
      rationale: 'Policies, procedures and records kept as documented information.',
    },
    {
      target: '164.316(b)(2)(i)',
      controls: ['5.33'],
      strength: 'partial',
      rationale: 'Protection of records; the six-year retention period must be set explicitly.',
    },
    {
      target: '164.316(b)(2)(ii)',
      controls: ['5.1', '5.37'],
      strength: 'full',
      rationale: 'Policies and procedures made available to the personnel who need them.',
    },
    {
      target: '164.316(b)(2)(iii)',
      controls: ['5.1', '5.37'],
      strength: 'full',
      rationale: 'Planned review and update of policies and procedures.',
    },
  ],
};
