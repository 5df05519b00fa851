/** Follows the terminal's size: reports every resize of the output stream. */
import { useStdout } from 'ink';
import { useEffect } from 'react';

export function useTerminalSize(onResize: (size: { columns: number; rows: number }) => void): void {
  const { stdout } = useStdout();
  useEffect(() => {
    const report = () => onResize({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
    report();
    stdout.on('resize', report);
    return () => {
      stdout.off('resize', report);
    };
  }, [stdout, onResize]);
}
