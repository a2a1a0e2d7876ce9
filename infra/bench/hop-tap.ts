import { EventTap } from '@infra/demo';

/**
 * When each event reaches the broker, as any subscriber sees it (the relay-publish hop of a call),
 * keyed by the hold it is about, in `performance.now()` time like the rest of the benchmark.
 */
export class HopTap {
  private constructor(private readonly tap: EventTap) {}

  static async open(amqpUrl: string, prefix: string): Promise<HopTap> {
    return new HopTap(await EventTap.open(amqpUrl, prefix, () => performance.now()));
  }

  /** When the hold's first event of `type` reached the broker. */
  at(holdId: string, type: string): number | undefined {
    return this.tap.events.find((e) => e.type === type && e.payload.holdId === holdId)?.at;
  }

  close(): Promise<void> {
    return this.tap.close();
  }
}
