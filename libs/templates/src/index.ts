export { DEFAULT_FOLLOWUP_TEMPLATE, PLACEHOLDERS, type Placeholder, renderTemplate, templateProblem, type TemplateValues } from './sms-template';
