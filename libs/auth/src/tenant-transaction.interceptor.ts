import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { lastValueFrom, Observable } from 'rxjs';
import { TenantDb } from '@mo/database';
import { TenantRequest } from './tenant-auth.guard';

/**
 * Runs the whole handler in one transaction of the authenticated tenant. The response is sent only
 * after the commit, so a client never sees a success that was rolled back.
 */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(private readonly db: TenantDb) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { tenant } = context.switchToHttp().getRequest<TenantRequest>();
    if (!tenant) throw new Error('TenantTransactionInterceptor needs TenantAuthGuard before it');
    return new Observable((subscriber) => {
      this.db.run(tenant.orgId, () => lastValueFrom(next.handle(), { defaultValue: undefined })).then(
        (value) => {
          subscriber.next(value);
          subscriber.complete();
        },
        (error: unknown) => subscriber.error(error),
      );
    });
  }
}
