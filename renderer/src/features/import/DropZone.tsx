import { useEffect, useState } from 'react';
import { filesFromDrop, hasFiles } from './files';
import { useImporter } from './import.store';
import { useT } from '../../ui/i18n/I18n';

/** Files and folders dropped anywhere on the window are imported; an overlay says so while dragging. */
export function DropZone() {
  const t = useT();
  const [over, setOver] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e.dataTransfer)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overHandler = (e: DragEvent) => {
      if (!hasFiles(e.dataTransfer)) return;
      // Without this the browser would open the dropped file in place of the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer || !hasFiles(e.dataTransfer)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const reading = filesFromDrop(e.dataTransfer);
      const importer = useImporter.getState();
      importer.open();
      void reading.then((files) => importer.start(files));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!over) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-message">
        <strong>{t('import.drop.title')}</strong>
        <span>{t('import.drop.types', { types: '.txt .md .html .docx .pdf .json .jsonl .csv' })}</span>
      </div>
    </div>
  );
}
