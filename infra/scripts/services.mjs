// `node infra/scripts/services.mjs`: make sure PostgreSQL and RabbitMQ answer (used by CI).
import { ensureServices } from './lib.mjs';

await ensureServices();
