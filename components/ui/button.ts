const base =
  'inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:ring-green-800 disabled:opacity-60';
const variants = {
  primary: 'bg-green-800 text-white hover:bg-green-900',
  secondary: 'border border-stone-400 bg-white text-stone-900 hover:bg-stone-100',
  danger: 'bg-red-700 text-white hover:bg-red-800',
} as const;

export function buttonClass(variant: keyof typeof variants = 'primary') {
  return `${base} ${variants[variant]}`;
}
