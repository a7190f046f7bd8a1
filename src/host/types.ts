/**
 * What the app needs to know about where it runs. The SPFx web part, the
 * Teams tab and the local page each provide one; the app never asks SPFx or
 * teams-js directly.
 */
import type { ITheme } from '@fluentui/react';

export type HostKind = 'sharePoint' | 'teams' | 'local';

export type HostThemeName = 'default' | 'dark' | 'contrast';

/** Where a link should land: a mapping, or an area within it. */
export interface DeepLinkTarget {
  mappingId: number;
  areaId?: string;
  /** A duty in that area (its status takes the focus), e.g. from the action tracker. */
  dutyId?: string;
  /** Another department site's mapping (screens that gather several sites); the app's own site when absent. */
  siteUrl?: string;
}

export interface HostInfo {
  kind: HostKind;
  /** Fluent UI theme for the whole app (follows SharePoint or Teams). */
  theme: ITheme;
  themeName: HostThemeName;
  /** BCP 47, e.g. "en-GB"; dates are formatted with it. */
  locale: string;
  /** Team name offered as the default team of a new mapping (Teams team, or the property pane). */
  defaultTeam?: string;
  /** Mapping (and area) to open first: property pane, tab configuration or deep link. */
  initialTarget?: DeepLinkTarget;
  /** Personal app: show "my mappings" rather than the whole site. */
  personalView: boolean;
  /** Compact density (property pane). */
  compact: boolean;
  /** Builds a link to a place in the app that opens in this host. */
  linkTo(target: DeepLinkTarget): string;
  /** Browser storage for unsaved edits (localStorage where available). */
  draftStorage: Storage;
  /**
   * The site the app's data lives in (its absolute URL). Drafts are kept per
   * site and mapping, so they are found again however the page was opened.
   */
  draftScope: string;
}

/** Lets a host push live changes (a Teams theme switch) into a mounted app. */
export type HostListener = (host: HostInfo) => void;
