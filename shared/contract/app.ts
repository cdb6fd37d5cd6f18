import { z } from 'zod';
import { Id } from '../domain/annotation';
import { op, returns } from './define';

export type AppMode = 'desktop' | 'browser';

export interface AppInfo {
  mode: AppMode;
  version: string;
  corpusPath: string;
  documentCount: number;
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** Progress of long work (import, export) that the renderer polls and may cancel. */
export interface JobStatus {
  id: string;
  kind: string;
  state: JobState;
  done: number;
  total: number;
  /** What is being worked on now, e.g. a file name. */
  current: string;
  error?: string;
  result?: unknown;
}

export const appOperations = {
  getAppInfo: op('Describe the running app and its corpus.', z.object({}), returns<AppInfo>()),
  getJob: op('Read the progress of a long-running job.', z.object({ jobId: Id }), returns<JobStatus>()),
  cancelJob: op('Ask a long-running job to stop; it cleans up after itself.', z.object({ jobId: Id }), returns<JobStatus>()),
};
