import { Box } from 'ink';
import { composerFile, composerId, composerMention } from '../state/composer.js';
import {
  allItems,
  comparedOutcomes,
  counts,
  effectiveMention,
  failuresShown,
  filterCompletions,
  outcomeOf,
  playbookOf,
  screenLayout,
  selectedItem,
  visibleItems,
} from '../state/selectors.js';
import type { SimState } from '../state/types.js';
import { ComplaintPane } from './ComplaintPane.js';
import { Composer } from './Composer.js';
import { ComparePane } from './ComparePane.js';
import { DecisionPane } from './DecisionPane.js';
import { Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { Pane } from './Pane.js';
import { ProblemsPanel } from './ProblemsPanel.js';
import { ReplyPane } from './ReplyPane.js';
import { Sidebar } from './Sidebar.js';
import { StatusBar } from './StatusBar.js';
import { StyledLine } from './StyledLine.js';
import { TracePane } from './TracePane.js';
import { msg } from '../text/words.js';

/** The whole screen for a state: display only (the App feeds it). */
export function Screen({ state }: { state: SimState }) {
  const item = selectedItem(state);
  const outcome = outcomeOf(state, item);
  const layout = screenLayout(state, outcome);
  const c = counts(state);
  const visible = visibleItems(state);
  const pb = playbookOf(state, item?.playbookDir);
  const mention = item ? effectiveMention(state, item) : null;
  const override = item ? state.overrides[item.key] : undefined;
  const title = state.project?.playbooks.map((p) => p.id).join(', ') || 'no playbook';
  const { mainWidth: mw, bodyHeight } = layout;
  const complaintHeight = layout.complaintText + 1 + 2;

  let main;
  if (state.composer) {
    const c = state.composer;
    const cpb = playbookOf(state, c.playbookDir);
    const taken = new Set(allItems(state).map((i) => i.id));
    const available = bodyHeight - 2;
    // The form on top; below it, once there is one, the outcome of what is typed so far.
    const formHeight = c.preview && available >= 16 ? Math.max(10, Math.min(available - 7, Math.floor(available * 0.5))) : available;
    const rest = available - formHeight;
    const decision = Math.max(1, Math.min(6, Math.floor(rest / 2) - 2));
    const liveMention = composerMention(c, c.preview?.at ?? '');
    main = (
      <>
        <Composer
          composer={c}
          playbook={cpb}
          id={composerId(c, taken)}
          file={cpb ? composerFile(c, cpb, state.project?.samples ?? []) : ''}
          width={mw}
          height={formHeight}
        />
        {c.preview && rest > 0 ? (
          <>
            <DecisionPane outcome={c.preview.outcome} mention={liveMention} playbook={cpb} width={mw} height={decision} stale={false} />
            <ReplyPane
              outcome={c.preview.outcome}
              failures={[]}
              width={mw}
              height={Math.max(1, rest - decision - 4)}
              scroll={0}
              focused={false}
              stale={false}
            />
          </>
        ) : null}
      </>
    );
  } else if (!item || !mention || (state.filter.trim() && visible.length === 0)) {
    const message =
      state.filter.trim() && visible.length === 0 && state.project
        ? msg('screen.nothingMatches', { filter: state.filter.trim() })
        : state.loading && !state.project
          ? msg('screen.loading')
          : state.project?.usable === false
            ? msg('screen.errors')
            : msg('screen.none');
    main = (
      <Pane title={msg('pane.complaint')} width={mw} height={bodyHeight - 2}>
        <StyledLine line={[{ text: message, style: 'dim' }]} />
      </Pane>
    );
  } else {
    main = (
      <>
        <ComplaintPane
          id={item.id}
          mention={mention}
          outcome={outcome}
          playbook={pb}
          channelChanged={Boolean(override?.channel)}
          draft={item.draft}
          width={mw}
          textRows={layout.complaintText}
          stale={state.stale}
        />
        {outcome && state.compare ? (
          <ComparePane
            list={comparedOutcomes(state, item, state.compare)}
            what={state.compare}
            width={mw}
            height={bodyHeight - complaintHeight - 2}
            scroll={state.scroll.main}
            focused={state.focus === 'main'}
            stale={state.stale}
          />
        ) : outcome && state.trace ? (
          <TracePane
            outcome={outcome}
            width={mw}
            height={bodyHeight - complaintHeight - 2}
            scroll={state.scroll.main}
            focused={state.focus === 'main'}
            stale={state.stale}
          />
        ) : outcome ? (
          <>
            <DecisionPane
              outcome={outcome}
              mention={mention}
              playbook={pb}
              width={mw}
              height={layout.decisionContent}
              stale={state.stale}
            />
            <ReplyPane
              outcome={outcome}
              failures={failuresShown(state, item)}
              width={mw}
              height={layout.replyContent}
              scroll={state.scroll.main}
              focused={state.focus === 'main'}
              stale={state.stale}
            />
          </>
        ) : null}
      </>
    );
  }

  return (
    <Box flexDirection="column" width={layout.columns} height={layout.rows}>
      <Header
        title={title}
        samples={c.samples}
        passed={c.passed}
        failed={c.failed}
        changed={c.changed}
        loadedAt={state.loadedAt}
        loads={state.loads}
        loading={state.loading}
        stale={state.stale}
        problems={state.diagnostics.length}
        width={layout.columns}
      />
      {state.help ? (
        <HelpOverlay width={layout.columns} height={bodyHeight - 2} />
      ) : (
        <Box flexDirection="row" height={bodyHeight}>
          <Sidebar
            items={visible}
            selectedKey={state.selectedKey}
            changed={new Set(state.changed)}
            overridden={new Set(Object.keys(state.overrides))}
            filter={state.filter}
            width={layout.sidebarWidth}
            height={bodyHeight - 2}
            focused={state.focus === 'sidebar' && !state.composer}
            stale={state.stale}
          />
          <Box flexDirection="column" width={mw}>
            {main}
          </Box>
        </Box>
      )}
      {layout.problemsContent > 0 ? (
        <ProblemsPanel
          diagnostics={state.diagnostics}
          width={layout.columns}
          height={layout.problemsContent}
          scroll={state.scroll.problems}
          focused={state.focus === 'problems'}
        />
      ) : null}
      <StatusBar
        filtering={state.filtering}
        filter={state.filter}
        shown={visible.length}
        // While a failing sample's save waits for a or k, the question stays on the bar.
        notice={state.confirmSave ? { text: msg('save.choose', { id: state.confirmSave.complaint.id }), tone: 'info' } : state.notice}
        failing={failuresShown(state, item)}
        completions={state.filtering ? filterCompletions(state, state.filter) : []}
        width={layout.columns}
      />
    </Box>
  );
}
