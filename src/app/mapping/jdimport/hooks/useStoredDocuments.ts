import * as React from 'react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { isAppError } from '../../../../services/errors';
import type { JdSource } from '../../../../model/jd/types';
import { useServices } from '../../../shell/services/ServicesContext';
import type { JdDocuments } from '../documentState';
import { storeMessage } from '../storeMessages';
import type { DocumentReader } from './useDocumentReader';

export type StoredLoad = { status: 'loading' } | { status: 'done' } | { status: 'failed'; message: string; retry: () => void };

/**
 * Loads the JD and PS the team stored for this mapping, once per opened
 * mapping, and reads each into the panel so suggestions can run without
 * anyone uploading again. A document already chosen in this session is kept.
 *
 * @param mappingId - The mapping.
 * @param documents - The documents in the panel now.
 * @param readers - The JD and PS readers.
 * @param loaded - Whether the stored documents were loaded before (the panel was opened earlier).
 * @param onLoaded - Called once they have been loaded.
 * @returns How loading is going.
 */
export function useStoredDocuments(
  mappingId: number,
  documents: JdDocuments,
  readers: Record<JdSource, DocumentReader>,
  loaded: boolean,
  onLoaded: () => void
): StoredLoad {
  const services = useServices();
  const [load, setLoad] = React.useState<StoredLoad>(loaded ? { status: 'done' } : { status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const latest = React.useRef({ documents, readers, onLoaded });
  React.useLayoutEffect(() => {
    latest.current = { documents, readers, onLoaded };
  });

  React.useEffect(() => {
    if (loaded) {
      return undefined;
    }
    let live = true;
    setLoad({ status: 'loading' });
    void (async () => {
      try {
        const stored = await services.documents.listDocuments(mappingId);
        // A stored file past the size limit (stored over REST) is not downloaded: its slot says so, the other is read.
        const contents = await Promise.all(
          stored.map((document) =>
            services.documents.readDocument(document).catch((error: unknown) => {
              if (isAppError(error) && error.kind === 'invalid' && error.reason === 'documentTooLarge') {
                return undefined;
              }
              throw error;
            })
          )
        );
        if (!live) {
          return;
        }
        stored.forEach((document, index) => {
          if (latest.current.documents[document.kind].status === 'empty') {
            const bytes = contents[index];
            if (bytes === undefined) {
              latest.current.readers[document.kind].refuseStored(document, strings.MappingJdProblemTooLarge);
            } else {
              latest.current.readers[document.kind].readStored(document, bytes);
            }
          }
        });
        setLoad({ status: 'done' });
        latest.current.onLoaded();
      } catch (error) {
        if (live) {
          setLoad({ status: 'failed', message: storeMessage(error), retry: () => setAttempt((n) => n + 1) });
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [attempt, loaded, mappingId, services]);

  return load;
}
