/**
 * A condition said of a group, not of a person: "most teenagers get a bit of gingivitis", "loads of people have had
 * that norovirus at school", "everybody at work has had that stomach bug". How common it is, nobody's own, unless
 * the caller puts someone in the group ("my son and everybody in his class has norovirus").
 */

/** Who: a quantified or bare group of people, or everyone. */
const GROUP =
  '(?:(?:most|many|lots of|loads of|a lot of|plenty of|heaps of|tons of|half(?: of)?(?: the)?|all(?: of)?(?: the)?|nearly all|almost all|so many|a few|some)\\s+' +
  '(?:people|folks?|adults|grown-ups|teenagers|teens|kids|children|babies|toddlers|women|men|patients|students|pupils|parents|mums|moms|families|staff|colleagues|workers|teachers|nurses|of (?:them|the (?:kids|class|school|office|staff|team)))' +
  '|(?:people|kids|teenagers|teens|children) these days|everybody|everyone|every kid|every child|half the (?:class|school|office|street|town|staff|team)|the whole (?:class|school|office|street|team|ward|nursery))';
/** Where the group is ("at work", "in his class", "round here"): part of the group, not a second subject. */
const WHERE = "(?:\\s+(?:at|in|from|round|around|on|going round|going around)\\s+[^.?!,;]{0,30}?)?";
/** The verb of catching or having, with a filler word before the condition. */
const HAS =
  "(?:'s|'ve)?\\s*(?:\\s(?:seem to|all|always|usually|normally|tend to|will|would|eventually|at some point|probably))*\\s*" +
  '(?:get|gets|got|getting|have|has|had|having|catch|catches|caught|develop|develops|suffer from|suffers from|end up with|ends up with|come down with|came down with|(?:have|has|had|are|were)\\s+(?:had|got|getting|caught|down with|off with|going down with))' +
  '\\s+(?:(?:that|this|the|some|a bit of|a little|a touch of|a dose of|a mild|mild|a|an|little)\\s+)*$';
const GROUP_HAS = new RegExp(`(?:^|[^a-z'])(${GROUP})${WHERE}\\s*${HAS}`);
/** The looser form, a few words between the group and its verb with no filler after: "anyone in the family has", "kids at nursery get". */
const CROWD_HAS = /\b(everyone|everybody|people|anyone|half the \w+|the whole \w+|kids at \w+|(?:lots of|a lot of|loads of|many|most|some|all) \w+)(?: \w+){0,3} (?:has|have|had|got|get|gets|are getting|is getting)\s*$/;
/** Someone named with the group ("my son and everybody in his class", "me and half the office"). */
const PERSON_WITH = /\b(?:i|me|my \w+|he|she|him|her|we|us|[a-z]+'s \w+)\s+(?:and|&|as well as|along with|like|plus)\s+$/;

/** `bare` is the sentence before the condition, without its article; true when a group, not a person, has it. */
export function saidOfAGroup(bare: string): boolean {
  const m = GROUP_HAS.exec(bare) ?? CROWD_HAS.exec(bare);
  if (!m) return false;
  const groupStart = m.index + m[0].indexOf(m[1]);
  return !PERSON_WITH.test(bare.slice(0, groupStart));
}
