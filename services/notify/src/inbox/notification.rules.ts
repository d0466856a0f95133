import { refusals } from '@app/platform/errors';

export const inboxRefusals = refusals({
  PROFILE_REQUIRED: { status: 409, title: 'Profilo non scelto' },
});
