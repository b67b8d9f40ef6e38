// Imported from the reference facts file iso27001-2022-annexA.json by scripts/import-reference.mjs; do not edit by hand.
const data = [
  {
    "id": "5.1",
    "title": "Policies for information security",
    "theme": "organizational"
  },
  {
    "id": "5.2",
    "title": "Information security roles and responsibilities",
    "theme": "organizational"
  },
  {
    "id": "5.3",
    "title": "Segregation of duties",
    "theme": "organizational"
  },
  {
    "id": "5.4",
    "title": "Management responsibilities",
    "theme": "organizational"
  },
  {
    "id": "5.5",
    "title": "Contact with authorities",
    "theme": "organizational"
  },
  {
    "id": "5.6",
    "title": "Contact with special interest groups",
    "theme": "organizational"
  },
  {
    "id": "5.7",
    "title": "Threat intelligence",
    "theme": "organizational"
  },
  {
    "id": "5.8",
    "title": "Information security in project management",
    "theme": "organizational"
  },
  {
    "id": "5.9",
    "title": "Inventory of information and other associated assets",
    "theme": "organizational"
  },
  {
    "id": "5.10",
    "title": "Acceptable use of information and other associated assets",
    "theme": "organizational"
  },
  {
    "id": "5.11",
    "title": "Return of assets",
    "theme": "organizational"
  },
  {
    "id": "5.12",
    "title": "Classification of information",
    "theme": "organizational"
  },
  {
    "id": "5.13",
    "title": "Labelling of information",
    "theme": "organizational"
  },
  {
    "id": "5.14",
    "title": "Information transfer",
    "theme": "organizational"
  },
  {
    "id": "5.15",
    "title": "Access control",
    "theme": "organizational"
  },
  {
    "id": "5.16",
    "title": "Identity management",
    "theme": "organizational"
  },
  {
    "id": "5.17",
    "title": "Authentication information",
    "theme": "organizational"
  },
  {
    "id": "5.18",
    "title": "Access rights",
    "theme": "organizational"
  },
  {
    "id": "5.19",
    "title": "Information security in supplier relationships",
    "theme": "organizational"
  },
  {
    "id": "5.20",
    "title": "Addressing information security within supplier agreements",
    "theme": "organizational"
  },
  {
    "id": "5.21",
    "title": "Managing information security in the ICT supply chain",
    "theme": "organizational"
  },
  {
    "id": "5.22",
    "title": "Monitoring, review and change management of supplier services",
    "theme": "organizational"
  },
  {
    "id": "5.23",
    "title": "Information security for use of cloud services",
    "theme": "organizational"
  },
  {
    "id": "5.24",
    "title": "Information security incident management planning and preparation",
    "theme": "organizational"
  },
  {
    "id": "5.25",
    "title": "Assessment and decision on information security events",
    "theme": "organizational"
  },
  {
    "id": "5.26",
    "title": "Response to information security incidents",
    "theme": "organizational"
  },
  {
    "id": "5.27",
    "title": "Learning from information security incidents",
    "theme": "organizational"
  },
  {
    "id": "5.28",
    "title": "Collection of evidence",
    "theme": "organizational"
  },
  {
    "id": "5.29",
    "title": "Information security during disruption",
    "theme": "organizational"
  },
  {
    "id": "5.30",
    "title": "ICT readiness for business continuity",
    "theme": "organizational"
  },
  {
    "id": "5.31",
    "title": "Legal, statutory, regulatory and contractual requirements",
    "theme": "organizational"
  },
  {
    "id": "5.32",
    "title": "Intellectual property rights",
    "theme": "organizational"
  },
  {
    "id": "5.33",
    "title": "Protection of records",
    "theme": "organizational"
  },
  {
    "id": "5.34",
    "title": "Privacy and protection of PII",
    "theme": "organizational"
  },
  {
    "id": "5.35",
    "title": "Independent review of information security",
    "theme": "organizational"
  },
  {
    "id": "5.36",
    "title": "Compliance with policies, rules and standards for information security",
    "theme": "organizational"
  },
  {
    "id": "5.37",
    "title": "Documented operating procedures",
    "theme": "organizational"
  },
  {
    "id": "6.1",
    "title": "Screening",
    "theme": "people"
  },
  {
    "id": "6.2",
    "title": "Terms and conditions of employment",
    "theme": "people"
  },
  {
    "id": "6.3",
    "title": "Information security awareness, education and training",
    "theme": "people"
  },
  {
    "id": "6.4",
    "title": "Disciplinary process",
    "theme": "people"
  },
  {
    "id": "6.5",
    "title": "Responsibilities after termination or change of employment",
    "theme": "people"
  },
  {
    "id": "6.6",
    "title": "Confidentiality or non-disclosure agreements",
    "theme": "people"
  },
  {
    "id": "6.7",
    "title": "Remote working",
    "theme": "people"
  },
  {
    "id": "6.8",
    "title": "Information security event reporting",
    "theme": "people"
  },
  {
    "id": "7.1",
    "title": "Physical security perimeters",
    "theme": "physical"
  },
  {
    "id": "7.2",
    "title": "Physical entry",
    "theme": "physical"
  },
  {
    "id": "7.3",
    "title": "Securing offices, rooms and facilities",
    "theme": "physical"
  },
  {
    "id": "7.4",
    "title": "Physical security monitoring",
    "theme": "physical"
  },
  {
    "id": "7.5",
    "title": "Protecting against physical and environmental threats",
    "theme": "physical"
  },
  {
    "id": "7.6",
    "title": "Working in secure areas",
    "theme": "physical"
  },
  {
    "id": "7.7",
    "title": "Clear desk and clear screen",
    "theme": "physical"
  },
  {
    "id": "7.8",
    "title": "Equipment siting and protection",
    "theme": "physical"
  },
  {
    "id": "7.9",
    "title": "Security of assets off-premises",
    "theme": "physical"
  },
  {
    "id": "7.10",
    "title": "Storage media",
    "theme": "physical"
  },
  {
    "id": "7.11",
    "title": "Supporting utilities",
    "theme": "physical"
  },
  {
    "id": "7.12",
    "title": "Cabling security",
    "theme": "physical"
  },
  {
    "id": "7.13",
    "title": "Equipment maintenance",
    "theme": "physical"
  },
  {
    "id": "7.14",
    "title": "Secure disposal or re-use of equipment",
    "theme": "physical"
  },
  {
    "id": "8.1",
    "title": "User endpoint devices",
    "theme": "technological"
  },
  {
    "id": "8.2",
    "title": "Privileged access rights",
    "theme": "technological"
  },
  {
    "id": "8.3",
    "title": "Information access restriction",
    "theme": "technological"
  },
  {
    "id": "8.4",
    "title": "Access to source code",
    "theme": "technological"
  },
  {
    "id": "8.5",
    "title": "Secure authentication",
    "theme": "technological"
  },
  {
    "id": "8.6",
    "title": "Capacity management",
    "theme": "technological"
  },
  {
    "id": "8.7",
    "title": "Protection against malware",
    "theme": "technological"
  },
  {
    "id": "8.8",
    "title": "Management of technical vulnerabilities",
    "theme": "technological"
  },
  {
    "id": "8.9",
    "title": "Configuration management",
    "theme": "technological"
  },
  {
    "id": "8.10",
    "title": "Information deletion",
    "theme": "technological"
  },
  {
    "id": "8.11",
    "title": "Data masking",
    "theme": "technological"
  },
  {
    "id": "8.12",
    "title": "Data leakage prevention",
    "theme": "technological"
  },
  {
    "id": "8.13",
    "title": "Information backup",
    "theme": "technological"
  },
  {
    "id": "8.14",
    "title": "Redundancy of information processing facilities",
    "theme": "technological"
  },
  {
    "id": "8.15",
    "title": "Logging",
    "theme": "technological"
  },
  {
    "id": "8.16",
    "title": "Monitoring activities",
    "theme": "technological"
  },
  {
    "id": "8.17",
    "title": "Clock synchronization",
    "theme": "technological"
  },
  {
    "id": "8.18",
    "title": "Use of privileged utility programs",
    "theme": "technological"
  },
  {
    "id": "8.19",
    "title": "Installation of software on operational systems",
    "theme": "technological"
  },
  {
    "id": "8.20",
    "title": "Networks security",
    "theme": "technological"
  },
  {
    "id": "8.21",
    "title": "Security of network services",
    "theme": "technological"
  },
  {
    "id": "8.22",
    "title": "Segregation of networks",
    "theme": "technological"
  },
  {
    "id": "8.23",
    "title": "Web filtering",
    "theme": "technological"
  },
  {
    "id": "8.24",
    "title": "Use of cryptography",
    "theme": "technological"
  },
  {
    "id": "8.25",
    "title": "Secure development life cycle",
    "theme": "technological"
  },
  {
    "id": "8.26",
    "title": "Application security requirements",
    "theme": "technological"
  },
  {
    "id": "8.27",
    "title": "Secure system architecture and engineering principles",
    "theme": "technological"
  },
  {
    "id": "8.28",
    "title": "Secure coding",
    "theme": "technological"
  },
  {
    "id": "8.29",
    "title": "Security testing in development and acceptance",
    "theme": "technological"
  },
  {
    "id": "8.30",
    "title": "Outsourced development",
    "theme": "technological"
  },
  {
    "id": "8.31",
    "title": "Separation of development, test and production environments",
    "theme": "technological"
  },
  {
    "id": "8.32",
    "title": "Change management",
    "theme": "technological"
  },
  {
    "id": "8.33",
    "title": "Test information",
    "theme": "technological"
  },
  {
    "id": "8.34",
    "title": "Protection of information systems during audit testing",
    "theme": "technological"
  }
];
export default data;
