import type { Session, sessionContract } from '../../../shared/contract';
import type { EventBus } from '../../events';
import type { Handlers } from '../../ipc/handlers';
import type { SettingsService } from '../settings';
import type { SessionService } from './session.service';

export function sessionHandlers(
  session: SessionService,
  settings: SettingsService,
  bus: EventBus,
): Pick<Handlers, keyof typeof sessionContract> {
  const announce = (value: Session) => {
    bus.emit('session:changed', value);
    return value;
  };
  return {
    'session:get': () => session.get(),
    'session:start': async (input) => announce(await session.start(input)),
    'session:lock': async () => announce(await session.lock()),
    'session:confirmPin': async ({ pin }) => announce(await session.confirmPin(pin)),
    'session:changePin': async (input) => announce(await session.changePin(input)),
    'session:end': async () => announce(await session.end()),
    'session:firstRun': async (input) => {
      const value = await session.firstRun(input);
      // First-run writes the office profile too.
      bus.emit('settings:changed', await settings.get());
      return announce(value);
    },
  };
}
