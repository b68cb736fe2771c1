import type { RolloutView } from '../api/types';
import { Empty, Section } from '../components/ui';

const CLOUD_MESSAGING = 'cloud_messaging.enabled';

/** D2 outcomes per setting, and the number release engineers ask for first: who kept Cloud Messaging on. */
export function Outcomes({ outcomes }: { outcomes: RolloutView['outcomes'] }) {
  const rows = Object.entries(outcomes).flatMap(([key, ops]) =>
    Object.entries(ops).flatMap(([op, results]) => Object.entries(results).map(([result, n]) => ({ key, op, result, n }))),
  );
  const cm = rows.filter((r) => r.key === CLOUD_MESSAGING);
  const kept = cm.filter((r) => r.result === 'skipped:user-choice').reduce((s, r) => s + r.n, 0);
  const changed = cm.filter((r) => r.result === 'applied').reduce((s, r) => s + r.n, 0);
  return (
    <Section title="Outcomes per setting" id="outcomes">
      {cm.length > 0 && (
        <p className="headline" data-testid="cloud-messaging">
          <strong>{kept}</strong> {kept === 1 ? 'user' : 'users'} had chosen Cloud Messaging themselves and kept their choice; the change applied on{' '}
          <strong>{changed}</strong> {changed === 1 ? 'device' : 'devices'}.
        </p>
      )}
      {rows.length === 0 ? (
        <Empty>No device has reported settings outcomes yet.</Empty>
      ) : (
        <table>
          <caption className="visually-hidden">Settings outcomes reported by devices</caption>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Migration op</th>
              <th scope="col">Result</th>
              <th scope="col">Devices</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.key} ${r.op} ${r.result}`}>
                <th scope="row">
                  <code>{r.key}</code>
                </th>
                <td>
                  <code>{r.op}</code>
                </td>
                <td>{r.result}</td>
                <td className="num">{r.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
