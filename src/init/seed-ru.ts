/** The Russian seed playbook of `replybook init --locale ru`: formal «вы», the production calendar. */
import type { Seed } from './seed.js';

export const SEED_RU: Seed = {
  playbook: (v) => `#
# Правила ответов на упоминания бренда. Создано \`replybook init\`: поменяйте под себя.
# Изменения — через pull request; \`replybook check\` и \`replybook test\` должны проходить.
replybook: 1
brand: ${v.brand}
locale: ru
timezone: ${v.timezone}

schedule:
${v.calendarLine}
  hours:
    mon-fri: "09:00-20:00"

sla:
  first_response: 1 рабочий день
  by_priority:
    urgent: 1 час
    high: 2 рабочих часа

channels:
  vk:       { name: ВКонтакте, limit: 4096, kind: social }
  telegram: { name: Telegram, limit: 4096, kind: messenger }
  otzovik:  { name: Отзовик, limit: 3000, kind: review-site }

voices:
  official: { name: Официальный аккаунт, default: true }

teams:
  support:    { name: Служба поддержки, contact: "#support" }
  pr:         { name: PR-служба, contact: "#pr" }
  management: { name: Руководство клиентского сервиса, contact: "#cs-management" }

tone:
  address: formal          # «вы», строчными — как в официальном ответе
  capitalize_vy: false
  emoji: none
  max_exclamations: 1      # один «!» уже есть в приветствии «Добрый день, Анна!»
  require: [greeting, thanks]
  elements:
    greeting: [добрый день, доброе утро, добрый вечер, здравствуйте]
    thanks: [спасибо, благодарим]
  avoid:
    - { phrase: проблема, prefer: ситуация, why: "«проблема» звучит как признание беды и пугает других читателей" }
    - { phrase: успокойтесь, why: "обесценивает эмоции; признаем право на недовольство" }
    - { phrase: "вы сами виноваты", why: "не спорим и не обвиняем клиента" }
    - { phrase: "ваше мнение очень важно для нас", why: "штамп, в который никто не верит" }
    - { phrase: "обратитесь в службу поддержки", why: "мы сами передаем вопрос тем, кто решает" }
`,

  types: `#
# Виды негатива и признаки, по которым мы их узнаем. Типы проверяются сверху вниз, побеждает
# первый подходящий, поэтому порядок важен. Встроенные лексиконы и сигналы описаны в
# docs/playbook-format.md пакета replybook.

lexicons:
  insults:
    extend: []       # свои слова-оскорбления
    except: []       # ложные срабатывания — сюда, с примером в complaints/
  other-company:
    extend: []       # названия других магазинов, банков, служб доставки

types:
  profanity:
    description: Мат и оскорбления. В диалог не вступаем, комментарий скрываем.
    match: { any: [ { lexicon: profanity }, { lexicon: insults } ] }
    reply: none
    actions: [hide]

  other-company:
    description: Жалоба, похоже, не про нас. Сначала задаем уточняющие вопросы, не спорим.
    match:
      all:
        - { lexicon: other-company }
        - not: { signal: order-number }

  systemic:
    description: Правдивая и системная жалоба — повторяется, касается многих. Эскалируем тем, кто устранит причину.
    match: { lexicon: systemic }

  constructive:
    description: Конкретная ситуация с деталями — номер заказа, доставка, возврат. Разбираемся.
    match:
      any:
        - { signal: order-number }
        - { lexicon: problem }
        - { words: [заказ, заказала, заказал, доставка, курьер, посылка, возврат] }

  # После constructive: саркастичное «спасибо» про потерянный заказ получает разбор заказа.
  positive:
    description: Благодарность и похвала. Тоже отвечаем — лично, по имени.
    match:
      all:
        - { lexicon: praise }
        - not: { signal: sarcasm }

  non-constructive:
    description: Деталей нет, мнение уже сложилось. Отвечаем спокойно — для других читателей.
    fallback: true
`,

  escalations: `#
# Кому передаем упоминание напрямую. Срабатывают все подходящие правила.

escalations:
  - id: opinion-leader
    description: Лидер мнений — один пост приведет тысячи читателей
    when: { author.followers: { gte: 10000 } }
    to: pr
    priority: high
    respond_within: 2 часа

  - id: repeat-contact
    description: Клиент пишет не первый раз — дело ведет один старший специалист
    when: { signal: repeat-contact }
    to: support
    priority: high
    respond_within: 4 рабочих часа

  - id: systemic
    description: Системная жалоба — к тем, кто может устранить причину
    when: { type: systemic }
    to: management
    priority: normal
    respond_within: 1 рабочий день
`,

  templates: `#
# Ответы. Выбирается самый специфичный \`when\` (больше ключей); при равенстве — тот, что выше.

templates:
  constructive/repeat-contact:
    description: Клиент пишет не первый раз — извиняемся, дело ведет один человек
    when: { type: constructive, escalation: repeat-contact }
    text: >-
      {{salutation author.name}} Спасибо, что написали снова, и простите, что вам пришлось
      объяснять все еще раз. Мы передали ваше обращение старшему специалисту: теперь его ведет один
      человек. Вернемся к вам с ответом не позднее {{formatDate due "date"}}.

  constructive/order:
    description: Номер заказа есть — называем его и срок ответа
    when: { type: constructive, signals: [order-number] }
    text: >-
      {{salutation author.name}} Спасибо, что рассказали о ситуации с заказом {{signals.order-number}}, и
      простите, что так получилось. Мы уже передали заказ специалисту и вернемся к вам с решением
      не позднее {{formatDate due "date"}}.

  constructive/unidentified-social:
    description: ВКонтакте и Telegram, номера заказа нет — номер можно прислать в личные сообщения
    when: { type: constructive, channel: [vk, telegram], missing: [order-number] }
    text: >-
      {{salutation author.name}} Спасибо, что написали нам, и жаль, что так вышло. Чтобы разобраться,
      пришлите, пожалуйста, номер заказа в личные сообщения. Обязательно вернемся с ответом.

  constructive/unidentified:
    description: Номера заказа нет — просим его, чтобы найти клиента
    when: { type: constructive, missing: [order-number] }
    text: >-
      {{salutation author.name}} Спасибо за ваш отзыв. Мы хотим разобраться в ситуации, но по описанию
      не смогли найти ваш заказ. Уточните, пожалуйста, номер заказа. Обязательно разберемся и
      вернемся с обратной связью.

  non-constructive/default:
    description: Спокойный ответ для всех, кто читает ветку
    when: { type: non-constructive }
    text: >-
      {{salutation author.name}} Спасибо, что поделились впечатлением, и жаль, что оно сложилось именно
      таким. Расскажите, пожалуйста, чуть подробнее, что вас расстроило: мы разберемся и вернемся
      с ответом.

  other-company/default:
    description: Похоже, не про нас — уточняем, где был оформлен заказ
    when: { type: other-company }
    text: >-
      {{salutation author.name}} Спасибо, что написали. Подскажите, пожалуйста, где был оформлен заказ и
      его номер: мы проверим, можем ли помочь, и подскажем, куда обратиться, если заказ оформлен
      не у нас.

  systemic/default:
    description: Системная жалоба — признаем, называем срок
    when: { type: systemic }
    text: >-
      {{salutation author.name}} Спасибо, что прямо сказали об этом. Вы правы: так повторяться не должно.
      Мы передали ваш отзыв руководству клиентского сервиса, чтобы устранить причину, и
      вернемся с ответом не позднее {{formatDate due "date"}}.

  positive/default:
    description: Благодарим лично
    when: { type: positive }
    text: >-
      {{salutation author.name}} Спасибо за теплые слова — нам очень приятно. Обязательно передадим ваш
      отзыв коллегам. Будем рады видеть вас снова.

  positive/messenger:
    description: Telegram — коротко
    when: { type: positive, channel: telegram }
    text: >-
      {{salutation author.name}} Спасибо, что нашли время написать. Передадим ваши слова коллегам.
`,

  complaints: `#
# Образцы упоминаний и то, что мы от них ждем. \`replybook test\` прогоняет каждое через playbook.
# Ответы сохраняются снимками в __replies__/ рядом с этим файлом.

complaints:
  - id: order-late
    text: Заказ 48213579 должен был приехать в пятницу, а его до сих пор нет.
    channel: otzovik
    author: { name: Виктория, followers: 35 }
    at: 2026-03-02T10:15:00+03:00
    expect:
      type: constructive
      template: constructive/order
      escalations: []
      reply:
        contains: ["48213579"]
        not_contains: [проблема]

  - id: order-unidentified
    text: Заказала платье две недели назад, курьер так и не приехал.
    channel: otzovik
    author: { name: Ольга }
    at: 2026-03-03T12:00:00+03:00
    expect:
      type: constructive
      template: constructive/unidentified
      escalations: []
      reply:
        contains: [номер заказа]

  - id: order-unidentified-vk
    text: Посылка пришла мятая, внутри все разбито.
    channel: vk
    author: { name: Игорь, followers: 120 }
    at: 2026-03-03T15:30:00+03:00
    expect:
      type: constructive
      template: constructive/unidentified-social
      reply:
        contains: [личные сообщения]

  - id: repeat-contact
    text: Пишу уже третий раз, заказ 51827364 так и не вернули.
    channel: vk
    author: { name: Сергей, followers: 80 }
    at: 2026-03-04T11:00:00+03:00
    expect:
      type: constructive
      template: constructive/repeat-contact
      escalations: [repeat-contact]

  - id: opinion-leader
    text: Заказ 39184620 потеряли, неделю жду ответа от магазина.
    channel: telegram
    author: { name: Мария, followers: 54000 }
    at: 2026-03-04T14:20:00+03:00
    expect:
      type: constructive
      escalations: [opinion-leader]

  - id: non-constructive
    text: Худший магазин, больше никогда.
    channel: otzovik
    author: { name: Андрей }
    at: 2026-03-05T09:40:00+03:00
    expect:
      type: non-constructive
      template: non-constructive/default
      escalations: []

  - id: profanity
    text: Вы там все идиоты и уроды.
    channel: vk
    author: { name: Роман, followers: 40 }
    at: 2026-03-05T16:20:00+03:00
    expect:
      type: profanity
      template: null
      reply: null
      hidden: true

  - id: other-company
    text: Купила пылесос в другом магазине, а он не включается. Продавец не отвечает.
    channel: otzovik
    author: { name: Татьяна }
    at: 2026-03-06T12:45:00+03:00
    expect:
      type: other-company
      template: other-company/default
      reply:
        contains: [где был оформлен заказ]

  - id: systemic
    text: У всех в чате одно и то же — массово отменяют заказы без объяснений.
    channel: vk
    author: { name: Павел, followers: 300 }
    at: 2026-03-10T10:00:00+03:00
    expect:
      type: systemic
      template: systemic/default
      escalations: [systemic]

  - id: positive
    text: Спасибо, все очень понравилось, вежливые сотрудники и хороший выбор!
    channel: otzovik
    author: { name: Анна }
    at: 2026-03-10T13:10:00+03:00
    expect:
      type: positive
      template: positive/default

  - id: positive-telegram
    text: Отличный магазин, рекомендую!
    channel: telegram
    author: { name: Елена }
    at: 2026-03-11T18:30:00+03:00
    expect:
      type: positive
      template: positive/messenger

  - id: sarcasm-not-praise
    text: Ну спасибо, удружили. Третью неделю жду.
    channel: vk
    author: { name: Дмитрий, followers: 60 }
    at: 2026-03-12T19:05:00+03:00
    expect:
      type: non-constructive
      reply:
        not_contains: [теплые слова]
`,
};
