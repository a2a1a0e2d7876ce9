import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { toResponse } from '@mo/http';
import { DIALECTS } from '@mo/voice';
import type { VoiceRequest } from '@mo/voice-auth';
import { somethingWrong } from './voice-speech.mapper';

/**
 * A platform's agent goes silent on a non-200 or an answer it cannot parse, so a failure inside a
 * tool call (after the transaction rolled back) is answered 200 with a sentence for every call of
 * the request. Client errors (a bad credential, a malformed body) keep their status.
 */
@Catch()
export class VoiceErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Voice');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<VoiceRequest>();
    const { status, body } = toResponse(exception);
    const dialect = request.voice && DIALECTS[request.voice.platform];
    const parsed = dialect?.parseTools(request.body);
    if (status < 500 || !dialect || parsed?.type !== 'tools') {
      void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
      return;
    }
    this.logger.error(`${request.voice!.platform} tool call failed: ${exception instanceof Error ? exception.name : 'non-error thrown'}`);
    void reply.status(200).send(dialect.formatAnswers(parsed.request.calls.map((call) => ({ call, answer: somethingWrong() }))));
  }
}
