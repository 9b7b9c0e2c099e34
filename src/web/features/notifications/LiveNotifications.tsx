/** Everything live for a signed-in tab: the event stream and the notification centre on top of it. */
import type { ReactNode } from 'react';
import { LiveEventsProvider } from './LiveEvents.tsx';
import { NotificationCentreProvider } from './NotificationCentre.tsx';

export function LiveNotifications({ children }: { children: ReactNode }) {
  return (
    <LiveEventsProvider>
      <NotificationCentreProvider>{children}</NotificationCentreProvider>
    </LiveEventsProvider>
  );
}
