// Content script entry (bundled standalone, so pages see no extension files).
import { adapterFor } from '../sites/registry';
import { startCapture, type Capture } from './capture';
import { answerExtension } from './extension-messages';
import { createMessenger } from './messenger';
import { startSteering } from './steering';

const adapter = adapterFor(location.href);
if (adapter) {
  let capture: Capture | null = null;
  let stopAnswering = () => {};
  const messenger = createMessenger({
    onInvalidated: () => {
      capture?.stop();
      steering.stop();
      stopAnswering();
    },
  });
  const steering = startSteering({ adapter, messenger });
  capture = startCapture({ adapter, messenger, afterScan: steering.refresh });
  stopAnswering = answerExtension({
    'health/now': () => capture.health(),
    'steering/insert': () => steering.insert(),
    'ratings/changed': ({ keys }) => {
      capture.ratingsChanged(keys);
      return { ok: true };
    },
  });
}
