import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { LocaleProvider, LocalizedMayarProvider } from "./i18n";
import "./styles.css";

const queryClient = new QueryClient();

const root = document.getElementById("root");
if (!root) throw new Error('index.html has no element with id="root".');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <LocalizedMayarProvider>
          <App />
        </LocalizedMayarProvider>
      </LocaleProvider>
    </QueryClientProvider>
  </StrictMode>,
);
