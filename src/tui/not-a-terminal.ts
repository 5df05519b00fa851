/** What `replybook sim` says when it has no terminal (piped, in CI). Imports nothing from Ink. */
export function notATerminalMessage(dir: string): string {
  return (
    `replybook sim: the simulator needs an interactive terminal, and this is not one (input or output is piped).\n` +
    `  To run every sample complaint:  replybook test ${dir}\n` +
    `  To try one complaint:           replybook sim ${dir} --text "…" --channel vk --author "Виктория" [--json]\n`
  );
}
