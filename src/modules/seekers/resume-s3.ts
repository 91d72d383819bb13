// Resume files in an S3-compatible bucket (AWS S3, MinIO, R2 ...), signed with SigV4 by aws4fetch.
// Path-style URLs when an endpoint is given (what MinIO and most S3-compatible servers expect),
// virtual-host AWS URLs otherwise. Objects are `resumes/<key>`; the bucket must not be public.
import { AwsClient } from 'aws4fetch';
import { assertKey, newResumeKey, type ResumeStorage } from './resume-storage.ts';

export interface S3Settings {
  endpoint: string | undefined;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

export class StorageError extends Error {}

export function s3ResumeStorage(s3: S3Settings): ResumeStorage {
  const client = new AwsClient({
    accessKeyId: s3.accessKeyId,
    secretAccessKey: s3.secretAccessKey,
    region: s3.region,
    service: 's3',
  });
  const base = s3.endpoint
    ? `${s3.endpoint}/${encodeURIComponent(s3.bucket)}`
    : `https://${s3.bucket}.s3.${s3.region}.amazonaws.com`;
  const urlOf = (key: string) => `${base}/resumes/${assertKey(key)}`;
  const send = async (method: string, key: string, body?: Buffer) => {
    const res = await client.fetch(urlOf(key), {
      method,
      ...(body ? { body: new Uint8Array(body), headers: { 'content-type': 'application/pdf' } } : {}),
    });
    if (res.status === 404 && method !== 'PUT') return undefined;
    if (!res.ok) {
      const detail = (await res.text()).match(/<Code>([^<]+)<\/Code>/)?.[1] ?? res.statusText;
      throw new StorageError(`S3 ${method} ${s3.bucket}/resumes/${key} failed: ${res.status} ${detail}`);
    }
    return res;
  };
  const putAt = async (key: string, bytes: Buffer) => {
    await send('PUT', key, bytes);
  };
  return {
    name: 's3',
    async put(bytes) {
      const key = newResumeKey();
      await putAt(key, bytes);
      return key;
    },
    putAt: (key, bytes) => putAt(key, bytes),
    async get(key) {
      const res = await send('GET', key);
      return res ? Buffer.from(await res.arrayBuffer()) : undefined;
    },
    async delete(key) {
      await send('DELETE', key);
    },
  };
}
