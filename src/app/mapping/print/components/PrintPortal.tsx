import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { PRINT_ROOT_ID } from '../printStyles';
import { PrintView } from './PrintView';
import type { PrintViewProps } from './PrintView';

/**
 * Renders the print view straight under <body>, outside the app and any
 * SharePoint or Teams page around it, so the print stylesheet can leave
 * everything else out of the printout without touching the host's markup.
 */
export function PrintPortal(props: PrintViewProps): JSX.Element | null {
  const [root] = React.useState(() => {
    const element = document.createElement('div');
    element.id = PRINT_ROOT_ID;
    return element;
  });
  React.useLayoutEffect(() => {
    document.body.appendChild(root);
    return () => {
      root.remove();
    };
  }, [root]);
  return ReactDOM.createPortal(<PrintView {...props} />, root);
}
