export { PeriodicPass } from './periodic-pass';
