import { isE164Phone, isTextablePhone } from './validation';

describe('a caller phone', () => {
  it.each([
    ['a US number', '+13125550147', true, true],
    ['a UK mobile', '+447911123456', true, true],
    ['a US toll-free number', '+18005550199', true, false],
    ['a UK premium-rate number', '+449098790000', true, false],
    ['an unassigned US area code', '+11115550147', false, false],
    ['a number without its plus', '13125550147', false, false],
  ])('%s (%s): valid %p, textable %p', (_what, phone, valid, textable) => {
    expect(isE164Phone(phone)).toBe(valid);
    expect(valid && isTextablePhone(phone)).toBe(textable);
  });

  it("answers each number on its own, whichever was asked before (one parse is kept for the next rule's question)", () => {
    const asked = ['+13125550147', '+18005550199', '+11115550147', '+13125550147', '+449098790000', '+447911123456'];
    const answers = asked.map((phone) => [isE164Phone(phone), isE164Phone(phone) && isTextablePhone(phone)]);
    expect(answers).toEqual([
      [true, true],
      [true, false],
      [false, false],
      [true, true],
      [true, false],
      [true, true],
    ]);
  });

  it("takes Twilio's magic test numbers as textable", () => {
    expect(isTextablePhone('+15005550006')).toBe(true);
  });
});
