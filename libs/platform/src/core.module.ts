import { Global, Module } from '@nestjs/common';
import { Clock, IdGenerator } from '@mo/context';

/** Time and ids as injectable inputs; tests override them with ManualClock and fixed ids. */
@Global()
@Module({
  providers: [
    { provide: Clock, useFactory: () => new Clock() },
    { provide: IdGenerator, useFactory: () => new IdGenerator() },
  ],
  exports: [Clock, IdGenerator],
})
export class CoreModule {}
