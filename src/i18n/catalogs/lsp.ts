/**
 * What the language server says about a playbook beside its diagnostics: hovers (a template's reply
 * and length, a type's traits and sample count, a diagnostic's rule), the descriptions of ids in
 * completion and the template preview. A reply's length is the simulator's message (`reply.length`). The words are the diagnostics' own (тип, канал, партиал…, «playbook»). The rules'
 * descriptions are src/i18n/rule-descriptions.ts; the template vocabulary's docs stay in English, as docs/ does.
 */
import { defineCatalog } from '../index.js';
import { COUNTED_UNIT } from './shared-words.js';

export const lspMessages = defineCatalog({
  area: 'lsp',
  en: {
    kind: '{kind, select, type {type} channel {channel} voice {voice} team {team} signal {signal} lexicon {lexicon} escalation {escalation} template {template} partial {partial} other {{kind}}}',
    'id.undefined': '{head}: not defined in this playbook',
    'template.noPlaybook': '_The playbook has errors that keep it from compiling; fix them to see the reply._',
    'template.noRender': '_Does not render: {error}_',
    'template.noChannel': 'the playbook has no channel or no voice to render it for',
    'template.fromSample': 'sample complaint {id} ({file})',
    'template.madeUp': 'a made-up mention (no sample complaint gets this template)',
    'template.length': '{length} · {channel} · for {origin}',
    'template.lengthNoLimit': '{count} characters · {channel} · for {origin}',
    'type.fallback': 'fallback',
    'type.noReply': 'no reply',
    'type.actions': 'actions: {actions}',
    'type.respondWithin': 'respond within {target}',
    'type.samples':
      '{n} of {total, plural, one {# sample complaint} other {# sample complaints}} {n, plural, one {gets} other {get}} this type',
    'rule.severity': '{severity, select, error {error} warning {warning} info {info} other {{severity}}}',
    'rule.unknown': 'a replybook rule',
    'describe.channel': `{name}: {limit} ${COUNTED_UNIT.en}`,
    'describe.builtinSignal': 'Built-in signal',
    'describe.builtinLexicon': 'Built-in lexicon',
    'describe.builtinLexiconWords': 'Built-in lexicon, {n, plural, one {# word} other {# words}} added',
    'describe.lexiconWords': '{n, plural, one {# word} other {# words}}',
    'preview.none': 'No preview: {error}.',
    'preview.noPlaybook': 'the playbook has errors that keep it from compiling; fix them to preview a reply',
    'preview.notTemplate': 'the cursor is not on a template: put it inside a template of `templates:` or on a template id',
    'preview.noChannel': 'the template `{id}` applies to no channel of the playbook',
    'preview.notInPlaybook': 'this file is not part of a playbook',
    'preview.failed': 'the preview failed',
    'preview.title': 'Template {id}',
    'preview.titleDescribed': 'Template {id} — {description}',
    'preview.renderedFor': 'Rendered for the sample mention the handbook uses.',
    'preview.noRender': 'Does not render: {error}',
  },
  ru: {
    kind: '{kind, select, type {тип} channel {канал} voice {голос} team {команда} signal {сигнал} lexicon {словарь} escalation {эскалация} template {шаблон} partial {партиал} other {{kind}}}',
    'id.undefined': '{head}: такого нет в этом playbook',
    'template.noPlaybook': '_В playbook есть ошибки, из-за которых он не собирается; исправьте их, чтобы увидеть ответ._',
    'template.noRender': '_Шаблон не отрисовывается: {error}_',
    'template.noChannel': 'в playbook нет канала или голоса, которыми его отрисовать',
    'template.fromSample': 'пример жалобы {id} ({file})',
    'template.madeUp': 'придуманное упоминание (этот шаблон не получает ни один пример жалобы)',
    'template.length': '{length} · {channel} · ответ на {origin}',
    'template.lengthNoLimit': '{count, plural, one {# символ} few {# символа} other {# символов}} · {channel} · ответ на {origin}',
    'type.fallback': 'запасной тип',
    'type.noReply': 'без ответа',
    'type.actions': 'действия: {actions}',
    'type.respondWithin': 'ответить в течение {target}',
    'type.samples':
      '{n} из {total, plural, one {# примера жалобы} other {# примеров жалоб}} {n, plural, one {получает} other {получают}} этот тип',
    'rule.severity': '{severity, select, error {ошибка} warning {предупреждение} info {замечание} other {{severity}}}',
    'rule.unknown': 'правило replybook',
    'describe.channel': `{name}: до {limit} ${COUNTED_UNIT.ru}`,
    'describe.builtinSignal': 'Встроенный сигнал',
    'describe.builtinLexicon': 'Встроенный словарь',
    'describe.builtinLexiconWords':
      'Встроенный словарь, {n, plural, one {добавлено # слово} few {добавлено # слова} other {добавлено # слов}}',
    'describe.lexiconWords': '{n, plural, one {# слово} few {# слова} other {# слов}}',
    'preview.none': 'Предпросмотра нет: {error}.',
    'preview.noPlaybook': 'в playbook есть ошибки, из-за которых он не собирается; исправьте их, чтобы увидеть ответ',
    'preview.notTemplate': 'курсор не в шаблоне: поставьте его внутрь шаблона в `templates:` или на id шаблона',
    'preview.noChannel': 'шаблон `{id}` не подходит ни к одному каналу playbook',
    'preview.notInPlaybook': 'этот файл не относится ни к одному playbook',
    'preview.failed': 'построить предпросмотр не удалось',
    'preview.title': 'Шаблон {id}',
    'preview.titleDescribed': 'Шаблон {id} — {description}',
    'preview.renderedFor': 'Ответ на пример упоминания из справочника агента.',
    'preview.noRender': 'Шаблон не отрисовывается: {error}',
  },
});
