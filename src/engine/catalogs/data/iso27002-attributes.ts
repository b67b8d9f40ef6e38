// Imported from the reference facts file iso27002-2022-attributes.json by scripts/import-reference.mjs; do not edit by hand.
const data = {
  "standard": "ISO/IEC 27002:2022 Annex A, Table A.1 (attribute values per control)",
  "completeness": "93 of 93 controls, all five attribute types",
  "value_format": "lowercase snake_case of the ISO hashtag values (e.g. #Governance_and_Ecosystem -> governance_and_ecosystem); lists in the canonical value order of ISO/IEC 27002:2022 clause 4.2",
  "allowed_values": {
    "control_type": [
      "preventive",
      "detective",
      "corrective"
    ],
    "information_security_properties": [
      "confidentiality",
      "integrity",
      "availability"
    ],
    "cybersecurity_concepts": [
      "identify",
      "protect",
      "detect",
      "respond",
      "recover"
    ],
    "operational_capabilities": [
      "governance",
      "asset_management",
      "information_protection",
      "human_resource_security",
      "physical_security",
      "system_and_network_security",
      "application_security",
      "secure_configuration",
      "identity_and_access_management",
      "threat_and_vulnerability_management",
      "continuity",
      "supplier_relationships_security",
      "legal_and_compliance",
      "information_security_event_management",
      "information_security_assurance"
    ],
    "security_domains": [
      "governance_and_ecosystem",
      "protection",
      "defence",
      "resilience"
    ]
  },
  "verification": "Two independent full transcriptions of Table A.1 found in public GitHub content agree on all 93x5 values except one column-shift artifact (5.22); spot-checked against isms.online / cyberzoni per-control attribute tables for 5.7, 5.22, 5.33, 8.8, 8.17, 8.29, 8.30.",
  "normalizations": [
    "5.22: #Information_security_assurance is an operational capability (one transcription misplaced it under security domains).",
    "6.6: the published table spells the capability \"#Supplier_relationships\"; normalized to supplier_relationships_security.",
    "7.2: hyphenation artifact \"#Iden-tity_and_Ac-cess_Manage-ment\" normalized to identity_and_access_management."
  ],
  "controls": [
    {
      "id": "5.1",
      "title": "Policies for information security",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify"
      ],
      "operational_capabilities": [
        "governance"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "resilience"
      ]
    },
    {
      "id": "5.2",
      "title": "Information security roles and responsibilities",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify"
      ],
      "operational_capabilities": [
        "governance"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection",
        "resilience"
      ]
    },
    {
      "id": "5.3",
      "title": "Segregation of duties",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "governance",
        "identity_and_access_management"
      ],
      "security_domains": [
        "governance_and_ecosystem"
      ]
    },
    {
      "id": "5.4",
      "title": "Management responsibilities",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify"
      ],
      "operational_capabilities": [
        "governance"
      ],
      "security_domains": [
        "governance_and_ecosystem"
      ]
    },
    {
      "id": "5.5",
      "title": "Contact with authorities",
      "control_type": [
        "preventive",
        "corrective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify",
        "protect",
        "respond",
        "recover"
      ],
      "operational_capabilities": [
        "governance"
      ],
      "security_domains": [
        "defence",
        "resilience"
      ]
    },
    {
      "id": "5.6",
      "title": "Contact with special interest groups",
      "control_type": [
        "preventive",
        "corrective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect",
        "respond",
        "recover"
      ],
      "operational_capabilities": [
        "governance"
      ],
      "security_domains": [
        "defence"
      ]
    },
    {
      "id": "5.7",
      "title": "Threat intelligence",
      "control_type": [
        "preventive",
        "detective",
        "corrective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify",
        "detect",
        "respond"
      ],
      "operational_capabilities": [
        "threat_and_vulnerability_management"
      ],
      "security_domains": [
        "defence",
        "resilience"
      ]
    },
    {
      "id": "5.8",
      "title": "Information security in project management",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify",
        "protect"
      ],
      "operational_capabilities": [
        "governance"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection"
      ]
    },
    {
      "id": "5.9",
      "title": "Inventory of information and other associated assets",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify"
      ],
      "operational_capabilities": [
        "asset_management"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection"
      ]
    },
    {
      "id": "5.10",
      "title": "Acceptable use of information and other associated assets",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "asset_management",
        "information_protection"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection"
      ]
    },
    {
      "id": "5.11",
      "title": "Return of assets",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "asset_management"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "5.12",
      "title": "Classification of information",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify"
      ],
      "operational_capabilities": [
        "information_protection"
      ],
      "security_domains": [
        "protection",
        "defence"
      ]
    },
    {
      "id": "5.13",
      "title": "Labelling of information",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "information_protection"
      ],
      "security_domains": [
        "protection",
        "defence"
      ]
    },
    {
      "id": "5.14",
      "title": "Information transfer",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "asset_management",
        "information_protection"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "5.15",
      "title": "Access control",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "identity_and_access_management"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "5.16",
      "title": "Identity management",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "identity_and_access_management"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "5.17",
      "title": "Authentication information",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "identity_and_access_management"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "5.18",
      "title": "Access rights",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "identity_and_access_management"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "5.19",
      "title": "Information security in supplier relationships",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify"
      ],
      "operational_capabilities": [
        "supplier_relationships_security"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection"
      ]
    },
    {
      "id": "5.20",
      "title": "Addressing information security within supplier agreements",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify"
      ],
      "operational_capabilities": [
        "supplier_relationships_security"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection"
      ]
    },
    {
      "id": "5.21",
      "title": "Managing information security in the ICT supply chain",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify"
      ],
      "operational_capabilities": [
        "supplier_relationships_security"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection"
      ]
    },
    {
      "id": "5.22",
      "title": "Monitoring, review and change management of supplier services",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify"
      ],
      "operational_capabilities": [
        "supplier_relationships_security",
        "information_security_assurance"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection",
        "defence"
      ]
    },
    {
      "id": "5.23",
      "title": "Information security for use of cloud services",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "supplier_relationships_security"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection"
      ]
    },
    {
      "id": "5.24",
      "title": "Information security incident management planning and preparation",
      "control_type": [
        "corrective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "respond",
        "recover"
      ],
      "operational_capabilities": [
        "governance",
        "information_security_event_management"
      ],
      "security_domains": [
        "defence"
      ]
    },
    {
      "id": "5.25",
      "title": "Assessment and decision on information security events",
      "control_type": [
        "detective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "detect",
        "respond"
      ],
      "operational_capabilities": [
        "information_security_event_management"
      ],
      "security_domains": [
        "defence"
      ]
    },
    {
      "id": "5.26",
      "title": "Response to information security incidents",
      "control_type": [
        "corrective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "respond",
        "recover"
      ],
      "operational_capabilities": [
        "information_security_event_management"
      ],
      "security_domains": [
        "defence"
      ]
    },
    {
      "id": "5.27",
      "title": "Learning from information security incidents",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify",
        "protect"
      ],
      "operational_capabilities": [
        "information_security_event_management"
      ],
      "security_domains": [
        "defence"
      ]
    },
    {
      "id": "5.28",
      "title": "Collection of evidence",
      "control_type": [
        "corrective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "detect",
        "respond"
      ],
      "operational_capabilities": [
        "information_security_event_management"
      ],
      "security_domains": [
        "defence"
      ]
    },
    {
      "id": "5.29",
      "title": "Information security during disruption",
      "control_type": [
        "preventive",
        "corrective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect",
        "respond"
      ],
      "operational_capabilities": [
        "continuity"
      ],
      "security_domains": [
        "protection",
        "resilience"
      ]
    },
    {
      "id": "5.30",
      "title": "ICT readiness for business continuity",
      "control_type": [
        "corrective"
      ],
      "information_security_properties": [
        "availability"
      ],
      "cybersecurity_concepts": [
        "respond"
      ],
      "operational_capabilities": [
        "continuity"
      ],
      "security_domains": [
        "resilience"
      ]
    },
    {
      "id": "5.31",
      "title": "Legal, statutory, regulatory and contractual requirements",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify"
      ],
      "operational_capabilities": [
        "legal_and_compliance"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection"
      ]
    },
    {
      "id": "5.32",
      "title": "Intellectual property rights",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify"
      ],
      "operational_capabilities": [
        "legal_and_compliance"
      ],
      "security_domains": [
        "governance_and_ecosystem"
      ]
    },
    {
      "id": "5.33",
      "title": "Protection of records",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify",
        "protect"
      ],
      "operational_capabilities": [
        "asset_management",
        "information_protection",
        "legal_and_compliance"
      ],
      "security_domains": [
        "defence"
      ]
    },
    {
      "id": "5.34",
      "title": "Privacy and protection of PII",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify",
        "protect"
      ],
      "operational_capabilities": [
        "information_protection",
        "legal_and_compliance"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "5.35",
      "title": "Independent review of information security",
      "control_type": [
        "preventive",
        "corrective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify",
        "protect"
      ],
      "operational_capabilities": [
        "information_security_assurance"
      ],
      "security_domains": [
        "governance_and_ecosystem"
      ]
    },
    {
      "id": "5.36",
      "title": "Compliance with policies, rules and standards for information security",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify",
        "protect"
      ],
      "operational_capabilities": [
        "legal_and_compliance",
        "information_security_assurance"
      ],
      "security_domains": [
        "governance_and_ecosystem"
      ]
    },
    {
      "id": "5.37",
      "title": "Documented operating procedures",
      "control_type": [
        "preventive",
        "corrective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect",
        "recover"
      ],
      "operational_capabilities": [
        "asset_management",
        "physical_security",
        "system_and_network_security",
        "application_security",
        "secure_configuration",
        "identity_and_access_management",
        "threat_and_vulnerability_management",
        "continuity",
        "information_security_event_management"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection",
        "defence"
      ]
    },
    {
      "id": "6.1",
      "title": "Screening",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "human_resource_security"
      ],
      "security_domains": [
        "governance_and_ecosystem"
      ]
    },
    {
      "id": "6.2",
      "title": "Terms and conditions of employment",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "human_resource_security"
      ],
      "security_domains": [
        "governance_and_ecosystem"
      ]
    },
    {
      "id": "6.3",
      "title": "Information security awareness, education and training",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "human_resource_security"
      ],
      "security_domains": [
        "governance_and_ecosystem"
      ]
    },
    {
      "id": "6.4",
      "title": "Disciplinary process",
      "control_type": [
        "preventive",
        "corrective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect",
        "respond"
      ],
      "operational_capabilities": [
        "human_resource_security"
      ],
      "security_domains": [
        "governance_and_ecosystem"
      ]
    },
    {
      "id": "6.5",
      "title": "Responsibilities after termination or change of employment",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "asset_management",
        "human_resource_security"
      ],
      "security_domains": [
        "governance_and_ecosystem"
      ]
    },
    {
      "id": "6.6",
      "title": "Confidentiality or non-disclosure agreements",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "information_protection",
        "human_resource_security",
        "supplier_relationships_security"
      ],
      "security_domains": [
        "governance_and_ecosystem"
      ]
    },
    {
      "id": "6.7",
      "title": "Remote working",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "asset_management",
        "information_protection",
        "physical_security",
        "system_and_network_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "6.8",
      "title": "Information security event reporting",
      "control_type": [
        "detective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "detect"
      ],
      "operational_capabilities": [
        "information_security_event_management"
      ],
      "security_domains": [
        "defence"
      ]
    },
    {
      "id": "7.1",
      "title": "Physical security perimeters",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "physical_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "7.2",
      "title": "Physical entry",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "physical_security",
        "identity_and_access_management"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "7.3",
      "title": "Securing offices, rooms and facilities",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "asset_management",
        "physical_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "7.4",
      "title": "Physical security monitoring",
      "control_type": [
        "preventive",
        "detective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect",
        "detect"
      ],
      "operational_capabilities": [
        "physical_security"
      ],
      "security_domains": [
        "protection",
        "defence"
      ]
    },
    {
      "id": "7.5",
      "title": "Protecting against physical and environmental threats",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "physical_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "7.6",
      "title": "Working in secure areas",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "physical_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "7.7",
      "title": "Clear desk and clear screen",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "physical_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "7.8",
      "title": "Equipment siting and protection",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "asset_management",
        "physical_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "7.9",
      "title": "Security of assets off-premises",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "asset_management",
        "physical_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "7.10",
      "title": "Storage media",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "asset_management",
        "physical_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "7.11",
      "title": "Supporting utilities",
      "control_type": [
        "preventive",
        "detective"
      ],
      "information_security_properties": [
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect",
        "detect"
      ],
      "operational_capabilities": [
        "physical_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "7.12",
      "title": "Cabling security",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "physical_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "7.13",
      "title": "Equipment maintenance",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "asset_management",
        "physical_security"
      ],
      "security_domains": [
        "protection",
        "resilience"
      ]
    },
    {
      "id": "7.14",
      "title": "Secure disposal or re-use of equipment",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "asset_management",
        "physical_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.1",
      "title": "User endpoint devices",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "asset_management",
        "information_protection"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.2",
      "title": "Privileged access rights",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "identity_and_access_management"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.3",
      "title": "Information access restriction",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "identity_and_access_management"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.4",
      "title": "Access to source code",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "application_security",
        "secure_configuration",
        "identity_and_access_management"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.5",
      "title": "Secure authentication",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "identity_and_access_management"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.6",
      "title": "Capacity management",
      "control_type": [
        "preventive",
        "detective"
      ],
      "information_security_properties": [
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify",
        "protect",
        "detect"
      ],
      "operational_capabilities": [
        "continuity"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection"
      ]
    },
    {
      "id": "8.7",
      "title": "Protection against malware",
      "control_type": [
        "preventive",
        "detective",
        "corrective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect",
        "detect"
      ],
      "operational_capabilities": [
        "information_protection",
        "system_and_network_security"
      ],
      "security_domains": [
        "protection",
        "defence"
      ]
    },
    {
      "id": "8.8",
      "title": "Management of technical vulnerabilities",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify",
        "protect"
      ],
      "operational_capabilities": [
        "threat_and_vulnerability_management"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection",
        "defence"
      ]
    },
    {
      "id": "8.9",
      "title": "Configuration management",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "secure_configuration"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.10",
      "title": "Information deletion",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "information_protection",
        "legal_and_compliance"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.11",
      "title": "Data masking",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "information_protection"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.12",
      "title": "Data leakage prevention",
      "control_type": [
        "preventive",
        "detective"
      ],
      "information_security_properties": [
        "confidentiality"
      ],
      "cybersecurity_concepts": [
        "protect",
        "detect"
      ],
      "operational_capabilities": [
        "information_protection"
      ],
      "security_domains": [
        "protection",
        "defence"
      ]
    },
    {
      "id": "8.13",
      "title": "Information backup",
      "control_type": [
        "corrective"
      ],
      "information_security_properties": [
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "recover"
      ],
      "operational_capabilities": [
        "continuity"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.14",
      "title": "Redundancy of information processing facilities",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "asset_management",
        "continuity"
      ],
      "security_domains": [
        "protection",
        "resilience"
      ]
    },
    {
      "id": "8.15",
      "title": "Logging",
      "control_type": [
        "detective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "detect"
      ],
      "operational_capabilities": [
        "information_security_event_management"
      ],
      "security_domains": [
        "protection",
        "defence"
      ]
    },
    {
      "id": "8.16",
      "title": "Monitoring activities",
      "control_type": [
        "detective",
        "corrective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "detect",
        "respond"
      ],
      "operational_capabilities": [
        "information_security_event_management"
      ],
      "security_domains": [
        "defence"
      ]
    },
    {
      "id": "8.17",
      "title": "Clock synchronization",
      "control_type": [
        "detective"
      ],
      "information_security_properties": [
        "integrity"
      ],
      "cybersecurity_concepts": [
        "protect",
        "detect"
      ],
      "operational_capabilities": [
        "information_security_event_management"
      ],
      "security_domains": [
        "protection",
        "defence"
      ]
    },
    {
      "id": "8.18",
      "title": "Use of privileged utility programs",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "system_and_network_security",
        "application_security",
        "secure_configuration"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.19",
      "title": "Installation of software on operational systems",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "application_security",
        "secure_configuration"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.20",
      "title": "Networks security",
      "control_type": [
        "preventive",
        "detective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect",
        "detect"
      ],
      "operational_capabilities": [
        "system_and_network_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.21",
      "title": "Security of network services",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "system_and_network_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.22",
      "title": "Segregation of networks",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "system_and_network_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.23",
      "title": "Web filtering",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "system_and_network_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.24",
      "title": "Use of cryptography",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "secure_configuration"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.25",
      "title": "Secure development life cycle",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "system_and_network_security",
        "application_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.26",
      "title": "Application security requirements",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "system_and_network_security",
        "application_security"
      ],
      "security_domains": [
        "protection",
        "defence"
      ]
    },
    {
      "id": "8.27",
      "title": "Secure system architecture and engineering principles",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "system_and_network_security",
        "application_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.28",
      "title": "Secure coding",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "system_and_network_security",
        "application_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.29",
      "title": "Security testing in development and acceptance",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify"
      ],
      "operational_capabilities": [
        "system_and_network_security",
        "application_security",
        "information_security_assurance"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.30",
      "title": "Outsourced development",
      "control_type": [
        "preventive",
        "detective"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "identify",
        "protect",
        "detect"
      ],
      "operational_capabilities": [
        "system_and_network_security",
        "application_security",
        "supplier_relationships_security"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection"
      ]
    },
    {
      "id": "8.31",
      "title": "Separation of development, test and production environments",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "system_and_network_security",
        "application_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.32",
      "title": "Change management",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "system_and_network_security",
        "application_security"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.33",
      "title": "Test information",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "information_protection"
      ],
      "security_domains": [
        "protection"
      ]
    },
    {
      "id": "8.34",
      "title": "Protection of information systems during audit testing",
      "control_type": [
        "preventive"
      ],
      "information_security_properties": [
        "confidentiality",
        "integrity",
        "availability"
      ],
      "cybersecurity_concepts": [
        "protect"
      ],
      "operational_capabilities": [
        "information_protection",
        "system_and_network_security"
      ],
      "security_domains": [
        "governance_and_ecosystem",
        "protection"
      ]
    }
  ]
};
export default data;
