import { createContext, useContext, useState, type ReactNode } from 'react';
import type { FollowUpItem } from '../../../../../shared/contract';
import { useDialogOpener } from '../../../lib/dialog-opener';
import { CancelModal } from './CancelModal';
import { CompleteModal } from './CompleteModal';
import { RescheduleModal } from './RescheduleModal';
import { SnoozePickModal } from './SnoozePickModal';

export type FollowUpDialog = 'done' | 'pick' | 'reschedule' | 'cancel';
type Open = (dialog: FollowUpDialog, item: FollowUpItem) => void;

const DialogsContext = createContext<Open | null>(null);

/**
 * Holds the one open action dialog of a screen, above its rows: when the lists reload (a reminder
 * fell due, the item moved to another tab) the dialog and what was typed in it stay.
 */
export function FollowUpDialogsProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<{ dialog: FollowUpDialog; item: FollowUpItem } | null>(null);
  const opener = useDialogOpener();
  const close = () => {
    setOpen(null);
    opener.restore();
  };
  const props = open ? { item: open.item, opened: true, onClose: close } : null;
  return (
    <DialogsContext.Provider
      value={(dialog, item) => {
        opener.remember();
        setOpen({ dialog, item });
      }}
    >
      {children}
      {/* Mounted while open only: each opening starts from a clean form. */}
      {props && open?.dialog === 'done' ? <CompleteModal {...props} /> : null}
      {props && open?.dialog === 'pick' ? <SnoozePickModal {...props} /> : null}
      {props && open?.dialog === 'reschedule' ? <RescheduleModal {...props} /> : null}
      {props && open?.dialog === 'cancel' ? <CancelModal {...props} /> : null}
    </DialogsContext.Provider>
  );
}

export function useOpenDialog(): Open {
  const open = useContext(DialogsContext);
  if (!open) throw new Error('useOpenDialog must be used inside FollowUpDialogsProvider');
  return open;
}
