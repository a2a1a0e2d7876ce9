import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, ValidationError, validateSync } from 'class-validator';
import { isPublicDefault } from './public-defaults';

/** Raised when the environment does not describe a runnable app. Its message is one line that names the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** A failure the operator can act on (start the system first, free a port): one line on stderr, exit 1. */
export class OperatorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OperatorError';
  }
}

type ConfigClass<T> = new () => T;

/**
 * Builds a typed config from an env-like record. Property names of the class are the variable names,
 * so the message can name exactly the variable to fix.
 */
export function loadConfig<T extends object>(cls: ConfigClass<T>, env: NodeJS.ProcessEnv = process.env): T {
  const defaults = new cls();
  const raw: Record<string, unknown> = {};
  for (const key of configKeys(cls)) {
    const value = env[key];
    raw[key] = value === undefined || value === '' ? (defaults as Record<string, unknown>)[key] : value;
  }
  const config = plainToInstance(cls, raw, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigError(describe(errors[0]!));
  if (env.NODE_ENV === 'production') refusePublicDefaults(config, configKeys(cls));
  return config;
}

/** In production every secret is this installation's own: a value published with the source is refused. */
function refusePublicDefaults(config: object, keys: string[]): void {
  const published = keys.find((key) => isPublicDefault((config as Record<string, unknown>)[key]));
  if (published) {
    throw new ConfigError(`Configuration error: ${published} is a public development value, refused under NODE_ENV=production; set this installation's own (docs/runbook.md, "Secrets")`);
  }
}

/** Every decorated property, including required ones that have no default and so no own key. */
function configKeys(cls: ConfigClass<object>): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

function describe(error: ValidationError): string {
  const constraint = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
  const shown = error.value === undefined ? 'missing' : 'invalid';
  return `Configuration error: ${error.property} is ${shown} (${constraint})`;
}

/**
 * A server that cannot listen on its configured port is misconfigured, not broken: the error names
 * the variable to change. Other errors pass through unchanged.
 */
export function listenError(error: unknown, variable: string, port: number): unknown {
  const code = (error as { code?: string } | undefined)?.code;
  if (code === 'EADDRINUSE') return new ConfigError(`Configuration error: ${variable} ${port} is already in use (is another instance running?); stop it or set ${variable}`);
  if (code === 'EACCES') return new ConfigError(`Configuration error: ${variable} ${port} needs privileges this process does not have; set ${variable} above 1023`);
  return error;
}

/**
 * Runs an entry point and turns a ConfigError into one line on stderr and exit code 78 (EX_CONFIG),
 * and an OperatorError into one line and exit code 1: never a stack trace for either.
 */
export async function runMain(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    if (error instanceof OperatorError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
