/**
 * What a reply template may use. The validator reports anything else as an unknown variable,
 * helper or partial; the renderer registers exactly these helpers.
 */

/** Helpers replybook provides, with their one-line docs (shown in completion and hover). */
export const HELPERS: Readonly<Record<string, string>> = {
  greeting:
    'Greeting by the hour the mention was posted, in the playbook\'s time zone: ru 04–09:59 «Доброе утро», 10–17:59 «Добрый день», 18–22:59 «Добрый вечер», else «Здравствуйте»; en "Good morning/afternoon/evening", "Hello". {{greeting style="casual"}} → «Привет» / "Hi".',
  salutation:
    'Greeting with the first name when there is a usable one: {{salutation author.name}} → «Добрый день, Виктория!», else «Добрый день!» (an email or a handle with digits is not a name).',
  name: 'The cleaned name, or a fallback: {{name author.name}} / {{name author.name fallback="друг"}}; default fallback «уважаемый клиент» / "there".',
  dear: 'Gender-agreed address: {{dear author.name}} → «Уважаемая Виктория», «Уважаемый Никита»; unisex names «Здравствуйте, Саша»; no name «Уважаемый клиент»; en "Dear Victoria".',
  plural:
    'Number with the right word form: {{plural 2 "день" "дня" "дней"}} → «2 дня», 1.5 → «1,5 дня»; {{plural 3 "day" "days"}} → "3 days".',
  formatDate:
    'A time in the locale and the playbook\'s time zone: {{formatDate due}} → «3 марта в 10:15» / "March 3 at 10:15 AM"; {{formatDate due "date"}}, {{formatDate due "time"}}.',
};

/** Handlebars' own block helpers that templates may use. */
export const BUILTIN_HELPERS: readonly string[] = ['if', 'unless', 'each', 'with'];

/** Variables of the reply context, with their docs. `signals.*` is any signal id. */
export const VARIABLES: Readonly<Record<string, string>> = {
  'author.name': "The author's name as the platform shows it (may be missing).",
  'author.handle': "The author's handle or login.",
  'author.followers': "The author's number of followers.",
  'author.verified': "Whether the author's account is verified.",
  brand: "The brand's name.",
  'channel.id': "The channel's id (`vk`, `x`).",
  'channel.name': "The channel's display name.",
  'voice.id': "The voice's id.",
  'voice.name': "The voice's name.",
  'voice.signature': "The voice's signature.",
  'type.id': 'The negativity type.',
  'team.id': 'The team of the first escalation, if any.',
  'team.name': 'The name of the team of the first escalation, if any.',
  due: 'The deadline (ISO time); format it with {{formatDate due}}.',
  at: 'When the mention was posted (ISO time).',
  text: "The mention's text.",
  'signals.*': 'The value a signal matched, e.g. {{signals.order-number}}.',
};
