import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TenantApi } from '@mo/auth';
import { TenantRedactor } from '../policy/tenant-redactor';
import { RedactDto, RedactView } from './redact.dto';
import { RedactionMetrics } from './redaction.metrics';

@ApiTags('redaction')
@TenantApi()
@Controller('v1/redact')
export class RedactController {
  constructor(
    private readonly tenant: TenantRedactor,
    private readonly metrics: RedactionMetrics,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Redact text in line; nothing is stored' })
  @ApiOkResponse({ type: RedactView })
  async redact(@Body() dto: RedactDto): Promise<RedactView> {
    const redactor = await this.tenant.redactor();
    const result = redactor.redact(dto.text, dto.mask === 'pseudonym' ? { style: 'pseudonym', key: await this.tenant.key() } : { style: 'tag' });
    this.metrics.redacted(result.spans, 'inline');
    return { text: result.text, entities: result.spans.map(({ type, start, end, rule, confidence }) => ({ type, start, end, rule, confidence })) };
  }
}
