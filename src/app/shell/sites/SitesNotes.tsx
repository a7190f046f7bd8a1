import * as React from 'react';
import { Dropdown, MessageBar, MessageBarType, Text } from '@fluentui/react';
import type { IDropdownOption } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { SiteFailure, SitesProblem } from '../../../services/sites';
import { formatText } from '../../../wording/format';
import type { SiteRef, SitesReport } from './siteIds';

// Functions, so the words are read when shown (after the loc strings have loaded).
const PROPERTY_WORDS: Record<SitesProblem, () => string> = {
  notJson: () => strings.ShellSitesNotJson,
  notAList: () => strings.ShellSitesNotAList,
  duplicate: () => strings.ShellSitesDuplicate,
  notSharePoint: () => strings.ShellSitesNotSharePoint,
  otherTenant: () => strings.ShellSitesOtherTenant
};

const FAILURE_WORDS: Record<SiteFailure, () => string> = {
  forbidden: () => strings.ShellSitesForbidden,
  notSetUp: () => strings.ShellSitesNotSetUp,
  unreachable: () => strings.ShellSitesUnreachable
};

/** Every line the report has for people: the property's problems, then the sites that gave nothing. */
export function reportLines(report: SitesReport): string[] {
  return [
    ...report.notes.map((note) => formatText(PROPERTY_WORDS[note.problem](), note.value)),
    ...report.problems.map((problem) => formatText(FAILURE_WORDS[problem.failure](), problem.site.url))
  ];
}

/** A plain note on what could not be read; nothing when everything was. */
export function SitesNotes({ report }: { report: SitesReport }): JSX.Element | null {
  const lines = reportLines(report);
  if (lines.length === 0) {
    return null;
  }
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline delayedRender={false}>
      <Text block as="h3" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {strings.ShellSitesNotesTitle}
      </Text>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </MessageBar>
  );
}

const ANY_SITE = '';

/** Picks one of the sites read, or all; shown only when there is more than one. */
export function SiteFilter({ sites, value, onChange }: { sites: readonly SiteRef[]; value: string | undefined; onChange: (siteUrl: string | undefined) => void }): JSX.Element | null {
  if (sites.length < 2) {
    return null;
  }
  const options: IDropdownOption[] = [{ key: ANY_SITE, text: strings.ShellSitesAny }, ...sites.map((site) => ({ key: site.url, text: site.label }))];
  return (
    <Dropdown
      label={strings.CommonShellSitesColumn}
      options={options}
      selectedKey={value ?? ANY_SITE}
      onChange={(_e, option) => onChange(option && option.key !== ANY_SITE ? String(option.key) : undefined)}
      styles={{ root: { maxWidth: '16rem' } }}
    />
  );
}
