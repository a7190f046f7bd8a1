import '@testing-library/jest-dom';

// [jdimport] jsdom lacks TextEncoder/TextDecoder, which every browser the app runs in has (pasted text is stored as UTF-8).
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
}
