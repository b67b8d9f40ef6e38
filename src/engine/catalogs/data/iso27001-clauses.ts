// Imported from the reference facts file iso27001-2022-clauses.json by scripts/import-reference.mjs; do not edit by hand.
const data = {
  "standard": "ISO/IEC 27001:2022 (incl. Amd 1:2024, which changed only 4.1/4.2 climate-action text) clauses 4-10",
  "scope_note": "Leaf-level auditable requirement clauses only; group headings 6.1, 7.5, 9.2, 9.3 are given as \"parent\".",
  "counts": {
    "clauses": 30,
    "requiring_documented_information": 13
  },
  "form_legend": {
    "document": "\"shall be available as documented information\" / documented process (maintained)",
    "record": "documented information retained/available as evidence"
  },
  "parent_headings": {
    "4": "Context of the organization",
    "5": "Leadership",
    "6": "Planning",
    "7": "Support",
    "8": "Operation",
    "9": "Performance evaluation",
    "10": "Improvement",
    "6.1": "Actions to address risks and opportunities",
    "7.5": "Documented information",
    "9.2": "Internal audit",
    "9.3": "Management review"
  },
  "clauses": [
    {
      "id": "4.1",
      "title": "Understanding the organization and its context",
      "clause_group": "4 Context of the organization",
      "parent": null,
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false,
      "note": "Amd 1:2024 added: the organization shall determine whether climate change is a relevant issue."
    },
    {
      "id": "4.2",
      "title": "Understanding the needs and expectations of interested parties",
      "clause_group": "4 Context of the organization",
      "parent": null,
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false,
      "note": "2022 added item c): which interested-party requirements are addressed through the ISMS. Amd 1:2024 added NOTE 2 on climate-change requirements. No documented information required."
    },
    {
      "id": "4.3",
      "title": "Determining the scope of the information security management system",
      "clause_group": "4 Context of the organization",
      "parent": null,
      "auditable": true,
      "requires_documented_information": true,
      "documented_information": "ISMS scope (\"shall be available as documented information\")",
      "form": "document",
      "new_in_2022": false
    },
    {
      "id": "4.4",
      "title": "Information security management system",
      "clause_group": "4 Context of the organization",
      "parent": null,
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false,
      "note": "2022 adds \"including the processes needed and their interactions\"."
    },
    {
      "id": "5.1",
      "title": "Leadership and commitment",
      "clause_group": "5 Leadership",
      "parent": null,
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false
    },
    {
      "id": "5.2",
      "title": "Policy",
      "clause_group": "5 Leadership",
      "parent": null,
      "auditable": true,
      "requires_documented_information": true,
      "documented_information": "Information security policy (\"be available as documented information\")",
      "form": "document",
      "new_in_2022": false
    },
    {
      "id": "5.3",
      "title": "Organizational roles, responsibilities and authorities",
      "clause_group": "5 Leadership",
      "parent": null,
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false,
      "note": "Roles must be assigned and communicated; the clause does not itself require documented information (often documented anyway; see Annex A 5.2)."
    },
    {
      "id": "6.1.1",
      "title": "General",
      "clause_group": "6 Planning",
      "parent": "6.1 Actions to address risks and opportunities",
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false
    },
    {
      "id": "6.1.2",
      "title": "Information security risk assessment",
      "clause_group": "6 Planning",
      "parent": "6.1 Actions to address risks and opportunities",
      "auditable": true,
      "requires_documented_information": true,
      "documented_information": "Information security risk assessment process (retain documented information about the process)",
      "form": "document",
      "new_in_2022": false
    },
    {
      "id": "6.1.3",
      "title": "Information security risk treatment",
      "clause_group": "6 Planning",
      "parent": "6.1 Actions to address risks and opportunities",
      "auditable": true,
      "requires_documented_information": true,
      "documented_information": "Information security risk treatment process (retain documented information); Statement of Applicability (6.1.3 d); risk treatment plan (6.1.3 e)",
      "form": "document",
      "new_in_2022": false
    },
    {
      "id": "6.2",
      "title": "Information security objectives and planning to achieve them",
      "clause_group": "6 Planning",
      "parent": null,
      "auditable": true,
      "requires_documented_information": true,
      "documented_information": "Information security objectives (available as / retain documented information)",
      "form": "document",
      "new_in_2022": false
    },
    {
      "id": "6.3",
      "title": "Planning of changes",
      "clause_group": "6 Planning",
      "parent": null,
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": true,
      "note": "New clause in ISO/IEC 27001:2022 (harmonized structure). No documented information required."
    },
    {
      "id": "7.1",
      "title": "Resources",
      "clause_group": "7 Support",
      "parent": null,
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false
    },
    {
      "id": "7.2",
      "title": "Competence",
      "clause_group": "7 Support",
      "parent": null,
      "auditable": true,
      "requires_documented_information": true,
      "documented_information": "Evidence of competence (\"appropriate documented information shall be available as evidence\")",
      "form": "record",
      "new_in_2022": false
    },
    {
      "id": "7.3",
      "title": "Awareness",
      "clause_group": "7 Support",
      "parent": null,
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false
    },
    {
      "id": "7.4",
      "title": "Communication",
      "clause_group": "7 Support",
      "parent": null,
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false
    },
    {
      "id": "7.5.1",
      "title": "General",
      "clause_group": "7 Support",
      "parent": "7.5 Documented information",
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false,
      "note": "Requires the ISMS to include documented information required by the standard plus whatever the organization determines necessary (7.5.1 b); not itself a specific mandatory document, so false here."
    },
    {
      "id": "7.5.2",
      "title": "Creating and updating",
      "clause_group": "7 Support",
      "parent": "7.5 Documented information",
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false,
      "note": "Governs identification, format, review and approval of documented information; no specific document."
    },
    {
      "id": "7.5.3",
      "title": "Control of documented information",
      "clause_group": "7 Support",
      "parent": "7.5 Documented information",
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false,
      "note": "Governs availability, protection, distribution, retention of documented information; no specific document."
    },
    {
      "id": "8.1",
      "title": "Operational planning and control",
      "clause_group": "8 Operation",
      "parent": null,
      "auditable": true,
      "requires_documented_information": true,
      "documented_information": "Documented information to the extent necessary to have confidence that processes have been carried out as planned",
      "form": "record",
      "new_in_2022": false
    },
    {
      "id": "8.2",
      "title": "Information security risk assessment",
      "clause_group": "8 Operation",
      "parent": null,
      "auditable": true,
      "requires_documented_information": true,
      "documented_information": "Results of the information security risk assessments (retain)",
      "form": "record",
      "new_in_2022": false
    },
    {
      "id": "8.3",
      "title": "Information security risk treatment",
      "clause_group": "8 Operation",
      "parent": null,
      "auditable": true,
      "requires_documented_information": true,
      "documented_information": "Results of the information security risk treatment (retain)",
      "form": "record",
      "new_in_2022": false
    },
    {
      "id": "9.1",
      "title": "Monitoring, measurement, analysis and evaluation",
      "clause_group": "9 Performance evaluation",
      "parent": null,
      "auditable": true,
      "requires_documented_information": true,
      "documented_information": "Evidence of the monitoring and measurement results",
      "form": "record",
      "new_in_2022": false
    },
    {
      "id": "9.2.1",
      "title": "General",
      "clause_group": "9 Performance evaluation",
      "parent": "9.2 Internal audit",
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false
    },
    {
      "id": "9.2.2",
      "title": "Internal audit programme",
      "clause_group": "9 Performance evaluation",
      "parent": "9.2 Internal audit",
      "auditable": true,
      "requires_documented_information": true,
      "documented_information": "Evidence of the implementation of the audit programme(s) and the audit results",
      "form": "record",
      "new_in_2022": false
    },
    {
      "id": "9.3.1",
      "title": "General",
      "clause_group": "9 Performance evaluation",
      "parent": "9.3 Management review",
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false
    },
    {
      "id": "9.3.2",
      "title": "Management review inputs",
      "clause_group": "9 Performance evaluation",
      "parent": "9.3 Management review",
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false,
      "note": "2022 adds input c): changes in needs and expectations of interested parties."
    },
    {
      "id": "9.3.3",
      "title": "Management review results",
      "clause_group": "9 Performance evaluation",
      "parent": "9.3 Management review",
      "auditable": true,
      "requires_documented_information": true,
      "documented_information": "Evidence of the results of management reviews",
      "form": "record",
      "new_in_2022": false
    },
    {
      "id": "10.1",
      "title": "Continual improvement",
      "clause_group": "10 Improvement",
      "parent": null,
      "auditable": true,
      "requires_documented_information": false,
      "documented_information": null,
      "form": null,
      "new_in_2022": false,
      "note": "In 2022 10.1 and 10.2 swapped order relative to 2013 (2013: 10.1 Nonconformity and corrective action, 10.2 Continual improvement)."
    },
    {
      "id": "10.2",
      "title": "Nonconformity and corrective action",
      "clause_group": "10 Improvement",
      "parent": null,
      "auditable": true,
      "requires_documented_information": true,
      "documented_information": "Evidence of the nature of nonconformities and subsequent actions taken, and the results of any corrective action",
      "form": "record",
      "new_in_2022": false
    }
  ]
};
export default data;
