// A long batch passes hundreds of MB of text through each thread; V8, given
// room, lets that garbage pile up before a full collection, and the peak RSS
// then grows with the number of documents. A thread that calls settle() after
// each document collects whenever its used heap passes the ceiling: the live
// data of one parse is ~13 MB, so this keeps the peak flat at little cost.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

export function settle(ceiling: number): void {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    gc = (runInNewContext('gc') as (() => void) | undefined) ?? null;
  }
  if (gc && getHeapStatistics().used_heap_size > ceiling) gc();
}
