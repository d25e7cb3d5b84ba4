import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { WAIT_TIMEOUT_MS } from "../../../tooling/test-timing";

// Testing Library only unmounts automatically when test globals are on; ours are imported explicitly.
afterEach(cleanup);

// waitFor/findBy* give up after 1 s by default: a busy 2-core machine can take longer to render and answer.
// They still end as soon as their condition holds (tooling/test-timing.ts).
configure({ asyncUtilTimeout: WAIT_TIMEOUT_MS });
