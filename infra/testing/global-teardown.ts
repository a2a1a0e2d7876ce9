export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __moServicesStop?: () => Promise<void> }).__moServicesStop?.();
}
