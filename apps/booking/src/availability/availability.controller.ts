import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TenantApi } from '@mo/auth';
import { AvailabilityQuery, AvailabilityView } from './availability.dto';
import { availabilityQuery, availabilityResponse } from './availability.mapper';
import { AvailabilityService } from './availability.service';

@ApiTags('availability')
@TenantApi()
@Controller('v1/availability')
export class AvailabilityController {
  constructor(private readonly availability: AvailabilityService) {}

  @Get()
  @ApiOperation({ summary: 'Free slots for an appointment type in a window, with labels the agent can speak' })
  @ApiOkResponse({ type: AvailabilityView })
  async find(@Query() query: AvailabilityQuery): Promise<AvailabilityView> {
    return availabilityResponse(await this.availability.find(availabilityQuery(query)));
  }
}
