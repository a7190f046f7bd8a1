import * as React from 'react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { findDuty } from '../../../../model';
import type { Framework } from '../../../../model';
import { formatText, truncate } from '../../../../wording/format';
import { focusArea, focusDutyStatus } from '../../areas/focusDuty';

/**
 * Brings a deep-linked place into view and moves focus there, once, after the
 * grid renders: a duty's status (from the action tracker), or else the area's heading.
 *
 * @param areaId - The area to focus, if any.
 * @param dutyId - The duty in it whose status to focus, if any.
 * @param framework - The mapping's framework (to name the duty's status control).
 */
export function useFocusArea(areaId: string | undefined, dutyId?: string, framework?: Framework): void {
  React.useEffect(() => {
    const found = dutyId && framework ? findDuty(framework, dutyId) : undefined;
    if (found && focusDutyStatus(found.duty.id, formatText(strings.MappingStatusAria, truncate(found.duty.text)))) {
      return;
    }
    if (areaId) {
      focusArea(areaId);
    }
    // Once on arrival: the framework only changes when the mapping moves version, which remounts the page.
  }, [areaId, dutyId, framework]);
}
