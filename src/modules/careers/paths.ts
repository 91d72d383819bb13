// Career ladders from shared/DOMAIN.md "Career paths": customer service (agent -> team lead ->
// trainer / QA -> operations manager -> CX manager, side moves into sales / account management,
// and with study into marketing, product or UX) and back office (data entry -> back office
// executive -> MIS / reconciliation / HR ops -> operations manager). Data, not code paths.
// `role` is a taxonomy slug where Deskhire lists such jobs; `off_platform` steps have none.

export interface CareerStep {
  role: string;
  name: string;
  skills: string[];
  /** Skill checks a seeker can take to show readiness (skills module kinds). */
  checks: ('typing' | 'data_entry' | 'english')[];
  next: string[];
  side?: string[];
  off_platform?: boolean;
}

export const CAREER_PATHS: { id: string; name: string; steps: CareerStep[] }[] = [
  {
    id: 'customer_service',
    name: 'Customer service',
    steps: [
      {
        role: 'customer-service-representative',
        name: 'Customer Service Representative',
        skills: ['communication', 'customer-handling', 'crm-tools'],
        checks: ['english', 'typing'],
        next: ['team-lead'],
        side: ['telecaller', 'customer-success-manager'],
      },
      {
        role: 'call-centre-agent',
        name: 'Call Centre Agent',
        skills: ['communication', 'customer-handling'],
        checks: ['english'],
        next: ['team-lead'],
        side: ['telecaller'],
      },
      {
        role: 'chat-support-executive',
        name: 'Chat Support Executive',
        skills: ['chat-software', 'email-writing', 'typing'],
        checks: ['typing', 'english'],
        next: ['team-lead'],
        side: ['technical-support-specialist'],
      },
      {
        role: 'team-lead',
        name: 'Team Lead / Supervisor',
        skills: ['coaching', 'reporting', 'customer-handling', 'ms-excel'],
        checks: ['english'],
        next: ['training-specialist', 'quality-analyst'],
      },
      {
        role: 'training-specialist',
        name: 'Training Specialist',
        skills: ['coaching', 'communication', 'documentation'],
        checks: ['english'],
        next: ['operations-manager'],
      },
      {
        role: 'quality-analyst',
        name: 'Quality Analyst',
        skills: ['quality-audit', 'reporting', 'ms-excel'],
        checks: ['english'],
        next: ['operations-manager'],
      },
      {
        role: 'operations-manager',
        name: 'Operations Manager',
        skills: ['reporting', 'coaching', 'ms-excel'],
        checks: [],
        next: ['customer-experience-manager'],
      },
      {
        role: 'customer-experience-manager',
        name: 'Customer Experience Manager',
        skills: ['reporting', 'crm-tools', 'communication'],
        checks: [],
        next: [],
        side: ['marketing', 'product-ux'],
      },
      {
        role: 'telecaller',
        name: 'Telecaller / Telesales (sales)',
        skills: ['sales', 'communication'],
        checks: ['english'],
        next: ['customer-success-manager'],
      },
      {
        role: 'customer-success-manager',
        name: 'Customer Success / Account Manager',
        skills: ['crm-tools', 'salesforce', 'communication', 'reporting'],
        checks: ['english'],
        next: ['customer-experience-manager'],
      },
      {
        role: 'marketing',
        name: 'Marketing (with further study)',
        skills: ['communication', 'reporting'],
        checks: [],
        next: [],
        off_platform: true,
      },
      {
        role: 'product-ux',
        name: 'Product or UX (with further study)',
        skills: ['documentation', 'communication'],
        checks: [],
        next: [],
        off_platform: true,
      },
    ],
  },
  {
    id: 'back_office',
    name: 'Back office',
    steps: [
      {
        role: 'data-entry-operator',
        name: 'Data Entry Operator',
        skills: ['data-entry', 'typing', 'ms-excel'],
        checks: ['typing', 'data_entry'],
        next: ['back-office-executive'],
      },
      {
        role: 'back-office-executive',
        name: 'Back Office Executive',
        skills: ['ms-excel', 'documentation', 'email-writing'],
        checks: ['data_entry', 'english'],
        next: ['mis-executive', 'reconciliation-executive', 'hr-operations-executive'],
      },
      {
        role: 'mis-executive',
        name: 'MIS Executive',
        skills: ['ms-excel', 'vlookup', 'reporting', 'google-sheets'],
        checks: ['data_entry'],
        next: ['operations-manager'],
      },
      {
        role: 'reconciliation-executive',
        name: 'Reconciliation Executive',
        skills: ['reconciliation', 'ms-excel', 'tally'],
        checks: ['data_entry'],
        next: ['operations-manager'],
      },
      {
        role: 'hr-operations-executive',
        name: 'HR Operations Executive',
        skills: ['payroll', 'documentation', 'ms-excel'],
        checks: ['english'],
        next: ['operations-manager'],
      },
      {
        role: 'operations-manager',
        name: 'Operations / Team Manager',
        skills: ['reporting', 'coaching', 'ms-excel'],
        checks: [],
        next: [],
      },
    ],
  },
];
