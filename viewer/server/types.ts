// Types of the viewer's Node side: the HTTP server and where its graph comes from.
import type { CurationDecision } from '../../graph/curation.js';

export interface ViewerServerOptions {
  /** Folder of the built viewer (viewer/dist); the only files ever served. */
  distDir: string;
  /** The graph with layout positions, as JSON text (graphology export). */
  graphJson: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Where a failed request is reported (method, path, cause); default: stderr. */
  logError?: (line: string) => void;
  /** Saves a curation decision (POST /api/curation); without it the viewer is read-only. */
  saveCuration?: (decision: CurationDecision) => Promise<void>;
}

export interface RunningViewerServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Progress lines for the user; the CLI passes a stderr writer, tests pass nothing. */
export type Log = (line: string) => void;
