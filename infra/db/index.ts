export { migrate } from './migrate';
export { MIGRATIONS } from './migrations';
export type { AppName } from '@mo/contracts';
export { APP_ROLES, DISCOVERY_ROLE, dropDatabase, ensureDatabase, ensureRoles, OWNER_ROLE, roleUrl } from './roles';
export { DatabaseSettings } from './settings';
export { declareBrokerTopology, setupDatabase } from './setup';
export { brokerPermissions, brokerUrl, ensureBrokerUsers, OPERATOR_USER, operatorPermissions, type BrokerPermissions } from './broker-users';
