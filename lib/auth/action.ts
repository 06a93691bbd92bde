import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { invalid, type FormState } from '@/lib/form-state';
import { admit, type Access } from './access';
import { ANONYMOUS, type Actor, type Caller, type PartnerCaller } from './actor';
import { ACTING_FOR_FIELD, switchedPath } from './chosen-business';
import { getActor } from './guards';

// Every server action goes through action() or formAction(): a server action is a public endpoint that
// anyone can POST to, so each one names who may call it and the zod schema of its input, and the door is
// checked before the input is even read. A test (lib/auth/endpoints.test.ts) fails on any 'use server'
// export that is not wrapped, and on any public one missing from lib/auth/public-endpoints.ts.

/** What the body sees: a signed-in actor, or for a public action whoever called (maybe ANONYMOUS). */
export type ActorFor<A extends Access> = A extends 'public' ? Caller : A extends 'partner' ? PartnerCaller : Actor;

interface ActionOptions<A extends Access, S extends z.ZodType> {
  access: A;
  input: S;
  /** The raw value the schema parses (default: each form field's first value, as Object.fromEntries gives). */
  read?: (formData: FormData) => unknown;
}

export interface ActionContext<A extends Access, S extends z.ZodType> {
  actor: ActorFor<A>;
  input: z.output<S>;
  formData: FormData;
}

/** The input of an action that takes none: any fields the form carries (Next's own included) are dropped. */
export const noInputSchema = z.object({});

const fromEntries = (formData: FormData) => Object.fromEntries(formData);

/**
 * The door: anonymous callers of a signed-in action are sent to sign in (back to the page they were on),
 * a signed-in caller of the wrong kind gets the 404 page, never a hint that the action exists. A form
 * from a page rendered for another business than the one acted for now (the user switched in another
 * tab, or lost access) changes nothing: the user is told which business the page was for.
 */
async function enter<A extends Access>(access: A, formData: FormData): Promise<ActorFor<A>> {
  const actor = await getActor();
  const admission = admit(access, actor);
  if (admission === 'anonymous') {
    const from = (await headers()).get('x-pathname') ?? '/dashboard';
    redirect(`/sign-in?next=${encodeURIComponent(from)}`);
  }
  if (admission === 'refused') notFound();
  if (actor?.role === 'business' && formData.has(ACTING_FOR_FIELD)) {
    const pageFor = String(formData.get(ACTING_FOR_FIELD));
    if (pageFor !== (actor.businessId ?? '')) {
      const from = (await headers()).get('x-pathname') ?? '/dashboard';
      redirect(switchedPath(pageFor, from));
    }
  }
  return (actor ?? ANONYMOUS) as ActorFor<A>;
}

type Invalid<State> = (error: z.ZodError, formData: FormData, previous: State) => State | Promise<State>;

/**
 * A server action used with useActionState: `(previousState, formData) => state`. Invalid input answers
 * `invalid` (by default a FormState naming each field and rule, keeping what was typed, never passwords)
 * without calling the body. A state other than FormState needs its own `invalid` and explicit type
 * arguments (`action<'business', typeof xInputSchema, XState>(…)`).
 */
export function action<A extends Access, S extends z.ZodType>(
  options: ActionOptions<A, S> & { invalid?: Invalid<FormState> },
  body: (ctx: ActionContext<A, S> & { previous: FormState }) => Promise<FormState>,
): (previous: FormState, formData: FormData) => Promise<FormState>;
export function action<A extends Access, S extends z.ZodType, State>(
  options: ActionOptions<A, S> & { invalid: Invalid<State> },
  body: (ctx: ActionContext<A, S> & { previous: State }) => Promise<State>,
): (previous: State, formData: FormData) => Promise<State>;
export function action<A extends Access, S extends z.ZodType, State>(
  options: ActionOptions<A, S> & { invalid?: Invalid<State> },
  body: (ctx: ActionContext<A, S> & { previous: State }) => Promise<State>,
): (previous: State, formData: FormData) => Promise<State> {
  return async (previous, formData) => {
    const actor = await enter(options.access, formData);
    const parsed = options.input.safeParse((options.read ?? fromEntries)(formData));
    if (!parsed.success)
      return options.invalid
        ? options.invalid(parsed.error, formData, previous)
        : (invalid(parsed.error, formData) as State);
    return body({ actor, input: parsed.data, formData, previous });
  };
}

/**
 * A server action used as a plain `<form action>` (`(formData) => void`), which has no state to answer
 * with: `invalid` says what to do with bad input (usually a redirect carrying the message).
 */
export function formAction<A extends Access, S extends z.ZodType>(
  options: ActionOptions<A, S> & { invalid: (error: z.ZodError, formData: FormData) => void | Promise<void> },
  body: (ctx: ActionContext<A, S>) => Promise<void>,
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    const actor = await enter(options.access, formData);
    const parsed = options.input.safeParse((options.read ?? fromEntries)(formData));
    if (!parsed.success) return options.invalid(parsed.error, formData);
    return body({ actor, input: parsed.data, formData });
  };
}
