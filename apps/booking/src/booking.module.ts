import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@mo/platform';
import { BookingConfig } from './booking.config';

@Module({})
export class BookingModule {
  static forRoot(config: BookingConfig): DynamicModule {
    return {
      module: BookingModule,
      imports: [PlatformModule.forRoot({ app: 'booking', schema: 'booking', config })],
      providers: [{ provide: BookingConfig, useValue: config }],
    };
  }
}
