import { z } from 'zod';
import {
  CHANNELS,
  isUsStateCode,
  normalizeHsCode,
  type ChannelCode,
  type UsStateCode,
} from '@/lib/domain/export-rules';

export const QUESTION_PRODUCT_MAX = 200;
export const QUESTION_DETAILS_MAX = 2000;
export const ANSWER_MAX = 4000;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const CHANNEL_CODES = CHANNELS.map((c) => c.code) as readonly string[];

/** What a seller asks about: any real HS code (in the catalogue or not), the product in their words, origin, channel. */
export const askRuleQuestionSchema = z.object({
  hs: z
    .string({ error: 'HS code is required, e.g. 6110.11.' })
    .trim()
    .min(1, 'HS code is required, e.g. 6110.11.')
    .max(40, 'HS code must be at most 40 characters.')
    .transform((raw, ctx) => {
      const code = normalizeHsCode(raw);
      if (!code) {
        ctx.addIssue({
          code: 'custom',
          message: 'HS code must have 6, 8, 10 or 13 digits (dots and spaces allowed), e.g. 6110.11.',
        });
        return z.NEVER;
      }
      return code.hs6;
    }),
  product: z
    .string({ error: 'Product is required: say what you make, e.g. “merino wool sweaters”.' })
    .trim()
    .min(3, 'Product must be at least 3 characters: say what you make, e.g. “merino wool sweaters”.')
    .max(QUESTION_PRODUCT_MAX, `Product must be at most ${QUESTION_PRODUCT_MAX} characters.`),
  state: z
    .string({ error: 'State is required: a two-letter US state code such as WI.' })
    .trim()
    .toUpperCase()
    .transform((s, ctx): UsStateCode => {
      if (isUsStateCode(s)) return s;
      ctx.addIssue({ code: 'custom', message: 'State must be a two-letter US state code such as WI.' });
      return z.NEVER;
    }),
  channel: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((c) => CHANNEL_CODES.includes(c), 'Channel must be one of the sales channels listed.')
      .transform((c) => c as ChannelCode)
      .optional(),
  ),
  details: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(QUESTION_DETAILS_MAX, `Details must be at most ${QUESTION_DETAILS_MAX} characters.`)
      .optional(),
  ),
});
export type AskRuleQuestionInput = z.output<typeof askRuleQuestionSchema>;

export const answerRuleQuestionSchema = z.object({
  id: z.uuid('Question id must be a UUID.'),
  answer: z
    .string({ error: 'Answer is required.' })
    .trim()
    .min(20, 'Answer must be at least 20 characters: say what applies and where it comes from.')
    .max(ANSWER_MAX, `Answer must be at most ${ANSWER_MAX} characters.`),
});
