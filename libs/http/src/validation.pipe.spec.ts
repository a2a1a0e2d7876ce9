import { IsInt, Min } from 'class-validator';
import { validateAs } from '@mo/contracts';
import { ApiError } from './api-error';
import { createValidationPipe } from './validation.pipe';

class Count {
  @IsInt() @Min(1) n!: number;
}

describe('the validation pipe', () => {
  const pipe = createValidationPipe();

  it('validates a plain body against its class, naming the field', async () => {
    await expect(pipe.transform({ n: 0 }, { type: 'body', metatype: Count })).rejects.toMatchObject({ status: 400, extra: { field: 'n' } });
    await expect(pipe.transform({ n: 1, extra: true }, { type: 'body', metatype: Count })).rejects.toBeInstanceOf(ApiError);
    expect(await pipe.transform({ n: 2 }, { type: 'body', metatype: Count })).toEqual(Object.assign(new Count(), { n: 2 }));
  });

  it('passes on, as it is, a payload the consumer has already validated into its class', async () => {
    const validated = validateAs(Count, { n: 3 }, false);
    if (!validated.ok) throw new Error(validated.message);
    expect(await pipe.transform(validated.value, { type: 'custom', metatype: Count })).toBe(validated.value);
  });

  it('still refuses a NUL character first, instance or not', async () => {
    await expect(pipe.transform(Object.assign(new Count(), { n: 1, note: 'a\u0000b' }), { type: 'custom', metatype: Count })).rejects.toMatchObject({ extra: { field: 'note' } });
    await expect(pipe.transform({ note: 'a\u0000b' }, { type: 'body', metatype: Object })).rejects.toMatchObject({ extra: { field: 'note' } });
  });
});
