import * as React from 'react';

/**
 * Brings a deep-linked area into view and moves focus to its heading, once, after the grid renders.
 *
 * @param areaId - The area to focus, if any.
 */
export function useFocusArea(areaId: string | undefined): void {
  React.useEffect(() => {
    if (!areaId) {
      return;
    }
    const heading = document.getElementById(`idm-area-${areaId}`);
    if (heading) {
      if (typeof heading.scrollIntoView === 'function') {
        heading.scrollIntoView({ block: 'start' });
      }
      heading.focus();
    }
  }, [areaId]);
}
