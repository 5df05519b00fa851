/** The English seed playbook of `replybook init --locale en`. */
import type { Seed } from './seed.js';

export const SEED_EN: Seed = {
  playbook: (v) => `#
# How we answer mentions of the brand. Written by \`replybook init\`: make it yours.
# Changes go through a pull request; \`replybook check\` and \`replybook test\` must pass.
replybook: 1
brand: ${v.brand}
locale: en
timezone: ${v.timezone}

schedule:
${v.calendarLine}
  hours:
    mon-fri: "09:00-18:00"

sla:
  first_response: 1 business day
  by_priority:
    urgent: 1h
    high: 2 business hours

channels:
  x:          { name: X, limit: 280, unit: twitter, kind: social }
  facebook:   { name: Facebook, limit: 8000, kind: social }
  trustpilot: { name: Trustpilot, limit: 2500, kind: review-site }

voices:
  official: { name: Customer Care, default: true }

teams:
  support:    { name: Customer Care, contact: "#support" }
  pr:         { name: Social & PR, contact: "#pr" }
  management: { name: Customer Care leads, contact: "#care-leads" }

tone:
  address: any
  emoji: none
  max_exclamations: 1
  require: [greeting, thanks]
  elements:
    greeting: [hi, hello, good morning, good afternoon, good evening]
    thanks: [thanks, thank you]
  avoid:
    - { phrase: problem, prefer: issue, why: "'problem' sounds bigger and scarier to everyone else reading the thread" }
    - { phrase: calm down, why: "never tell an upset customer how to feel" }
    - { phrase: as we already said, why: "sounds like a reprimand; restate the point kindly" }
    - { phrase: your feedback is important to us, why: "a stock phrase nobody believes" }
    - { phrase: contact our support team, why: "we pass it on ourselves: the customer is never the messenger" }
`,

  types: `#
# Kinds of mentions and how we recognise them. Types are tried top to bottom and the first that
# matches wins, so the order matters. The built-in lexicons and signals are described in the
# replybook package's docs/playbook-format.md.

lexicons:
  insults:
    extend: []       # your own insults
    except: []       # false alarms go here, with a sample in complaints/
  other-company:
    extend: []       # other shops, banks and carriers by name

types:
  profanity:
    description: Swearing and insults. We do not engage; the comment is hidden.
    match: { any: [ { lexicon: profanity }, { lexicon: insults } ] }
    reply: none
    actions: [hide]

  other-company:
    description: Probably not about us. We ask where the order was placed first, and never argue.
    match:
      all:
        - { lexicon: other-company }
        - not: { signal: order-number }

  systemic:
    description: A true, recurring complaint that affects many. Escalated to whoever can fix the cause.
    match: { lexicon: systemic }

  constructive:
    description: A concrete case with details — an order, a delivery, a refund. We sort it out.
    match:
      any:
        - { signal: order-number }
        - { lexicon: problem }
        - { words: [order, ordered, delivery, courier, parcel, refund] }

  # After constructive: a sarcastic "thanks" about a lost order gets the order looked into.
  positive:
    description: Thanks and praise. We answer these too — personally.
    match:
      all:
        - { lexicon: praise }
        - not: { signal: sarcasm }

  non-constructive:
    description: No details, the mind is made up. We answer calmly, for everyone else reading.
    fallback: true
`,

  escalations: `#
# Who gets a mention directly. Every rule whose \`when\` holds fires.

escalations:
  - id: opinion-leader
    description: An opinion leader — one post brings thousands of readers
    when: { author.followers: { gte: 10000 } }
    to: pr
    priority: high
    respond_within: 2h

  - id: repeat-contact
    description: Not the first time they ask — one senior agent owns it to the end
    when: { signal: repeat-contact }
    to: support
    priority: high
    respond_within: 4 business hours

  - id: systemic
    description: A systemic complaint — to the people who can remove the cause
    when: { type: systemic }
    to: management
    priority: normal
    respond_within: 1 business day
`,

  templates: `#
# Replies. The most specific \`when\` (the most keys) is chosen; between equals, the one above.

templates:
  constructive/repeat-contact:
    description: Not the first time — we apologise, one person owns it now
    when: { type: constructive, escalation: repeat-contact }
    text: >-
      {{salutation author.name}} Thanks for writing again, and sorry you had to explain it all once more.
      A senior agent now owns your case from start to finish. We will get back to you by
      {{formatDate due "date"}}.

  constructive/x:
    description: X — short, details in direct messages
    when: { type: constructive, channel: x }
    text: >-
      {{salutation author.name}} Thanks for letting us know, and sorry about this. Please send us your order
      number in a direct message and we will sort it out.

  constructive/order:
    description: An order number — we name it and when we will answer
    when: { type: constructive, signals: [order-number] }
    text: >-
      {{salutation author.name}} Thanks for telling us about order {{signals.order-number}}, and sorry it went
      this way. We have passed it to a specialist and will get back to you with a solution by
      {{formatDate due "date"}}.

  constructive/unidentified:
    description: No order number — we ask for it
    when: { type: constructive, missing: [order-number] }
    text: >-
      {{salutation author.name}} Thanks for your review. We want to look into this, but could not find your
      order from the description. Could you share your order number? We will sort it out and get
      back to you.

  non-constructive/default:
    description: A calm answer for everyone reading the thread
    when: { type: non-constructive }
    text: >-
      {{salutation author.name}} Thanks for sharing how you feel, and sorry it left that impression. Could you
      tell us a little more about what went wrong? We will look into it and get back to you.

  non-constructive/x:
    description: X — short
    when: { type: non-constructive, channel: x }
    text: >-
      {{salutation author.name}} Thanks for telling us, and sorry to hear it. What went wrong? Send us a direct
      message and we will look into it.

  other-company/default:
    description: Probably not about us — we ask where the order was placed
    when: { type: other-company }
    text: >-
      {{salutation author.name}} Thanks for reaching out. Could you tell us where the order was placed and its
      number? We will check whether we can help, and point you to the right place if it was not
      with us.

  systemic/default:
    description: A systemic complaint — we own it and give a date
    when: { type: systemic }
    text: >-
      {{salutation author.name}} Thanks for saying it plainly. You are right: this should not keep happening.
      We have passed it to our Customer Care leads to fix the cause, and will get back to you by
      {{formatDate due "date"}}.

  positive/default:
    description: We thank them personally
    when: { type: positive }
    text: >-
      {{salutation author.name}} Thank you for the kind words — they made our day. We will pass them on to
      the team. See you again soon.

  positive/x:
    description: X — short
    when: { type: positive, channel: x }
    text: >-
      {{salutation author.name}} Thank you, that is lovely to hear. We will pass it on to the team.
`,

  complaints: `#
# Sample mentions and what we expect of them. \`replybook test\` runs each through the playbook.
# Replies are kept as snapshots in __replies__/ beside this file.

complaints:
  - id: order-late
    text: Order 48213579 was due on Friday and it still has not arrived.
    channel: trustpilot
    author: { name: Victoria, followers: 35 }
    at: 2026-03-02T10:15:00-05:00
    expect:
      type: constructive
      template: constructive/order
      escalations: []
      reply:
        contains: ["48213579"]
        not_contains: [problem]

  - id: order-unidentified
    text: I ordered a dress two weeks ago and the courier never came.
    channel: trustpilot
    author: { name: Olivia }
    at: 2026-03-03T12:00:00-05:00
    expect:
      type: constructive
      template: constructive/unidentified
      escalations: []
      reply:
        contains: [order number]

  - id: order-x
    text: The parcel arrived crushed and everything inside is broken.
    channel: x
    author: { handle: mike_b, followers: 120 }
    at: 2026-03-03T15:30:00-05:00
    expect:
      type: constructive
      template: constructive/x
      reply:
        contains: [direct message]

  - id: repeat-contact
    text: This is the third time I am writing, order 51827364 was never refunded.
    channel: facebook
    author: { name: Steven, followers: 80 }
    at: 2026-03-04T11:00:00-05:00
    expect:
      type: constructive
      template: constructive/repeat-contact
      escalations: [repeat-contact]

  - id: opinion-leader
    text: You lost order 39184620 and I have been waiting for a week.
    channel: facebook
    author: { name: Maria, followers: 54000 }
    at: 2026-03-04T14:20:00-05:00
    expect:
      type: constructive
      escalations: [opinion-leader]

  - id: non-constructive
    text: Worst shop ever. Never again.
    channel: trustpilot
    author: { name: Andrew }
    at: 2026-03-05T09:40:00-05:00
    expect:
      type: non-constructive
      template: non-constructive/default
      escalations: []

  - id: profanity
    text: You are all idiots and morons.
    channel: facebook
    author: { name: Rob, followers: 40 }
    at: 2026-03-05T16:20:00-05:00
    expect:
      type: profanity
      template: null
      reply: null
      hidden: true

  - id: other-company
    text: Bought a vacuum cleaner from another store and it will not switch on. The seller does not answer.
    channel: trustpilot
    author: { name: Tanya }
    at: 2026-03-06T12:45:00-05:00
    expect:
      type: other-company
      template: other-company/default
      reply:
        contains: [where the order was placed]

  - id: systemic
    text: Everyone in our group has the same issue — orders are being cancelled for no reason.
    channel: facebook
    author: { name: Paul, followers: 300 }
    at: 2026-03-10T10:00:00-05:00
    expect:
      type: systemic
      template: systemic/default
      escalations: [systemic]

  - id: positive
    text: Thank you, such friendly staff and a lovely shop!
    channel: trustpilot
    author: { name: Anna }
    at: 2026-03-10T13:10:00-05:00
    expect:
      type: positive
      template: positive/default

  - id: positive-x
    text: Great shop, highly recommend!
    channel: x
    author: { handle: ellie_r }
    at: 2026-03-11T18:30:00-05:00
    expect:
      type: positive
      template: positive/x

  - id: sarcasm-not-praise
    text: Oh great, thanks for nothing. Three weeks and still waiting.
    channel: facebook
    author: { name: Dan, followers: 60 }
    at: 2026-03-12T19:05:00-05:00
    expect:
      type: constructive
      template: constructive/unidentified
      reply:
        not_contains: [kind words]
`,
};
