/** English texts of the worker app's tips inbox; same keys as fi.ts. */
import type { workerTipsFi } from './fi.ts';

export const workerTipsEn: Record<keyof typeof workerTipsFi, string> = {
  'workerTips.title': 'Tips from the worker app',
  'workerTips.intro':
    'Anonymous messages from workers. The sender reads your reply with their reference code, so write nothing confidential in it. Opening tips is recorded in the audit log.',
  'workerTips.empty': 'No tips your authority may see. Tips go to the authority configured to receive them.',
  'workerTips.caption': 'Tips, newest first',
  'workerTips.col.received': 'Received',
  'workerTips.col.message': 'Message',
  'workerTips.col.language': 'App language',
  'workerTips.col.sector': 'Sector',
  'workerTips.col.place': 'Place',
  'workerTips.col.replies': 'Replies',
  'workerTips.contactGiven': 'Contact given',
  'workerTips.detail.title': 'Tip',
  'workerTips.detail.message': 'Message',
  'workerTips.detail.contact': 'Contact',
  'workerTips.detail.anonymous': 'Not given (anonymous)',
  'workerTips.detail.classification': 'Classification',
  'workerTips.detail.retention': 'Kept until',
  'workerTips.detail.replies': 'Replies',
  'workerTips.detail.noReplies': 'No replies yet.',
  'workerTips.detail.replyMeta': '{date} · {by}',
  'workerTips.detail.replyLabel': 'Reply to the sender',
  'workerTips.detail.replyHint':
    "The sender reads the reply with their reference code. Write plainly, preferably in the message's language, and give nothing confidential.",
  'workerTips.detail.replyEmpty': 'Write a reply.',
  'workerTips.detail.replySent': 'The reply was saved. The sender sees it with their reference code.',
  'workerTips.classification.public': 'Public',
  'workerTips.classification.restricted': 'Not public',
  'workerTips.classification.secret': 'Secret',
  'workerTips.detail.send': 'Send reply',
};
