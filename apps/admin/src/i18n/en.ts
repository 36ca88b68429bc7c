import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { appMessages } from './appMessages';

export const en: TranslationMessages = {
  ...englishMessages,
  // The API signs people in by email.
  ra: { ...englishMessages.ra, auth: { ...englishMessages.ra.auth, username: 'Email' } },
  ...appMessages('en'),
};
