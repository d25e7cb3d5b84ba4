export type ServerMode = "mock" | "sandbox" | "production";

/** The mode the demo server runs in, from the meta tag it adds to the page (absent under `vite` dev). */
export function serverMode(): ServerMode | undefined {
  const content = document.querySelector<HTMLMetaElement>('meta[name="demo-mode"]')?.content;
  return content === "mock" || content === "sandbox" || content === "production" ? content : undefined;
}
