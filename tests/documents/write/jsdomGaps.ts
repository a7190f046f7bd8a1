import { TextDecoder, TextEncoder } from 'util';

// Browsers have TextEncoder/TextDecoder; jest's jsdom environment does not, and
// the docx writer encodes its XML with them. Node's are the same standard API.
if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}
