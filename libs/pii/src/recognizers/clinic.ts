import { Analysis } from '../analysis';
import { Candidate, EntityType } from '../types';
import { tokenAt } from './context';

const CONTACT: ReadonlySet<EntityType> = new Set(['PHONE', 'EMAIL', 'STREET_ADDRESS', 'POSTAL_CODE']);
/** Words by which the agent speaks of the clinic: "we're at", "our number", "email us at". */
const OURS = new Set(['our', 'ours', "we're", 'we', 'us', 'call', 'email', 'clinic', "clinic's", 'office', "office's", 'practice', 'surgery', 'reception', 'front', 'desk', 'located', 'find',
  // The same in the clinic's other languages: "die Praxis ist in der ...", "le cabinet est au ...", "nuestra clínica está en ...".
  'praxis', 'unsere', 'unser', 'wir', 'cabinet', 'notre', 'nous', 'clinique', 'nuestra', 'nuestro', 'clínica', 'consulta', 'consultorio', 'estamos']);
const YOURS = new Set(['your', "you're", 'yours', 'his', 'her', 'their']);

/**
 * In the agent's turn, a phone, email, address or postcode spoken of as the clinic's ("our address
 * is ...", "you can reach us at ...") is the clinic's, not the caller's; "your number is ..." is
 * the caller's read back, and stays masked.
 */
export function aboutTheClinic(a: Analysis, c: Candidate): boolean {
  if (!CONTACT.has(c.type)) return false;
  const first = tokenAt(a, c.start);
  for (let k = first - 1; k >= Math.max(0, first - 10); k--) {
    const w = a.tokens[k]!.lower;
    if (YOURS.has(w)) return false;
    // "And the email is hope.m at ...?": the word alone names an address read back; "email us at" names the clinic's.
    if (w === 'email' && a.tokens[k + 1]?.lower !== 'us') continue;
    // "I have your email as ...": a word for the detail after "your" names the caller's, not the clinic's.
    if (OURS.has(w)) return !YOURS.has(a.tokens[k - 1]?.lower ?? '');
    if (w === '.' || w === '?' || w === '!') return false;
  }
  return false;
}
