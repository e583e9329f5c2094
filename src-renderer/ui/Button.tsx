// The app's button: a real <button> that never submits by accident, in the kit's variants and sizes.
import type { ComponentPropsWithRef } from 'react';

type Variant = 'secondary' | 'primary' | 'danger' | 'ghost';

const VARIANT_CLASS: Record<Variant, string> = {
  secondary: 'btn',
  primary: 'btn btn-primary',
  danger: 'btn btn-danger',
  ghost: 'btn btn-ghost',
};

export type ButtonProps = ComponentPropsWithRef<'button'> & {
  /** Without a variant the button takes only its own className (segmented switches, chips, list rows). */
  variant?: Variant;
  size?: 'md' | 'sm';
};

export function Button({ variant, size = 'md', className, type = 'button', ...props }: ButtonProps) {
  const classes = [variant && VARIANT_CLASS[variant], variant && size === 'sm' && 'btn-sm', className]
    .filter(Boolean)
    .join(' ');
  return <button type={type} className={classes || undefined} {...props} />;
}
