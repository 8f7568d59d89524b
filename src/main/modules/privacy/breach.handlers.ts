import type { Handlers } from '../../ipc/handlers';
import type { BreachService } from './breach.service';

export function breachHandlers(
  breaches: BreachService,
): Pick<Handlers, 'privacy:exports' | 'privacy:breaches' | 'privacy:breach' | 'privacy:createBreach' | 'privacy:breachNotified' | 'privacy:printBreachLetter'> {
  return {
    'privacy:exports': () => breaches.exports(),
    'privacy:breaches': () => breaches.list(),
    'privacy:breach': ({ id }) => breaches.get(id),
    'privacy:createBreach': (input) => breaches.create(input),
    'privacy:breachNotified': (input) => breaches.notified(input),
    'privacy:printBreachLetter': (input) => breaches.printLetter(input),
  };
}
