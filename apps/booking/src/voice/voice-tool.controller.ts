import { Body, Controller, HttpCode, Post, Req, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { TenantTransactionInterceptor } from '@mo/auth';
import { TenantDb } from '@mo/database';
import { ApiError } from '@mo/http';
import { DIALECTS, PLATFORMS } from '@mo/voice';
import { VoiceAuthGuard, VoiceEndpoint } from '@mo/voice-auth';
import type { VoiceRequest } from '@mo/voice-auth';
import { VoiceErrorFilter } from './voice-error.filter';
import { VoiceToolCallService } from './voice-tool-call.service';

/**
 * Tool calls from Vapi, Retell and ElevenLabs, each in its own dialect: parsed by the platform's
 * dialect, answered by the tool-call use case, formatted back. The tenant is the connection's.
 */
@ApiTags('voice')
@Controller('v1/voice/:platform/:connectionId')
export class VoiceToolController {
  constructor(
    private readonly toolCalls: VoiceToolCallService,
    private readonly db: TenantDb,
  ) {}

  @Post('tools')
  @HttpCode(200)
  @VoiceEndpoint('tools')
  @UseGuards(VoiceAuthGuard)
  @UseInterceptors(TenantTransactionInterceptor)
  @UseFilters(VoiceErrorFilter)
  @ApiOperation({ summary: "A voice platform's tool call, in its own dialect; every answer is a sentence the agent can say (see docs/platforms.md)" })
  @ApiParam({ name: 'platform', enum: PLATFORMS })
  @ApiParam({ name: 'connectionId', format: 'uuid', description: 'Printed by npm run tenant -- connect-platform' })
  @ApiOkResponse({ description: "The platform's tool-result body; errors are answered 200 as sentences too" })
  @ApiUnauthorizedResponse({ description: "missing or wrong platform credential or signature" })
  async tools(@Req() request: VoiceRequest, @Body() body: unknown): Promise<unknown> {
    const dialect = DIALECTS[request.voice!.platform];
    const parsed = dialect.parseTools(body);
    if (parsed.type === 'ignored') return {};
    if (parsed.type === 'malformed') throw new ApiError(400, 'validation_failed', parsed.problem);
    // Nothing is written after the tool calls' answers: the last may commit with the transaction.
    return dialect.formatAnswers(await this.db.endAtFinal(() => this.toolCalls.answer(parsed.request)));
  }
}
