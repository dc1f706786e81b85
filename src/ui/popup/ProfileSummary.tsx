// The strongest learned axes, with direction and how sure the model is.
import { useEffect, useState } from 'preact/hooks';
import { request } from '../api';
import { topAxes, type TopAxis } from '../../model';

/** Axes the model is at least this sure about are shown; the rest would be noise to a person. */
const MIN_CONFIDENCE = 0.8;

export function ProfileSummary() {
  const [axes, setAxes] = useState<TopAxis[] | null>(null);
  const [judgments, setJudgments] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    request('profile/get', {}).then(
      ({ profile }) => {
        setJudgments(profile.judgments);
        setAxes(topAxes(profile, 5).filter((a) => a.confidence >= MIN_CONFIDENCE));
      },
      (e: unknown) => setError(String(e)),
    );
  }, []);

  if (error) return <p class="notice">Could not load your profile: {error}</p>;
  if (!axes) return <p class="muted">Learning…</p>;
  return (
    <section data-attune="profile" aria-label="What Attune has learned">
      <h2>What you seem to like</h2>
      {axes.length === 0 ? (
        <p class="muted" data-attune="profile-empty">
          {judgments === 0 ? 'Rate a few answers and your preferences will show here.' : 'Not sure yet — a few more ratings will tell.'}
        </p>
      ) : (
        <ul class="axes">
          {axes.map((a) => (
            <li key={a.axis} data-attune="axis" data-axis={a.axis} data-direction={a.direction} title={a.description}>
              <span class="axis-dir" aria-hidden="true">{a.direction === 'more' ? '▲' : '▼'}</span> {a.phrase}{' '}
              <span class="muted">({Math.round(a.confidence * 100)}% sure)</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
