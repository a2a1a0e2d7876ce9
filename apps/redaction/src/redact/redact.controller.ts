import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { TenantApi } from '@mo/auth';
import { Clock } from '@mo/context';
import { RedactionResult } from '@mo/pii';
import { TenantRedactor } from '../policy/tenant-redactor';
import { EntityView, RedactDto, RedactTurnsView, RedactView } from './redact.dto';
import { RedactionMetrics } from './redaction.metrics';

@ApiTags('redaction')
@TenantApi()
@Controller('v1/redact')
@ApiExtraModels(RedactView, RedactTurnsView)
export class RedactController {
  constructor(
    private readonly tenant: TenantRedactor,
    private readonly metrics: RedactionMetrics,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Redact text, or a dialogue of turns (each read with the turns before it), in line; nothing is stored' })
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(RedactView) }, { $ref: getSchemaPath(RedactTurnsView) }] } })
  async redact(@Body() dto: RedactDto): Promise<RedactView | RedactTurnsView> {
    const redactor = await this.tenant.redactor();
    const mask = dto.mask === 'pseudonym' ? ({ style: 'pseudonym', key: await this.tenant.key() } as const) : ({ style: 'tag' } as const);
    const now = this.clock.now();
    if (dto.turns) {
      const results = redactor.redactDialogue(dto.turns, { mask, now });
      this.metrics.redacted(results.flatMap((r) => r.spans), 'inline');
      return { turns: dto.turns.map((turn, i) => ({ speaker: turn.speaker, ...view(results[i]!) })) };
    }
    const result = redactor.redact(dto.text!, { mask, now });
    this.metrics.redacted(result.spans, 'inline');
    return view(result);
  }
}

function view(result: RedactionResult): RedactView {
  return { text: result.text, entities: result.spans.map(({ type, start, end, rule, confidence }): EntityView => ({ type, start, end, rule, confidence })) };
}
