import { Body, Controller, HttpCode, Post, Req, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { TenantTransactionInterceptor } from '@mo/auth';
import { Clock } from '@mo/context';
import { ApiError } from '@mo/http';
import { DIALECTS, PLATFORMS } from '@mo/voice';
import { VoiceAuthGuard, VoiceEndpoint } from '@mo/voice-auth';
import type { VoiceRequest } from '@mo/voice-auth';
import { VoiceCallEndService } from './voice-call-end.service';

/** End-of-call messages from Vapi, Retell and ElevenLabs; every other message type is acknowledged and ignored. */
@ApiTags('voice')
@Controller('v1/voice/:platform/:connectionId')
export class VoiceEventsController {
  constructor(
    private readonly calls: VoiceCallEndService,
    private readonly clock: Clock,
  ) {}

  @Post('events')
  @HttpCode(200)
  @VoiceEndpoint('events')
  @UseGuards(VoiceAuthGuard)
  @UseInterceptors(TenantTransactionInterceptor)
  @ApiOperation({ summary: "A voice platform's webhook: the end-of-call message stores the transcript redacted and ends the call in booking" })
  @ApiParam({ name: 'platform', enum: PLATFORMS })
  @ApiParam({ name: 'connectionId', format: 'uuid' })
  @ApiOkResponse({ description: '{received, callId?, duplicate?}; messages that are not an end of call are ignored' })
  @ApiUnauthorizedResponse({ description: 'missing, wrong or stale signature' })
  async events(@Req() request: VoiceRequest, @Body() body: unknown): Promise<Record<string, unknown>> {
    const platform = request.voice!.platform;
    const parsed = DIALECTS[platform].parseEvent(body, this.clock.now());
    if (parsed.type === 'ignored') return { received: true, ignored: parsed.what };
    if (parsed.type === 'malformed') throw new ApiError(400, 'validation_failed', parsed.problem);
    const result = await this.calls.ended(platform, parsed.call);
    return result.type === 'Duplicate' ? { received: true, callId: result.callId, duplicate: true } : { received: true, callId: result.callId, transcript: result.transcript };
  }
}
