import { useEffect, useState } from "react";

const newRef = () => `DEMO-${crypto.randomUUID().slice(0, 8).toUpperCase()}`;

/**
 * A fresh order reference per visit. Mayar refuses an identical payment request within a minute, so each
 * order carries its own reference; coming back to the page with the browser's Back button (restored from
 * the back/forward cache) starts a new order too.
 */
export function useOrderRef(): string {
  const [ref, setRef] = useState(newRef);
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) setRef(newRef());
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);
  return ref;
}
