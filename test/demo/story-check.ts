import type { Fleet } from '../../apps/device-agent/src/fleet/fleet';

export interface StoryCheck {
  what: string;
  ok: boolean;
  detail: string;
}

const ENABLED = 'cloud_messaging.enabled';
const ENCRYPT = 'cloud_messaging.encrypt_identifiers';

/** Reads every device of the fleet and checks the D0/D2 promises against what it actually holds. */
export async function checkStory(fleet: Fleet): Promise<StoryCheck[]> {
  const rows = await Promise.all(fleet.entries().map(async (e) => ({ ...e, state: await e.device.settings(), firmware: e.device.profile().firmwareVersion })));
  const updated = rows.filter((r) => r.status === 'succeeded');
  const check = (what: string, group: typeof rows, ok: (r: (typeof rows)[number]) => boolean): StoryCheck => {
    const bad = group.filter((r) => !ok(r)).length;
    return { what, ok: bad === 0 && group.length > 0, detail: `${group.length - bad} of ${group.length}` };
  };
  return [
    check(
      'updated devices run 5.9.0 with Cloud Messaging off by default',
      updated,
      (r) => r.firmware === '5.9.0' && r.state.factoryDefaults[ENABLED] === false,
    ),
    check('identifiers encrypted on updated devices', updated, (r) => r.state.settings[ENCRYPT]?.value === true || r.state.factoryDefaults[ENCRYPT] === true),
    check(
      'owners who turned it on keep it on (with consent)',
      updated.filter((r) => r.plan.userEnabled && !r.plan.resetsAfterUpdate),
      (r) => r.state.settings[ENABLED]?.value === true && r.state.settings[ENABLED]?.source === 'user' && !!r.state.settings[ENABLED]?.consent,
    ),
    check(
      'after a factory reset it is off, with no consent record',
      updated.filter((r) => r.plan.resetsAfterUpdate),
      (r) => (r.state.settings[ENABLED]?.value ?? r.state.factoryDefaults[ENABLED]) === false && !r.state.settings[ENABLED]?.consent,
    ),
  ];
}
