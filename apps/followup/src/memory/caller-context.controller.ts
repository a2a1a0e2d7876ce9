import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TenantApi } from '@mo/auth';
import { ApiError } from '@mo/http';
import { CallerContextView, CallerParams } from './caller-context.dto';
import { CallerMemoryRepository } from './caller-memory.repository';

@ApiTags('callers')
@TenantApi()
@Controller('v1/callers')
export class CallerContextController {
  constructor(private readonly memory: CallerMemoryRepository) {}

  @Get(':phone/context')
  @ApiOperation({ summary: "What the caller was doing last time, so the agent can greet them with it; the tenant comes from the API key" })
  @ApiOkResponse({ type: CallerContextView })
  @ApiNotFoundResponse({ description: 'unknown_caller: nothing is remembered about this phone' })
  async context(@Param() params: CallerParams): Promise<CallerContextView> {
    const context = await this.memory.find(params.phone);
    if (!context) throw new ApiError(404, 'unknown_caller', 'nothing is remembered about this phone');
    return context;
  }
}
