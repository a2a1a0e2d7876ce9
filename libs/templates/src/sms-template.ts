import { Redactor } from '@mo/pii';

export const PLACEHOLDERS = ['firstName', 'appointmentType', 'practitioner', 'localTime', 'clinicName', 'clinicPhone'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Partial<Record<Placeholder, string>>;

export const DEFAULT_FOLLOWUP_TEMPLATE =
  'Hi {firstName}, you were booking a {appointmentType} with {practitioner} on {localTime} at {clinicName}. ' +
  'Reply YES to book it, or call us on {clinicPhone}. Reply STOP to opt out.';

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
const MEDICAL = new Set(['MEDICAL_CONDITION', 'MEDICATION']);
const redactor = new Redactor();

/** Why a template cannot be used, or undefined when it can. */
export function templateProblem(template: string): string | undefined {
  if (template.length < 10 || template.length > 480) return 'a template must be 10 to 480 characters';
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (!PLACEHOLDERS.includes(match[1] as Placeholder)) return `{${match[1]}} is not a placeholder; use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`;
  }
  const medical = redactor.find(template).find((s) => MEDICAL.has(s.type));
  if (medical) return `a template may not name a condition or a medication ("${template.slice(medical.start, medical.end)}")`;
  return undefined;
}

/** Anything a phone would turn into a link: a scheme, `www.`, or a host name with a common top-level domain or a path. */
const LINK = /[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|net|org|info|biz|io|co|me|ly|app|link|xyz|site|online|shop|us|uk|ru|cn)\b|\b[a-z0-9-]+\.[a-z]{2,}\//i;

/**
 * Fills a template. A value that could be a link (a name like "Sam. Pay at http://…") becomes its
 * fallback, so nothing a caller or a clinic typed carries a URL into a clinic-branded text. A value
 * that names a condition or medication (an appointment type called "Diabetes review", say) becomes
 * "appointment", so no health information leaves by SMS.
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  const fallback: Record<Placeholder, string> = {
    firstName: 'there',
    appointmentType: 'appointment',
    practitioner: 'us',
    localTime: 'the time you chose',
    clinicName: 'the clinic',
    clinicPhone: 'the number you called',
  };
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!PLACEHOLDERS.includes(name as Placeholder)) return whole;
    const value = values[name as Placeholder]?.trim();
    if (!value || LINK.test(value)) return fallback[name as Placeholder];
    return redactor.find(value).some((s) => MEDICAL.has(s.type)) ? fallback[name as Placeholder] : value;
  });
}
