export { EventTap, type TappedEvent } from './event-tap';
