// The sheet as it will print, in a sandboxed frame (no script, no origin) scaled to fit the panel.
import { useEffect, useRef, useState } from 'react';
import type { PaperSize } from '@shared/domain/prep-sheet/types';
import styles from './PrepSheetTab.module.css';
import { confidential } from '../../ui/Confidential';

/** Paper width in CSS pixels plus the grey margin the page draws around the sheet on screen. */
const FRAME_WIDTH: Record<PaperSize, number> = { a4: 794 + 48, letter: 816 + 48 };

export function SheetPreview({ html, paper, label }: { html: string; paper: PaperSize; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const width = FRAME_WIDTH[paper];
  const scale = size.width > 0 ? Math.min(1, size.width / width) : 1;
  return (
    <div ref={box} className={styles.frameBox} {...confidential}>
      <iframe
        className={styles.frame}
        title={label}
        sandbox=""
        srcDoc={html}
        style={{
          width,
          height: size.height / scale,
          transform: `scale(${scale})`,
          marginLeft: Math.max(0, (size.width - width) / 2),
        }}
      />
    </div>
  );
}
