import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiError } from '@mo/http';
import { DeadLetter } from '../dead-letter';
import { QueueSummary } from '../dead-letter-filter';
import { RunReport } from '../dead-letter-ops';
import { type AdminRequest, AdminTokenGuard } from './admin-token.guard';
import { DeadLetterAdminService } from './dead-letter-admin.service';
import { ListQuery, PurgeBody, ReplayBody, ShowParams, ShowQuery, toFilter } from './dead-letter.dto';

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AdminTokenGuard)
@Controller('admin/dlq')
export class DeadLetterController {
  constructor(private readonly admin: DeadLetterAdminService) {}

  @Get()
  @ApiOperation({ summary: "Every app's dead-letter queue, grouped by reason, type, routing key, tenant and age" })
  list(@Query() query: ListQuery): Promise<QueueSummary[]> {
    return this.admin.with((ops) => ops.list(toFilter(query)));
  }

  @Get('messages/:id')
  @ApiOperation({ summary: 'One dead letter with its failure headers; PII and names masked unless reveal=true, which is audited' })
  async show(@Param() params: ShowParams, @Query() query: ShowQuery, @Req() request: AdminRequest): Promise<DeadLetter> {
    const revealTo = query.reveal ? { operator: request.operator!, via: 'api' as const } : undefined;
    const letter = await this.admin.with((ops) => ops.show(params.id, revealTo));
    if (!letter) throw new ApiError(404, 'not_found', `no dead letter ${params.id}`);
    return letter;
  }

  @Post('replay')
  @HttpCode(200)
  @ApiOperation({ summary: "Republishes matching dead letters to their app's queue with a new id linked by x-replayed-from; audited" })
  replay(@Body() body: ReplayBody, @Req() request: AdminRequest): Promise<RunReport> {
    const actor = { operator: request.operator!, via: 'api' as const };
    return this.admin.with((ops) => ops.replay(toFilter(body), actor, { dryRun: body.dryRun ?? false, ...(body.rate ? { rate: body.rate } : {}) }));
  }

  @Post('purge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deletes matching dead letters for good ("confirm": true required); audited' })
  purge(@Body() body: PurgeBody, @Req() request: AdminRequest): Promise<RunReport> {
    const actor = { operator: request.operator!, via: 'api' as const };
    return this.admin.with((ops) => ops.purge(toFilter(body), actor, body.confirm === true));
  }
}
