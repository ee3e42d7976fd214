/**
 * Word lists for the name rules. They hold words that are never a person's name in
 * a support chat (function words, chat fillers, support vocabulary, everyday objects)
 * and the small closed classes names are built from (particles, titles). Ambiguous
 * given names ("Will", "Grace", "Rose", "Mark") are deliberately absent: the lexicon
 * and the context decide those.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Words that end a name or disqualify a candidate wherever they appear. */
export const STOP_WORDS: ReadonlySet<string> = words(`
  a the this that these those it its it's i i'm im i'd i'll i've me my mine myself
  you your yours u ur we us our ours he him his she her hers they them their theirs
  who whom whose what which when where why how whats what's
  and or but nor so yet & plus also too either neither both
  und et e ed en och og ou oder ma pero aber mais jedoch
  is am are was were be been being do does did done have has had having would
  shall should can could might must ought isn't aren't wasn't don't doesn't didn't
  can't won't cannot
  not no nope nah yes yeah yep yup ya ok okay k kk sure alright right fine cool great
  good nice awesome perfect thanks thank thx ty tysm cheers please pls plz sorry oops
  hi hello hey hiya heya howdy yo greetings morning evening afternoon night bye goodbye
  welcome dear merci gracias danke grazie obrigado obrigada arigato ciao salut hola hallo
  of to in on at by for from with without about into onto over under after before
  since until via per than then there here now just only still even really very
  again already soon later today tomorrow yesterday asap back anytime whenever tonight
  one two three four five six seven eight nine ten first second third
  all any some none each every anyone anybody someone somebody everyone everybody
  nobody noone no-one something anything nothing everything other another
  want wants need needs needed like love hate help helps helping know think see
  put use type enter add
  get got make made go going went come came tell told ask asked say said try tried
  call called email emailed mail write wrote send sent reply check checking
  wait waiting skip pass rather prefer private anonymous unknown n/a na none null
  name names surname lastname firstname fullname username email e-mail address
  number phone mobile cell tel contact details info information
  order orders package parcel delivery shipping shipment refund return returns
  invoice receipt payment account subscription plan login password problem issue
  question query complaint ticket case item items product products stock price
  support service team customer customers client department staff agent human
  admin sales billing manager bot assistant robot chatbot operator person
  company corp inc llc ltd gmbh shop store website site app online
  speaker speakers phone laptop tablet charger cable headphones earbuds watch tv
  printer router camera console controller shoes sneakers jacket shirt dress
  kettle lamp bulb box device screen battery
  monday tuesday wednesday thursday friday saturday sunday
  lol haha hahaha hmm um uh uhm erm oh ah ahh eh ugh wow
  urgent ridiculous important unacceptable new
  warranty exchange feedback reception receptionist owner cardholder holder member
  members subscriber user promo code coupon voucher discount bug report accounts
  payable receivable purchasing procurement enterprise enterprises holdings group
  solutions industries technologies systems services partners associates consulting
  labs vegan vegetarian xs xl xxl xxxl idk dunno whatever nvm nevermind tbh btw
  omg dot com test testing tester
  amazon apple iphone ipad ipod macbook imac airpods xbox playstation ps4 ps5 nintendo
  kindle pixel galaxy echo fitbit roku netflix spotify paypal venmo klarna visa
  mastercard amex android windows
`);

/** Particles that sit inside a name and stay lower-case when title-casing. */
export const PARTICLES: ReadonlySet<string> = words(`
  van von der den de del della dei degli di da das dos du des la le lo las los
  al el bin ibn ben bint ter ten zu zum zur op af av y
  بن ابن بنت أبو ابو
`);

/** Honorifics dropped from the front of a name: the contact is "Samuel Osei". */
export const TITLES: ReadonlySet<string> = words(`
  mr mrs ms miss mx dr prof sir madam madame mme mlle herr frau sr sra srta dott
  `);

/** Generational suffixes kept at the end of a name. */
export const SUFFIXES: ReadonlySet<string> = words('jr jr. sr sr. ii iii iv');

/** Lexicon tags of words that are never a name, even capitalised: "I'm *Canadian*", "*London*". */
export const HARD_NON_NAME_TAGS: ReadonlySet<string> = words(`
  Adverb Gerund Conjunction Preposition Determiner Pronoun Possessive Reflexive
  Negative QuestionWord Expression Value Cardinal Ordinal TextValue Fraction Multiple
  Date WeekDay Duration Demonym Organization SportsTeam Currency Unit Emoticon
  Copula Auxiliary
`);

/**
 * Lexicon tags of words that are usually not a name but sometimes are: "sorry",
 * "fine", "London" ‒ but also "Frank", "Young", "Park", "Jan", "Will". Lower-case,
 * they are not names; capitalised, the context decides.
 */
export const SOFT_NON_NAME_TAGS: ReadonlySet<string> = words(`
  Adjective Comparative Superlative Verb PastTense PresentTense Participle Infinitive
  PhrasalVerb Imperative Condition Uncountable Plural Actor Abbreviation Month Modal
  Country City Region Place
`);

/** Tagger guesses (from a word's suffix) that rule out a name: "terrible", "extremely". */
export const GUESSED_NON_NAME_TAGS: ReadonlySet<string> = words(`
  Adjective Adverb Verb Gerund PastTense PresentTense Infinitive Comparative Superlative Participle
`);

/** Lexicon tags that mark a known given name or person. */
export const GIVEN_NAME_TAGS: ReadonlySet<string> = words('FirstName MaleName FemaleName Person');
