import { Tenancy1764000000000 } from '../../migrations/1764000000000-tenancy';
import { Messaging1764000000100 } from '../../migrations/1764000000100-messaging';

/** Every migration, in order. Adding a file to migrations/ means adding it here. */
export const MIGRATIONS = [Tenancy1764000000000, Messaging1764000000100];
