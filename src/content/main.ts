// Content script entry (bundled standalone, so pages see no extension files).
import { adapterFor } from '../sites/registry';
import { startCapture, type Capture } from './capture';
import { answerHealthQueries } from './health-query';
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
  stopAnswering = answerHealthQueries(() => capture.health());
}
