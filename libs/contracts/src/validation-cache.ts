import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];
type Metadata = ReturnType<Lookup>;

/**
 * class-validator looks up a class's rules on every validation: it filters the class's own rules and
 * walks every registered class for its ancestors (`instanceof` against each), then groups them by
 * property. The rules only change while decorators run, at load, so the lookup and the grouping are
 * remembered per class and options until a rule is added. Every body and message is still checked
 * against every rule; only finding the rules is done once. Installed once per process, on the one
 * storage every copy of the validator shares.
 */
export function rememberValidationRules(storage: Storage = getMetadataStorage()): void {
  const marked = storage as Storage & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  let rules = new Map<unknown, Map<string, Metadata>>();
  let grouped = new WeakMap<Metadata, ReturnType<Storage['groupByPropertyName']>>();
  const forget = () => {
    rules = new Map();
    grouped = new WeakMap();
  };
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const addMetadata = storage.addValidationMetadata.bind(storage);
  storage.addValidationMetadata = (metadata) => {
    forget();
    addMetadata(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let ofTarget = rules.get(target);
    if (!ofTarget) rules.set(target, (ofTarget = new Map()));
    let found = ofTarget.get(key);
    if (!found) ofTarget.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let byProperty = grouped.get(metadata);
    if (!byProperty) grouped.set(metadata, (byProperty = group(metadata)));
    return byProperty;
  };
}

const INSTALLED = Symbol.for('mo.validation-rules-remembered');
