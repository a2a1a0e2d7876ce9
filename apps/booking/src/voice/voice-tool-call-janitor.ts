import { Injectable } from '@nestjs/common';
import { Clock } from '@mo/context';
import { PeriodicPass } from '@mo/background';
import { VoiceToolCallRepository } from './voice-tool-call.repository';

/** A tool call's answer only matters while its call lasts; a day is plenty. Pruned hourly. */
export const VOICE_TOOL_CALL_RETENTION_MS = 24 * 3600_000;

@Injectable()
export class VoiceToolCallJanitor extends PeriodicPass {
  constructor(
    private readonly calls: VoiceToolCallRepository,
    private readonly clock: Clock,
  ) {
    super(3600_000, 'pruning voice tool calls');
  }

  protected pass(): Promise<number> {
    return this.calls.prune(new Date(this.clock.now().getTime() - VOICE_TOOL_CALL_RETENTION_MS), 10_000);
  }
}
