/** Reply snapshots in what a person reads about a change: the diff's pull-request comment. */
import { defineCatalog } from '../index.js';

export const snapshotMessages = defineCatalog({
  area: 'snapshots',
  en: {
    'diff.heading': '### 🧪 Sample complaints and reply snapshots',
    'diff.totals': 'As `replybook test` runs them: {passed} passed, {failed} failed.',
    'diff.upToDate': 'Every reply snapshot is up to date.',
    'diff.stale': 'Reply snapshots are stale:',
    'diff.changed':
      '{n, plural, one {# reply differs from its snapshot (or no longer gets a reply)} other {# replies differ from their snapshots (or no longer get a reply)}}',
    'diff.missingLocal': '{n, plural, one {# reply has no snapshot yet} other {# replies have no snapshot yet}}',
    'diff.missingCi':
      '{n, plural, one {# reply has no snapshot, which fails under CI} other {# replies have no snapshot, which fails under CI}}',
    'diff.obsolete':
      '{n, plural, one {# snapshot belongs to no sample complaint with a reply} other {# snapshots belong to no sample complaint with a reply}}',
    'diff.more': '…and {n} more',
    'diff.howUpdate':
      'If the new replies are intended, run `replybook test --update` (it rewrites their snapshots) and commit the `__replies__` folders.',
    'diff.howRemove': 'Run `replybook test --update` to remove the obsolete snapshots, and commit the removal.',
    'diff.howWrite': 'Run `replybook test` locally (it writes missing snapshots) and commit them.',
    'term.totals': 'samples: {passed} passed, {failed} failed',
    'term.upToDate': '{totals} · reply snapshots up to date',
    'term.changed': '{n} changed',
    'term.missing': '{n} missing',
    'term.missingCi': '{n} missing (failing under CI)',
    'term.obsolete': '{n} obsolete',
    'term.stale': '{totals} · stale reply snapshots: {parts} ({how} updates them)',
  },
  ru: {
    'diff.heading': '### 🧪 Примеры жалоб и снимки ответов',
    'diff.totals': 'Как их проверяет `replybook test`: пройдено — {passed}, не пройдено — {failed}.',
    'diff.upToDate': 'Все снимки ответов актуальны.',
    'diff.stale': 'Снимки ответов устарели:',
    'diff.changed':
      '{n, plural, one {# ответ отличается от своего снимка} few {# ответа отличаются от своих снимков} other {# ответов отличаются от своих снимков}} (или ответа больше нет)',
    'diff.missingLocal':
      '{n, plural, one {у # ответа ещё нет снимка} few {у # ответов ещё нет снимков} other {у # ответов ещё нет снимков}}',
    'diff.missingCi':
      '{n, plural, one {у # ответа нет снимка — в CI это ошибка} few {у # ответов нет снимков — в CI это ошибка} other {у # ответов нет снимков — в CI это ошибка}}',
    'diff.obsolete':
      '{n, plural, one {# снимок не принадлежит ни одному примеру с ответом} few {# снимка не принадлежат ни одному примеру с ответом} other {# снимков не принадлежат ни одному примеру с ответом}}',
    'diff.more': '…и ещё {n}',
    'diff.howUpdate':
      'Если новые ответы задуманы, выполните `replybook test --update` (он перепишет их снимки) и закоммитьте папки `__replies__`.',
    'diff.howRemove': 'Выполните `replybook test --update`, чтобы удалить устаревшие снимки, и закоммитьте удаление.',
    'diff.howWrite': 'Выполните `replybook test` локально (он запишет недостающие снимки) и закоммитьте их.',
    'term.totals': 'примеры: пройдено — {passed}, не пройдено — {failed}',
    'term.upToDate': '{totals} · снимки ответов актуальны',
    'term.changed': 'изменились: {n}',
    'term.missing': 'нет снимка: {n}',
    'term.missingCi': 'нет снимка: {n} (в CI это ошибка)',
    'term.obsolete': 'устарели: {n}',
    'term.stale': '{totals} · снимки ответов устарели — {parts} (обновит {how})',
  },
});
