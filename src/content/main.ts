// Content script entry (bundled standalone, so pages see no extension files).
import { adapterFor } from '../sites/registry';
import { startCapture, type Capture } from './capture';
import { createMessenger } from './messenger';

const adapter = adapterFor(location.href);
if (adapter) {
  let capture: Capture | null = null;
  const messenger = createMessenger({ onInvalidated: () => capture?.stop() });
  capture = startCapture({ adapter, messenger });
}
