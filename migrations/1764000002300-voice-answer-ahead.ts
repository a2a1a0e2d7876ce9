import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A voice tool's answer written in the same round trip as the work it answers, with `COMMIT` right
 * behind it (apps/booking/src/voice/voice-tool-call.service.ts, `answerAhead`): the statement that
 * stores it must fail, and so roll the whole transaction back, when what it answers did not happen
 * as assumed (a repeat's claim, a slot taken). Plain SQL cannot raise, so this does.
 */
export class VoiceAnswerAhead1764000002300 implements MigrationInterface {
  name = 'VoiceAnswerAhead1764000002300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE FUNCTION booking.voice_answer_holds(holds boolean) RETURNS boolean LANGUAGE plpgsql AS $$
       BEGIN
         IF holds IS NOT TRUE THEN
           RAISE EXCEPTION 'the answer written ahead does not hold' USING ERRCODE = 'MOV01';
         END IF;
         RETURN true;
       END $$`,
    );
    await db.query(`GRANT EXECUTE ON FUNCTION booking.voice_answer_holds(boolean) TO mo_booking`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION booking.voice_answer_holds(boolean)`);
  }
}
