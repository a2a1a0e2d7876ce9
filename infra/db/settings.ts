import 'reflect-metadata';
import { IsString, IsUrl, Matches } from 'class-validator';
import { DEV_DB_PASSWORD } from '@mo/config';

/** Where the bootstrap finds the server, and the names and password it gives what it creates. */
export class DatabaseSettings {
  /** A superuser connection, used only to create roles and databases. */
  @IsUrl({ require_tld: false, protocols: ['postgres', 'postgresql'] })
  ADMIN_DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/postgres';

  @Matches(/^[a-z_][a-z0-9_]{0,62}$/)
  DATABASE_NAME: string = 'orchestrator';

  /** Password given to every role. Local servers use trust auth; production sets its own. */
  @IsString()
  MO_DB_PASSWORD: string = DEV_DB_PASSWORD;
}
