/**
 * The agent's questions whose answer is a condition said bare: "Any medical conditions?", "And what's
 * that for?" (after a medicine), "What's the problem?", "Any symptoms?". The answer names the caller's
 * own condition without "my" ("the thyroid", "clots in my leg", "it's cracked").
 */
export const CONDITIONS_ASK =
  /\bany (?:medical |health |other )?(?:conditions?|problems|issues|symptoms|history)\b|\bwhat (?:are|is) (?:they|it|that|those|these) (?:for|taken for)\b|\bwhat'?s (?:that|it|this) for\b|\bwhat(?:'s| is) (?:the|your) (?:problem|matter|issue|trouble)\b|\bwhat (?:seems to be|brings you in|happened)\b|\bwhat(?:'s| is) (?:going on|up with)\b|\bdescribe the (?:pain|problem|symptoms)\b|\bwhat(?:'s| is) wrong\b|\b(?:which|what) conditions?\b/;
