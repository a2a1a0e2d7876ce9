export { Clock, IdGenerator, ManualClock } from './clock';
export { type Correlation, CorrelationContext } from './correlation';
