import type { Metadata } from 'next';
import { ForgotForm } from './forgot-form';

export const metadata: Metadata = { title: 'Forgot your password' };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p>Enter the e-mail you signed up with and we will send you a link to choose a new password.</p>
      <ForgotForm />
    </div>
  );
}
