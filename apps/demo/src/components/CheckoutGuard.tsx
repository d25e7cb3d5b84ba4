import type { MouseEvent, ReactNode } from "react";

/**
 * Lets a click through to the pay button inside only when `allowed()` says so. It listens in the capture
 * phase, so an invalid form stops the click before <PayButton> sees it: no request is made. Keyboard
 * activation (Enter, Space) is a click too.
 */
export function CheckoutGuard({ allowed, children }: { allowed: () => boolean; children: ReactNode }) {
  const guard = (event: MouseEvent) => {
    if (allowed()) return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div className="checkout-guard" onClickCapture={guard}>
      {children}
    </div>
  );
}
