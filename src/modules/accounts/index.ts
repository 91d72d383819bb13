// The public face of the accounts module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { accountsRepo } from './accounts.repo.ts';
export { accountsRoutes } from './accounts.routes.ts';
export { IndianMobile, RegisterBody } from './accounts.schema.ts';
export {
  type AccountsService,
  type AuthUser,
  createAccountsService,
  maskPhone,
  normalizePhone,
} from './accounts.service.ts';
export {
  createEmailConfirmService,
  EMAIL_LINK_DAYS,
  type EmailConfirmService,
  type Mailer,
  maskEmail,
} from './email-confirm.service.ts';
export {
  CodeCooldown,
  createOtpService,
  type OtpPurpose,
  type OtpService,
  type PhoneTexter,
} from './otp.service.ts';
export { phoneAuthRoutes } from './phone-auth.routes.ts';
export { type CodeSent, createPhoneAuthService, type PhoneAuthService } from './phone-auth.service.ts';
