import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { TenantApi } from '@mo/auth';
import { send } from '@mo/http';
import { TranscriptDto, TranscriptView } from './transcript.dto';
import { recordOutcome } from './transcript.mapper';
import { TranscriptService } from './transcript.service';

@ApiTags('transcripts')
@TenantApi()
@Controller('v1/transcripts')
export class TranscriptController {
  constructor(private readonly transcripts: TranscriptService) {}

  @Post()
  @ApiOperation({ summary: 'Store an end-of-call transcript, redacted turn by turn with the turns before as context; idempotent per callId' })
  @ApiCreatedResponse({ type: TranscriptView })
  @ApiOkResponse({ type: TranscriptView, description: 'the same transcript was already recorded' })
  @ApiConflictResponse({ description: 'transcript_exists: another transcript was recorded for this call' })
  async record(@Body() dto: TranscriptDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return send(reply, recordOutcome(await this.transcripts.record(dto)));
  }
}
