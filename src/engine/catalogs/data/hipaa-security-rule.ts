// Imported from the reference facts file hipaa-security-rule.json by scripts/import-reference.mjs; do not edit by hand.
const data = {
  "regulation": "HIPAA Security Rule, 45 CFR Part 164 Subpart C, §§164.308-164.316, as currently in force (2003 final rule as amended by the 2013 Omnibus Rule)",
  "rule_status": {
    "in_force_text": "Required vs Addressable distinction still applies.",
    "pending_change": "HHS OCR Security Rule NPRM, 90 FR 898 (published 2025-01-06; RIN 0945-AA22; comments closed 2025-03-07) proposes removing the addressable designation (nearly all specifications required), plus new mandates such as encryption of ePHI at rest/in transit and MFA.",
    "finalized": false,
    "evidence": "No final rule found in stored sources; mid-2026 sources describe it as still proposed (regulatory agenda target May 2026 passed without publication); an eCFR mirror verified 2026-06-20 still shows current 164.316 text."
  },
  "conventions": {
    "id": "CFR paragraph; standards use the Appendix A section id (cfr_paragraph gives the \"(i) Standard:\" paragraph where different)",
    "required": "true = Required (or a standard, which is always mandatory); false = Addressable",
    "title": "regulatory-text heading in Title Case; appendix_a_title given where the Appendix A matrix wording differs",
    "title_is_descriptive": "CFR gives no heading for 164.314(b)(2)(i)-(iv); titles are descriptive"
  },
  "counts": {
    "entries": 68,
    "standards": 22,
    "implementation_specifications": 46,
    "standards_164_308_to_164_312": 18,
    "appendix_a_implementation_specifications": 36,
    "appendix_a_required": 14,
    "appendix_a_addressable": 22,
    "by_safeguard": {
      "administrative": 30,
      "physical": 12,
      "technical": 12,
      "organizational": 9,
      "documentation": 5
    }
  },
  "requirements": [
    {
      "id": "164.308(a)(1)",
      "type": "standard",
      "title": "Security Management Process",
      "safeguard": "administrative",
      "standard": "Security Management Process",
      "standard_id": "164.308(a)(1)",
      "required": true,
      "cfr_paragraph": "164.308(a)(1)(i)"
    },
    {
      "id": "164.308(a)(1)(ii)(A)",
      "type": "implementation_specification",
      "title": "Risk Analysis",
      "safeguard": "administrative",
      "standard": "Security Management Process",
      "standard_id": "164.308(a)(1)",
      "required": true
    },
    {
      "id": "164.308(a)(1)(ii)(B)",
      "type": "implementation_specification",
      "title": "Risk Management",
      "safeguard": "administrative",
      "standard": "Security Management Process",
      "standard_id": "164.308(a)(1)",
      "required": true
    },
    {
      "id": "164.308(a)(1)(ii)(C)",
      "type": "implementation_specification",
      "title": "Sanction Policy",
      "safeguard": "administrative",
      "standard": "Security Management Process",
      "standard_id": "164.308(a)(1)",
      "required": true
    },
    {
      "id": "164.308(a)(1)(ii)(D)",
      "type": "implementation_specification",
      "title": "Information System Activity Review",
      "safeguard": "administrative",
      "standard": "Security Management Process",
      "standard_id": "164.308(a)(1)",
      "required": true
    },
    {
      "id": "164.308(a)(2)",
      "type": "standard",
      "title": "Assigned Security Responsibility",
      "safeguard": "administrative",
      "standard": "Assigned Security Responsibility",
      "standard_id": "164.308(a)(2)",
      "required": true,
      "note": "No separate implementation specifications; the standard itself is required (Appendix A: (R))."
    },
    {
      "id": "164.308(a)(3)",
      "type": "standard",
      "title": "Workforce Security",
      "safeguard": "administrative",
      "standard": "Workforce Security",
      "standard_id": "164.308(a)(3)",
      "required": true,
      "cfr_paragraph": "164.308(a)(3)(i)"
    },
    {
      "id": "164.308(a)(3)(ii)(A)",
      "type": "implementation_specification",
      "title": "Authorization and/or Supervision",
      "safeguard": "administrative",
      "standard": "Workforce Security",
      "standard_id": "164.308(a)(3)",
      "required": false
    },
    {
      "id": "164.308(a)(3)(ii)(B)",
      "type": "implementation_specification",
      "title": "Workforce Clearance Procedure",
      "safeguard": "administrative",
      "standard": "Workforce Security",
      "standard_id": "164.308(a)(3)",
      "required": false,
      "note": "Appendix A matrix omits the (A) marker for this row; regulatory text says (Addressable)."
    },
    {
      "id": "164.308(a)(3)(ii)(C)",
      "type": "implementation_specification",
      "title": "Termination Procedures",
      "safeguard": "administrative",
      "standard": "Workforce Security",
      "standard_id": "164.308(a)(3)",
      "required": false
    },
    {
      "id": "164.308(a)(4)",
      "type": "standard",
      "title": "Information Access Management",
      "safeguard": "administrative",
      "standard": "Information Access Management",
      "standard_id": "164.308(a)(4)",
      "required": true,
      "cfr_paragraph": "164.308(a)(4)(i)"
    },
    {
      "id": "164.308(a)(4)(ii)(A)",
      "type": "implementation_specification",
      "title": "Isolating Health Care Clearinghouse Functions",
      "safeguard": "administrative",
      "standard": "Information Access Management",
      "standard_id": "164.308(a)(4)",
      "required": true,
      "appendix_a_title": "Isolating Health care Clearinghouse Function"
    },
    {
      "id": "164.308(a)(4)(ii)(B)",
      "type": "implementation_specification",
      "title": "Access Authorization",
      "safeguard": "administrative",
      "standard": "Information Access Management",
      "standard_id": "164.308(a)(4)",
      "required": false
    },
    {
      "id": "164.308(a)(4)(ii)(C)",
      "type": "implementation_specification",
      "title": "Access Establishment and Modification",
      "safeguard": "administrative",
      "standard": "Information Access Management",
      "standard_id": "164.308(a)(4)",
      "required": false
    },
    {
      "id": "164.308(a)(5)",
      "type": "standard",
      "title": "Security Awareness and Training",
      "safeguard": "administrative",
      "standard": "Security Awareness and Training",
      "standard_id": "164.308(a)(5)",
      "required": true,
      "cfr_paragraph": "164.308(a)(5)(i)"
    },
    {
      "id": "164.308(a)(5)(ii)(A)",
      "type": "implementation_specification",
      "title": "Security Reminders",
      "safeguard": "administrative",
      "standard": "Security Awareness and Training",
      "standard_id": "164.308(a)(5)",
      "required": false
    },
    {
      "id": "164.308(a)(5)(ii)(B)",
      "type": "implementation_specification",
      "title": "Protection from Malicious Software",
      "safeguard": "administrative",
      "standard": "Security Awareness and Training",
      "standard_id": "164.308(a)(5)",
      "required": false
    },
    {
      "id": "164.308(a)(5)(ii)(C)",
      "type": "implementation_specification",
      "title": "Log-in Monitoring",
      "safeguard": "administrative",
      "standard": "Security Awareness and Training",
      "standard_id": "164.308(a)(5)",
      "required": false
    },
    {
      "id": "164.308(a)(5)(ii)(D)",
      "type": "implementation_specification",
      "title": "Password Management",
      "safeguard": "administrative",
      "standard": "Security Awareness and Training",
      "standard_id": "164.308(a)(5)",
      "required": false
    },
    {
      "id": "164.308(a)(6)",
      "type": "standard",
      "title": "Security Incident Procedures",
      "safeguard": "administrative",
      "standard": "Security Incident Procedures",
      "standard_id": "164.308(a)(6)",
      "required": true,
      "cfr_paragraph": "164.308(a)(6)(i)"
    },
    {
      "id": "164.308(a)(6)(ii)",
      "type": "implementation_specification",
      "title": "Response and Reporting",
      "safeguard": "administrative",
      "standard": "Security Incident Procedures",
      "standard_id": "164.308(a)(6)",
      "required": true
    },
    {
      "id": "164.308(a)(7)",
      "type": "standard",
      "title": "Contingency Plan",
      "safeguard": "administrative",
      "standard": "Contingency Plan",
      "standard_id": "164.308(a)(7)",
      "required": true,
      "cfr_paragraph": "164.308(a)(7)(i)"
    },
    {
      "id": "164.308(a)(7)(ii)(A)",
      "type": "implementation_specification",
      "title": "Data Backup Plan",
      "safeguard": "administrative",
      "standard": "Contingency Plan",
      "standard_id": "164.308(a)(7)",
      "required": true
    },
    {
      "id": "164.308(a)(7)(ii)(B)",
      "type": "implementation_specification",
      "title": "Disaster Recovery Plan",
      "safeguard": "administrative",
      "standard": "Contingency Plan",
      "standard_id": "164.308(a)(7)",
      "required": true
    },
    {
      "id": "164.308(a)(7)(ii)(C)",
      "type": "implementation_specification",
      "title": "Emergency Mode Operation Plan",
      "safeguard": "administrative",
      "standard": "Contingency Plan",
      "standard_id": "164.308(a)(7)",
      "required": true
    },
    {
      "id": "164.308(a)(7)(ii)(D)",
      "type": "implementation_specification",
      "title": "Testing and Revision Procedures",
      "safeguard": "administrative",
      "standard": "Contingency Plan",
      "standard_id": "164.308(a)(7)",
      "required": false,
      "appendix_a_title": "Testing and Revision Procedure"
    },
    {
      "id": "164.308(a)(7)(ii)(E)",
      "type": "implementation_specification",
      "title": "Applications and Data Criticality Analysis",
      "safeguard": "administrative",
      "standard": "Contingency Plan",
      "standard_id": "164.308(a)(7)",
      "required": false
    },
    {
      "id": "164.308(a)(8)",
      "type": "standard",
      "title": "Evaluation",
      "safeguard": "administrative",
      "standard": "Evaluation",
      "standard_id": "164.308(a)(8)",
      "required": true,
      "note": "No separate implementation specifications; the standard itself is required (Appendix A: (R))."
    },
    {
      "id": "164.308(b)(1)",
      "type": "standard",
      "title": "Business Associate Contracts and Other Arrangements",
      "safeguard": "administrative",
      "standard": "Business Associate Contracts and Other Arrangements",
      "standard_id": "164.308(b)(1)",
      "required": true,
      "appendix_a_title": "Business Associate Contracts and Other Arrangement"
    },
    {
      "id": "164.308(b)(3)",
      "type": "implementation_specification",
      "title": "Written Contract or Other Arrangement",
      "safeguard": "administrative",
      "standard": "Business Associate Contracts and Other Arrangements",
      "standard_id": "164.308(b)(1)",
      "required": true
    },
    {
      "id": "164.310(a)(1)",
      "type": "standard",
      "title": "Facility Access Controls",
      "safeguard": "physical",
      "standard": "Facility Access Controls",
      "standard_id": "164.310(a)(1)",
      "required": true
    },
    {
      "id": "164.310(a)(2)(i)",
      "type": "implementation_specification",
      "title": "Contingency Operations",
      "safeguard": "physical",
      "standard": "Facility Access Controls",
      "standard_id": "164.310(a)(1)",
      "required": false
    },
    {
      "id": "164.310(a)(2)(ii)",
      "type": "implementation_specification",
      "title": "Facility Security Plan",
      "safeguard": "physical",
      "standard": "Facility Access Controls",
      "standard_id": "164.310(a)(1)",
      "required": false
    },
    {
      "id": "164.310(a)(2)(iii)",
      "type": "implementation_specification",
      "title": "Access Control and Validation Procedures",
      "safeguard": "physical",
      "standard": "Facility Access Controls",
      "standard_id": "164.310(a)(1)",
      "required": false
    },
    {
      "id": "164.310(a)(2)(iv)",
      "type": "implementation_specification",
      "title": "Maintenance Records",
      "safeguard": "physical",
      "standard": "Facility Access Controls",
      "standard_id": "164.310(a)(1)",
      "required": false
    },
    {
      "id": "164.310(b)",
      "type": "standard",
      "title": "Workstation Use",
      "safeguard": "physical",
      "standard": "Workstation Use",
      "standard_id": "164.310(b)",
      "required": true,
      "note": "No separate implementation specifications; required."
    },
    {
      "id": "164.310(c)",
      "type": "standard",
      "title": "Workstation Security",
      "safeguard": "physical",
      "standard": "Workstation Security",
      "standard_id": "164.310(c)",
      "required": true,
      "note": "No separate implementation specifications; required."
    },
    {
      "id": "164.310(d)(1)",
      "type": "standard",
      "title": "Device and Media Controls",
      "safeguard": "physical",
      "standard": "Device and Media Controls",
      "standard_id": "164.310(d)(1)",
      "required": true
    },
    {
      "id": "164.310(d)(2)(i)",
      "type": "implementation_specification",
      "title": "Disposal",
      "safeguard": "physical",
      "standard": "Device and Media Controls",
      "standard_id": "164.310(d)(1)",
      "required": true
    },
    {
      "id": "164.310(d)(2)(ii)",
      "type": "implementation_specification",
      "title": "Media Re-use",
      "safeguard": "physical",
      "standard": "Device and Media Controls",
      "standard_id": "164.310(d)(1)",
      "required": true
    },
    {
      "id": "164.310(d)(2)(iii)",
      "type": "implementation_specification",
      "title": "Accountability",
      "safeguard": "physical",
      "standard": "Device and Media Controls",
      "standard_id": "164.310(d)(1)",
      "required": false
    },
    {
      "id": "164.310(d)(2)(iv)",
      "type": "implementation_specification",
      "title": "Data Backup and Storage",
      "safeguard": "physical",
      "standard": "Device and Media Controls",
      "standard_id": "164.310(d)(1)",
      "required": false
    },
    {
      "id": "164.312(a)(1)",
      "type": "standard",
      "title": "Access Control",
      "safeguard": "technical",
      "standard": "Access Control",
      "standard_id": "164.312(a)(1)",
      "required": true
    },
    {
      "id": "164.312(a)(2)(i)",
      "type": "implementation_specification",
      "title": "Unique User Identification",
      "safeguard": "technical",
      "standard": "Access Control",
      "standard_id": "164.312(a)(1)",
      "required": true
    },
    {
      "id": "164.312(a)(2)(ii)",
      "type": "implementation_specification",
      "title": "Emergency Access Procedure",
      "safeguard": "technical",
      "standard": "Access Control",
      "standard_id": "164.312(a)(1)",
      "required": true
    },
    {
      "id": "164.312(a)(2)(iii)",
      "type": "implementation_specification",
      "title": "Automatic Logoff",
      "safeguard": "technical",
      "standard": "Access Control",
      "standard_id": "164.312(a)(1)",
      "required": false
    },
    {
      "id": "164.312(a)(2)(iv)",
      "type": "implementation_specification",
      "title": "Encryption and Decryption",
      "safeguard": "technical",
      "standard": "Access Control",
      "standard_id": "164.312(a)(1)",
      "required": false
    },
    {
      "id": "164.312(b)",
      "type": "standard",
      "title": "Audit Controls",
      "safeguard": "technical",
      "standard": "Audit Controls",
      "standard_id": "164.312(b)",
      "required": true,
      "note": "No separate implementation specifications; required."
    },
    {
      "id": "164.312(c)(1)",
      "type": "standard",
      "title": "Integrity",
      "safeguard": "technical",
      "standard": "Integrity",
      "standard_id": "164.312(c)(1)",
      "required": true
    },
    {
      "id": "164.312(c)(2)",
      "type": "implementation_specification",
      "title": "Mechanism to Authenticate Electronic Protected Health Information",
      "safeguard": "technical",
      "standard": "Integrity",
      "standard_id": "164.312(c)(1)",
      "required": false
    },
    {
      "id": "164.312(d)",
      "type": "standard",
      "title": "Person or Entity Authentication",
      "safeguard": "technical",
      "standard": "Person or Entity Authentication",
      "standard_id": "164.312(d)",
      "required": true,
      "note": "No separate implementation specifications; required."
    },
    {
      "id": "164.312(e)(1)",
      "type": "standard",
      "title": "Transmission Security",
      "safeguard": "technical",
      "standard": "Transmission Security",
      "standard_id": "164.312(e)(1)",
      "required": true
    },
    {
      "id": "164.312(e)(2)(i)",
      "type": "implementation_specification",
      "title": "Integrity Controls",
      "safeguard": "technical",
      "standard": "Transmission Security",
      "standard_id": "164.312(e)(1)",
      "required": false
    },
    {
      "id": "164.312(e)(2)(ii)",
      "type": "implementation_specification",
      "title": "Encryption",
      "safeguard": "technical",
      "standard": "Transmission Security",
      "standard_id": "164.312(e)(1)",
      "required": false
    },
    {
      "id": "164.314(a)(1)",
      "type": "standard",
      "title": "Business Associate Contracts or Other Arrangements",
      "safeguard": "organizational",
      "standard": "Business Associate Contracts or Other Arrangements",
      "standard_id": "164.314(a)(1)",
      "required": true,
      "note": "Not in the Appendix A matrix; implementation specifications in 164.314(a)(2) are all labelled (Required)."
    },
    {
      "id": "164.314(a)(2)(i)",
      "type": "implementation_specification",
      "title": "Business Associate Contracts",
      "safeguard": "organizational",
      "standard": "Business Associate Contracts or Other Arrangements",
      "standard_id": "164.314(a)(1)",
      "required": true,
      "note": "Contract must require the BA to (A) comply with the Security Rule, (B) flow requirements down to subcontractors, (C) report security incidents incl. breaches of unsecured PHI."
    },
    {
      "id": "164.314(a)(2)(ii)",
      "type": "implementation_specification",
      "title": "Other Arrangements",
      "safeguard": "organizational",
      "standard": "Business Associate Contracts or Other Arrangements",
      "standard_id": "164.314(a)(1)",
      "required": true
    },
    {
      "id": "164.314(a)(2)(iii)",
      "type": "implementation_specification",
      "title": "Business Associate Contracts with Subcontractors",
      "safeguard": "organizational",
      "standard": "Business Associate Contracts or Other Arrangements",
      "standard_id": "164.314(a)(1)",
      "required": true
    },
    {
      "id": "164.314(b)(1)",
      "type": "standard",
      "title": "Requirements for Group Health Plans",
      "safeguard": "organizational",
      "standard": "Requirements for Group Health Plans",
      "standard_id": "164.314(b)(1)",
      "required": true,
      "note": "Not in the Appendix A matrix; 164.314(b)(2) implementation specifications are labelled (Required)."
    },
    {
      "id": "164.314(b)(2)(i)",
      "type": "implementation_specification",
      "title": "Plan Sponsor Safeguards",
      "safeguard": "organizational",
      "standard": "Requirements for Group Health Plans",
      "standard_id": "164.314(b)(1)",
      "required": true,
      "title_is_descriptive": true,
      "note": "Plan documents must require the plan sponsor to implement administrative, physical and technical safeguards."
    },
    {
      "id": "164.314(b)(2)(ii)",
      "type": "implementation_specification",
      "title": "Adequate Separation Supported by Security Measures",
      "safeguard": "organizational",
      "standard": "Requirements for Group Health Plans",
      "standard_id": "164.314(b)(1)",
      "required": true,
      "title_is_descriptive": true
    },
    {
      "id": "164.314(b)(2)(iii)",
      "type": "implementation_specification",
      "title": "Agents Agree to Implement Security Measures",
      "safeguard": "organizational",
      "standard": "Requirements for Group Health Plans",
      "standard_id": "164.314(b)(1)",
      "required": true,
      "title_is_descriptive": true
    },
    {
      "id": "164.314(b)(2)(iv)",
      "type": "implementation_specification",
      "title": "Report Security Incidents to the Group Health Plan",
      "safeguard": "organizational",
      "standard": "Requirements for Group Health Plans",
      "standard_id": "164.314(b)(1)",
      "required": true,
      "title_is_descriptive": true
    },
    {
      "id": "164.316(a)",
      "type": "standard",
      "title": "Policies and Procedures",
      "safeguard": "documentation",
      "standard": "Policies and Procedures",
      "standard_id": "164.316(a)",
      "required": true,
      "note": "No separate implementation specifications; required."
    },
    {
      "id": "164.316(b)(1)",
      "type": "standard",
      "title": "Documentation",
      "safeguard": "documentation",
      "standard": "Documentation",
      "standard_id": "164.316(b)(1)",
      "required": true
    },
    {
      "id": "164.316(b)(2)(i)",
      "type": "implementation_specification",
      "title": "Time Limit",
      "safeguard": "documentation",
      "standard": "Documentation",
      "standard_id": "164.316(b)(1)",
      "required": true,
      "note": "Retain documentation 6 years from creation or last effective date, whichever is later."
    },
    {
      "id": "164.316(b)(2)(ii)",
      "type": "implementation_specification",
      "title": "Availability",
      "safeguard": "documentation",
      "standard": "Documentation",
      "standard_id": "164.316(b)(1)",
      "required": true
    },
    {
      "id": "164.316(b)(2)(iii)",
      "type": "implementation_specification",
      "title": "Updates",
      "safeguard": "documentation",
      "standard": "Documentation",
      "standard_id": "164.316(b)(1)",
      "required": true
    }
  ]
};
export default data;
