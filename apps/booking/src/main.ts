import 'reflect-metadata';
import { loadConfig, runMain } from '@mo/config';
import { runApp } from '@mo/platform';
import { BookingConfig } from './booking.config';
import { BookingModule } from './booking.module';

void runMain(async () => {
  const config = loadConfig(BookingConfig);
  await runApp(BookingModule.forRoot(config), { name: 'booking', title: 'Clinic schedules, slot holds and the booking saga', port: config.PORT, host: config.HOST, logLevel: config.LOG_LEVEL, shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS });
});
