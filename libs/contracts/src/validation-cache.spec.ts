import { IsInt, IsString, MetadataStorage, Min, validateSync } from 'class-validator';
import { rememberValidationRules } from './validation-cache';

class Base {
  @IsString()
  name!: string;
}

class Child extends Base {
  @IsInt()
  @Min(1)
  count!: number;
}

const of = <T extends object>(cls: new () => T, data: object): T => Object.assign(new cls(), data);
const failing = (errors: ReturnType<typeof validateSync>) => errors.map((e) => `${e.property}:${Object.keys(e.constraints ?? {}).sort().join(',')}`).sort();

describe('remembered validation rules', () => {
  it('finds the same rules as class-validator, inherited ones included, the second time too', () => {
    rememberValidationRules();
    const bad = of(Child, { name: 7, count: 0 });
    expect(failing(validateSync(bad))).toEqual(['count:min', 'name:isString']);
    expect(failing(validateSync(bad))).toEqual(['count:min', 'name:isString']);
    expect(validateSync(of(Child, { name: 'a', count: 2 }))).toEqual([]);
    expect(failing(validateSync(of(Base, { name: 1 })))).toEqual(['name:isString']);
  });

  it('forgets what it found when a rule is added afterwards', () => {
    const storage = new MetadataStorage();
    rememberValidationRules(storage);
    class Late {}
    expect(storage.getTargetValidationMetadatas(Late, '', false, false)).toEqual([]);
    storage.addValidationMetadata({ target: Late, propertyName: 'x', type: 'isDefined', constraints: [], validationTypeOptions: undefined } as never);
    expect(storage.getTargetValidationMetadatas(Late, '', false, false).map((m) => m.propertyName)).toEqual(['x']);
  });

  it('keeps rules apart by the options they were asked with', () => {
    const storage = new MetadataStorage();
    rememberValidationRules(storage);
    class Grouped {}
    storage.addValidationMetadata({ target: Grouped, propertyName: 'y', type: 'isDefined', constraints: [], groups: ['g'] } as never);
    expect(storage.getTargetValidationMetadatas(Grouped, '', false, false, ['g'])).toHaveLength(1);
    expect(storage.getTargetValidationMetadatas(Grouped, '', false, false, ['h'])).toHaveLength(0);
  });
});
