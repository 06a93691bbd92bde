// Plain, friendly transactional e-mails: text first, a light HTML twin, every value escaped.
export interface RenderedEmail {
  template: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Messages carrying a one-time link (a token only its hash is kept of): the outbox keeps their body only
 * until it is handed to the mail server (db/mutations/outbox.ts).
 */
export const SECRET_TEMPLATES: readonly string[] = ['verify_email', 'reset_password'];

/** What a sent message carrying a one-time link keeps of its body. */
export const SCRUBBED_BODY = '[This message carried a one-time link; its text was removed once it was sent.]';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function layout(paragraphs: string[], action?: { label: string; url: string }): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('');
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#14532d;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p><p style="margin:0 0 16px;color:#555;font-size:14px">Or paste this link into your browser: ${escapeHtml(action.url)}</p>`
    : '';
  return `<!doctype html><html lang="en"><body style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1c1917;max-width:560px;margin:0 auto;padding:24px">${body}${button}<p style="color:#78716c;font-size:13px;margin-top:32px">Heartland Gateway — export onboarding for US small businesses.</p></body></html>`;
}

function text(paragraphs: string[], action?: { label: string; url: string }): string {
  const parts = [...paragraphs];
  if (action) parts.push(`${action.label}: ${action.url}`);
  parts.push('— Heartland Gateway');
  return parts.join('\n\n');
}

function compose(
  template: string,
  subject: string,
  paragraphs: string[],
  action?: { label: string; url: string },
): RenderedEmail {
  return { template, subject, text: text(paragraphs, action), html: layout(paragraphs, action) };
}

export function verificationEmail(p: { name: string; url: string }): RenderedEmail {
  return compose(
    'verify_email',
    'Confirm your e-mail for Heartland Gateway',
    [
      `Hello ${p.name},`,
      'Thanks for signing up. Please confirm this is your e-mail address so we can keep you posted about your application. The link works for 24 hours.',
    ],
    { label: 'Confirm my e-mail', url: p.url },
  );
}

export function accountExistsEmail(p: { name: string; url: string }): RenderedEmail {
  return compose(
    'account_exists',
    'You already have a Heartland Gateway account',
    [
      `Hello ${p.name},`,
      'Someone (probably you) tried to sign up with this e-mail address, but you already have an account. If you forgot your password, you can choose a new one.',
    ],
    { label: 'Reset my password', url: p.url },
  );
}

export function passwordResetEmail(p: { name: string; url: string }): RenderedEmail {
  return compose(
    'reset_password',
    'Reset your Heartland Gateway password',
    [
      `Hello ${p.name},`,
      'We received a request to reset your password. The link works once, for one hour. If you did not ask for this, ignore this e-mail: your password stays the same.',
    ],
    { label: 'Choose a new password', url: p.url },
  );
}

export function notificationEmail(p: {
  name: string;
  subject: string;
  lines: string[];
  url?: string;
  actionLabel?: string;
}): RenderedEmail {
  return compose(
    'notification',
    p.subject,
    [`Hello ${p.name},`, ...p.lines],
    p.url ? { label: p.actionLabel ?? 'Open Heartland Gateway', url: p.url } : undefined,
  );
}

export function invitationEmail(p: {
  inviter: string;
  team: string;
  role: string;
  url: string;
  days: number;
}): RenderedEmail {
  return compose(
    'team_invitation',
    `${p.inviter} invites you to ${p.team} on Heartland Gateway`,
    [
      'Hello,',
      `${p.inviter} invites you to join ${p.team} on Heartland Gateway as ${/^[aeiou]/.test(p.role) ? 'an' : 'a'} ${p.role}.`,
      `Open the link to accept: sign in, or create an account, with this e-mail address. The link works once, for ${p.days} days. If you were not expecting this, ignore this e-mail.`,
    ],
    { label: 'Accept the invitation', url: p.url },
  );
}
