import { MayarProvider } from "@org/mayar-react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { LocaleProvider } from "./i18n";
import { mayar } from "./mayar";
import "./styles.css";

const queryClient = new QueryClient();

const root = document.getElementById("root");
if (!root) throw new Error('index.html has no element with id="root".');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <MayarProvider client={mayar}>
        <LocaleProvider>
          <App />
        </LocaleProvider>
      </MayarProvider>
    </QueryClientProvider>
  </StrictMode>,
);
