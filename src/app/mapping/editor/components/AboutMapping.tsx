import * as React from 'react';
import { ActionButton, mergeStyleSets } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';

export interface AboutMappingProps {
  /** Open for someone new to this framework version, or while the details need fixing; folded for a returning person. */
  startOpen: boolean;
  /** What shares the row with the fold's button (sign-off, the view switch): one row instead of three. */
  beside: React.ReactNode;
  /** The introduction, details and summary. */
  children: React.ReactNode;
}

const BODY_ID = 'idm-about-mapping';

const classes = mergeStyleSets({
  root: { display: 'grid', gap: 'inherit' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px 24px', minWidth: 0 },
  body: { display: 'grid', gap: 'inherit', minWidth: 0 }
});

/** The fold's button, memoised: the row around it re-renders with the editor, the button only when it flips. */
const FoldButton = React.memo(function FoldButton({ open, onToggle }: { open: boolean; onToggle: () => void }): JSX.Element {
  return (
    <ActionButton iconProps={{ iconName: open ? 'ChevronUp' : 'ChevronDown' }} aria-expanded={open} aria-controls={BODY_ID} onClick={onToggle}>
      {open ? strings.MappingAboutHide : strings.MappingAboutShow}
    </ActionButton>
  );
});

/**
 * The framework's introduction, the mapping's details and its summary: what a
 * team reads once and then works past. Folded for a returning person, so the
 * duties start on the first screen, one click from open again. Kept mounted
 * while folded (hidden), so the details keep their state.
 */
export function AboutMapping({ startOpen, beside, children }: AboutMappingProps): JSX.Element {
  const [open, setOpen] = React.useState(startOpen);
  const toggle = React.useCallback(() => setOpen((was) => !was), []);
  return (
    <div className={classes.root}>
      <div className={classes.row}>
        {beside}
        <FoldButton open={open} onToggle={toggle} />
      </div>
      <div id={BODY_ID} className={classes.body} hidden={!open} style={open ? undefined : { display: 'none' }}>
        {children}
      </div>
    </div>
  );
}
