/**
 * Where a photo taken without a connection waits: its bytes, keyed by the outbox entry's id. The
 * outbox (outbox.ts, localStorage) keeps the order and the metadata; localStorage holds only short
 * strings, so the image itself goes to IndexedDB. Behind this small interface so the queue logic is
 * tested with the in-memory store and the browser test exercises IndexedDB.
 */
export interface PhotoStore {
  put(id: string, photo: Blob): Promise<void>;
  get(id: string): Promise<Blob | undefined>;
  delete(id: string): Promise<void>;
}

const DB_NAME = 'silta-field';
const STORE = 'photos';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(DB_NAME, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
}

/** Runs one request in its own transaction and resolves once the transaction has committed. */
async function run<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = use(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** The device's IndexedDB. A write that does not fit the browser's quota rejects (QuotaExceededError). */
export const indexedDbPhotoStore: PhotoStore = {
  put: async (id, photo) => {
    await run('readwrite', (store) => store.put(photo, id));
  },
  get: async (id) => (await run('readonly', (store) => store.get(id))) as Blob | undefined,
  delete: async (id) => {
    await run('readwrite', (store) => store.delete(id));
  },
};

/** For tests: the same contract in memory. */
export function memoryPhotoStore(): PhotoStore & { data: Map<string, Blob> } {
  const data = new Map<string, Blob>();
  return {
    data,
    put: async (id, photo) => void data.set(id, photo),
    get: async (id) => data.get(id),
    delete: async (id) => void data.delete(id),
  };
}
