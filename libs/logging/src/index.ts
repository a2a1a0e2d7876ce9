export { createLogger } from './logger';
export { NestPinoLogger } from './nest-logger';
export { scrub } from './scrub';
