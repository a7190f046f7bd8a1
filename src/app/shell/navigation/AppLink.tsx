import * as React from 'react';
import { Link } from '@fluentui/react';
import type { ILinkStyles } from '@fluentui/react';
import type { DeepLinkTarget } from '../../../host/types';
import { useHost } from '../host/HostContext';

export interface AppLinkProps {
  target: DeepLinkTarget;
  /** Opens the target inside the app (a plain click). */
  onOpen: (target: DeepLinkTarget) => void;
  ariaLabel?: string;
  styles?: Partial<ILinkStyles>;
  children?: React.ReactNode;
}

/**
 * A link to a mapping (and area) by the host's own deep link, so it can be
 * copied or opened in a new tab; a plain click opens it in place.
 */
export function AppLink({ target, onOpen, ariaLabel, styles, children }: AppLinkProps): JSX.Element {
  const host = useHost();
  const onClick = (event: React.MouseEvent<HTMLElement>): void => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    onOpen(target);
  };
  return (
    <Link href={host.linkTo(target)} onClick={onClick} aria-label={ariaLabel} styles={styles}>
      {children}
    </Link>
  );
}
