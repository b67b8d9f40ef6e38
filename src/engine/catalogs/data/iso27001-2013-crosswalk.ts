// Imported from the reference facts file iso27001-2013-to-2022.json by scripts/import-reference.mjs; do not edit by hand.
const data = {
  "basis": "ISO/IEC 27002:2022 Annex B, Table B.2 (2013 -> 2022) and Table B.1 (2022 -> 2013); identical control numbering applies to ISO/IEC 27001:2013/2022 Annex A",
  "counts": {
    "controls_2013": 114,
    "controls_2022": 93,
    "controls_2022_with_2013_predecessor": 82,
    "new_2022_controls": 11,
    "one_to_many_2013_ids": [
      "A.18.2.3"
    ]
  },
  "mappings": [
    {
      "id_2013": "A.5.1.1",
      "title_2013": "Policies for information security",
      "ids_2022": [
        "5.1"
      ]
    },
    {
      "id_2013": "A.5.1.2",
      "title_2013": "Review of the policies for information security",
      "ids_2022": [
        "5.1"
      ]
    },
    {
      "id_2013": "A.6.1.1",
      "title_2013": "Information security roles and responsibilities",
      "ids_2022": [
        "5.2"
      ]
    },
    {
      "id_2013": "A.6.1.2",
      "title_2013": "Segregation of duties",
      "ids_2022": [
        "5.3"
      ]
    },
    {
      "id_2013": "A.6.1.3",
      "title_2013": "Contact with authorities",
      "ids_2022": [
        "5.5"
      ]
    },
    {
      "id_2013": "A.6.1.4",
      "title_2013": "Contact with special interest groups",
      "ids_2022": [
        "5.6"
      ]
    },
    {
      "id_2013": "A.6.1.5",
      "title_2013": "Information security in project management",
      "ids_2022": [
        "5.8"
      ]
    },
    {
      "id_2013": "A.6.2.1",
      "title_2013": "Mobile device policy",
      "ids_2022": [
        "8.1"
      ]
    },
    {
      "id_2013": "A.6.2.2",
      "title_2013": "Teleworking",
      "ids_2022": [
        "6.7"
      ]
    },
    {
      "id_2013": "A.7.1.1",
      "title_2013": "Screening",
      "ids_2022": [
        "6.1"
      ]
    },
    {
      "id_2013": "A.7.1.2",
      "title_2013": "Terms and conditions of employment",
      "ids_2022": [
        "6.2"
      ]
    },
    {
      "id_2013": "A.7.2.1",
      "title_2013": "Management responsibilities",
      "ids_2022": [
        "5.4"
      ]
    },
    {
      "id_2013": "A.7.2.2",
      "title_2013": "Information security awareness, education and training",
      "ids_2022": [
        "6.3"
      ]
    },
    {
      "id_2013": "A.7.2.3",
      "title_2013": "Disciplinary process",
      "ids_2022": [
        "6.4"
      ]
    },
    {
      "id_2013": "A.7.3.1",
      "title_2013": "Termination or change of employment responsibilities",
      "ids_2022": [
        "6.5"
      ]
    },
    {
      "id_2013": "A.8.1.1",
      "title_2013": "Inventory of assets",
      "ids_2022": [
        "5.9"
      ]
    },
    {
      "id_2013": "A.8.1.2",
      "title_2013": "Ownership of assets",
      "ids_2022": [
        "5.9"
      ]
    },
    {
      "id_2013": "A.8.1.3",
      "title_2013": "Acceptable use of assets",
      "ids_2022": [
        "5.10"
      ]
    },
    {
      "id_2013": "A.8.1.4",
      "title_2013": "Return of assets",
      "ids_2022": [
        "5.11"
      ]
    },
    {
      "id_2013": "A.8.2.1",
      "title_2013": "Classification of information",
      "ids_2022": [
        "5.12"
      ]
    },
    {
      "id_2013": "A.8.2.2",
      "title_2013": "Labelling of information",
      "ids_2022": [
        "5.13"
      ]
    },
    {
      "id_2013": "A.8.2.3",
      "title_2013": "Handling of assets",
      "ids_2022": [
        "5.10"
      ]
    },
    {
      "id_2013": "A.8.3.1",
      "title_2013": "Management of removable media",
      "ids_2022": [
        "7.10"
      ]
    },
    {
      "id_2013": "A.8.3.2",
      "title_2013": "Disposal of media",
      "ids_2022": [
        "7.10"
      ]
    },
    {
      "id_2013": "A.8.3.3",
      "title_2013": "Physical media transfer",
      "ids_2022": [
        "7.10"
      ]
    },
    {
      "id_2013": "A.9.1.1",
      "title_2013": "Access control policy",
      "ids_2022": [
        "5.15"
      ]
    },
    {
      "id_2013": "A.9.1.2",
      "title_2013": "Access to networks and network services",
      "ids_2022": [
        "5.15"
      ]
    },
    {
      "id_2013": "A.9.2.1",
      "title_2013": "User registration and de-registration",
      "ids_2022": [
        "5.16"
      ]
    },
    {
      "id_2013": "A.9.2.2",
      "title_2013": "User access provisioning",
      "ids_2022": [
        "5.18"
      ]
    },
    {
      "id_2013": "A.9.2.3",
      "title_2013": "Management of privileged access rights",
      "ids_2022": [
        "8.2"
      ]
    },
    {
      "id_2013": "A.9.2.4",
      "title_2013": "Management of secret authentication information of users",
      "ids_2022": [
        "5.17"
      ]
    },
    {
      "id_2013": "A.9.2.5",
      "title_2013": "Review of user access rights",
      "ids_2022": [
        "5.18"
      ]
    },
    {
      "id_2013": "A.9.2.6",
      "title_2013": "Removal or adjustment of access rights",
      "ids_2022": [
        "5.18"
      ]
    },
    {
      "id_2013": "A.9.3.1",
      "title_2013": "Use of secret authentication information",
      "ids_2022": [
        "5.17"
      ]
    },
    {
      "id_2013": "A.9.4.1",
      "title_2013": "Information access restriction",
      "ids_2022": [
        "8.3"
      ]
    },
    {
      "id_2013": "A.9.4.2",
      "title_2013": "Secure log-on procedures",
      "ids_2022": [
        "8.5"
      ]
    },
    {
      "id_2013": "A.9.4.3",
      "title_2013": "Password management system",
      "ids_2022": [
        "5.17"
      ]
    },
    {
      "id_2013": "A.9.4.4",
      "title_2013": "Use of privileged utility programs",
      "ids_2022": [
        "8.18"
      ]
    },
    {
      "id_2013": "A.9.4.5",
      "title_2013": "Access control to program source code",
      "ids_2022": [
        "8.4"
      ]
    },
    {
      "id_2013": "A.10.1.1",
      "title_2013": "Policy on the use of cryptographic controls",
      "ids_2022": [
        "8.24"
      ]
    },
    {
      "id_2013": "A.10.1.2",
      "title_2013": "Key management",
      "ids_2022": [
        "8.24"
      ]
    },
    {
      "id_2013": "A.11.1.1",
      "title_2013": "Physical security perimeter",
      "ids_2022": [
        "7.1"
      ]
    },
    {
      "id_2013": "A.11.1.2",
      "title_2013": "Physical entry controls",
      "ids_2022": [
        "7.2"
      ]
    },
    {
      "id_2013": "A.11.1.3",
      "title_2013": "Securing offices, rooms and facilities",
      "ids_2022": [
        "7.3"
      ]
    },
    {
      "id_2013": "A.11.1.4",
      "title_2013": "Protecting against external and environmental threats",
      "ids_2022": [
        "7.5"
      ]
    },
    {
      "id_2013": "A.11.1.5",
      "title_2013": "Working in secure areas",
      "ids_2022": [
        "7.6"
      ]
    },
    {
      "id_2013": "A.11.1.6",
      "title_2013": "Delivery and loading areas",
      "ids_2022": [
        "7.2"
      ]
    },
    {
      "id_2013": "A.11.2.1",
      "title_2013": "Equipment siting and protection",
      "ids_2022": [
        "7.8"
      ]
    },
    {
      "id_2013": "A.11.2.2",
      "title_2013": "Supporting utilities",
      "ids_2022": [
        "7.11"
      ]
    },
    {
      "id_2013": "A.11.2.3",
      "title_2013": "Cabling security",
      "ids_2022": [
        "7.12"
      ]
    },
    {
      "id_2013": "A.11.2.4",
      "title_2013": "Equipment maintenance",
      "ids_2022": [
        "7.13"
      ]
    },
    {
      "id_2013": "A.11.2.5",
      "title_2013": "Removal of assets",
      "ids_2022": [
        "7.10"
      ]
    },
    {
      "id_2013": "A.11.2.6",
      "title_2013": "Security of equipment and assets off-premises",
      "ids_2022": [
        "7.9"
      ]
    },
    {
      "id_2013": "A.11.2.7",
      "title_2013": "Secure disposal or reuse of equipment",
      "ids_2022": [
        "7.14"
      ]
    },
    {
      "id_2013": "A.11.2.8",
      "title_2013": "Unattended user equipment",
      "ids_2022": [
        "8.1"
      ]
    },
    {
      "id_2013": "A.11.2.9",
      "title_2013": "Clear desk and clear screen policy",
      "ids_2022": [
        "7.7"
      ]
    },
    {
      "id_2013": "A.12.1.1",
      "title_2013": "Documented operating procedures",
      "ids_2022": [
        "5.37"
      ]
    },
    {
      "id_2013": "A.12.1.2",
      "title_2013": "Change management",
      "ids_2022": [
        "8.32"
      ]
    },
    {
      "id_2013": "A.12.1.3",
      "title_2013": "Capacity management",
      "ids_2022": [
        "8.6"
      ]
    },
    {
      "id_2013": "A.12.1.4",
      "title_2013": "Separation of development, testing and operational environments",
      "ids_2022": [
        "8.31"
      ]
    },
    {
      "id_2013": "A.12.2.1",
      "title_2013": "Controls against malware",
      "ids_2022": [
        "8.7"
      ]
    },
    {
      "id_2013": "A.12.3.1",
      "title_2013": "Information backup",
      "ids_2022": [
        "8.13"
      ]
    },
    {
      "id_2013": "A.12.4.1",
      "title_2013": "Event logging",
      "ids_2022": [
        "8.15"
      ]
    },
    {
      "id_2013": "A.12.4.2",
      "title_2013": "Protection of log information",
      "ids_2022": [
        "8.15"
      ]
    },
    {
      "id_2013": "A.12.4.3",
      "title_2013": "Administrator and operator logs",
      "ids_2022": [
        "8.15"
      ]
    },
    {
      "id_2013": "A.12.4.4",
      "title_2013": "Clock synchronisation",
      "ids_2022": [
        "8.17"
      ]
    },
    {
      "id_2013": "A.12.5.1",
      "title_2013": "Installation of software on operational systems",
      "ids_2022": [
        "8.19"
      ]
    },
    {
      "id_2013": "A.12.6.1",
      "title_2013": "Management of technical vulnerabilities",
      "ids_2022": [
        "8.8"
      ]
    },
    {
      "id_2013": "A.12.6.2",
      "title_2013": "Restrictions on software installation",
      "ids_2022": [
        "8.19"
      ]
    },
    {
      "id_2013": "A.12.7.1",
      "title_2013": "Information systems audit controls",
      "ids_2022": [
        "8.34"
      ]
    },
    {
      "id_2013": "A.13.1.1",
      "title_2013": "Network controls",
      "ids_2022": [
        "8.20"
      ]
    },
    {
      "id_2013": "A.13.1.2",
      "title_2013": "Security of network services",
      "ids_2022": [
        "8.21"
      ]
    },
    {
      "id_2013": "A.13.1.3",
      "title_2013": "Segregation in networks",
      "ids_2022": [
        "8.22"
      ]
    },
    {
      "id_2013": "A.13.2.1",
      "title_2013": "Information transfer policies and procedures",
      "ids_2022": [
        "5.14"
      ]
    },
    {
      "id_2013": "A.13.2.2",
      "title_2013": "Agreements on information transfer",
      "ids_2022": [
        "5.14"
      ]
    },
    {
      "id_2013": "A.13.2.3",
      "title_2013": "Electronic messaging",
      "ids_2022": [
        "5.14"
      ]
    },
    {
      "id_2013": "A.13.2.4",
      "title_2013": "Confidentiality or non-disclosure agreements",
      "ids_2022": [
        "6.6"
      ]
    },
    {
      "id_2013": "A.14.1.1",
      "title_2013": "Information security requirements analysis and specification",
      "ids_2022": [
        "5.8"
      ]
    },
    {
      "id_2013": "A.14.1.2",
      "title_2013": "Securing application services on public networks",
      "ids_2022": [
        "8.26"
      ]
    },
    {
      "id_2013": "A.14.1.3",
      "title_2013": "Protecting application services transactions",
      "ids_2022": [
        "8.26"
      ]
    },
    {
      "id_2013": "A.14.2.1",
      "title_2013": "Secure development policy",
      "ids_2022": [
        "8.25"
      ]
    },
    {
      "id_2013": "A.14.2.2",
      "title_2013": "System change control procedures",
      "ids_2022": [
        "8.32"
      ]
    },
    {
      "id_2013": "A.14.2.3",
      "title_2013": "Technical review of applications after operating platform changes",
      "ids_2022": [
        "8.32"
      ]
    },
    {
      "id_2013": "A.14.2.4",
      "title_2013": "Restrictions on changes to software packages",
      "ids_2022": [
        "8.32"
      ]
    },
    {
      "id_2013": "A.14.2.5",
      "title_2013": "Secure system engineering principles",
      "ids_2022": [
        "8.27"
      ]
    },
    {
      "id_2013": "A.14.2.6",
      "title_2013": "Secure development environment",
      "ids_2022": [
        "8.31"
      ]
    },
    {
      "id_2013": "A.14.2.7",
      "title_2013": "Outsourced development",
      "ids_2022": [
        "8.30"
      ]
    },
    {
      "id_2013": "A.14.2.8",
      "title_2013": "System security testing",
      "ids_2022": [
        "8.29"
      ]
    },
    {
      "id_2013": "A.14.2.9",
      "title_2013": "System acceptance testing",
      "ids_2022": [
        "8.29"
      ]
    },
    {
      "id_2013": "A.14.3.1",
      "title_2013": "Protection of test data",
      "ids_2022": [
        "8.33"
      ]
    },
    {
      "id_2013": "A.15.1.1",
      "title_2013": "Information security policy for supplier relationships",
      "ids_2022": [
        "5.19"
      ]
    },
    {
      "id_2013": "A.15.1.2",
      "title_2013": "Addressing security within supplier agreements",
      "ids_2022": [
        "5.20"
      ]
    },
    {
      "id_2013": "A.15.1.3",
      "title_2013": "Information and communication technology supply chain",
      "ids_2022": [
        "5.21"
      ]
    },
    {
      "id_2013": "A.15.2.1",
      "title_2013": "Monitoring and review of supplier services",
      "ids_2022": [
        "5.22"
      ]
    },
    {
      "id_2013": "A.15.2.2",
      "title_2013": "Managing changes to supplier services",
      "ids_2022": [
        "5.22"
      ]
    },
    {
      "id_2013": "A.16.1.1",
      "title_2013": "Responsibilities and procedures",
      "ids_2022": [
        "5.24"
      ]
    },
    {
      "id_2013": "A.16.1.2",
      "title_2013": "Reporting information security events",
      "ids_2022": [
        "6.8"
      ]
    },
    {
      "id_2013": "A.16.1.3",
      "title_2013": "Reporting information security weaknesses",
      "ids_2022": [
        "6.8"
      ]
    },
    {
      "id_2013": "A.16.1.4",
      "title_2013": "Assessment of and decision on information security events",
      "ids_2022": [
        "5.25"
      ]
    },
    {
      "id_2013": "A.16.1.5",
      "title_2013": "Response to information security incidents",
      "ids_2022": [
        "5.26"
      ]
    },
    {
      "id_2013": "A.16.1.6",
      "title_2013": "Learning from information security incidents",
      "ids_2022": [
        "5.27"
      ]
    },
    {
      "id_2013": "A.16.1.7",
      "title_2013": "Collection of evidence",
      "ids_2022": [
        "5.28"
      ]
    },
    {
      "id_2013": "A.17.1.1",
      "title_2013": "Planning information security continuity",
      "ids_2022": [
        "5.29"
      ]
    },
    {
      "id_2013": "A.17.1.2",
      "title_2013": "Implementing information security continuity",
      "ids_2022": [
        "5.29"
      ]
    },
    {
      "id_2013": "A.17.1.3",
      "title_2013": "Verify, review and evaluate information security continuity",
      "ids_2022": [
        "5.29"
      ]
    },
    {
      "id_2013": "A.17.2.1",
      "title_2013": "Availability of information processing facilities",
      "ids_2022": [
        "8.14"
      ]
    },
    {
      "id_2013": "A.18.1.1",
      "title_2013": "Identification of applicable legislation and contractual requirements",
      "ids_2022": [
        "5.31"
      ]
    },
    {
      "id_2013": "A.18.1.2",
      "title_2013": "Intellectual property rights",
      "ids_2022": [
        "5.32"
      ]
    },
    {
      "id_2013": "A.18.1.3",
      "title_2013": "Protection of records",
      "ids_2022": [
        "5.33"
      ]
    },
    {
      "id_2013": "A.18.1.4",
      "title_2013": "Privacy and protection of personally identifiable information",
      "ids_2022": [
        "5.34"
      ]
    },
    {
      "id_2013": "A.18.1.5",
      "title_2013": "Regulation of cryptographic controls",
      "ids_2022": [
        "5.31"
      ]
    },
    {
      "id_2013": "A.18.2.1",
      "title_2013": "Independent review of information security",
      "ids_2022": [
        "5.35"
      ]
    },
    {
      "id_2013": "A.18.2.2",
      "title_2013": "Compliance with security policies and standards",
      "ids_2022": [
        "5.36"
      ]
    },
    {
      "id_2013": "A.18.2.3",
      "title_2013": "Technical compliance review",
      "ids_2022": [
        "5.36",
        "8.8"
      ]
    }
  ],
  "new_2022_controls": [
    "5.7",
    "5.23",
    "5.30",
    "7.4",
    "8.9",
    "8.10",
    "8.11",
    "8.12",
    "8.16",
    "8.23",
    "8.28"
  ],
  "new_2022_controls_with_titles": [
    {
      "id": "5.7",
      "title": "Threat intelligence"
    },
    {
      "id": "5.23",
      "title": "Information security for use of cloud services"
    },
    {
      "id": "5.30",
      "title": "ICT readiness for business continuity"
    },
    {
      "id": "7.4",
      "title": "Physical security monitoring"
    },
    {
      "id": "8.9",
      "title": "Configuration management"
    },
    {
      "id": "8.10",
      "title": "Information deletion"
    },
    {
      "id": "8.11",
      "title": "Data masking"
    },
    {
      "id": "8.12",
      "title": "Data leakage prevention"
    },
    {
      "id": "8.16",
      "title": "Monitoring activities"
    },
    {
      "id": "8.23",
      "title": "Web filtering"
    },
    {
      "id": "8.28",
      "title": "Secure coding"
    }
  ],
  "reverse_2022_to_2013": {
    "5.1": [
      "A.5.1.1",
      "A.5.1.2"
    ],
    "5.2": [
      "A.6.1.1"
    ],
    "5.3": [
      "A.6.1.2"
    ],
    "5.4": [
      "A.7.2.1"
    ],
    "5.5": [
      "A.6.1.3"
    ],
    "5.6": [
      "A.6.1.4"
    ],
    "5.7": "new",
    "5.8": [
      "A.6.1.5",
      "A.14.1.1"
    ],
    "5.9": [
      "A.8.1.1",
      "A.8.1.2"
    ],
    "5.10": [
      "A.8.1.3",
      "A.8.2.3"
    ],
    "5.11": [
      "A.8.1.4"
    ],
    "5.12": [
      "A.8.2.1"
    ],
    "5.13": [
      "A.8.2.2"
    ],
    "5.14": [
      "A.13.2.1",
      "A.13.2.2",
      "A.13.2.3"
    ],
    "5.15": [
      "A.9.1.1",
      "A.9.1.2"
    ],
    "5.16": [
      "A.9.2.1"
    ],
    "5.17": [
      "A.9.2.4",
      "A.9.3.1",
      "A.9.4.3"
    ],
    "5.18": [
      "A.9.2.2",
      "A.9.2.5",
      "A.9.2.6"
    ],
    "5.19": [
      "A.15.1.1"
    ],
    "5.20": [
      "A.15.1.2"
    ],
    "5.21": [
      "A.15.1.3"
    ],
    "5.22": [
      "A.15.2.1",
      "A.15.2.2"
    ],
    "5.23": "new",
    "5.24": [
      "A.16.1.1"
    ],
    "5.25": [
      "A.16.1.4"
    ],
    "5.26": [
      "A.16.1.5"
    ],
    "5.27": [
      "A.16.1.6"
    ],
    "5.28": [
      "A.16.1.7"
    ],
    "5.29": [
      "A.17.1.1",
      "A.17.1.2",
      "A.17.1.3"
    ],
    "5.30": "new",
    "5.31": [
      "A.18.1.1",
      "A.18.1.5"
    ],
    "5.32": [
      "A.18.1.2"
    ],
    "5.33": [
      "A.18.1.3"
    ],
    "5.34": [
      "A.18.1.4"
    ],
    "5.35": [
      "A.18.2.1"
    ],
    "5.36": [
      "A.18.2.2",
      "A.18.2.3"
    ],
    "5.37": [
      "A.12.1.1"
    ],
    "6.1": [
      "A.7.1.1"
    ],
    "6.2": [
      "A.7.1.2"
    ],
    "6.3": [
      "A.7.2.2"
    ],
    "6.4": [
      "A.7.2.3"
    ],
    "6.5": [
      "A.7.3.1"
    ],
    "6.6": [
      "A.13.2.4"
    ],
    "6.7": [
      "A.6.2.2"
    ],
    "6.8": [
      "A.16.1.2",
      "A.16.1.3"
    ],
    "7.1": [
      "A.11.1.1"
    ],
    "7.2": [
      "A.11.1.2",
      "A.11.1.6"
    ],
    "7.3": [
      "A.11.1.3"
    ],
    "7.4": "new",
    "7.5": [
      "A.11.1.4"
    ],
    "7.6": [
      "A.11.1.5"
    ],
    "7.7": [
      "A.11.2.9"
    ],
    "7.8": [
      "A.11.2.1"
    ],
    "7.9": [
      "A.11.2.6"
    ],
    "7.10": [
      "A.8.3.1",
      "A.8.3.2",
      "A.8.3.3",
      "A.11.2.5"
    ],
    "7.11": [
      "A.11.2.2"
    ],
    "7.12": [
      "A.11.2.3"
    ],
    "7.13": [
      "A.11.2.4"
    ],
    "7.14": [
      "A.11.2.7"
    ],
    "8.1": [
      "A.6.2.1",
      "A.11.2.8"
    ],
    "8.2": [
      "A.9.2.3"
    ],
    "8.3": [
      "A.9.4.1"
    ],
    "8.4": [
      "A.9.4.5"
    ],
    "8.5": [
      "A.9.4.2"
    ],
    "8.6": [
      "A.12.1.3"
    ],
    "8.7": [
      "A.12.2.1"
    ],
    "8.8": [
      "A.12.6.1",
      "A.18.2.3"
    ],
    "8.9": "new",
    "8.10": "new",
    "8.11": "new",
    "8.12": "new",
    "8.13": [
      "A.12.3.1"
    ],
    "8.14": [
      "A.17.2.1"
    ],
    "8.15": [
      "A.12.4.1",
      "A.12.4.2",
      "A.12.4.3"
    ],
    "8.16": "new",
    "8.17": [
      "A.12.4.4"
    ],
    "8.18": [
      "A.9.4.4"
    ],
    "8.19": [
      "A.12.5.1",
      "A.12.6.2"
    ],
    "8.20": [
      "A.13.1.1"
    ],
    "8.21": [
      "A.13.1.2"
    ],
    "8.22": [
      "A.13.1.3"
    ],
    "8.23": "new",
    "8.24": [
      "A.10.1.1",
      "A.10.1.2"
    ],
    "8.25": [
      "A.14.2.1"
    ],
    "8.26": [
      "A.14.1.2",
      "A.14.1.3"
    ],
    "8.27": [
      "A.14.2.5"
    ],
    "8.28": "new",
    "8.29": [
      "A.14.2.8",
      "A.14.2.9"
    ],
    "8.30": [
      "A.14.2.7"
    ],
    "8.31": [
      "A.12.1.4",
      "A.14.2.6"
    ],
    "8.32": [
      "A.12.1.2",
      "A.14.2.2",
      "A.14.2.3",
      "A.14.2.4"
    ],
    "8.33": [
      "A.14.3.1"
    ],
    "8.34": [
      "A.12.7.1"
    ]
  },
  "notes": [
    "A.18.2.3 (Technical compliance review) maps to both 5.36 and 8.8 (Table B.1 lists 8.8 <- 12.6.1, 18.2.3).",
    "No 2013 control was dropped. 24 of the 2022 controls each combine two or more 2013 controls (57 mapping rows; A.18.2.3 counted under both 5.36 and 8.8)."
  ]
};
export default data;
