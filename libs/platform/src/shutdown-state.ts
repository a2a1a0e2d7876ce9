/** Flipped first on shutdown, so readiness fails and load balancers stop sending work. */
export class ShutdownState {
  stopping = false;
}
