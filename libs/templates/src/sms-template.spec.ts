import { DEFAULT_FOLLOWUP_TEMPLATE, renderTemplate, templateProblem } from './sms-template';

const values = {
  firstName: 'Sam',
  appointmentType: 'cleaning',
  practitioner: 'Dr Lee',
  localTime: 'Tue 3 Dec at 3:00 pm',
  clinicName: 'Demo Dental',
  clinicPhone: '(312) 555-0100',
};

describe('follow-up templates', () => {
  it('fills the default template', () => {
    expect(renderTemplate(DEFAULT_FOLLOWUP_TEMPLATE, values)).toBe(
      'Hi Sam, you were booking a cleaning with Dr Lee on Tue 3 Dec at 3:00 pm at Demo Dental. Reply YES to book it, or call us on (312) 555-0100. Reply STOP to opt out.',
    );
  });

  it('says something sensible when a value is missing', () => {
    expect(renderTemplate('Hi {firstName}, call {clinicPhone}.', {})).toBe('Hi there, call the number you called.');
  });

  it('never sends a condition or medication, even inside a value', () => {
    expect(renderTemplate('Your {appointmentType} is ready.', { appointmentType: 'Diabetes review' })).toBe('Your appointment is ready.');
  });

  it.each([
    ['Hi {firstName}, reply YES', undefined],
    ['Hi {name}, reply YES', '{name} is not a placeholder'],
    ['Time for your metformin review, {firstName}', 'may not name a condition or a medication ("metformin")'],
    ['Hi', 'a template must be 10 to 480 characters'],
  ])('judges %s', (template, problem) => {
    const found = templateProblem(template);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});

describe('renderTemplate and links', () => {
  it.each(['Sam. Pay now at http://pay.example', 'see www.pay.example', 'Dr pay.example/now', 'pay-now.com'])('never lets a placeholder carry a URL: %p', (value) => {
    expect(renderTemplate('Hi {firstName}, {practitioner} says hi.', { firstName: value, practitioner: value })).toBe('Hi there, us says hi.');
  });

  it('keeps ordinary values with dots', () => {
    expect(renderTemplate('Hi {firstName}, {practitioner} says hi.', { firstName: 'J.R.', practitioner: 'Dr. Lee' })).toBe('Hi J.R., Dr. Lee says hi.');
  });
});
