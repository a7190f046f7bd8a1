import * as React from 'react';

/** Opens the History panel of one duty; absent where history is not offered (e.g. tests of the grid alone). */
export const DutyHistoryContext = React.createContext<((dutyId: string) => void) | undefined>(undefined);
