// A local S3-compatible server (s3rver, in process) on 127.0.0.1 with one empty bucket, and the
// environment the app reads to use it. Its files live in a temp folder removed on stop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export interface LocalS3 {
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startLocalS3(bucket = 'deskhire-resumes'): Promise<LocalS3> {
  const directory = mkdtempSync(path.join(tmpdir(), 'deskhire-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    env: {
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: bucket,
      // s3rver's fixed credentials: it checks the SigV4 signature against these.
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_REGION: 'us-east-1',
    },
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
