import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { TenantApi } from '@mo/auth';
import { IsCallId } from '@mo/contracts';
import { CallService } from './call.service';

export class CallParams {
  @IsCallId() callId!: string;
}

export class CallEndedView {
  @ApiProperty() callId!: string;
  @ApiProperty({ type: [String], description: 'Holds released because the call ended' }) released!: string[];
}

@ApiTags('calls')
@TenantApi()
@Controller('v1/calls')
export class CallController {
  constructor(private readonly calls: CallService) {}

  @Post(':callId/ended')
  @HttpCode(200)
  @ApiOperation({ summary: "The call ended: release its pending holds and follow up with the caller" })
  @ApiOkResponse({ type: CallEndedView })
  ended(@Param() params: CallParams): Promise<CallEndedView> {
    return this.calls.ended(params.callId);
  }
}
