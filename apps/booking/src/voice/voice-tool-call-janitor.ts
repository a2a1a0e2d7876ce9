import { Injectable } from '@nestjs/common';
import { PeriodicPass } from '@mo/background';
import { VoiceToolCallRepository } from './voice-tool-call.repository';

/** Prunes answered tool calls hourly; the database decides which are old enough (a day). */
@Injectable()
export class VoiceToolCallJanitor extends PeriodicPass {
  constructor(private readonly calls: VoiceToolCallRepository) {
    super(3600_000, 'pruning voice tool calls');
  }

  protected pass(): Promise<number> {
    return this.calls.prune(10_000);
  }
}
