import { useEffect, useRef, useState, type RefObject } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') === true;
}

/**
 * Files dropped anywhere on the editor the panel sits in (its <form>), not only on the panel.
 * Listened in the capture phase and stopped there: the rich body would otherwise take the drop
 * as its own. Drags of text are left alone. `dragging` is true while files are held over it.
 */
export function useFileDrop(inside: RefObject<HTMLElement | null>, onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const onFilesRef = useRef(onFiles);
  useEffect(() => {
    onFilesRef.current = onFiles;
  });
  useEffect(() => {
    const target = inside.current?.closest('form') ?? inside.current;
    if (!target) return undefined;
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!(event.relatedTarget instanceof Node) || !target.contains(event.relatedTarget)) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      setDragging(false);
      onFilesRef.current([...(event.dataTransfer?.files ?? [])]);
    };
    target.addEventListener('dragover', over, true);
    target.addEventListener('dragleave', leave, true);
    target.addEventListener('drop', drop, true);
    return () => {
      target.removeEventListener('dragover', over, true);
      target.removeEventListener('dragleave', leave, true);
      target.removeEventListener('drop', drop, true);
    };
  }, [inside]);
  return dragging;
}
