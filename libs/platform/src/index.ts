export { type AppOptions, configureApp, createApp, fastifyAdapter, runApp, shutdown } from './bootstrap';
export { CoreModule } from './core.module';
export { PlatformModule, type PlatformOptions } from './platform.module';
export { ShutdownState } from './shutdown-state';
