import type { Metadata } from 'next';
import { ResetForm } from './reset-form';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage({ searchParams }: PageProps<'/reset-password'>) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      <p>Choosing a new password signs you out on every other device.</p>
      <ResetForm token={typeof token === 'string' ? token : ''} />
    </div>
  );
}
