/**
 * Where every pane goes for a terminal size: a pure function, used by the components to size the
 * panes and by the reducer to bound scrolling. A pane is a top line with its title, its content
 * rows and a bottom border, so a pane of `content` rows is `content + 2` high.
 */
export interface Layout {
  columns: number;
  /** Rows drawn: one less than the terminal's, so Ink never has to clear the whole screen to redraw. */
  rows: number;
  sidebarWidth: number;
  mainWidth: number;
  /** Height of the body (panes between the header and the Problems panel). */
  bodyHeight: number;
  complaintText: number;
  decisionContent: number;
  replyContent: number;
  traceContent: number;
  problemsContent: number;
}

/** Content width of a pane `w` columns wide (border and one column of padding each side). */
export const inner = (w: number): number => Math.max(1, w - 4);

export interface LayoutNeeds {
  /** Wrapped lines of the complaint's text, decision and problems (what they would like to show). */
  textLines: number;
  decisionLines: number;
  problemLines: number;
}

export function computeLayout(size: { columns: number; rows: number }, needs: LayoutNeeds): Layout {
  const columns = Math.max(40, size.columns);
  const rows = Math.max(12, size.rows - 1);
  const problemsContent = needs.problemLines > 0 ? Math.min(needs.problemLines, Math.max(2, Math.floor(rows / 5))) : 0;
  const bodyHeight = rows - 2 - (problemsContent ? problemsContent + 2 : 0);
  const sidebarWidth = Math.min(42, Math.max(22, Math.floor(columns * 0.3)));
  const complaintText = Math.max(1, Math.min(needs.textLines, Math.max(2, Math.floor(bodyHeight / 5))));
  const decisionContent = Math.max(1, Math.min(needs.decisionLines, Math.max(2, Math.floor(bodyHeight / 4))));
  const complaintHeight = complaintText + 1 + 2;
  const replyContent = Math.max(1, bodyHeight - complaintHeight - (decisionContent + 2) - 2);
  const traceContent = Math.max(1, bodyHeight - complaintHeight - 2);
  return {
    columns,
    rows,
    sidebarWidth,
    mainWidth: columns - sidebarWidth,
    bodyHeight,
    complaintText,
    decisionContent,
    replyContent,
    traceContent,
    problemsContent,
  };
}

/** The first line to show so that line `index` is visible in a window of `height` lines. */
export function scrollWindow(total: number, index: number, height: number): number {
  if (total <= height) return 0;
  const half = Math.floor(height / 2);
  return Math.max(0, Math.min(total - height, index - half));
}
