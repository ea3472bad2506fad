import { useState } from 'preact/hooks';

/**
 * A section's one-line status notice, and `save`: waits for a storage write, then shows `done`, or why nothing was
 * saved. The lists themselves follow storage, so a write needs no other follow-up here.
 */
export function useSaveNotice() {
  const [notice, setNotice] = useState('');
  const save = async (write: Promise<void>, done: string) => {
    try {
      await write;
      setNotice(done);
    } catch (error) {
      setNotice(`Not saved: ${(error as Error).message}`);
    }
  };
  return { notice, setNotice, save };
}
